import { check, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { sql } from 'drizzle-orm';

/**
 * Named counters for printable numbers made offline: patient codes, queue numbers per day,
 * prescription codes, receipt numbers per book. Incremented inside the caller's transaction.
 */
export const sequences = sqliteTable(
  'sequences',
  {
    name: text().primaryKey(),
    value: integer().notNull(),
  },
  (t) => [check('sequences_value', sql`${t.value} >= 0`)],
);
