import type { IncomingHttpHeaders } from 'node:http';

/** Names every Tram answers to on its own PC. */
export const LOOPBACK_NAMES = ['127.0.0.1', 'localhost', '[::1]'] as const;

export interface HostRules {
  /** Names and addresses announced besides loopback (LAN mode): hostname, 192.168.x.y. */
  names: readonly string[];
  /** Exact `host:port` pairs answered as well (the dev server's proxy). */
  extraHosts: readonly string[];
}

export type Guarded =
  | { ok: true }
  | {
      ok: false;
      status: 421 | 403 | 415;
      key: 'http.wrongHost' | 'http.foreignOrigin' | 'http.jsonOnly';
    };

function parseAuthority(authority: string): { name: string; port: string } | null {
  try {
    const url = new URL(`http://${authority}`);
    if (url.username || url.password || url.pathname !== '/' || url.search || url.hash) return null;
    return { name: url.hostname.toLowerCase(), port: url.port };
  } catch {
    return null;
  }
}

/**
 * Whether a `Host` header names this server: one of its names, on the port the connection
 * came in on. Anything else is DNS rebinding or a misdirected request.
 */
export function isServedHost(
  host: string | undefined,
  localPort: number | undefined,
  secure: boolean,
  rules: HostRules,
): boolean {
  if (!host) return false;
  const lowered = host.toLowerCase();
  if (rules.extraHosts.some((extra) => extra.toLowerCase() === lowered)) return true;
  const parsed = parseAuthority(host);
  if (!parsed) return false;
  const port = parsed.port === '' ? (secure ? 443 : 80) : Number(parsed.port);
  if (port !== localPort) return false;
  const names = [...LOOPBACK_NAMES, ...rules.names].map((n) => n.toLowerCase());
  return names.includes(parsed.name);
}

/** An `Origin` is Tram's own when it is this very scheme and host (the page Tram served). */
export function isOwnOrigin(origin: string, host: string, secure: boolean): boolean {
  if (origin === 'null') return false;
  try {
    const url = new URL(origin);
    const scheme = secure ? 'https:' : 'http:';
    const own = new URL(`${scheme}//${host}`);
    return url.protocol === scheme && url.host === own.host;
  } catch {
    return false;
  }
}

export function isJsonContentType(value: string | undefined): boolean {
  if (!value) return false;
  const media = value.split(';')[0]?.trim().toLowerCase();
  return media === 'application/json';
}

/**
 * The checks every request passes before Tram reads its body: the right Host (421), no
 * foreign Origin (403), and JSON bodies only on the API (415), so that neither another web
 * page in the user's browser nor a plain HTML form can reach a procedure.
 */
export function guardRequest(
  request: { method: string; url: string; headers: IncomingHttpHeaders; localPort?: number },
  secure: boolean,
  rules: HostRules,
): Guarded {
  const host = request.headers.host;
  if (!isServedHost(host, request.localPort, secure, rules) || !host) {
    return { ok: false, status: 421, key: 'http.wrongHost' };
  }
  const origin = request.headers.origin;
  if (origin !== undefined && !isOwnOrigin(origin, host, secure)) {
    return { ok: false, status: 403, key: 'http.foreignOrigin' };
  }
  const api = request.url === '/api' || request.url.startsWith('/api/');
  const reads = request.method === 'GET' || request.method === 'HEAD';
  if (api && !reads && !isJsonContentType(request.headers['content-type'])) {
    return { ok: false, status: 415, key: 'http.jsonOnly' };
  }
  return { ok: true };
}

/** The declared body length, when the client declared one. */
export function declaredLength(headers: IncomingHttpHeaders): number | null {
  const raw = headers['content-length'];
  if (raw === undefined) return null;
  const value = Number(raw);
  return Number.isFinite(value) && value >= 0 ? value : null;
}
