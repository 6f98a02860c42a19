import type Database from 'better-sqlite3';
import { createHash } from 'node:crypto';

/** A fingerprint of every row of every table, to prove a refused call changed nothing. */
export function databaseFingerprint(sqlite: Database.Database): string {
  const hash = createHash('sha256');
  // Ordinary tables only: FTS indexes (virtual and shadow tables) are derived from them.
  const tables = sqlite
    .prepare(
      "SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
    )
    .pluck()
    .all() as string[];
  for (const table of tables) {
    hash.update(table);
    for (const row of sqlite.prepare(`SELECT * FROM "${table}" ORDER BY rowid`).iterate()) {
      hash.update(JSON.stringify(row));
    }
  }
  return hash.digest('hex');
}
