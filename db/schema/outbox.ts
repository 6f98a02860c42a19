import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import type { LocalizedText } from '../../shared/api/result';
import { visits } from './visits';
import { OUTBOX_KINDS } from '../../shared/domain/claims/outbox-kinds';

export { OUTBOX_KINDS, type OutboxKind } from '../../shared/domain/claims/outbox-kinds';

/**
 * Documents for gateways Tram cannot reach offline (the BHXH gateway's check-in, the national
 * e-prescription system), kept until an adapter sends them. Nothing here pretends to be sent:
 * sentAt is written only by an adapter that got the gateway's answer.
 */
export const gatewayOutbox = sqliteTable(
  'gateway_outbox',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    kind: text({ enum: OUTBOX_KINDS }).notNull(),
    visitId: integer()
      .notNull()
      .references(() => visits.id),
    /** The check-in row's fields, or the e-prescription's JSON, as built. */
    payload: text({ mode: 'json' }).$type<Record<string, unknown>>().notNull(),
    /** What the sheet's checks found when it was built (empty: ready to send). */
    problems: text({ mode: 'json' }).$type<LocalizedText[]>().notNull().default([]),
    createdAt: text().notNull(),
    sentAt: text(),
    /** The gateway's transaction code (maGiaoDich) once sent. */
    receipt: text(),
  },
  (t) => [
    uniqueIndex('gateway_outbox_visit').on(t.kind, t.visitId),
    index('gateway_outbox_pending').on(t.kind, t.sentAt, t.createdAt),
    check('gateway_outbox_kind', sql`${t.kind} IN ('checkIn', 'prescription')`),
    check(
      'gateway_outbox_payload_json',
      sql`json_valid(${t.payload}) AND json_type(${t.payload}) = 'object'`,
    ),
  ],
);

export type OutboxRow = typeof gatewayOutbox.$inferSelect;
