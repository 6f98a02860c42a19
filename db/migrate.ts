import type Database from 'better-sqlite3';
import { readMigrationFiles, type MigrationMeta } from 'drizzle-orm/migrator';

/** drizzle-kit's bookkeeping table, kept so drizzle tooling still understands our files. */
const TABLE = '__drizzle_migrations';

export interface MigrationState {
  known: MigrationMeta[];
  /** created_at of every applied migration, oldest first. */
  applied: number[];
  /** Applied migrations this build does not have (a newer Tram wrote to this file). */
  unknown: number[];
  pending: MigrationMeta[];
}

export function loadMigrations(migrationsDir: string): MigrationMeta[] {
  return readMigrationFiles({ migrationsFolder: migrationsDir });
}

export function migrationState(sqlite: Database.Database, known: MigrationMeta[]): MigrationState {
  const hasTable = sqlite
    .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?")
    .get(TABLE);
  const applied = hasTable
    ? sqlite
        .prepare(`SELECT created_at AS at FROM ${TABLE} ORDER BY created_at`)
        .all()
        .map((row) => Number((row as { at: number }).at))
    : [];
  const knownTimes = new Set(known.map((m) => m.folderMillis));
  const unknown = applied.filter((at) => !knownTimes.has(at));
  const last = applied.at(-1) ?? -Infinity;
  const pending = known.filter((m) => m.folderMillis > last);
  return { known, applied, unknown, pending };
}

/**
 * Applies pending migrations, each in its own transaction, with foreign keys off during the
 * migration (SQLite's procedure for table rebuilds) and a foreign_key_check before commit.
 * `upTo` stops after that many migrations in total (tests migrate step by step).
 */
export function applyMigrations(
  sqlite: Database.Database,
  known: MigrationMeta[],
  upTo: number = known.length,
): number {
  sqlite.exec(
    `CREATE TABLE IF NOT EXISTS ${TABLE} (id INTEGER PRIMARY KEY, hash TEXT NOT NULL, created_at NUMERIC)`,
  );
  const state = migrationState(sqlite, known);
  const todo = state.pending.filter((m) => known.indexOf(m) < upTo);
  const foreignKeys = sqlite.pragma('foreign_keys', { simple: true }) as number;
  sqlite.pragma('foreign_keys = OFF');
  try {
    for (const migration of todo) {
      sqlite.transaction(() => {
        for (const statement of migration.sql) {
          if (statement.trim()) sqlite.exec(statement);
        }
        const broken = sqlite.pragma('foreign_key_check') as unknown[];
        if (broken.length > 0) {
          throw new Error(`Migration left ${broken.length} broken foreign keys`);
        }
        sqlite
          .prepare(`INSERT INTO ${TABLE} (hash, created_at) VALUES (?, ?)`)
          .run(migration.hash, migration.folderMillis);
      })();
    }
  } finally {
    sqlite.pragma(`foreign_keys = ${foreignKeys ? 'ON' : 'OFF'}`);
  }
  return todo.length;
}
