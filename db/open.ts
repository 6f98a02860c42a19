import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { translate, type Locale, type MessageKey, type MessageParams } from '../shared/i18n';
import { drizzleFor, type Db } from './client';
import { applyMigrations, loadMigrations, migrationState } from './migrate';

export type OpenFailure =
  | 'not-a-database'
  | 'corrupt'
  | 'too-new'
  | 'migration-failed'
  | 'busy'
  | 'empty-file'
  | 'audit-guards';

const failureKeys: Record<OpenFailure, MessageKey> = {
  'not-a-database': 'db.notADatabase',
  corrupt: 'db.corrupt',
  'too-new': 'db.tooNew',
  'migration-failed': 'db.migrationFailed',
  busy: 'db.busy',
  'empty-file': 'db.emptyFile',
  'audit-guards': 'db.auditGuardsDropped',
};

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
  migrationsDir: string;
  backupDir: string;
  now?: () => Date;
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
}

function sqliteCode(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
}

function stamp(date: Date): string {
  return date.toISOString().replace(/[:.]/g, '-');
}

/**
 * Opens (creating if needed) and migrates Tram's database. Checks come before anything
 * writes: a damaged file or one from a newer Tram is refused and left byte-for-byte as it was.
 */
export function openDatabase(options: OpenOptions): OpenedDatabase {
  const { file, migrationsDir, backupDir } = options;
  const now = options.now ?? (() => new Date());
  const known = loadMigrations(migrationsDir);
  const existed = fs.existsSync(file);
  // A zero-length file is a database that lost its contents, never a fresh install.
  if (existed && fs.statSync(file).size === 0) throw new DatabaseOpenError('empty-file', { file });
  fs.mkdirSync(path.dirname(file), { recursive: true });

  const sqlite = new Database(file);
  try {
    sqlite.pragma('busy_timeout = 5000');
    let state;
    try {
      if (existed) {
        const check = sqlite.pragma('quick_check', { simple: true });
        if (check !== 'ok') {
          throw new DatabaseOpenError('corrupt', { file, detail: String(check), backupDir });
        }
      }
      state = migrationState(sqlite, known);
    } catch (error) {
      if (error instanceof DatabaseOpenError) throw error;
      const code = sqliteCode(error);
      if (code === 'SQLITE_NOTADB') throw new DatabaseOpenError('not-a-database', { file });
      if (code === 'SQLITE_BUSY') throw new DatabaseOpenError('busy', { file });
      if (code === 'SQLITE_CORRUPT') {
        throw new DatabaseOpenError('corrupt', { file, detail: code, backupDir });
      }
      throw error;
    }
    if (state.unknown.length > 0) {
      throw new DatabaseOpenError('too-new', { count: state.unknown.length });
    }

    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = FULL');
    sqlite.pragma('foreign_keys = ON');

    let backupFile: string | null = null;
    if (state.pending.length > 0 && state.applied.length > 0) {
      fs.mkdirSync(backupDir, { recursive: true });
      backupFile = path.join(backupDir, `tram-${stamp(now())}-v${state.applied.length}.sqlite`);
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
    };
  } catch (error) {
    sqlite.close();
    throw error;
  }
}
