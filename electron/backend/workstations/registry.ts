import type Database from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import type { MessageKey } from '../../../shared/i18n';
import { credentialHash, newPairingCode, normalizeCode, pairingProof, sameHex } from './proof';

/** A code stays valid this long, and for this many wrong proofs. */
export const PAIRING_MINUTES = 10;
export const PAIRING_ATTEMPTS = 5;
/** A workstation's last call is written to the database at most this often. */
const SEEN_WRITE_MS = 60_000;

interface ActiveCode {
  code: string;
  expiresAt: number;
  attemptsLeft: number;
}

interface Known {
  id: number;
  revoked: boolean;
  lastWritten: number;
  lastUsername: string | null;
}

/**
 * The server side of workstations: the one pairing code on offer, and which credentials are
 * good. Credentials are looked up by hash and cached; revoking drops the cache entry.
 */
export class WorkstationRegistry {
  private active: ActiveCode | null = null;
  private readonly known = new Map<string, Known>();

  constructor(private readonly sqlite: Database.Database) {}

  offerCode(now: Date): { code: string; expiresAt: Date } {
    const code = newPairingCode();
    const expiresAt = now.getTime() + PAIRING_MINUTES * 60_000;
    this.active = { code, expiresAt, attemptsLeft: PAIRING_ATTEMPTS };
    return { code, expiresAt: new Date(expiresAt) };
  }

  /**
   * Checks a workstation's proof against the code on offer and this server's CA. Spends the
   * code on success; a wrong proof uses up one attempt.
   */
  redeem(
    proof: string,
    nonce: string,
    caFingerprint: string,
    now: Date,
  ): { ok: true; code: string; credential: string } | { ok: false; key: MessageKey } {
    const active = this.active;
    if (!active || active.expiresAt <= now.getTime()) {
      this.active = null;
      return { ok: false, key: 'workstations.codeExpired' };
    }
    if (!sameHex(proof, pairingProof(active.code, caFingerprint, nonce))) {
      active.attemptsLeft -= 1;
      if (active.attemptsLeft <= 0) this.active = null;
      return { ok: false, key: 'workstations.codeWrong' };
    }
    this.active = null;
    return {
      ok: true,
      code: normalizeCode(active.code),
      credential: randomBytes(32).toString('base64url'),
    };
  }

  /** The workstation a credential belongs to, or null when unknown or revoked. */
  identify(credential: string): number | null {
    const hash = credentialHash(credential);
    let entry = this.known.get(hash);
    if (!entry) {
      const row = this.sqlite
        .prepare<[string], { id: number; revoked_at: string | null }>(
          'SELECT id, revoked_at FROM workstations WHERE credential_hash = ?',
        )
        .get(hash);
      if (!row) return null;
      entry = { id: row.id, revoked: row.revoked_at !== null, lastWritten: 0, lastUsername: null };
      this.known.set(hash, entry);
    }
    return entry.revoked ? null : entry.id;
  }

  /** Notes a workstation's call (address, user); written at most once a minute. */
  seen(credential: string, at: Date, address: string | null, username: string | null): void {
    const entry = this.known.get(credentialHash(credential));
    if (!entry || entry.revoked) return;
    const newUser = username !== null && username !== entry.lastUsername;
    if (!newUser && at.getTime() - entry.lastWritten < SEEN_WRITE_MS) return;
    entry.lastWritten = at.getTime();
    if (username !== null) entry.lastUsername = username;
    this.sqlite
      .prepare(
        `UPDATE workstations SET last_seen_at = ?, last_address = ?,
           last_username = COALESCE(?, last_username) WHERE id = ?`,
      )
      .run(at.toISOString(), address, username, entry.id);
  }

  forget(id: number): void {
    for (const [hash, entry] of this.known) if (entry.id === id) this.known.delete(hash);
  }

  /** For HTTP: the refusal for a request carrying this header, or null to go on. */
  check(credential: string | undefined): MessageKey | null {
    if (credential === undefined) return null;
    return this.identify(credential) === null ? 'workstations.revoked' : null;
  }
}
