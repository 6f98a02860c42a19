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
 * - FTS_CANDIDATES: name matches taken from FTS5, newest registrations first.
 * - RECENT_VISITORS: the latest visitors, checked word by word, so that people who came
 *   recently rank first even when FTS has too many matches to return them all.
 * Results are exact (every match ranked) whenever a query matches at most FTS_CANDIDATES
 * people, or at least `limit` of the RECENT_VISITORS.
 */
export const FTS_CANDIDATES = 200;
export const RECENT_VISITORS = 1000;
const ID_PREFIX_CANDIDATES = 50;

type IdColumn = 'code' | 'cccd' | 'bhyt_code' | 'phone';

interface Row {
  id: number;
  code: string;
  full_name: string;
  name_folded: string;
  sex: 'male' | 'female';
  birth_date: string | null;
  birth_year: number;
  phone: string | null;
  cccd: string | null;
  bhyt_code: string | null;
  last_visit_at: string | null;
}

const LIVE_AND_YEAR = 'merged_into_id IS NULL AND (@year IS NULL OR birth_year = @year)';

/** Prepared once per database: a search runs a handful of them. */
class Statements {
  readonly exact: Record<IdColumn, Database.Statement>;
  readonly prefix: Record<IdColumn, Database.Statement>;
  readonly fullName: Database.Statement;
  readonly fullNameYear: Database.Statement;
  readonly fts: Database.Statement;
  readonly rows: Database.Statement;
  private readonly recent = new Map<number, Database.Statement>();

  constructor(private readonly sqlite: Database.Database) {
    const columns: IdColumn[] = ['code', 'cccd', 'bhyt_code', 'phone'];
    const each = (sql: (column: IdColumn) => string) =>
      Object.fromEntries(
        columns.map((column) => [column, sqlite.prepare(sql(column)).pluck()]),
      ) as Record<IdColumn, Database.Statement>;
    this.exact = each((c) => `SELECT id FROM patients WHERE ${c} = @value AND ${LIVE_AND_YEAR}`);
    this.prefix = each(
      (c) =>
        `SELECT id FROM patients WHERE ${c} >= @value AND ${c} < @value || char(65535)
         AND ${LIVE_AND_YEAR} LIMIT ${ID_PREFIX_CANDIDATES}`,
    );
    // Index (name_folded, last_visit_at) walks straight to the most recent visitors.
    this.fullName = sqlite
      .prepare(
        `SELECT id FROM patients WHERE name_folded = @name AND merged_into_id IS NULL
         ORDER BY last_visit_at DESC LIMIT @limit`,
      )
      .pluck();
    this.fullNameYear = sqlite
      .prepare(
        `SELECT id FROM patients WHERE name_folded = @name AND birth_year = @year
         AND merged_into_id IS NULL ORDER BY last_visit_at DESC LIMIT @limit`,
      )
      .pluck();
    this.fts = sqlite
      .prepare(
        `SELECT rowid FROM patients_fts WHERE patients_fts MATCH @match
         ORDER BY rowid DESC LIMIT ${FTS_CANDIDATES}`,
      )
      .pluck();
    this.rows = sqlite.prepare(
      `SELECT id, code, full_name, name_folded, sex, birth_date, birth_year, phone, cccd,
              bhyt_code, last_visit_at
       FROM patients WHERE id IN (SELECT value FROM json_each(@ids))`,
    );
  }

  /** The latest visitors whose name has every word as a word prefix (merged ones have none). */
  recentMatching(words: number): Database.Statement {
    let statement = this.recent.get(words);
    if (!statement) {
      const likes = Array.from({ length: words }, (_, i) => `' ' || name_folded LIKE @w${i}`).join(
        ' AND ',
      );
      statement = this.sqlite
        .prepare(
          `SELECT id FROM (
             SELECT id, name_folded, birth_year FROM patients
             WHERE last_visit_at IS NOT NULL ORDER BY last_visit_at DESC LIMIT ${RECENT_VISITORS}
           ) WHERE ${likes} AND (@year IS NULL OR birth_year = @year)`,
        )
        .pluck();
      this.recent.set(words, statement);
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

interface Candidate {
  id: number;
  /** Null: a name candidate whose match is decided once its row is read. */
  match: SearchMatch | null;
}

function identifierCandidates(statements: Statements, q: string, year: number | null): Candidate[] {
  const found: Candidate[] = [];
  const exact = (column: IdColumn, value: string, match: SearchMatch) => {
    for (const id of statements.exact[column].all({ value, year }) as number[]) {
      found.push({ id, match });
    }
  };
  switch (classifySearch(q)) {
    case 'patientCode': {
      const code = parsePatientCode(q);
      if (code.ok) exact('code', code.value.code, 'code');
      break;
    }
    case 'bhyt':
      exact('bhyt_code', normalizeBhytCode(q), 'bhyt');
      break;
    case 'cccd':
      exact('cccd', normalizeCccd(q), 'cccd');
      break;
    case 'phone':
      exact('phone', normalizePhone(q), 'phone');
      break;
    case 'name':
      break;
  }
  const prefix = (column: IdColumn, value: string) => {
    for (const id of statements.prefix[column].all({ value, year }) as number[]) {
      found.push({ id, match: 'prefix' });
    }
  };
  const compact = q.replace(/[\s.()]/g, '').toUpperCase();
  if (/^\+?\d{3,}$/.test(compact)) {
    prefix('phone', normalizePhone(compact));
    prefix('cccd', compact);
  } else if (/^[A-Z]{2}\d{1,13}$/.test(compact.replace(/-/g, ''))) {
    prefix('bhyt_code', normalizeBhytCode(compact));
  } else if (/^[0-9A-Z]{5}-\d{1,4}(-\d{0,6})?$/.test(compact)) {
    prefix('code', compact);
  }
  return found;
}

function nameCandidates(
  statements: Statements,
  words: string[],
  year: number | null,
  limit: number,
): Candidate[] {
  const ids = new Set<number>();
  const full = words.join(' ');
  const fullIds = (
    year === null
      ? statements.fullName.all({ name: full, limit })
      : statements.fullNameYear.all({ name: full, year, limit })
  ) as number[];
  for (const id of fullIds) ids.add(id);
  const likes = Object.fromEntries(words.map((word, i) => [`w${i}`, `% ${word}%`]));
  for (const id of statements.recentMatching(words.length).all({ ...likes, year }) as number[]) {
    ids.add(id);
  }
  const names = ftsPrefixQuery(full);
  if (names) {
    const match = `name : (${names})${year === null ? '' : ` AND birth_year : "${year}"`}`;
    for (const id of statements.fts.all({ match }) as number[]) ids.add(id);
  }
  return [...ids].map((id) => ({ id, match: null }));
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
  let words = nameTokens(q).slice(0, MAX_QUERY_TOKENS);
  let year = input.birthYear ?? null;
  const isName = words.some((word) => /\p{L}/u.test(word));
  const yearWord = isName ? words.find((w) => YEAR_WORD.test(w)) : undefined;
  if (year === null && yearWord) {
    year = Number(yearWord);
    words = words.filter((w) => w !== yearWord);
  }
  const candidates = identifierCandidates(statements, q, year);
  if (isName) {
    candidates.push(...nameCandidates(statements, words, year, input.limit));
  }
  if (candidates.length === 0) return [];
  const ids = JSON.stringify([...new Set(candidates.map((c) => c.id))]);
  const rows = new Map((statements.rows.all({ ids }) as Row[]).map((row) => [row.id, row]));
  const ranked = candidates.flatMap((candidate) => {
    const row = rows.get(candidate.id);
    const match = candidate.match ?? (row ? matchName(row.name_folded, words) : null);
    return row && match ? [{ row, match, id: row.id, lastVisitAt: row.last_visit_at }] : [];
  });
  return rankResults(ranked, input.limit).map(({ row, match }) => ({
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
  }));
}
