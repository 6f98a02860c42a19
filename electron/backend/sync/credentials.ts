import { createHash, randomBytes } from 'node:crypto';
import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { stationCredentials } from '../../../db/schema';
import type { StationCredentialView } from '../../../shared/api';

const hashOf = (credential: string): string =>
  createHash('sha256').update(credential).digest('hex');

/** A new credential for a station (its old one stops working); only its hash is kept. */
export function issueCredential(
  db: Db,
  code: string,
  now: Date,
  userId: number,
): StationCredentialView {
  const credential = `tram-sc.${randomBytes(32).toString('base64url')}`;
  const at = now.toISOString();
  db.update(stationCredentials)
    .set({ revokedAt: at })
    .where(and(eq(stationCredentials.stationCode, code), isNull(stationCredentials.revokedAt)))
    .run();
  db.insert(stationCredentials)
    .values({ stationCode: code, hash: hashOf(credential), issuedAt: at, issuedBy: userId })
    .run();
  return { code, credential, issuedAt: at };
}

/** The station a credential was issued to, or null for an unknown or revoked one. */
export function stationOfCredential(db: Db, credential: string): string | null {
  const row = db
    .select({ code: stationCredentials.stationCode })
    .from(stationCredentials)
    .where(
      and(eq(stationCredentials.hash, hashOf(credential)), isNull(stationCredentials.revokedAt)),
    )
    .get();
  return row?.code ?? null;
}

export function markCredentialUsed(db: Db, credential: string, now: Date): void {
  db.update(stationCredentials)
    .set({ lastUsedAt: now.toISOString() })
    .where(eq(stationCredentials.hash, hashOf(credential)))
    .run();
}
