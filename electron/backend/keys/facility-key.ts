import { and, eq, isNull } from 'drizzle-orm';
import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  sign,
  verify,
  type KeyObject,
} from 'node:crypto';
import type { Db } from '../../../db/client';
import { facilityKeys, settings, type FacilityKeyRow } from '../../../db/schema';
import { formatFingerprint } from '../../../shared/domain/bundles';
import { seal, unseal } from './seal';
import { readOrCreateSecret, readSecret } from './secret-file';

/** The key file that seals facility signing keys (see secret-file.ts). */
export const SIGNING_SEAL_FILE = 'signing-seal.key';

export interface FacilityKeyInfo {
  /** Raw 32-byte Ed25519 public key, base64. */
  publicKey: string;
  /** SHA-256 of the raw key, hex. */
  fingerprintHex: string;
  /** As printed: "3F2A-9C01-…". */
  fingerprint: string;
  createdAt: string;
}

export interface Signer extends FacilityKeyInfo {
  sign(data: Uint8Array): Buffer;
}

export function publicKeyObject(publicKey: string): KeyObject {
  return createPublicKey({
    key: { kty: 'OKP', crv: 'Ed25519', x: Buffer.from(publicKey, 'base64').toString('base64url') },
    format: 'jwk',
  });
}

export function fingerprintHex(publicKey: string): string {
  return createHash('sha256').update(Buffer.from(publicKey, 'base64')).digest('hex');
}

function infoOf(row: Pick<FacilityKeyRow, 'publicKey' | 'createdAt'>): FacilityKeyInfo {
  const hex = fingerprintHex(row.publicKey);
  return {
    publicKey: row.publicKey,
    fingerprintHex: hex,
    fingerprint: formatFingerprint(hex),
    createdAt: row.createdAt,
  };
}

/** Whether `signature` is the Ed25519 signature of `data` by this raw public key. */
export function verifySignature(
  publicKey: string,
  data: Uint8Array,
  signature: Uint8Array,
): boolean {
  try {
    return verify(null, data, publicKeyObject(publicKey), signature);
  } catch {
    return false;
  }
}

const aad = (publicKey: string): string => `tram facility key v1\n${publicKey}`;
const sealKey = (secret: Buffer, publicKey: string, privateDer: Buffer): string =>
  seal(secret, aad(publicKey), privateDer);
const unsealKey = (secret: Buffer, publicKey: string, sealed: string): Buffer =>
  unseal(secret, aad(publicKey), sealed);

function currentRow(db: Db): FacilityKeyRow | undefined {
  return db.select().from(facilityKeys).where(isNull(facilityKeys.retiredAt)).get();
}

export function currentFacilityKey(db: Db): FacilityKeyInfo | null {
  const row = currentRow(db);
  return row ? infoOf(row) : null;
}

/**
 * The facility's current key pair, made now if it has none (at setup, and at the first start
 * of a database set up before keys existed). The private key is stored sealed only.
 */
export function ensureFacilityKey(db: Db, dataDir: string, at: string): FacilityKeyInfo {
  const existing = currentRow(db);
  if (existing) return infoOf(existing);
  const secret = readOrCreateSecret(dataDir, SIGNING_SEAL_FILE);
  const pair = generateKeyPairSync('ed25519');
  const jwk = pair.publicKey.export({ format: 'jwk' });
  const publicKey = Buffer.from(jwk.x ?? '', 'base64url').toString('base64');
  const privateDer = pair.privateKey.export({ format: 'der', type: 'pkcs8' });
  const row = {
    publicKey,
    fingerprint: fingerprintHex(publicKey),
    sealedPrivateKey: sealKey(secret, publicKey, privateDer),
    sealedWith: SIGNING_SEAL_FILE,
    createdAt: at,
  };
  db.insert(facilityKeys).values(row).run();
  return infoOf(row);
}

/**
 * At start: a database set up before facilities had keys gets its key pair now (the schema
 * migration made the table; SQL cannot make a key). Before setup there is nothing to key.
 */
export function ensureKeyOfSetUpFacility(db: Db, dataDir: string, at: string): void {
  const setUp = db
    .select({ key: settings.key })
    .from(settings)
    .where(eq(settings.key, 'facility'))
    .get();
  if (setUp) ensureFacilityKey(db, dataDir, at);
}

export class SigningKeyUnavailable extends Error {
  constructor(reason: string) {
    super(`The facility signing key cannot be used: ${reason}`);
    this.name = 'SigningKeyUnavailable';
  }
}

/** The current key, unsealed for signing; refuses when the key file is missing or wrong. */
export function facilitySigner(db: Db, dataDir: string): Signer {
  const row = db
    .select()
    .from(facilityKeys)
    .where(and(isNull(facilityKeys.retiredAt), eq(facilityKeys.sealedWith, SIGNING_SEAL_FILE)))
    .get();
  if (!row) throw new SigningKeyUnavailable('no key');
  const secret = readSecret(dataDir, row.sealedWith);
  if (!secret) throw new SigningKeyUnavailable('key file missing');
  let privateKey: KeyObject;
  try {
    privateKey = createPrivateKey({
      key: unsealKey(secret, row.publicKey, row.sealedPrivateKey),
      format: 'der',
      type: 'pkcs8',
    });
  } catch {
    throw new SigningKeyUnavailable('key file does not open it');
  }
  return { ...infoOf(row), sign: (data) => sign(null, data, privateKey) };
}
