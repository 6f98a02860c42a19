import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { users } from './users';
import { visits } from './visits';

/**
 * Chuyển tuyến: the doctor sent the patient on to another facility when finishing the visit.
 * The referral letter and the XML13 claim table will read this row.
 */
export const visitReferrals = sqliteTable('visit_referrals', {
  visitId: integer()
    .primaryKey()
    .references(() => visits.id),
  /** MA_CSKCB of the receiving facility (5 characters). */
  toFacilityCode: text().notNull(),
  toFacilityName: text().notNull(),
  reason: text().notNull(),
  referredBy: integer()
    .notNull()
    .references(() => users.id),
  referredAt: text().notNull(),
});

export type VisitReferralRow = typeof visitReferrals.$inferSelect;
