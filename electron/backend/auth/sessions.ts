import { createHash, randomBytes } from 'node:crypto';
import type { Locale } from '../../../shared/i18n';

export interface Session {
  /** sha256 of the token: the token itself is never kept. */
  readonly id: string;
  readonly userId: number;
  readonly createdAt: number;
  /** The absolute end (security.sessionMaxHours after sign-in), however busy the session. */
  readonly expiresAt: number;
  /** The paired workstation it was opened through, if any (revoking it ends the session). */
  readonly workstationId: number | null;
  lastSeenAt: number;
  locked: boolean;
  locale: Locale;
}

/** Sessions end after this long without any call, locked or not. */
export const SESSION_IDLE_EXPIRY_MS = 12 * 60 * 60 * 1000;

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}

/**
 * Sessions live in memory: restarting Tram signs everyone out, and a busy day's calls never
 * write to disk just to say "still here".
 */
export class SessionStore {
  private readonly sessions = new Map<string, Session>();

  create(
    userId: number,
    locale: Locale,
    now: number,
    options: { maxAgeMs: number; workstationId?: number | null },
  ): { token: string; session: Session } {
    const token = randomBytes(32).toString('base64url');
    const session: Session = {
      id: hashToken(token),
      userId,
      createdAt: now,
      expiresAt: now + options.maxAgeMs,
      workstationId: options.workstationId ?? null,
      lastSeenAt: now,
      locked: false,
      locale,
    };
    this.sessions.set(session.id, session);
    return { token, session };
  }

  /** The live session for a bearer token, or undefined (unknown or expired). */
  resolve(token: string, now: number): Session | undefined {
    const id = hashToken(token);
    const session = this.sessions.get(id);
    if (!session) return undefined;
    if (now - session.lastSeenAt > SESSION_IDLE_EXPIRY_MS || now >= session.expiresAt) {
      this.sessions.delete(id);
      return undefined;
    }
    return session;
  }

  end(id: string): void {
    this.sessions.delete(id);
  }

  /** Ends the sessions opened through a workstation (revoked); returns how many. */
  endForWorkstation(workstationId: number): number {
    let ended = 0;
    for (const [id, session] of this.sessions) {
      if (session.workstationId === workstationId) {
        this.sessions.delete(id);
        ended += 1;
      }
    }
    return ended;
  }

  /** Ends every session of a user (deactivated, password reset); returns how many. */
  endForUser(userId: number, exceptId?: string): number {
    let ended = 0;
    for (const [id, session] of this.sessions) {
      if (session.userId === userId && id !== exceptId) {
        this.sessions.delete(id);
        ended += 1;
      }
    }
    return ended;
  }

  /** Ends every session (the database was replaced by a restore: users may differ). */
  endAll(): void {
    this.sessions.clear();
  }
}
