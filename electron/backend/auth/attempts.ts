import type { Settings } from '../../../shared/api';
import type { MessageKey } from '../../../shared/i18n';

/** A name's failed sign-ins: kept on the user row, or in memory for names no one has. */
export interface Attempts {
  failedAttempts: number;
  lockedUntil: string | null;
}

export type Judgement =
  | { outcome: 'ok'; next: Attempts }
  | {
      outcome: 'refused';
      next: Attempts;
      key: MessageKey;
      minutes: number;
      reason: 'lockedOut' | 'wrongPassword';
      /** The attempt counted (not while already locked out). */
      counted: boolean;
    };

function minutesLeft(until: string, now: Date): number {
  return Math.max(1, Math.ceil((Date.parse(until) - now.getTime()) / 60_000));
}

/**
 * One rule for every name, known or not, so that the answer to a failed sign-in (its message,
 * its lockout, its timing) never tells whether the name exists.
 */
export function judgeAttempt(
  attempts: Attempts,
  correct: boolean,
  security: Settings['security'],
  now: Date,
  wrongKey: MessageKey = 'auth.login.wrong',
): Judgement {
  if (attempts.lockedUntil && Date.parse(attempts.lockedUntil) > now.getTime()) {
    return {
      outcome: 'refused',
      next: attempts,
      key: 'auth.login.lockedOut',
      minutes: minutesLeft(attempts.lockedUntil, now),
      reason: 'lockedOut',
      counted: false,
    };
  }
  if (correct) return { outcome: 'ok', next: { failedAttempts: 0, lockedUntil: null } };
  const count = attempts.failedAttempts + 1;
  const lockNow = count >= security.lockoutAttempts;
  return {
    outcome: 'refused',
    next: {
      failedAttempts: lockNow ? 0 : count,
      lockedUntil: lockNow
        ? new Date(now.getTime() + security.lockoutMinutes * 60_000).toISOString()
        : null,
    },
    key: lockNow ? 'auth.login.lockedOut' : wrongKey,
    minutes: security.lockoutMinutes,
    reason: lockNow ? 'lockedOut' : 'wrongPassword',
    counted: true,
  };
}

const MAX_UNKNOWN_NAMES = 10_000;

/** Failed sign-ins under names no account has, counted and locked like real ones. */
export class UnknownNames {
  private readonly names = new Map<string, Attempts>();

  get(name: string): Attempts {
    return this.names.get(name) ?? { failedAttempts: 0, lockedUntil: null };
  }

  set(name: string, attempts: Attempts): void {
    this.names.delete(name);
    this.names.set(name, attempts);
    // A flood of made-up names cannot grow memory without bound: the oldest go first.
    while (this.names.size > MAX_UNKNOWN_NAMES) {
      const oldest = this.names.keys().next().value;
      if (oldest === undefined) break;
      this.names.delete(oldest);
    }
  }
}
