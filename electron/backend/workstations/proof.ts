import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** Crockford's base32 without look-alikes: easy to read off one screen and type on another. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A pairing code such as `7KQ2-M9XD-4HTB` (60 bits). */
export function newPairingCode(): string {
  const bytes = randomBytes(12);
  const chars = [...bytes].map((b) => ALPHABET[b % 32] ?? '0');
  return [0, 4, 8].map((i) => chars.slice(i, i + 4).join('')).join('-');
}

/** What staff typed, as the code was made: upper case, no spaces or dashes. */
export function normalizeCode(code: string): string {
  return code
    .toUpperCase()
    .replace(/[^0-9A-Z]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
}

/**
 * The workstation's proof: the pairing code binds the CA fingerprint it saw, so a machine in
 * the middle with another certificate cannot pair (its fingerprint gives another proof) and
 * never sees the code in the clear.
 */
export function pairingProof(code: string, caFingerprint: string, nonce: string): string {
  return createHmac('sha256', normalizeCode(code))
    .update(`tram-pair|${caFingerprint}|${nonce}`)
    .digest('hex');
}

/** The server's answer: it knew the code too, and hands this credential to this nonce. */
export function serverProof(
  code: string,
  caFingerprint: string,
  nonce: string,
  credential: string,
): string {
  return createHmac('sha256', normalizeCode(code))
    .update(`tram-paired|${caFingerprint}|${nonce}|${credential}`)
    .digest('hex');
}

export function sameHex(a: string, b: string): boolean {
  const x = Buffer.from(a, 'hex');
  const y = Buffer.from(b, 'hex');
  return x.length === y.length && x.length > 0 && timingSafeEqual(x, y);
}

export function credentialHash(credential: string): string {
  return createHash('sha256').update(credential).digest('hex');
}
