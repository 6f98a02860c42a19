import { eq } from 'drizzle-orm';
import { users, type UserRow } from '../../../db/schema';
import type { SessionView } from '../../../shared/api';
import type { authApi } from '../../../shared/api/auth';
import { DEFAULT_LOCALE, type Locale } from '../../../shared/i18n';
import type { HandlersFor, PublicCtx, UserCtx } from '../context';
import { AppError } from '../errors';
import { readSection, writeSection } from '../settings/store';
import { hashPassword, verifyPassword } from './passwords';
import { countUsers, findUserByUsername, getUser, toUserView } from './users';

/** Spent on unknown usernames so a wrong name takes as long as a wrong password. */
let dummyHash: string | undefined;

function startSession(ctx: PublicCtx, user: UserRow, locale: Locale): SessionView {
  const { token } = ctx.sessions.create(user.id, locale, ctx.now.getTime());
  ctx.audit.note({ userId: user.id, username: user.username });
  return {
    token,
    user: toUserView(user, ctx.now),
    idleLockMinutes: readSection(ctx.db, 'security').idleLockMinutes,
  };
}

function minutesLeft(until: string, now: Date): number {
  return Math.max(1, Math.ceil((Date.parse(until) - now.getTime()) / 60_000));
}

/**
 * Checks a password and keeps the lockout count. A wrong password throws with `commit`, so
 * the count and the failed attempt's audit entry are kept although the call fails.
 */
function checkPassword(ctx: PublicCtx, user: UserRow, password: string, action: string): void {
  const at = ctx.now.toISOString();
  const failAudit = { action: `${action}.failed`, userId: user.id, username: user.username };
  if (user.lockedUntil && Date.parse(user.lockedUntil) > ctx.now.getTime()) {
    throw new AppError('UNAUTHENTICATED', 'auth.login.lockedOut', {
      params: { minutes: minutesLeft(user.lockedUntil, ctx.now) },
      reason: 'lockedOut',
      commit: true,
      audit: { ...failAudit, detail: { lockedOut: true } },
    });
  }
  if (verifyPassword(password, user.passwordHash)) {
    if (user.failedAttempts > 0 || user.lockedUntil) {
      ctx.db
        .update(users)
        .set({ failedAttempts: 0, lockedUntil: null })
        .where(eq(users.id, user.id))
        .run();
    }
    return;
  }
  const security = readSection(ctx.db, 'security');
  const attempts = user.failedAttempts + 1;
  const lockNow = attempts >= security.lockoutAttempts;
  const lockedUntil = lockNow
    ? new Date(ctx.now.getTime() + security.lockoutMinutes * 60_000).toISOString()
    : null;
  ctx.db
    .update(users)
    .set({ failedAttempts: lockNow ? 0 : attempts, lockedUntil, updatedAt: at })
    .where(eq(users.id, user.id))
    .run();
  const wrongKey = action === 'auth.unlock' ? 'auth.lock.wrong' : 'auth.login.wrong';
  throw new AppError('UNAUTHENTICATED', lockNow ? 'auth.login.lockedOut' : wrongKey, {
    params: { minutes: security.lockoutMinutes },
    reason: lockNow ? 'lockedOut' : 'wrongPassword',
    commit: true,
    audit: { ...failAudit, detail: { attempt: attempts } },
  });
}

export const authHandlers: HandlersFor<typeof authApi> = {
  'auth.status': (ctx) => {
    const setUp = countUsers(ctx.db) > 0;
    return { setUp, facilityName: setUp ? readSection(ctx.db, 'facility').name : null };
  },

  'auth.setup': (ctx, input) => {
    if (countUsers(ctx.db) > 0) throw new AppError('CONFLICT', 'setup.alreadyDone');
    const at = ctx.now.toISOString();
    writeSection(ctx.db, 'facility', input.facility, at, null);
    const admin = ctx.db
      .insert(users)
      .values({
        username: input.admin.username,
        fullName: input.admin.fullName,
        passwordHash: hashPassword(input.admin.password, ctx.config.scryptCost),
        roles: ['admin'],
        passwordChangedAt: at,
        lastLoginAt: at,
        createdAt: at,
        updatedAt: at,
      })
      .returning()
      .get();
    ctx.audit.note({ entity: 'facility', entityId: input.facility.code });
    return startSession(ctx, admin, DEFAULT_LOCALE);
  },

  'auth.login': (ctx, input) => {
    const user = findUserByUsername(ctx.db, input.username);
    if (!user) {
      dummyHash ??= hashPassword('tram', ctx.config.scryptCost);
      verifyPassword(input.password, dummyHash);
      throw new AppError('UNAUTHENTICATED', 'auth.login.wrong', {
        reason: 'wrongPassword',
        commit: true,
        audit: { action: 'auth.login.failed', detail: { username: input.username } },
      });
    }
    checkPassword(ctx, user, input.password, 'auth.login');
    if (!user.active) throw new AppError('UNAUTHENTICATED', 'auth.login.inactive');
    const at = ctx.now.toISOString();
    ctx.db.update(users).set({ lastLoginAt: at }).where(eq(users.id, user.id)).run();
    return startSession(ctx, { ...user, lastLoginAt: at }, input.locale ?? DEFAULT_LOCALE);
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

  'auth.unlock': (ctx: UserCtx, input) => {
    const user = getUser(ctx.db, ctx.user.id);
    if (!user) throw new AppError('UNAUTHENTICATED', 'error.sessionExpired');
    try {
      checkPassword(ctx, user, input.password, 'auth.unlock');
    } catch (error) {
      // Locked out while unlocking: the session ends; the next sign-in waits out the lock.
      if (error instanceof AppError && error.options.reason === 'lockedOut') {
        ctx.sessions.end(ctx.session.id);
      }
      throw error;
    }
    ctx.session.locked = false;
    return { ok: true };
  },

  'auth.changePassword': (ctx, input) => {
    const user = getUser(ctx.db, ctx.user.id);
    if (!user) throw new AppError('UNAUTHENTICATED', 'error.sessionExpired');
    if (!verifyPassword(input.currentPassword, user.passwordHash)) {
      throw new AppError('VALIDATION', 'auth.password.wrongCurrent', {
        fieldErrors: { currentPassword: { key: 'auth.password.wrongCurrent' } },
      });
    }
    if (input.currentPassword === input.newPassword) {
      throw new AppError('VALIDATION', 'auth.password.sameAsOld', {
        fieldErrors: { newPassword: { key: 'auth.password.sameAsOld' } },
      });
    }
    ctx.db
      .update(users)
      .set({
        passwordHash: hashPassword(input.newPassword, ctx.config.scryptCost),
        mustChangePassword: false,
        passwordChangedAt: ctx.now.toISOString(),
        updatedAt: ctx.now.toISOString(),
      })
      .where(eq(users.id, user.id))
      .run();
    const keep = ctx.session.id;
    ctx.afterCommit(() => ctx.sessions.endForUser(user.id, keep));
    return { ok: true };
  },
};
