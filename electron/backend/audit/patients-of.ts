import type Database from 'better-sqlite3';

const SOURCES = {
  visits: 'SELECT DISTINCT patient_id FROM visits WHERE id IN',
  invoices: 'SELECT DISTINCT patient_id FROM invoices WHERE id IN',
} as const;

/** The patients behind these visits or invoices, for a read entry that lists whom a call showed. */
export function patientsOf(
  sqlite: Database.Database,
  source: keyof typeof SOURCES,
  ids: Iterable<number>,
): number[] {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return [];
  const found: number[] = [];
  // SQLite's default limit on bound parameters is far above this; chunks keep it safe.
  for (let i = 0; i < unique.length; i += 500) {
    const chunk = unique.slice(i, i + 500);
    const sql = `${SOURCES[source]} (${chunk.map(() => '?').join(',')})`;
    found.push(
      ...(sqlite
        .prepare(sql)
        .pluck()
        .all(...chunk) as number[]),
    );
  }
  return found;
}
