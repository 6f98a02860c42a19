import type Database from 'better-sqlite3';
import type { PatientSearchResult } from '../../../shared/api';
import { normalizeBhytCode } from '../../../shared/domain/bhyt';
import { normalizeCccd } from '../../../shared/domain/cccd';
import { matchName, rankResults, type SearchMatch } from '../../../shared/domain/patient-search';
import { normalizePhone } from '../../../shared/domain/phone';
import {
  classifySearch,
  ftsPrefixQuery,
  MAX_QUERY_TOKENS,
  nameTokens,
  parsePatientCode,
} from '../../../shared/domain/text';
import { present } from './rows';

/**
 * Bounds that keep a search fast whatever the registry's size. A common prefix ("ng") matches
 * hundreds of thousands of names: ranking never looks at more than these candidates.
 * - FTS_CANDIDATES: name matches taken from FTS5 (or, with a birth year, from the index on
 *   birth year and name), newest registrations first.
 * - RECENT_VISITORS: the latest visitors, checked word by word, so that people who came
 *   recently rank first even when there are too many matches to rank them all.
 * Results are exact (every match ranked) whenever a query matches at most FTS_CANDIDATES
 * people, or at least `limit` of the RECENT_VISITORS.
 */
export const FTS_CANDIDATES = 200;
export const RECENT_VISITORS = 1000;
const ID_PREFIX_CANDIDATES = 50;

export type IdColumn = 'code' | 'cccd' | 'bhyt_code' | 'phone';

/** What ranking needs; the rest of a row is read only for the results shown. */
interface Candidate {
  id: number;
  match: SearchMatch;
  lastVisitAt: string | null;
}

interface SlimRow {
  id: number;
  name_folded: string;
  last_visit_at: string | null;
}

interface Row {
  id: number;
  code: string;
  full_name: string;
  sex: 'male' | 'female';
  birth_date: string | null;
  birth_year: number;
  phone: string | null;
  cccd: string | null;
  bhyt_code: string | null;
  last_visit_at: string | null;
}

const LIVE_AND_YEAR = 'merged_into_id IS NULL AND (@year IS NULL OR birth_year = @year)';
const SLIM = 'id, name_folded, last_visit_at';

/** Prepared once per database: a search runs a handful of them. */
class Statements {
  readonly exact: Record<IdColumn, Database.Statement>;
  readonly prefix: Record<IdColumn, Database.Statement>;
  readonly fullName: Database.Statement;
  readonly fullNameYear: Database.Statement;
  readonly fts: Database.Statement;
  readonly slimRows: Database.Statement;
  readonly rows: Database.Statement;
  private readonly recent = new Map<number, Database.Statement>();
  private readonly bornIn = new Map<number, Database.Statement>();

  constructor(private readonly sqlite: Database.Database) {
    const columns: IdColumn[] = ['code', 'cccd', 'bhyt_code', 'phone'];
    const each = (sql: (column: IdColumn) => string) =>
      Object.fromEntries(columns.map((column) => [column, sqlite.prepare(sql(column))])) as Record<
        IdColumn,
        Database.Statement
      >;
    this.exact = each(
      (c) => `SELECT ${SLIM} FROM patients WHERE ${c} = @value AND ${LIVE_AND_YEAR}`,
    );
    this.prefix = each(
      (c) =>
        `SELECT ${SLIM} FROM patients WHERE ${c} >= @value AND ${c} < @value || char(65535)
         AND ${LIVE_AND_YEAR} LIMIT ${ID_PREFIX_CANDIDATES}`,
    );
    // The indexes are named: on a large registry the planner's cost guess may otherwise pick
    // (birth_year, name_folded) for a common name and sort thousands of rows (measured 18 ms).
    // (name_folded, last_visit_at) walks straight to the most recent visitors.
    this.fullName = sqlite.prepare(
      `SELECT ${SLIM} FROM patients INDEXED BY patients_name_last_visit
       WHERE name_folded = @name AND merged_into_id IS NULL
       ORDER BY last_visit_at DESC LIMIT @limit`,
    );
    this.fullNameYear = sqlite.prepare(
      `SELECT ${SLIM} FROM patients INDEXED BY patients_live_birth_year_name
       WHERE name_folded = @name AND birth_year = @year AND merged_into_id IS NULL
       ORDER BY last_visit_at DESC LIMIT @limit`,
    );
    // FTS rowids are minus the patient ids: ascending order is newest registrations first.
    this.fts = sqlite
      .prepare(
        `SELECT -rowid FROM patients_fts WHERE patients_fts MATCH @match
         LIMIT ${FTS_CANDIDATES}`,
      )
      .pluck();
    this.slimRows = sqlite.prepare(
      `SELECT ${SLIM} FROM patients WHERE id IN (SELECT value FROM json_each(@ids))`,
    );
    this.rows = sqlite.prepare(
      `SELECT id, code, full_name, sex, birth_date, birth_year, phone, cccd, bhyt_code,
              last_visit_at
       FROM patients WHERE id IN (SELECT value FROM json_each(@ids))`,
    );
  }

  /**
   * The latest visitors whose name has every word as a word prefix, most recent first
   * (merged records have no last visit). Index (last_visit_at, name_folded, birth_year)
   * answers it without reading the table.
   */
  recentMatching(words: number): Database.Statement {
    return this.cached(this.recent, words, (likes) =>
      this.sqlite.prepare(
        `SELECT ${SLIM} FROM (
           SELECT id, name_folded, birth_year, last_visit_at FROM patients
           INDEXED BY patients_last_visit
           WHERE last_visit_at IS NOT NULL ORDER BY last_visit_at DESC LIMIT ${RECENT_VISITORS}
         ) WHERE ${likes} AND (@year IS NULL OR birth_year = @year)
         ORDER BY last_visit_at DESC LIMIT @limit`,
      ),
    );
  }

  /**
   * Live people born in @year whose name has every word as a word prefix: a year holds about
   * 1 % of the registry, so its slice of index (birth_year, name_folded) is read instead of
   * intersecting FTS5 word lists with a year that is in thousands of records.
   */
  bornInMatching(words: number): Database.Statement {
    return this.cached(this.bornIn, words, (likes) =>
      this.sqlite.prepare(
        `SELECT ${SLIM} FROM patients INDEXED BY patients_live_birth_year_name
         WHERE birth_year = @year AND merged_into_id IS NULL AND ${likes}
         LIMIT ${FTS_CANDIDATES}`,
      ),
    );
  }

  private cached(
    cache: Map<number, Database.Statement>,
    words: number,
    prepare: (likes: string) => Database.Statement,
  ): Database.Statement {
    let statement = cache.get(words);
    if (!statement) {
      const likes = Array.from({ length: words }, (_, i) => `' ' || name_folded LIKE @w${i}`);
      statement = prepare(likes.join(' AND '));
      cache.set(words, statement);
    }
    return statement;
  }
}

const prepared = new WeakMap<Database.Database, Statements>();

function statementsFor(sqlite: Database.Database): Statements {
  let statements = prepared.get(sqlite);
  if (!statements) {
    statements = new Statements(sqlite);
    prepared.set(sqlite, statements);
  }
  return statements;
}

/** A birth year typed among the name words ("an 1985") narrows like the birthYear input. */
const YEAR_WORD = /^(1[89]|2\d)\d\d$/;

const candidate = (row: SlimRow, match: SearchMatch): Candidate => ({
  id: row.id,
  match,
  lastVisitAt: row.last_visit_at,
});

/** Which identifier columns a query is looked up in: exactly, and as a prefix. */
export function identifierLookups(q: string): {
  exact: { column: IdColumn; value: string; match: SearchMatch } | null;
  prefixes: { column: IdColumn; value: string }[];
} {
  let exact: ReturnType<typeof identifierLookups>['exact'] = null;
  switch (classifySearch(q)) {
    case 'patientCode': {
      const code = parsePatientCode(q);
      if (code.ok) exact = { column: 'code', value: code.value.code, match: 'code' };
      break;
    }
    case 'bhyt':
      exact = { column: 'bhyt_code', value: normalizeBhytCode(q), match: 'bhyt' };
      break;
    case 'cccd':
      exact = { column: 'cccd', value: normalizeCccd(q), match: 'cccd' };
      break;
    case 'phone':
      exact = { column: 'phone', value: normalizePhone(q), match: 'phone' };
      break;
    case 'name':
      break;
  }
  const compact = q.replace(/[\s.()]/g, '').toUpperCase();
  let prefixes: { column: IdColumn; value: string }[] = [];
  if (/^\+?\d{3,}$/.test(compact)) {
    prefixes = [
      { column: 'phone', value: normalizePhone(compact) },
      { column: 'cccd', value: compact },
    ];
  } else if (/^[A-Z]{2}\d{1,13}$/.test(compact.replace(/-/g, ''))) {
    prefixes = [{ column: 'bhyt_code', value: normalizeBhytCode(compact) }];
  } else if (/^[0-9A-Z]{5}-\d{1,4}(-\d{0,6})?$/.test(compact)) {
    prefixes = [{ column: 'code', value: compact }];
  }
  return { exact, prefixes };
}

function identifierCandidates(statements: Statements, q: string, year: number | null): Candidate[] {
  const found: Candidate[] = [];
  const run = (statement: Database.Statement, value: string, match: SearchMatch) => {
    for (const row of statement.all({ value, year }) as SlimRow[])
      found.push(candidate(row, match));
  };
  const { exact, prefixes } = identifierLookups(q);
  if (exact) run(statements.exact[exact.column], exact.value, exact.match);
  for (const { column, value } of prefixes) run(statements.prefix[column], value, 'prefix');
  return found;
}

/**
 * The name words of a query and the birth year it narrows to: a year typed among the words
 * ("an 1985") counts as the birthYear input when none is given. isName: a word has a letter.
 */
export function searchTerms(
  q: string,
  birthYear: number | undefined,
): { words: string[]; year: number | null; isName: boolean } {
  let words = nameTokens(q).slice(0, MAX_QUERY_TOKENS);
  let year = birthYear ?? null;
  const isName = words.some((word) => /\p{L}/u.test(word));
  const yearWord = isName ? words.find((w) => YEAR_WORD.test(w)) : undefined;
  if (year === null && yearWord) {
    year = Number(yearWord);
    words = words.filter((w) => w !== yearWord);
  }
  return { words, year, isName };
}

/** Full names, recent visitors and FTS5 (or birth-year) matches: 2 × limit + FTS_CANDIDATES. */
function nameCandidates(
  statements: Statements,
  words: string[],
  year: number | null,
  limit: number,
): Candidate[] {
  const name = words.join(' ');
  const found = (
    (year === null
      ? statements.fullName.all({ name, limit })
      : statements.fullNameYear.all({ name, year, limit })) as SlimRow[]
  ).map((row) => candidate(row, 'fullName'));
  const likes = Object.fromEntries(words.map((word, i) => [`w${i}`, `% ${word}%`]));
  const recent = statements.recentMatching(words.length).all({ ...likes, year, limit });
  let matches: unknown[];
  if (year !== null) {
    matches = statements.bornInMatching(words.length).all({ ...likes, year });
  } else {
    const names = ftsPrefixQuery(name);
    const ids = names ? (statements.fts.all({ match: names }) as number[]) : [];
    matches = statements.slimRows.all({ ids: JSON.stringify(ids) });
  }
  for (const row of [...recent, ...matches] as SlimRow[]) {
    const match = matchName(row.name_folded, words);
    if (match) found.push(candidate(row, match));
  }
  return found;
}

/**
 * One search box: exact and prefix identifiers (patient code, CCCD, card code, phone) and
 * name words in any accent form. Ranked exact identifiers, full names, prefixes; recent
 * visitors first within each.
 */
export function searchPatients(
  sqlite: Database.Database,
  input: { q: string; birthYear?: number | undefined; limit: number },
): PatientSearchResult[] {
  const q = input.q.trim();
  if (q === '') return [];
  const statements = statementsFor(sqlite);
  const { words, year, isName } = searchTerms(q, input.birthYear);
  const candidates = identifierCandidates(statements, q, year);
  if (isName) candidates.push(...nameCandidates(statements, words, year, input.limit));
  const best = rankResults(candidates, input.limit);
  if (best.length === 0) return [];
  const ids = JSON.stringify(best.map((c) => c.id));
  const rows = new Map((statements.rows.all({ ids }) as Row[]).map((row) => [row.id, row]));
  return best.flatMap(({ id, match }) => {
    const row = rows.get(id);
    if (!row) return [];
    return {
      id: row.id,
      code: row.code,
      fullName: row.full_name,
      sex: row.sex,
      birthYear: row.birth_year,
      ...present({
        birthDate: row.birth_date,
        phone: row.phone,
        cccd: row.cccd,
        bhytCode: row.bhyt_code,
        lastVisitAt: row.last_visit_at,
      }),
      match,
    };
  });
}
