import { sql } from 'drizzle-orm';
import { check, index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { users } from './users';

/**
 * Append-only (triggers in the migration abort UPDATE and DELETE) and hash-chained:
 * hash = sha256(prevHash + canonical content), so any later edit breaks the chain.
 */
export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    at: text().notNull(),
    userId: integer().references(() => users.id),
    username: text(),
    action: text().notNull(),
    outcome: text({ enum: ['ok', 'failed'] })
      .notNull()
      .default('ok'),
    patientId: integer(),
    entity: text(),
    entityId: text(),
    detail: text({ mode: 'json' }).$type<Record<string, unknown>>(),
    prevHash: text().notNull(),
    hash: text().notNull(),
  },
  (t) => [
    index('audit_log_user').on(t.userId, t.id),
    index('audit_log_patient').on(t.patientId, t.id),
    index('audit_log_action').on(t.action, t.id),
    index('audit_log_at').on(t.at),
    check('audit_log_outcome', sql`${t.outcome} IN ('ok', 'failed')`),
  ],
);

export type AuditRow = typeof auditLog.$inferSelect;

/**
 * The patients one audit entry names (a search lists several in one entry), so the audit log
 * filtered by patient finds reads too. Append-only like the log; the entry's detail, which
 * the chain covers, carries the same ids.
 */
export const auditPatients = sqliteTable(
  'audit_patients',
  {
    auditId: integer()
      .notNull()
      .references(() => auditLog.id),
    patientId: integer().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.auditId, t.patientId] }),
    index('audit_patients_patient').on(t.patientId, t.auditId),
  ],
);
