import { X509Certificate } from 'node:crypto';
import https from 'node:https';
import tls, { type PeerCertificate } from 'node:tls';
import type { IncomingMessage } from 'node:http';

/** The server's CA as pinned at pairing: the only certificate authority a workstation trusts. */
export interface Pin {
  caCertificate: string;
  caFingerprint: string;
}

/** The server answered with a certificate that does not lead to the pinned CA. */
export class PinMismatchError extends Error {
  constructor(detail: string) {
    super(detail);
    this.name = 'PinMismatchError';
  }
}

const TLS_REFUSALS = new Set([
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'CERT_SIGNATURE_FAILURE',
  'CERT_UNTRUSTED',
  'ERR_TLS_CERT_ALTNAME_INVALID',
]);

/** Whether a request failed because the server's certificate is not the pinned one. */
export function isPinFailure(error: unknown): boolean {
  if (error instanceof PinMismatchError) return true;
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' && TLS_REFUSALS.has(code);
}

/**
 * An HTTPS agent that trusts the pinned CA and nothing else (not the OS store), and checks
 * besides the host name that the chain's issuer is that very certificate.
 */
export function pinnedAgent(pin: Pin): https.Agent {
  return new https.Agent({
    ca: pin.caCertificate,
    keepAlive: true,
    maxSockets: 8,
    checkServerIdentity: (host: string, cert: PeerCertificate) => {
      const wrongName = tls.checkServerIdentity(host, cert);
      if (wrongName) return wrongName;
      const issuer = (cert as tls.DetailedPeerCertificate).issuerCertificate as
        PeerCertificate | undefined;
      if (issuer && issuer.fingerprint256 !== pin.caFingerprint) {
        return new PinMismatchError(`issuer ${issuer.fingerprint256}`);
      }
      return undefined;
    },
  });
}

export interface HttpsAnswer {
  status: number;
  body: Buffer;
}

/** One request over `agent`, body read in full (calls are small: JSON in, JSON out). */
export function request(
  agent: https.Agent,
  url: URL,
  options: { method: 'GET' | 'POST'; headers?: Record<string, string>; body?: string },
  timeoutMs = 30_000,
): Promise<HttpsAnswer> {
  return new Promise((resolve, reject) => {
    const req = https.request(
      url,
      { method: options.method, agent, headers: options.headers, timeout: timeoutMs },
      (res: IncomingMessage) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks) }));
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', reject);
    req.end(options.body);
  });
}

/**
 * First contact at pairing (trust on first use, bound by the pairing code afterwards): reads
 * the server's CA from /ca.crt and checks that the certificate the server presented was
 * issued by it. Nothing secret is sent on this connection.
 */
export function fetchAuthority(base: URL, timeoutMs = 10_000): Promise<Pin> {
  return new Promise((resolve, reject) => {
    const agent = new https.Agent({ rejectUnauthorized: false, keepAlive: false });
    const req = https.get(new URL('/ca.crt', base), { agent, timeout: timeoutMs }, (res) => {
      const peer = (res.socket as tls.TLSSocket).getPeerCertificate(false);
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        try {
          if (res.statusCode !== 200) throw new Error(`status ${res.statusCode ?? 0}`);
          const caCertificate = Buffer.concat(chunks).toString('utf8');
          const ca = new X509Certificate(caCertificate);
          const leaf = new X509Certificate(peer.raw);
          if (!ca.ca || !leaf.checkIssued(ca) || !leaf.verify(ca.publicKey)) {
            throw new PinMismatchError('the server certificate is not issued by its /ca.crt');
          }
          resolve({ caCertificate, caFingerprint: ca.fingerprint256 });
        } catch (error) {
          reject(error instanceof Error ? error : new Error(String(error)));
        }
      });
    });
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', reject);
  });
}
