import Database from 'better-sqlite3';
import fs from 'node:fs';

/**
 * `better-sqlite3` is installed as an npm alias of better-sqlite3-multiple-ciphers (package.json),
 * so drizzle's driver and our code load the same SQLite build, the one that can encrypt.
 * Files are SQLCipher 4 (AES-256, HMAC-SHA512 per page) keyed with 32 raw bytes, no KDF.
 */
export const KEY_BYTES = 32;
const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

export type FileKind = 'missing' | 'empty' | 'plain' | 'encrypted';

/** What the first 16 bytes say: a plain SQLite file starts with its magic, SQLCipher's with salt. */
export function fileKind(file: string): FileKind {
  let fd: number;
  try {
    fd = fs.openSync(file, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'missing';
    throw error;
  }
  try {
    const head = Buffer.alloc(16);
    const read = fs.readSync(fd, head, 0, 16, 0);
    if (read === 0) return 'empty';
    return read === 16 && head.equals(SQLITE_HEADER) ? 'plain' : 'encrypted';
  } finally {
    fs.closeSync(fd);
  }
}

export function isKey(key: unknown): key is Buffer {
  return Buffer.isBuffer(key) && key.length === KEY_BYTES;
}

/** Sets the cipher and the raw key; must come before anything reads the file. */
export function applyKey(sqlite: Database.Database, key: Buffer): void {
  if (!isKey(key)) throw new Error('The database key must be 32 bytes');
  sqlite.pragma("cipher = 'sqlcipher'");
  sqlite.pragma('legacy = 4');
  sqlite.pragma(`key = "x'${key.toString('hex')}'"`);
}

export interface ConnectOptions {
  readonly?: boolean;
  /** Refuse to create the file (everything but a fresh install). */
  fileMustExist?: boolean;
}

/**
 * A connection to one of Tram's database files with its key: the main backend, worker threads
 * (backups, exports, reports) and the tests all open files through here. Throws SQLITE_NOTADB
 * when the key does not open the file.
 */
export function openConnection(
  file: string,
  key: Buffer,
  options: ConnectOptions = {},
): Database.Database {
  const sqlite = new Database(file, {
    readonly: options.readonly ?? false,
    fileMustExist: options.fileMustExist ?? true,
  });
  try {
    applyKey(sqlite, key);
    sqlite.pragma('busy_timeout = 5000');
    // Reading page 1 proves the key: a wrong one fails here, not at the first query.
    sqlite.prepare('SELECT count(*) FROM sqlite_master').get();
    if (!options.readonly) {
      sqlite.pragma('synchronous = FULL');
      sqlite.pragma('foreign_keys = ON');
    }
    return sqlite;
  } catch (error) {
    sqlite.close();
    throw error;
  }
}

/** fsync a file or a folder (a rename is only durable once its folder is synced). */
export function syncPath(target: string): void {
  let fd: number | undefined;
  try {
    fd = fs.openSync(target, 'r');
    fs.fsyncSync(fd);
  } catch (error) {
    // Windows cannot open a folder for fsync; NTFS journals the rename itself.
    if (!['EISDIR', 'EPERM', 'EACCES'].includes((error as NodeJS.ErrnoException).code ?? '')) {
      throw error;
    }
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}
