import type Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { translate, type Locale, type MessageKey, type MessageParams } from '../shared/i18n';
import { fileKind, openConnection, syncPath } from './cipher';
import { drizzleFor, type Db } from './client';
import { encryptPlainFile } from './encrypt';
import { applyMigrations, loadMigrations, migrationState } from './migrate';

export type OpenFailure =
  | 'not-a-database'
  | 'corrupt'
  | 'too-new'
  | 'migration-failed'
  | 'busy'
  | 'empty-file'
  | 'audit-guards'
  | 'orphan-wal'
  | 'missing-key'
  | 'missing-database'
  | 'no-folder'
  | 'read-only'
  | 'locked'
  | 'disk-full';

const failureKeys: Record<OpenFailure, MessageKey> = {
  'not-a-database': 'db.notADatabase',
  corrupt: 'db.corrupt',
  'too-new': 'db.tooNew',
  'migration-failed': 'db.migrationFailed',
  busy: 'db.busy',
  'empty-file': 'db.emptyFile',
  'audit-guards': 'db.auditGuardsDropped',
  'orphan-wal': 'db.orphanWal',
  'missing-key': 'db.missingKey',
  'missing-database': 'db.missingDatabase',
  'no-folder': 'db.noFolder',
  'read-only': 'db.readOnly',
  locked: 'db.locked',
  'disk-full': 'db.diskFull',
};

/** Failures a verified backup (or the recovery code) can mend: the error screen offers a restore. */
export const RESTORABLE: readonly OpenFailure[] = [
  'not-a-database',
  'corrupt',
  'empty-file',
  'orphan-wal',
  'missing-key',
  'missing-database',
  'migration-failed',
];

/** Opening failed and Tram must stop; the message is for the start-up error screen. */
export class DatabaseOpenError extends Error {
  constructor(
    readonly kind: OpenFailure,
    readonly params: MessageParams,
    options?: { cause?: unknown },
  ) {
    super(translate('en', failureKeys[kind], params), options);
    this.name = 'DatabaseOpenError';
  }

  localized(locale: Locale): string {
    return translate(locale, failureKeys[this.kind], this.params);
  }
}

export interface OpenOptions {
  file: string;
  /** The database key (32 bytes); a new file is created encrypted with it. */
  key: Buffer;
  migrationsDir: string;
  backupDir: string;
  now?: () => Date;
  /**
   * 'full' runs quick_check before anything writes (after a crash, and by default); 'cheap'
   * trusts a file that was shut down cleanly after checking its header, page 1 and schema, and
   * leaves the full check to the background (it costs seconds at a million patients).
   */
  integrity?: 'full' | 'cheap';
  /** A plain file from an older Tram is encrypted first; this keeps its verified copy. */
  keepEncryptedCopy?: (file: string) => void;
}

export interface OpenedDatabase {
  sqlite: Database.Database;
  db: Db;
  file: string;
  /** Number of migrations applied to this file (this build's latest once open). */
  schemaVersion: number;
  /** Migrations applied by this open. */
  migrated: number;
  /** Copy taken before migrating an existing database. */
  backupFile: string | null;
  /** Whether quick_check ran at this open (else the caller runs it in the background). */
  fullyChecked: boolean;
}

function sqliteCode(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
}

function stamp(date: Date): string {
  return date.toISOString().replace(/[:.]/g, '-');
}

function stampName(now: Date, version: number): string {
  return `tram-${stamp(now)}-v${version}.sqlite`;
}

/** A brand-new database is built beside its final name and renamed in whole: no half-made file. */
function createFresh(options: OpenOptions): void {
  const { file, key, migrationsDir } = options;
  const work = `${file}.new`;
  for (const leftover of [work, `${work}-wal`, `${work}-shm`, `${work}-journal`]) {
    fs.rmSync(leftover, { force: true });
  }
  const sqlite = openConnection(work, key, { fileMustExist: false });
  try {
    sqlite.pragma('journal_mode = WAL');
    applyMigrations(sqlite, loadMigrations(migrationsDir));
    sqlite.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    sqlite.close();
  }
  syncPath(work);
  fs.renameSync(work, file);
  syncPath(path.dirname(file));
}

function refuseUnopenable(file: string, backupDir: string): void {
  const kind = fileKind(file);
  if (kind === 'empty') throw new DatabaseOpenError('empty-file', { file, backupDir });
  if (kind === 'missing' && fs.existsSync(`${file}-wal`)) {
    throw new DatabaseOpenError('orphan-wal', { file, backupDir });
  }
}

function mapSqliteFailure(error: unknown, file: string, backupDir: string): never {
  if (error instanceof DatabaseOpenError) throw error;
  const code = sqliteCode(error);
  if (code === 'SQLITE_NOTADB') throw new DatabaseOpenError('not-a-database', { file, backupDir });
  if (code === 'SQLITE_BUSY') throw new DatabaseOpenError('busy', { file });
  if (code === 'SQLITE_FULL') throw new DatabaseOpenError('disk-full', { file });
  if (code === 'SQLITE_READONLY' || code === 'SQLITE_CANTOPEN') {
    throw new DatabaseOpenError('read-only', { dir: path.dirname(file) });
  }
  if (code.startsWith('SQLITE_CORRUPT')) {
    throw new DatabaseOpenError('corrupt', { file, detail: code, backupDir });
  }
  throw error;
}

/**
 * Opens (creating if needed) and migrates Tram's encrypted database. Checks come before
 * anything writes: a damaged file or one from a newer Tram is refused and left byte-for-byte
 * as it was. A plain file from an older Tram is encrypted in place first (crash-safe).
 */
export function openDatabase(options: OpenOptions): OpenedDatabase {
  const { file, key, migrationsDir, backupDir } = options;
  const now = options.now ?? (() => new Date());
  const known = loadMigrations(migrationsDir);
  refuseUnopenable(file, backupDir);
  if (fileKind(file) === 'missing') createFresh(options);
  else if (fileKind(file) === 'plain') {
    encryptPlainFile(file, key, undefined, options.keepEncryptedCopy);
  }
  // A fresh file has been checked just now; others as the caller asks.
  const fullCheck = (options.integrity ?? 'full') === 'full';

  let sqlite: Database.Database;
  try {
    sqlite = openConnection(file, key);
  } catch (error) {
    mapSqliteFailure(error, file, backupDir);
  }
  try {
    let state;
    try {
      cheapCheck(sqlite, file, backupDir);
      if (fullCheck) {
        const check = sqlite.pragma('quick_check', { simple: true });
        if (check !== 'ok') {
          throw new DatabaseOpenError('corrupt', { file, detail: String(check), backupDir });
        }
      }
      state = migrationState(sqlite, known);
    } catch (error) {
      mapSqliteFailure(error, file, backupDir);
    }
    if (state.unknown.length > 0) {
      throw new DatabaseOpenError('too-new', { count: state.unknown.length });
    }

    sqlite.pragma('journal_mode = WAL');

    let backupFile: string | null = null;
    if (state.pending.length > 0 && state.applied.length > 0) {
      fs.mkdirSync(backupDir, { recursive: true });
      backupFile = path.join(backupDir, stampName(now(), state.applied.length));
      sqlite.prepare('VACUUM INTO ?').run(backupFile);
    }
    let migrated: number;
    try {
      migrated = applyMigrations(sqlite, known);
    } catch (error) {
      throw new DatabaseOpenError(
        'migration-failed',
        {
          detail: error instanceof Error ? error.message : String(error),
          backup: backupFile ?? '—',
          backupDir,
        },
        { cause: error },
      );
    }
    return {
      sqlite,
      db: drizzleFor(sqlite),
      file,
      schemaVersion: state.applied.length + migrated,
      migrated,
      backupFile,
      fullyChecked: fullCheck,
    };
  } catch (error) {
    sqlite.close();
    throw error;
  }
}

/**
 * The cheap integrity signal: page 1 decrypted and read (openConnection did), the schema's
 * tables are there, and the file is as long as its header says (a truncated copy is not).
 */
function cheapCheck(sqlite: Database.Database, file: string, backupDir: string): void {
  const pageSize = sqlite.pragma('page_size', { simple: true }) as number;
  const pageCount = sqlite.pragma('page_count', { simple: true }) as number;
  const size = fs.statSync(file).size;
  if (size < pageSize * pageCount && !fs.existsSync(`${file}-wal`)) {
    throw new DatabaseOpenError('corrupt', {
      file,
      detail: `${size} < ${pageSize * pageCount} bytes`,
      backupDir,
    });
  }
  const tables = sqlite
    .prepare("SELECT count(*) FROM sqlite_master WHERE type = 'table'")
    .pluck()
    .get() as number;
  const tracked = sqlite
    .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '__drizzle_migrations'")
    .get();
  // Tables but none of Tram's bookkeeping: somebody else's database; never migrate it.
  if (tables > 0 && !tracked) throw new DatabaseOpenError('not-a-database', { file, backupDir });
}
