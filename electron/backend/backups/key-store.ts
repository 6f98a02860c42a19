import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import {
  fileKind,
  isKey,
  KEY_BYTES,
  openConnection,
  syncPath,
  type ConnectOptions,
} from '../../../db/cipher';
import { DatabaseOpenError } from '../../../db/open';

/** Web mode and tests: the key as hex in the data folder, readable by its owner only. */
export const KEY_FILE = 'tram.key';
/** Desktop: the key wrapped by the OS (Electron safeStorage), stored beside the database. */
export const WRAPPED_KEY_FILE = 'tram.key.wrapped';

/** The desktop shell's wrap and unwrap (safeStorage's async API), injected so this stays plain. */
export interface KeyWrapper {
  wrap(plainText: string): Promise<Buffer>;
  unwrap(wrapped: Buffer): Promise<string>;
}

export function newKey(): Buffer {
  return randomBytes(KEY_BYTES);
}

function parseHex(text: string): Buffer | null {
  const trimmed = text.trim();
  if (!/^[0-9a-fA-F]{64}$/.test(trimmed)) return null;
  return Buffer.from(trimmed, 'hex');
}

function writeAtomically(file: string, content: string | Buffer): void {
  const part = `${file}.part`;
  fs.writeFileSync(part, content, { mode: 0o600 });
  syncPath(part);
  fs.renameSync(part, file);
  syncPath(path.dirname(file));
}

/** TRAM_DB_KEY wins (a service manager's secret store); otherwise the key file, if any. */
export function readFileKey(dataDir: string, env: NodeJS.ProcessEnv = process.env): Buffer | null {
  if (env.TRAM_DB_KEY) {
    const key = parseHex(env.TRAM_DB_KEY);
    if (!key) throw new Error('TRAM_DB_KEY must be 64 hexadecimal characters (32 bytes)');
    return key;
  }
  const file = path.join(dataDir, KEY_FILE);
  if (!fs.existsSync(file)) return null;
  // Owner-only: a key file others can read would undo the encryption (POSIX; ACLs on Windows).
  if (process.platform !== 'win32' && (fs.statSync(file).mode & 0o077) !== 0) {
    fs.chmodSync(file, 0o600);
  }
  const key = parseHex(fs.readFileSync(file, 'utf8'));
  if (!key) throw new Error(`${file} does not hold a 32-byte key`);
  return key;
}

export function writeFileKey(dataDir: string, key: Buffer): void {
  if (!isKey(key)) throw new Error('The database key must be 32 bytes');
  writeAtomically(path.join(dataDir, KEY_FILE), `${key.toString('hex')}\n`);
}

export async function readWrappedKey(dataDir: string, wrapper: KeyWrapper): Promise<Buffer | null> {
  const file = path.join(dataDir, WRAPPED_KEY_FILE);
  if (!fs.existsSync(file)) return null;
  const key = parseHex(await wrapper.unwrap(fs.readFileSync(file)));
  if (!key) throw new Error(`${file} does not unwrap to a 32-byte key`);
  return key;
}

export async function writeWrappedKey(
  dataDir: string,
  wrapper: KeyWrapper,
  key: Buffer,
): Promise<void> {
  writeAtomically(path.join(dataDir, WRAPPED_KEY_FILE), await wrapper.wrap(key.toString('hex')));
}

/** Where this Tram keeps its key: a file (web, tests) or wrapped by the desktop's OS. */
export interface KeyStore {
  load(): Promise<Buffer | null>;
  save(key: Buffer): Promise<void>;
}

export function keyStoreFor(
  dataDir: string,
  wrapper?: KeyWrapper,
  env: NodeJS.ProcessEnv = process.env,
): KeyStore {
  if (wrapper) {
    return {
      load: () => readWrappedKey(dataDir, wrapper),
      save: (key) => writeWrappedKey(dataDir, wrapper, key),
    };
  }
  return {
    load: () => Promise.resolve(readFileKey(dataDir, env)),
    save: (key) => {
      // A key given in the environment is the operator's to keep; nothing is written.
      if (!env.TRAM_DB_KEY) writeFileKey(dataDir, key);
      return Promise.resolve();
    },
  };
}

export function hasStoredKey(dataDir: string): boolean {
  return [KEY_FILE, WRAPPED_KEY_FILE].some((name) => fs.existsSync(path.join(dataDir, name)));
}

/**
 * The key for a synchronous start (tests, dev, web mode's file key): TRAM_DB_KEY or the key
 * file; a new key file only when there is no encrypted database it would have to open.
 */
export function databaseKeyFor(
  dataDir: string,
  databaseFile: string,
  env: NodeJS.ProcessEnv = process.env,
): Buffer {
  const existing = readFileKey(dataDir, env);
  if (existing) return existing;
  if (fileKind(databaseFile) === 'encrypted') {
    throw new DatabaseOpenError('missing-key', { file: databaseFile });
  }
  const key = newKey();
  fs.mkdirSync(dataDir, { recursive: true });
  writeFileKey(dataDir, key);
  return key;
}

/**
 * A connection to a data folder's database with its file key (TRAM_DB_KEY or tram.key): for
 * tools and tests beside a running web-mode Tram. Worker threads get the key from the backend
 * (`backend.key`) and call db/cipher's openConnection; the desktop's key is wrapped by the OS.
 */
export function connectToDataFolder(
  dataDir: string,
  options: ConnectOptions = {},
): Database.Database {
  const key = readFileKey(dataDir);
  if (!key) throw new DatabaseOpenError('missing-key', { file: path.join(dataDir, 'tram.sqlite') });
  return openConnection(path.join(dataDir, 'tram.sqlite'), key, options);
}
