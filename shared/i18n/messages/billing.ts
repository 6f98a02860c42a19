import { defineMessages } from '../define';

export const billing = defineMessages({});
