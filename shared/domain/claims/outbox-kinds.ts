/** What waits for an upload adapter: the XML0 check-in, the national e-prescription. */
export const OUTBOX_KINDS = ['checkIn', 'prescription'] as const;
export type OutboxKind = (typeof OUTBOX_KINDS)[number];
