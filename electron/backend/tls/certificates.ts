// @peculiar/x509 registers its ASN.1 types through tsyringe, which needs the Reflect polyfill first.
import 'reflect-metadata';
import * as x509 from '@peculiar/x509';
import { randomBytes, webcrypto, X509Certificate as NodeCertificate } from 'node:crypto';
import { isIP } from 'node:net';

/**
 * Certificates with @peculiar/x509 (node:crypto can make keys but not certificates): ECDSA
 * P-256 keys from Node's WebCrypto, a CA of the station's own and a server certificate it signs.
 */
const ALGORITHM = { name: 'ECDSA', namedCurve: 'P-256', hash: 'SHA-256' } as const;
const crypto = webcrypto as unknown as Crypto;
x509.cryptoProvider.set(crypto);

const DAY = 24 * 60 * 60 * 1000;
/** Long enough never to need replacing at a station; the PCs that trust it keep working. */
export const CA_DAYS = 20 * 365;
/** Browsers accept at most about 13 months for a server certificate; Tram renews it itself. */
export const SERVER_DAYS = 397;

export interface PemPair {
  keyPem: string;
  certPem: string;
}

function pem(label: string, der: ArrayBuffer): string {
  const body = Buffer.from(der).toString('base64').replace(/.{64}/g, '$&\n');
  return `-----BEGIN ${label}-----\n${body.trimEnd()}\n-----END ${label}-----\n`;
}

function serial(): string {
  const bytes = randomBytes(16);
  bytes[0] = (bytes[0] ?? 0) & 0x7f; // positive
  return bytes.toString('hex');
}

async function keyPair(): Promise<CryptoKeyPair> {
  return crypto.subtle.generateKey(ALGORITHM, true, ['sign', 'verify']);
}

async function exportKey(key: CryptoKey): Promise<string> {
  return pem('PRIVATE KEY', await crypto.subtle.exportKey('pkcs8', key));
}

async function importKey(keyPem: string): Promise<CryptoKey> {
  const der = Buffer.from(keyPem.replace(/-----[^-]+-----|\s/g, ''), 'base64');
  return crypto.subtle.importKey('pkcs8', der, ALGORITHM, false, ['sign']);
}

/** The station's own certificate authority, named after the facility. */
export async function createAuthority(facility: string, now: Date): Promise<PemPair> {
  const keys = await keyPair();
  const name = `CN=Tram CA ${facility.replace(/[,+="<>#;\\]/g, ' ').slice(0, 40)}, O=Tram`;
  const cert = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: serial(),
    name,
    notBefore: new Date(now.getTime() - DAY),
    notAfter: new Date(now.getTime() + CA_DAYS * DAY),
    signingAlgorithm: ALGORITHM,
    keys,
    extensions: [
      new x509.BasicConstraintsExtension(true, 0, true),
      new x509.KeyUsagesExtension(
        x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign,
        true,
      ),
      await x509.SubjectKeyIdentifierExtension.create(keys.publicKey),
    ],
  });
  return { keyPem: await exportKey(keys.privateKey), certPem: `${cert.toString('pem').trim()}\n` };
}

/** A server certificate for these host names and IP addresses, signed by the station's CA. */
export async function issueServerCertificate(
  ca: PemPair,
  names: readonly string[],
  now: Date,
): Promise<PemPair> {
  const keys = await keyPair();
  const caCert = new x509.X509Certificate(ca.certPem);
  const subjectNames = names.map((value) =>
    isIP(value) ? { type: 'ip' as const, value } : { type: 'dns' as const, value },
  );
  const cert = await x509.X509CertificateGenerator.create({
    serialNumber: serial(),
    subject: `CN=${names[0] ?? 'localhost'}, O=Tram`,
    issuer: caCert.subject,
    notBefore: new Date(now.getTime() - DAY),
    notAfter: new Date(now.getTime() + SERVER_DAYS * DAY),
    signingAlgorithm: ALGORITHM,
    publicKey: keys.publicKey,
    signingKey: await importKey(ca.keyPem),
    extensions: [
      new x509.BasicConstraintsExtension(false, undefined, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature, true),
      new x509.ExtendedKeyUsageExtension([x509.ExtendedKeyUsage.serverAuth]),
      new x509.SubjectAlternativeNameExtension(subjectNames),
      await x509.SubjectKeyIdentifierExtension.create(keys.publicKey),
      await x509.AuthorityKeyIdentifierExtension.create(caCert.publicKey),
    ],
  });
  return { keyPem: await exportKey(keys.privateKey), certPem: `${cert.toString('pem').trim()}\n` };
}

/** SHA-256 fingerprint as browsers show it: 32 colon-separated hex pairs. */
export function fingerprintOf(certPem: string): string {
  return new NodeCertificate(certPem).fingerprint256;
}

/** The names and addresses a certificate covers, and until when. */
export function coverage(certPem: string): { names: string[]; validTo: Date } {
  const cert = new NodeCertificate(certPem);
  const names = (cert.subjectAltName ?? '')
    .split(/,\s*/)
    .map((entry) => entry.replace(/^(DNS|IP Address):/, ''))
    .filter(Boolean);
  return { names, validTo: new Date(cert.validTo) };
}
