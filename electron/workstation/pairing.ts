import { randomBytes } from 'node:crypto';
import type { PairResult } from '../../shared/api';
import { pairingProof, sameHex, serverProof } from '../backend/workstations/proof';
import type { WorkstationConfig } from './config';
import { fetchAuthority, pinnedAgent, request } from './pinned-https';

/** Tram's LAN port when the address typed has none. */
export const DEFAULT_SERVER_PORT = 8717;

/** `192.168.1.10`, `tram-server:9000`, `https://…/` → the server's https URL. */
export function serverUrl(address: string): URL {
  const bare = address
    .trim()
    .replace(/^https:\/\//i, '')
    .replace(/\/+$/, '');
  const url = new URL(`https://${bare}`);
  if (url.port === '') url.port = String(DEFAULT_SERVER_PORT);
  return new URL(`${url.origin}/`);
}

export class PairingError extends Error {
  constructor(
    readonly reason: 'refused' | 'notTram' | 'proof',
    readonly answer?: unknown,
  ) {
    super(reason);
    this.name = 'PairingError';
  }
}

/**
 * Pairs with a Tram server: reads its CA, proves knowledge of the pairing code over that CA's
 * fingerprint (a machine in the middle would present another), checks the server's proof in
 * turn and returns what to keep. From here on every call pins that CA.
 */
export async function pairWithServer(
  input: { address: string; code: string; name: string },
  now: Date,
): Promise<WorkstationConfig> {
  const base = serverUrl(input.address);
  const pin = await fetchAuthority(base);
  const nonce = randomBytes(24).toString('base64url');
  const proof = pairingProof(input.code, pin.caFingerprint, nonce);
  const agent = pinnedAgent(pin);
  try {
    const answer = await request(agent, new URL('/api/workstations.pair', base), {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ name: input.name, nonce, proof }),
    });
    let body: { ok: boolean; value?: PairResult; error?: unknown };
    try {
      body = JSON.parse(answer.body.toString('utf8')) as typeof body;
    } catch {
      throw new PairingError('notTram');
    }
    if (!body.ok || !body.value) throw new PairingError('refused', body.error);
    const result = body.value;
    if (
      !sameHex(
        result.serverProof,
        serverProof(input.code, pin.caFingerprint, nonce, result.credential),
      )
    ) {
      throw new PairingError('proof');
    }
    return {
      version: 1,
      url: base.href,
      caCertificate: pin.caCertificate,
      caFingerprint: pin.caFingerprint,
      credential: result.credential,
      workstationId: result.workstationId,
      name: input.name,
      pairedAt: now.toISOString(),
    };
  } finally {
    agent.destroy();
  }
}
