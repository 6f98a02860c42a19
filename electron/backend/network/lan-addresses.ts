import os from 'node:os';

/** This PC's IPv4 addresses on the station's network (not loopback, not link-local). */
export function lanAddresses(
  interfaces: NodeJS.Dict<os.NetworkInterfaceInfo[]> = os.networkInterfaces(),
): string[] {
  const found = new Set<string>();
  for (const entries of Object.values(interfaces)) {
    for (const entry of entries ?? []) {
      if (entry.family !== 'IPv4' || entry.internal || entry.address.startsWith('169.254.')) {
        continue;
      }
      found.add(entry.address);
    }
  }
  return [...found];
}

/** The names other PCs reach this one by in LAN mode: its host name and its addresses. */
export function lanNames(hostname = os.hostname()): string[] {
  const name = hostname.toLowerCase();
  return [...new Set([name, ...lanAddresses()])].filter(Boolean);
}

/** The URLs a server bound to `host` is actually reachable at, loopback first. */
export function servedUrls(host: string, port: number, secure: boolean): string[] {
  const scheme = secure ? 'https' : 'http';
  const everywhere = host === '0.0.0.0' || host === '::';
  const hosts = everywhere ? ['127.0.0.1', ...lanAddresses()] : [host];
  return hosts.map((h) => `${scheme}://${h.includes(':') ? `[${h}]` : h}:${port}/`);
}
