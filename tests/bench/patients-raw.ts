import type Database from 'better-sqlite3';
import {
  FTS_CANDIDATES,
  identifierLookups,
  RECENT_VISITORS,
  searchTerms,
} from '../../electron/backend/patients/search';
import { ftsPrefixQuery } from '../../shared/domain/text';

/**
 * The baseline patients.search is compared with: ONE hand-written SQL statement per query that
 * gives the same people in the same order (the same candidate bounds, the same tiers: exact
 * identifier, full name, prefix; recent visitors first, then the newest registration), with the
 * columns a result shows. No dispatcher, no session, no ranking in JavaScript. The bench checks
 * every answer against the dispatcher's, so the ratio compares like with like.
 */

const LIVE_AND_YEAR = 'merged_into_id IS NULL AND (@year IS NULL OR birth_year = @year)';
const PREFIX_CANDIDATES = 50;

type Params = Record<string, string | number | null>;

/** The identifier lookups a query makes (the app's own choice), as SQL giving (id, tier). */
function identifierParts(q: string, params: Params, sql: string[]): void {
  const { exact, prefixes } = identifierLookups(q);
  if (exact) {
    params.exact = exact.value;
    sql.push(
      `SELECT id, 0 AS tier FROM patients WHERE ${exact.column} = @exact AND ${LIVE_AND_YEAR}`,
    );
  }
  for (const { column, value } of prefixes) {
    params[column] = value;
    sql.push(
      `SELECT id, 2 AS tier FROM (SELECT id FROM patients WHERE ${column} >= @${column}
         AND ${column} < @${column} || char(65535) AND ${LIVE_AND_YEAR} LIMIT ${PREFIX_CANDIDATES})`,
    );
  }
}

/** Full names, the latest visitors and FTS5 (or the birth year's slice) matching every word. */
function nameParts(words: string[], params: Params, sql: string[]): void {
  params.name = words.join(' ');
  words.forEach((word, i) => (params[`w${i}`] = `% ${word}%`));
  const likes = words.map((_, i) => `' ' || name_folded LIKE @w${i}`).join(' AND ');
  const tier = 'CASE WHEN name_folded = @name THEN 1 ELSE 2 END';
  const fullName =
    params.year === null
      ? 'INDEXED BY patients_name_last_visit WHERE name_folded = @name'
      : 'INDEXED BY patients_live_birth_year_name WHERE name_folded = @name AND birth_year = @year';
  sql.push(
    `SELECT id, 1 AS tier FROM (SELECT id FROM patients ${fullName} AND merged_into_id IS NULL
       ORDER BY last_visit_at DESC LIMIT @limit)`,
    `SELECT id, ${tier} AS tier FROM (SELECT id, name_folded, birth_year, last_visit_at
       FROM patients INDEXED BY patients_last_visit WHERE last_visit_at IS NOT NULL
       ORDER BY last_visit_at DESC LIMIT ${RECENT_VISITORS})
     WHERE ${likes} AND (@year IS NULL OR birth_year = @year)
     ORDER BY last_visit_at DESC LIMIT @limit`,
  );
  if (params.year === null) {
    params.match = ftsPrefixQuery(params.name) ?? '""';
    sql.push(
      `SELECT id, ${tier} AS tier FROM patients WHERE id IN (SELECT -rowid FROM patients_fts
         WHERE patients_fts MATCH @match LIMIT ${FTS_CANDIDATES}) AND ${likes}`,
    );
  } else {
    sql.push(
      `SELECT id, ${tier} AS tier FROM (SELECT id, name_folded FROM patients
         INDEXED BY patients_live_birth_year_name
         WHERE birth_year = @year AND merged_into_id IS NULL AND ${likes}
         LIMIT ${FTS_CANDIDATES})`,
    );
  }
}

/** A result row: the columns a result shows (id, code, full_name, …) and the tier it ranked in. */
export type RawRow = { id: number; tier: number } & Record<string, string | number | null>;

/** Statements by their text: a query kind prepares its statement once, as the app does. */
export class RawSearch {
  private readonly statements = new Map<string, Database.Statement>();

  constructor(private readonly sqlite: Database.Database) {}

  search(input: { q: string; birthYear?: number | undefined; limit: number }): RawRow[] {
    const q = input.q.trim();
    if (q === '') return [];
    const { words, year, isName } = searchTerms(q, input.birthYear);
    const params: Params = { year };
    const sql: string[] = [];
    identifierParts(q, params, sql);
    if (isName) nameParts(words, params, sql);
    if (sql.length === 0) return [];
    // Each source is its own subquery: a LIMIT inside a compound SELECT needs one.
    const text = `WITH candidates(id, tier) AS (
        ${sql.map((part) => `SELECT * FROM (${part})`).join('\n UNION ALL ')})
      SELECT p.id, p.code, p.full_name, p.sex, p.birth_date, p.birth_year, p.phone, p.cccd,
             p.bhyt_code, p.last_visit_at, min(c.tier) AS tier
      FROM candidates c JOIN patients p ON p.id = c.id
      GROUP BY p.id
      ORDER BY tier, p.last_visit_at IS NULL, p.last_visit_at DESC, p.id DESC
      LIMIT @limit`;
    let statement = this.statements.get(text);
    if (!statement) {
      statement = this.sqlite.prepare(text);
      this.statements.set(text, statement);
    }
    const used = Object.fromEntries(
      Object.entries({ ...params, limit: input.limit }).filter(([key]) => text.includes(`@${key}`)),
    );
    return statement.all(used) as RawRow[];
  }
}
