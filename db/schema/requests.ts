import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { users } from './users';

/**
 * Writes that move money or stock, by the id the client made up for them: a retry of the same
 * request (a reply lost on the LAN) gets the first answer back instead of doing it again.
 * Append-only (triggers in the migration).
 */
export const requestLog = sqliteTable(
  'request_log',
  {
    requestId: text().primaryKey(),
    procedure: text().notNull(),
    userId: integer()
      .notNull()
      .references(() => users.id),
    /** sha256 of the input without the request id: the same id with other input is refused. */
    inputHash: text().notNull(),
    result: text({ mode: 'json' }).$type<unknown>().notNull(),
    at: text().notNull(),
  },
  (t) => [index('request_log_at').on(t.at)],
);

export type RequestLogRow = typeof requestLog.$inferSelect;
