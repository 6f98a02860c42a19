import { sql } from 'drizzle-orm';
import { check, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import type { Role } from '../../shared/domain/roles';

export const users = sqliteTable(
  'users',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    /** Stored lower-case; unique. */
    username: text().notNull().unique(),
    fullName: text().notNull(),
    /** scrypt$N$r$p$salt$hash (base64). */
    passwordHash: text().notNull(),
    roles: text({ mode: 'json' }).$type<Role[]>().notNull(),
    active: integer({ mode: 'boolean' }).notNull().default(true),
    mustChangePassword: integer({ mode: 'boolean' }).notNull().default(false),
    /** When the person last chose their own password; null until they first do. */
    passwordChangedAt: text(),
    /** May void payments (with admins): the cashier's supervisor. */
    cashierSupervisor: integer({ mode: 'boolean' }).notNull().default(false),
    /** MA_BAC_SI in claims: the practising certificate number of a doctor or nurse. */
    practitionerCode: text(),
    failedAttempts: integer().notNull().default(0),
    lockedUntil: text(),
    lastLoginAt: text(),
    createdAt: text().notNull(),
    updatedAt: text().notNull(),
  },
  (t) => [
    check('users_roles_json', sql`json_valid(${t.roles}) AND json_type(${t.roles}) = 'array'`),
    check('users_failed_attempts', sql`${t.failedAttempts} >= 0`),
  ],
);

export type UserRow = typeof users.$inferSelect;
