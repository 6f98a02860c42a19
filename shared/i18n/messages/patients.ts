import { defineMessages } from '../define';

export const patients = defineMessages({});
