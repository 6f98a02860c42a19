import { defineMessages } from '../define';

export const pharmacy = defineMessages({});
