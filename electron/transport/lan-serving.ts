import { lanNames, servedUrls } from '../backend/network/lan-addresses';
import type { Backend } from '../backend/backend';
import { readSection } from '../backend/settings/store';
import type { HttpOptions } from './http';

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|localhost|::1|\[::1\])$/i;

export function isLoopbackHost(host: string): boolean {
  return LOOPBACK.test(host);
}

export interface Serving {
  options: Pick<HttpOptions, 'hostNames' | 'tls' | 'caCertificate'>;
  secure: boolean;
  /** SHA-256 of Tram's CA, to compare on the PCs that trust it (LAN only). */
  caFingerprint: string | null;
  /** Where the server can be reached once listening on `port`, loopback first. */
  urls(port: number): string[];
}

/**
 * How to serve on `host`: plain HTTP on loopback; anything reachable from the network is
 * HTTPS only, with Tram's own CA and a server certificate for this PC's names and addresses.
 */
export async function servingFor(backend: Backend, host: string): Promise<Serving> {
  if (isLoopbackHost(host)) {
    return {
      options: {},
      secure: false,
      caFingerprint: null,
      urls: (port) => servedUrls(host, port, false),
    };
  }
  const names = [
    ...new Set([...lanNames(), ...(host === '0.0.0.0' || host === '::' ? [] : [host])]),
  ];
  const facility = readSection(backend.database.db, 'facility').name;
  const identity = await backend.services.tls.ensure(names, facility, backend.services.clock());
  return {
    options: {
      hostNames: names,
      tls: { key: identity.key, cert: identity.cert },
      caCertificate: identity.caCertificate,
    },
    secure: true,
    caFingerprint: identity.caFingerprint,
    urls: (port) => servedUrls(host, port, true),
  };
}
