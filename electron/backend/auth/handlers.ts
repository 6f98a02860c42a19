import { eq } from 'drizzle-orm';
import { users, type UserRow } from '../../../db/schema';
import type { SessionView } from '../../../shared/api';
import type { authApi } from '../../../shared/api/auth';
import { DEFAULT_LOCALE, type Locale, type MessageKey } from '../../../shared/i18n';
import type { HandlersFor, PublicCtx, UserCtx } from '../context';
import { AppError } from '../errors';
import { ensureFacilityKey } from '../keys/facility-key';
import { readSection, writeSection } from '../settings/store';
import { judgeAttempt, type Attempts } from './attempts';
import { hashPassword, verifyPassword } from './passwords';
import { countUsers, findUserByUsername, getUser, toUserView } from './users';

/** Spent on unknown usernames so a wrong name takes as long as a wrong password. */
let dummyHash: Promise<string> | undefined;

function startSession(ctx: PublicCtx, user: UserRow, locale: Locale): SessionView {
  const security = readSection(ctx.db, 'security');
  const { token } = ctx.sessions.create(user.id, locale, ctx.now.getTime(), {
    maxAgeMs: security.sessionMaxHours * 60 * 60_000,
    workstationId: ctx.via.workstationId,
  });
  ctx.audit.note({ userId: user.id, username: user.username });
  return { token, user: toUserView(user, ctx.now), idleLockMinutes: security.idleLockMinutes };
}

function saveAttempts(ctx: PublicCtx, userId: number, next: Attempts): void {
  ctx.db
    .update(users)
    .set({ ...next, updatedAt: ctx.now.toISOString() })
    .where(eq(users.id, userId))
    .run();
}

/**
 * Applies a checked password to a user's lockout count, inside the write transaction. A
 * refusal throws with `commit`, so the count and the failed attempt's audit entry are kept
 * although the call fails.
 */
function applyCheck(
  ctx: PublicCtx,
  user: UserRow,
  correct: boolean,
  action: string,
  wrongKey: MessageKey,
): void {
  const before = { failedAttempts: user.failedAttempts, lockedUntil: user.lockedUntil };
  const judged = judgeAttempt(before, correct, readSection(ctx.db, 'security'), ctx.now, wrongKey);
  if (judged.outcome === 'ok') {
    if (user.failedAttempts > 0 || user.lockedUntil) saveAttempts(ctx, user.id, judged.next);
    return;
  }
  if (judged.counted) saveAttempts(ctx, user.id, judged.next);
  throw new AppError('UNAUTHENTICATED', judged.key, {
    params: { minutes: judged.minutes },
    reason: judged.reason,
    commit: true,
    audit: {
      action: `${action}.failed`,
      userId: user.id,
      username: user.username,
      detail: judged.counted ? { attempt: user.failedAttempts + 1 } : { lockedOut: true },
    },
  });
}

/** A name no account has gets the very answer a real one would (no user enumeration). */
function refuseUnknown(ctx: PublicCtx, username: string): never {
  const judged = judgeAttempt(
    ctx.unknownNames.get(username),
    false,
    readSection(ctx.db, 'security'),
    ctx.now,
  );
  ctx.unknownNames.set(username, judged.next);
  if (judged.outcome === 'ok') throw new Error('an unknown name cannot sign in');
  throw new AppError('UNAUTHENTICATED', judged.key, {
    params: { minutes: judged.minutes },
    reason: judged.reason,
    commit: true,
    audit: { action: 'auth.login.failed', detail: { username } },
  });
}

export const authHandlers: HandlersFor<typeof authApi> = {
  'auth.status': (ctx) => {
    const setUp = countUsers(ctx.db) > 0;
    return { setUp, facilityName: setUp ? readSection(ctx.db, 'facility').name : null };
  },

  'auth.setup': {
    prepare: async (ctx, input) => {
      if (countUsers(ctx.db) > 0) throw new AppError('CONFLICT', 'setup.alreadyDone');
      if (!ctx.setupCode.matches(input.setupCode)) {
        throw new AppError('FORBIDDEN', 'setup.wrongCode', {
          fieldErrors: { setupCode: { key: 'setup.wrongCode' } },
        });
      }
      const passwordHash = await hashPassword(input.admin.password, ctx.config.scryptCost);
      return {
        write: () => {
          if (countUsers(ctx.db) > 0) throw new AppError('CONFLICT', 'setup.alreadyDone');
          const at = ctx.now.toISOString();
          writeSection(ctx.db, 'facility', input.facility, at, null);
          ensureFacilityKey(ctx.db, ctx.config.dataDir, at);
          const admin = ctx.db
            .insert(users)
            .values({
              username: input.admin.username,
              fullName: input.admin.fullName,
              passwordHash,
              roles: ['admin'],
              passwordChangedAt: at,
              lastLoginAt: at,
              createdAt: at,
              updatedAt: at,
            })
            .returning()
            .get();
          ctx.audit.note({ entity: 'facility', entityId: input.facility.code });
          ctx.afterCommit(() => ctx.setupCode.spend());
          return startSession(ctx, admin, DEFAULT_LOCALE);
        },
      };
    },
  },

  'auth.login': {
    prepare: async (ctx, input) => {
      const found = findUserByUsername(ctx.db, input.username);
      dummyHash ??= hashPassword('tram', ctx.config.scryptCost);
      const hash = found?.passwordHash ?? (await dummyHash);
      const correct = await verifyPassword(input.password, hash);
      return {
        write: () => {
          // Read again: the row may have changed while the hash was computed.
          const user = findUserByUsername(ctx.db, input.username);
          if (!user) refuseUnknown(ctx, input.username);
          const stillValid = correct && user.passwordHash === hash;
          applyCheck(ctx, user, stillValid, 'auth.login', 'auth.login.wrong');
          if (!user.active) throw new AppError('UNAUTHENTICATED', 'auth.login.inactive');
          const at = ctx.now.toISOString();
          ctx.db.update(users).set({ lastLoginAt: at }).where(eq(users.id, user.id)).run();
          return startSession(ctx, { ...user, lastLoginAt: at }, input.locale ?? DEFAULT_LOCALE);
        },
      };
    },
  },

  'auth.logout': (ctx) => {
    ctx.sessions.end(ctx.session.id);
    return { ok: true };
  },

  'auth.me': (ctx) => {
    const row = getUser(ctx.db, ctx.user.id);
    if (!row) throw new AppError('UNAUTHENTICATED', 'error.sessionExpired');
    return {
      user: toUserView(row, ctx.now),
      facility: readSection(ctx.db, 'facility'),
      idleLockMinutes: readSection(ctx.db, 'security').idleLockMinutes,
    };
  },

  'auth.lock': (ctx) => {
    ctx.session.locked = true;
    return { ok: true };
  },

  'auth.unlock': {
    prepare: async (ctx: UserCtx, input) => {
      const before = getUser(ctx.db, ctx.user.id);
      if (!before) throw new AppError('UNAUTHENTICATED', 'error.sessionExpired');
      const correct = await verifyPassword(input.password, before.passwordHash);
      return {
        write: () => {
          const user = getUser(ctx.db, ctx.user.id);
          if (!user) throw new AppError('UNAUTHENTICATED', 'error.sessionExpired');
          const stillValid = correct && user.passwordHash === before.passwordHash;
          try {
            applyCheck(ctx, user, stillValid, 'auth.unlock', 'auth.lock.wrong');
          } catch (error) {
            // Locked out while unlocking: the session ends; the next sign-in waits out the lock.
            if (error instanceof AppError && error.options.reason === 'lockedOut') {
              ctx.sessions.end(ctx.session.id);
            }
            throw error;
          }
          ctx.session.locked = false;
          return { ok: true as const };
        },
      };
    },
  },

  'auth.changePassword': {
    prepare: async (ctx, input) => {
      const user = getUser(ctx.db, ctx.user.id);
      if (!user) throw new AppError('UNAUTHENTICATED', 'error.sessionExpired');
      if (!(await verifyPassword(input.currentPassword, user.passwordHash))) {
        throw new AppError('VALIDATION', 'auth.password.wrongCurrent', {
          fieldErrors: { currentPassword: { key: 'auth.password.wrongCurrent' } },
        });
      }
      if (input.currentPassword === input.newPassword) {
        throw new AppError('VALIDATION', 'auth.password.sameAsOld', {
          fieldErrors: { newPassword: { key: 'auth.password.sameAsOld' } },
        });
      }
      const passwordHash = await hashPassword(input.newPassword, ctx.config.scryptCost);
      return {
        write: () => {
          ctx.db
            .update(users)
            .set({
              passwordHash,
              mustChangePassword: false,
              passwordChangedAt: ctx.now.toISOString(),
              updatedAt: ctx.now.toISOString(),
            })
            .where(eq(users.id, user.id))
            .run();
          const keep = ctx.session.id;
          ctx.afterCommit(() => ctx.sessions.endForUser(user.id, keep));
          return { ok: true as const };
        },
      };
    },
  },
};
