import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * Secrets Tram keeps outside its database, one file each under `<data folder>/keys/`, readable
 * by the owner only: the key that seals the facility's signing key today; the database key
 * and the audit chain's HMAC secret are meant to live beside it. On Windows the mode bits do
 * little; the user-profile folder's ACL is what protects them there.
 */
export const KEYS_DIR = 'keys';
export const SECRET_BYTES = 32;

export function secretFilePath(dataDir: string, name: string): string {
  if (!/^[a-z0-9-]+\.key$/.test(name)) throw new Error(`Bad secret file name ${name}`);
  return path.join(dataDir, KEYS_DIR, name);
}

function writeNew(file: string, secret: Buffer): void {
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  const temp = `${file}.${process.pid}.tmp`;
  const fd = fs.openSync(temp, 'wx', 0o600);
  try {
    fs.writeSync(fd, secret);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  // A link, not a rename, so two starts racing cannot both win: the loser reads the winner's.
  try {
    fs.linkSync(temp, file);
  } finally {
    fs.rmSync(temp, { force: true });
  }
}

/** The secret in `keys/<name>`, or null when the file is missing. Throws on a damaged file. */
export function readSecret(dataDir: string, name: string): Buffer | null {
  const file = secretFilePath(dataDir, name);
  let secret: Buffer;
  try {
    secret = fs.readFileSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  if (secret.length !== SECRET_BYTES) throw new Error(`${file} is not a ${SECRET_BYTES}-byte key`);
  return secret;
}

/** The secret in `keys/<name>`, made (32 random bytes, owner-only) when it does not exist. */
export function readOrCreateSecret(dataDir: string, name: string): Buffer {
  const existing = readSecret(dataDir, name);
  if (existing) return existing;
  try {
    writeNew(secretFilePath(dataDir, name), randomBytes(SECRET_BYTES));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  const secret = readSecret(dataDir, name);
  if (!secret) throw new Error(`${name} could not be created`);
  return secret;
}
