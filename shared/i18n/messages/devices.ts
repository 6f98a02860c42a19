import { defineMessages } from '../define';

export const devices = defineMessages({});
