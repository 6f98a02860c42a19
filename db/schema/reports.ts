import { sql } from 'drizzle-orm';
import {
  check,
  index,
  integer,
  primaryKey,
  sqliteTable,
  text,
  uniqueIndex,
} from 'drizzle-orm/sqlite-core';
import type { DataValue } from '../../shared/domain/reports/value-set';
import { users } from './users';

/**
 * Report forms as data: each (code, version) once, never changed (a trigger refuses it);
 * a new version replaces an old one from its effective date. Shipped ones are loaded from
 * resources/reports at start; imported ones come from an administrator's file.
 */
export const reportDefinitions = sqliteTable(
  'report_definitions',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    code: text().notNull(),
    version: integer().notNull(),
    name: text().notNull(),
    effectiveFrom: text().notNull(),
    effectiveTo: text(),
    /** The definition as validated (shared/domain/reports/definition.ts), JSON. */
    content: text().notNull(),
    /** SHA-256 of content: a submission names the exact definition it was made with. */
    sha256: text().notNull(),
    source: text({ enum: ['shipped', 'imported'] }).notNull(),
    fileName: text(),
    importedBy: integer().references(() => users.id),
    importedAt: text().notNull(),
  },
  (t) => [
    uniqueIndex('report_definitions_version').on(t.code, t.version),
    check('report_definitions_source', sql`${t.source} IN ('shipped', 'imported')`),
    check('report_definitions_version_positive', sql`${t.version} > 0`),
  ],
);

/**
 * Hand-entered figures of a report still in draft (population, staff, immunization until
 * its register exists). An empty combo is the row's total.
 */
export const reportEntries = sqliteTable(
  'report_entries',
  {
    dataset: text().notNull(),
    period: text().notNull(),
    dataElement: text().notNull(),
    categoryOptionCombo: text().notNull().default(''),
    value: integer().notNull(),
    enteredBy: integer()
      .notNull()
      .references(() => users.id),
    enteredAt: text().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.dataset, t.period, t.dataElement, t.categoryOptionCombo] }),
    check('report_entries_value', sql`${t.value} >= 0`),
  ],
);

/**
 * A report handed in ("Chốt số liệu"): its values frozen as they were, revision 1, 2, … per
 * (dataset, period). Append-only: records that change later never change a submission.
 */
export const reportSubmissions = sqliteTable(
  'report_submissions',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    dataset: text().notNull(),
    period: text().notNull(),
    orgUnit: text().notNull(),
    revision: integer().notNull(),
    definitionVersion: integer().notNull(),
    definitionSha256: text().notNull(),
    values: text({ mode: 'json' }).$type<DataValue[]>().notNull(),
    /** Warnings the report was handed in with (errors refuse a submission). */
    warnings: integer().notNull().default(0),
    dueDate: text().notNull(),
    submittedBy: integer()
      .notNull()
      .references(() => users.id),
    submittedAt: text().notNull(),
  },
  (t) => [
    uniqueIndex('report_submissions_revision').on(t.dataset, t.period, t.revision),
    check('report_submissions_revision_positive', sql`${t.revision} > 0`),
    check(
      'report_submissions_values_json',
      sql`json_valid(${t.values}) AND json_type(${t.values}) = 'array'`,
    ),
  ],
);

/** An administrator reopened a submitted revision, with the reason; the next is revision + 1. */
export const reportReopenings = sqliteTable(
  'report_reopenings',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    submissionId: integer()
      .notNull()
      .unique()
      .references(() => reportSubmissions.id),
    reason: text().notNull(),
    reopenedBy: integer()
      .notNull()
      .references(() => users.id),
    reopenedAt: text().notNull(),
  },
  (t) => [index('report_reopenings_at').on(t.reopenedAt)],
);

export type ReportDefinitionRow = typeof reportDefinitions.$inferSelect;
export type ReportSubmissionRow = typeof reportSubmissions.$inferSelect;
