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
  // Virtual tables (FTS5) are left out; their shadow tables hold their data and are hashed.
  // Rows are sorted as text: WITHOUT ROWID tables (FTS5's) have no rowid to order by.
  for (const table of tables) {
    hash.update(table);
    const rows = sqlite
      .prepare(`SELECT * FROM "${table}"`)
      .all()
      .map((row) => JSON.stringify(row))
      .sort();
    for (const row of rows) hash.update(row);
  }
  return hash.digest('hex');
}
