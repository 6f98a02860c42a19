import { X509Certificate } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { readOrCreateSecretFile } from '../keys/key-file';
import {
  coverage,
  createAuthority,
  fingerprintOf,
  issueServerCertificate,
  type PemPair,
} from './certificates';

export interface TlsIdentity {
  /** The server's private key and its certificate followed by the CA's (the chain it sends). */
  key: string;
  cert: string;
  caCertificate: string;
  /** SHA-256 of the CA certificate: what browser PCs trust and workstations pin. */
  caFingerprint: string;
  serverFingerprint: string;
  names: string[];
  validTo: string;
}

const RENEW_BEFORE_MS = 30 * 24 * 60 * 60 * 1000;

function readPair(dir: string, name: string): PemPair | null {
  try {
    return {
      keyPem: fs.readFileSync(path.join(dir, `${name}-key.pem`), 'utf8'),
      certPem: fs.readFileSync(path.join(dir, `${name}.pem`), 'utf8'),
    };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

function writePair(dir: string, name: string, pair: PemPair): void {
  const keyFile = path.join(dir, `${name}-key.pem`);
  fs.rmSync(keyFile, { force: true });
  readOrCreateSecretFile(keyFile, () => pair.keyPem);
  fs.writeFileSync(path.join(dir, `${name}.pem`), pair.certPem);
}

/**
 * LAN mode's certificates in `<data>/tls/`: the CA is made once, on first enable; the server
 * certificate is issued again when the PC's names or addresses change or it nears its end.
 */
export class TlsStore {
  readonly dir: string;
  private pending: Promise<TlsIdentity> | null = null;

  constructor(dataDir: string) {
    this.dir = path.join(dataDir, 'tls');
  }

  /** The CA certificate, if LAN mode was ever enabled. */
  authority(): { certificate: string; fingerprint: string } | null {
    const ca = readPair(this.dir, 'ca');
    return ca ? { certificate: ca.certPem, fingerprint: fingerprintOf(ca.certPem) } : null;
  }

  /** Makes what is missing and returns the identity to serve HTTPS with. */
  ensure(names: readonly string[], facility: string, now: Date): Promise<TlsIdentity> {
    // One at a time: two callers must not each make a CA.
    const run = async (): Promise<TlsIdentity> => {
      fs.mkdirSync(this.dir, { recursive: true, mode: 0o700 });
      let ca = readPair(this.dir, 'ca');
      if (!ca) {
        ca = await createAuthority(facility, now);
        writePair(this.dir, 'ca', ca);
      }
      let server = readPair(this.dir, 'server');
      const wanted = [...new Set(['localhost', '127.0.0.1', ...names])];
      if (server && !this.fits(server, ca, wanted, now)) server = null;
      if (!server) {
        server = await issueServerCertificate(ca, wanted, now);
        writePair(this.dir, 'server', server);
      }
      const covered = coverage(server.certPem);
      return {
        key: server.keyPem,
        cert: `${server.certPem}${ca.certPem}`,
        caCertificate: ca.certPem,
        caFingerprint: fingerprintOf(ca.certPem),
        serverFingerprint: fingerprintOf(server.certPem),
        names: covered.names,
        validTo: covered.validTo.toISOString(),
      };
    };
    const next = (this.pending ?? Promise.resolve()).then(run, run);
    this.pending = next.catch(() => null as never);
    return next;
  }

  private fits(server: PemPair, ca: PemPair, wanted: readonly string[], now: Date): boolean {
    const { names, validTo } = coverage(server.certPem);
    const issuer = new X509Certificate(ca.certPem);
    const cert = new X509Certificate(server.certPem);
    const signedByCa = cert.checkIssued(issuer) && cert.verify(issuer.publicKey);
    return (
      signedByCa &&
      validTo.getTime() - now.getTime() > RENEW_BEFORE_MS &&
      wanted.every((name) => names.includes(name))
    );
  }
}
