import type Database from 'better-sqlite3';

/**
 * The next value of a named counter (1, 2, 3…). Call inside the write transaction that uses
 * it, so a rolled-back call gives its number back and two calls never share one.
 */
export function nextSequence(sqlite: Database.Database, name: string): number {
  if (!sqlite.inTransaction) throw new Error('nextSequence runs inside a write transaction');
  const row = sqlite
    .prepare<[string], { value: number }>(
      `INSERT INTO sequences (name, value) VALUES (?, 1)
       ON CONFLICT (name) DO UPDATE SET value = value + 1
       RETURNING value`,
    )
    .get(name);
  if (!row) throw new Error(`sequence ${name} returned nothing`);
  return row.value;
}
