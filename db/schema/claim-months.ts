import { sql } from 'drizzle-orm';
import { check, index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { users } from './users';
import { visits } from './visits';

/**
 * Each XML 130 export, and the HOSO it carried: a visit sent to the insurer has its money
 * frozen until an admin reopens its month (claim_month_reopens). Append-only.
 */
export const claimExports = sqliteTable(
  'claim_exports',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    from: text().notNull(),
    to: text().notNull(),
    at: text().notNull(),
    userId: integer()
      .notNull()
      .references(() => users.id),
    count: integer().notNull(),
    /** sha256 of the file, to match it with what was uploaded. */
    fileSha256: text().notNull(),
  },
  (t) => [index('claim_exports_at').on(t.at)],
);

export const claimExportVisits = sqliteTable(
  'claim_export_visits',
  {
    exportId: integer()
      .notNull()
      .references(() => claimExports.id),
    visitId: integer()
      .notNull()
      .references(() => visits.id),
    /** MA_LK of the HOSO. */
    link: text().notNull(),
    /** The visit was in an earlier export: this HOSO replaces the one sent then. */
    resent: integer({ mode: 'boolean' }).notNull(),
    total: integer().notNull(),
    insurancePays: integer().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.exportId, t.visitId] }),
    index('claim_export_visits_visit').on(t.visitId, t.exportId),
  ],
);

/**
 * An admin's reopening of an exported month (YYYY-MM), with the reason: it lifts the freeze of
 * every export of that month up to `liftedExportId`; a later export freezes the month again.
 * Append-only.
 */
export const claimMonthReopens = sqliteTable(
  'claim_month_reopens',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    month: text().notNull(),
    liftedExportId: integer()
      .notNull()
      .references(() => claimExports.id),
    reason: text().notNull(),
    userId: integer()
      .notNull()
      .references(() => users.id),
    at: text().notNull(),
  },
  (t) => [
    index('claim_month_reopens_month').on(t.month, t.at),
    check('claim_month_reopens_month', sql`${t.month} GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'`),
  ],
);

export type ClaimExportRow = typeof claimExports.$inferSelect;
export type ClaimExportVisitRow = typeof claimExportVisits.$inferSelect;
