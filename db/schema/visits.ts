import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { PRIORITIES, VISIT_KINDS, VISIT_STATUSES } from '../../shared/domain/queue';
import { patients } from './patients';
import { users } from './users';

const inList = (values: readonly string[]) => sql.raw(values.map((v) => `'${v}'`).join(', '));

/**
 * One check-in at reception. Exam, pharmacy and billing add their own tables that reference
 * a visit and move its status along.
 */
export const visits = sqliteTable(
  'visits',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    patientId: integer()
      .notNull()
      .references(() => patients.id),
    /** The Vietnamese calendar day of the check-in, YYYY-MM-DD; queue numbers restart daily. */
    visitDate: text().notNull(),
    queueNumber: integer().notNull(),
    kind: text({ enum: VISIT_KINDS }).notNull(),
    reason: text(),
    priority: text({ enum: PRIORITIES }).notNull().default('none'),
    status: text({ enum: VISIT_STATUSES }).notNull().default('waiting'),
    cancelReason: text(),
    /** The card as it was when the visit was made (the patient's card may be renewed later). */
    bhytCode: text(),
    bhytValidFrom: text(),
    bhytValidTo: text(),
    bhytFacilityCode: text(),
    createdBy: integer().references(() => users.id),
    createdAt: text().notNull(),
    statusChangedAt: text().notNull(),
    examStartedAt: text(),
    doneAt: text(),
    cancelledAt: text(),
    cancelledBy: integer().references(() => users.id),
  },
  (t) => [
    uniqueIndex('visits_date_queue_number').on(t.visitDate, t.queueNumber),
    index('visits_patient').on(t.patientId, t.createdAt),
    index('visits_date_status').on(t.visitDate, t.status),
    check('visits_kind', sql`${t.kind} IN (${inList(VISIT_KINDS)})`),
    check('visits_priority', sql`${t.priority} IN (${inList(PRIORITIES)})`),
    check('visits_status', sql`${t.status} IN (${inList(VISIT_STATUSES)})`),
    check('visits_queue_number', sql`${t.queueNumber} > 0`),
    check('visits_bhyt_card', sql`${t.kind} <> 'bhyt' OR ${t.bhytCode} IS NOT NULL`),
    check(
      'visits_cancel_reason',
      sql`${t.status} <> 'cancelled' OR (${t.cancelReason} IS NOT NULL AND ${t.cancelledAt} IS NOT NULL)`,
    ),
  ],
);

export type VisitRow = typeof visits.$inferSelect;
