import { and, asc, eq, ne, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { users } from '../../../db/schema';
import type { ParsedInputOf, UserView } from '../../../shared/api';
import type { usersApi } from '../../../shared/api/users';
import { hashPassword } from '../auth/passwords';
import { findUserByUsername, getUser, toUserView } from '../auth/users';
import type { HandlersFor, UserCtx } from '../context';
import { AppError, conflict, notFound } from '../errors';

function otherActiveAdmins(db: Db, exceptId: number): number {
  return (
    db
      .select({ n: sql<number>`count(*)` })
      .from(users)
      .where(
        and(
          ne(users.id, exceptId),
          eq(users.active, true),
          sql`EXISTS (SELECT 1 FROM json_each(${users.roles}) WHERE value = 'admin')`,
        ),
      )
      .get()?.n ?? 0
  );
}

export const usersHandlers: HandlersFor<typeof usersApi> = {
  'users.list': (ctx) =>
    ctx.db
      .select()
      .from(users)
      .orderBy(asc(users.username))
      .all()
      .map((row) => toUserView(row, ctx.now)),

  'users.create': {
    prepare: async (ctx, input) => {
      const passwordHash = await hashPassword(input.password, ctx.config.scryptCost);
      return { write: () => createUser(ctx, input, passwordHash) };
    },
  },

  'users.update': {
    prepare: async (ctx, input) => {
      const passwordHash =
        input.password === undefined
          ? null
          : await hashPassword(input.password, ctx.config.scryptCost);
      return { write: () => updateUser(ctx, input, passwordHash) };
    },
  },
};

function createUser(
  ctx: UserCtx,
  input: ParsedInputOf<'users.create'>,
  passwordHash: string,
): UserView {
  if (findUserByUsername(ctx.db, input.username)) {
    throw new AppError('CONFLICT', 'users.usernameTaken', {
      params: { username: input.username },
      fieldErrors: {
        username: { key: 'users.usernameTaken', params: { username: input.username } },
      },
    });
  }
  const at = ctx.now.toISOString();
  const row = ctx.db
    .insert(users)
    .values({
      username: input.username,
      fullName: input.fullName,
      passwordHash,
      roles: [...new Set(input.roles)],
      cashierSupervisor: input.cashierSupervisor,
      practitionerCode: input.practitionerCode ?? null,
      mustChangePassword: true,
      createdAt: at,
      updatedAt: at,
    })
    .returning()
    .get();
  ctx.audit.note({
    entity: 'user',
    entityId: String(row.id),
    detail: {
      username: row.username,
      roles: row.roles,
      ...(row.cashierSupervisor && { cashierSupervisor: true }),
    },
  });
  return toUserView(row, ctx.now);
}

function updateUser(
  ctx: UserCtx,
  input: ParsedInputOf<'users.update'>,
  passwordHash: string | null,
): UserView {
  const before = getUser(ctx.db, input.id);
  if (!before) throw notFound('users.notFound');
  const roles = input.roles ? [...new Set(input.roles)] : before.roles;
  const active = input.active ?? before.active;
  const staysAdmin = active && roles.includes('admin');
  if (!staysAdmin && before.roles.includes('admin') && otherActiveAdmins(ctx.db, before.id) === 0) {
    throw conflict('users.lastAdmin');
  }
  const row = ctx.db
    .update(users)
    .set({
      fullName: input.fullName ?? before.fullName,
      roles,
      active,
      ...(input.cashierSupervisor !== undefined && {
        cashierSupervisor: input.cashierSupervisor,
      }),
      ...(input.practitionerCode !== undefined && { practitionerCode: input.practitionerCode }),
      ...(passwordHash !== null && {
        passwordHash,
        mustChangePassword: true,
        failedAttempts: 0,
        lockedUntil: null,
      }),
      // Reactivating also lifts a lockout, so an admin can let someone back in at once.
      ...(input.active === true && { failedAttempts: 0, lockedUntil: null }),
      updatedAt: ctx.now.toISOString(),
    })
    .where(eq(users.id, before.id))
    .returning()
    .get();
  const reason = !active ? 'deactivated' : input.password !== undefined ? 'passwordReset' : null;
  if (reason) {
    const keep = row.id === ctx.user.id ? ctx.session.id : undefined;
    ctx.afterCommit(() => {
      ctx.events.emit('session.ended', { reason }, { userId: row.id, exceptSession: keep });
      ctx.sessions.endForUser(row.id, keep);
    });
  }
  ctx.audit.note({
    entity: 'user',
    entityId: String(row.id),
    detail: {
      username: row.username,
      ...(input.roles && { roles }),
      ...(input.active !== undefined && { active }),
      ...(input.cashierSupervisor !== undefined && {
        cashierSupervisor: input.cashierSupervisor,
      }),
      ...(input.practitionerCode !== undefined && { practitionerCode: input.practitionerCode }),
      ...(input.fullName !== undefined && { fullName: row.fullName }),
      ...(input.password !== undefined && { passwordReset: true }),
    },
  });
  return toUserView(row, ctx.now);
}
