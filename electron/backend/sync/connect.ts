import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { syncTargets, type SyncTargetRow } from '../../../db/schema';
import { dhis2Auth, transportOutcome, type Outcome } from './deliverers';
import { unsealSecret } from './secrets';
import { fetchHttp, pinnedHttp, type Http } from './transport';

export interface Connection {
  http: Http;
  credential?: string;
  auth?: { authorization: string };
}

/**
 * A target's connection with its secrets opened (a Tram: over HTTPS pinned to its CA, fetched
 * and remembered the first time), or the outcome that stands for every row when there is none.
 * Delivery and "Kiểm tra kết nối" both reach a target through here.
 */
export async function connectTarget(
  db: Db,
  dataDir: string,
  target: SyncTargetRow,
  timeoutMs: number,
): Promise<Connection | Outcome> {
  const lost: Outcome = { status: 'failed', error: { key: 'sync.error.noSecret' } };
  let base: URL;
  try {
    base = new URL(`${target.baseUrl}/`);
  } catch {
    return { status: 'failed', error: { key: 'sync.url' } };
  }
  if (target.kind === 'tram') {
    const credential = unsealSecret(dataDir, 'credential', target.sealedCredential);
    if (!credential || !target.fingerprint) return lost;
    const http = await pinnedHttp(
      base,
      { fingerprint: target.fingerprint, caCertificate: target.caCertificate },
      timeoutMs,
      (caCertificate) =>
        db.update(syncTargets).set({ caCertificate }).where(eq(syncTargets.id, target.id)).run(),
    );
    if ('ok' in http) return transportOutcome(http) ?? lost;
    return { http, credential };
  }
  const auth = dhis2Auth(target, {
    password: unsealSecret(dataDir, 'password', target.sealedPassword),
    token: unsealSecret(dataDir, 'token', target.sealedToken),
  });
  if (!auth) return lost;
  return { http: fetchHttp(timeoutMs), auth };
}
