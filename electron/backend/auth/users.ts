import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { users, type UserRow } from '../../../db/schema';
import type { UserView } from '../../../shared/api';
import type { CurrentUser } from '../context';

/** `now` decides whether a lockout is still running (a past lockedUntil is not shown). */
export function toUserView(row: UserRow, now: Date): UserView {
  return {
    id: row.id,
    username: row.username,
    fullName: row.fullName,
    roles: row.roles,
    cashierSupervisor: row.cashierSupervisor,
    practitionerCode: row.practitionerCode,
    active: row.active,
    mustChangePassword: row.mustChangePassword,
    passwordChosen: row.passwordChangedAt !== null,
    lockedUntil:
      row.lockedUntil && Date.parse(row.lockedUntil) > now.getTime() ? row.lockedUntil : null,
    lastLoginAt: row.lastLoginAt,
    createdAt: row.createdAt,
  };
}

/** The signed-in user as of now: deactivation and role changes take effect on the next call. */
export function loadCurrentUser(db: Db, id: number): CurrentUser | null {
  const row = db
    .select({
      id: users.id,
      username: users.username,
      fullName: users.fullName,
      roles: users.roles,
      mustChangePassword: users.mustChangePassword,
    })
    .from(users)
    .where(and(eq(users.id, id), eq(users.active, true)))
    .get();
  return row ?? null;
}

export function findUserByUsername(db: Db, username: string): UserRow | undefined {
  return db.select().from(users).where(eq(users.username, username)).get();
}

export function getUser(db: Db, id: number): UserRow | undefined {
  return db.select().from(users).where(eq(users.id, id)).get();
}

export function countUsers(db: Db): number {
  return (
    db
      .select({ n: sql<number>`count(*)` })
      .from(users)
      .get()?.n ?? 0
  );
}
