import type Database from 'better-sqlite3';
import { DatabaseOpenError } from '../../../db/open';

/** The ledgers nothing may change or remove a row from; each has a no-update and no-delete trigger. */
export const APPEND_ONLY_TABLES = [
  'audit_log',
  'audit_patients',
  'stock_movements',
  'owed_closures',
  'payments',
] as const;

function guardTriggers(table: string): { name: string; sql: string }[] {
  return (['update', 'delete'] as const).map((op) => ({
    name: `${table}_no_${op}`,
    sql: `CREATE TRIGGER \`${table}_no_${op}\` BEFORE ${op.toUpperCase()} ON \`${table}\`
BEGIN SELECT RAISE(ABORT, '${table} is append-only'); END`,
  }));
}

/**
 * At every start: refuses to go on when a ledger's append-only trigger was dropped (someone
 * edited the file behind Tram's back), then re-creates them all from this definition, so a
 * trigger replaced by a harmless one with the same name is put right too.
 */
export function ensureAppendOnly(sqlite: Database.Database): void {
  const present = new Set(
    sqlite
      .prepare("SELECT name FROM sqlite_master WHERE type = 'trigger'")
      .pluck()
      .all() as string[],
  );
  const triggers = APPEND_ONLY_TABLES.flatMap(guardTriggers);
  const dropped = triggers.filter((t) => !present.has(t.name)).map((t) => t.name);
  if (dropped.length > 0) {
    throw new DatabaseOpenError('audit-guards', { triggers: dropped.join(', ') });
  }
  sqlite.transaction(() => {
    for (const trigger of triggers) {
      sqlite.exec(`DROP TRIGGER \`${trigger.name}\``);
      sqlite.exec(trigger.sql);
    }
  })();
}
