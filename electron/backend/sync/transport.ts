import type https from 'node:https';
import {
  fetchAuthority,
  isPinFailure,
  pinnedAgent,
  request,
  type HttpsAnswer,
} from '../../workstation/pinned-https';

/** An answer from a target, or why none came: the worker decides what each means. */
export type Reply =
  | { ok: true; status: number; body: Buffer }
  | { ok: false; why: 'timeout' | 'unreachable' | 'pin'; detail: string };

export interface Http {
  post(url: URL, headers: Record<string, string>, body: string): Promise<Reply>;
  get(url: URL, headers: Record<string, string>): Promise<Reply>;
  close(): void;
}

function failure(error: unknown): Reply {
  const message = error instanceof Error ? error.message : String(error);
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  if (isPinFailure(error) || (cause !== undefined && isPinFailure(cause)))
    return { ok: false, why: 'pin', detail: message };
  const name = (error as { name?: string }).name;
  if (message === 'timeout' || name === 'TimeoutError' || name === 'AbortError') {
    return { ok: false, why: 'timeout', detail: message };
  }
  return { ok: false, why: 'unreachable', detail: cause?.code ?? cause?.message ?? message };
}

/** Plain fetch (DHIS2 over the public internet's usual CAs, or http on a LAN). */
export function fetchHttp(timeoutMs: number): Http {
  const call = async (url: URL, init: RequestInit): Promise<Reply> => {
    try {
      const res = await fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });
      return { ok: true, status: res.status, body: Buffer.from(await res.arrayBuffer()) };
    } catch (error) {
      return failure(error);
    }
  };
  return {
    post: (url, headers, body) => call(url, { method: 'POST', headers, body }),
    get: (url, headers) => call(url, { method: 'GET', headers }),
    close: () => undefined,
  };
}

const normalize = (fingerprint: string): string =>
  fingerprint.replace(/[^0-9a-f]/gi, '').toUpperCase();

/**
 * HTTPS to another Tram, trusting only the CA whose fingerprint the admin typed: the CA comes
 * from the receiver's /ca.crt the first time (its certificate must be issued by it, and its
 * fingerprint must be the typed one), and is kept for every later call.
 */
export async function pinnedHttp(
  base: URL,
  pin: { fingerprint: string; caCertificate: string | null },
  timeoutMs: number,
  remember: (caCertificate: string) => void,
): Promise<Http | Reply> {
  let caCertificate = pin.caCertificate;
  if (!caCertificate) {
    try {
      const authority = await fetchAuthority(base, timeoutMs);
      if (normalize(authority.caFingerprint) !== normalize(pin.fingerprint)) {
        return { ok: false, why: 'pin', detail: authority.caFingerprint };
      }
      caCertificate = authority.caCertificate;
      remember(caCertificate);
    } catch (error) {
      return failure(error);
    }
  }
  const agent: https.Agent = pinnedAgent({
    caCertificate,
    caFingerprint: `${normalize(pin.fingerprint).match(/../g)?.join(':') ?? ''}`,
  });
  const call = async (url: URL, options: Parameters<typeof request>[2]): Promise<Reply> => {
    try {
      const answer: HttpsAnswer = await request(agent, url, options, timeoutMs);
      return { ok: true, ...answer };
    } catch (error) {
      return failure(error);
    }
  };
  return {
    post: (url, headers, body) => call(url, { method: 'POST', headers, body }),
    get: (url, headers) => call(url, { method: 'GET', headers }),
    close: () => agent.destroy(),
  };
}
