import { defineMessages } from '../define';

export const clinical = defineMessages({});
