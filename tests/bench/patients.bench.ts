import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createBackend, type Backend } from '../../electron/backend/backend';
import { ftsPrefixQuery, nameTokens } from '../../shared/domain/text';
import { timeIt, type BenchResult } from './measure';
import { generatePatients, random } from './patient-generator';

/** `BENCH_PATIENTS=50000 npm run bench -- patients.search` for a quick run. */
export const N = Number(process.env.BENCH_PATIENTS ?? 1_000_000);
const LIMIT = 20;

/** Name queries as staff type them: common prefixes, full names, accents or not, rare names. */
const NAME_QUERIES = [
  'ng',
  'nguyen',
  'nguyen van',
  'Nguyễn Thị',
  'nguyen van an',
  'Nguyễn Văn Hùng',
  'ng v h',
  'tran thi h',
  'Trần Thị Hương',
  'le van',
  'pham thi lan',
  'dang',
  'Đặng Văn Nam',
  'hoang minh',
  'bui thi thu',
  'vu duc',
  'ho thi ng',
  'quach',
  'lo van',
  'nguyen thi mai 1985',
];

export type Query = { kind: string; q: string; birthYear?: number };

/** A fixed mix: 20 name queries, then identifiers of real rows (exact and prefix). */
export function queryMix(backend: Backend): Query[] {
  const sqlite = backend.services.sqlite;
  const rand = random(7);
  const sample = (column: string): string[] => {
    const ids = Array.from({ length: 5 }, () => 1 + Math.floor(rand() * N));
    return ids.map(
      (id) =>
        sqlite
          .prepare(`SELECT ${column} FROM patients WHERE id >= ? AND ${column} IS NOT NULL LIMIT 1`)
          .pluck()
          .get(id) as string,
    );
  };
  return [
    ...NAME_QUERIES.map((q) => ({ kind: 'name', q })),
    { kind: 'name', q: 'nguyen van', birthYear: 1962 },
    ...sample('phone').map((q) => ({ kind: 'phone', q })),
    ...sample('phone').map((q) => ({ kind: 'phone prefix', q: q.slice(0, 6) })),
    ...sample('cccd').map((q) => ({ kind: 'cccd', q })),
    ...sample('bhyt_code').map((q) => ({ kind: 'bhyt', q })),
    ...sample('code').map((q) => ({ kind: 'patient code', q })),
  ];
}

function fileMb(file: string): number {
  const size = (f: string) => (fs.existsSync(f) ? fs.statSync(f).size : 0);
  return Math.round(((size(file) + size(`${file}-wal`)) / 1024 / 1024) * 10) / 10;
}

const TOKEN_WORDS = /\p{L}/u;

/**
 * patients.search at N patients: through the dispatcher (no HTTP), then the same mix answered
 * by a bare FTS5 query (or index lookup for identifiers), then by a naive LIKE scan.
 */
async function measureSearch(): Promise<BenchResult[]> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tram-bench-patients-'));
  const backend = createBackend({ dataDir, version: 'bench', scryptCost: { N: 1024, r: 8, p: 1 } });
  try {
    const setup = await backend.dispatcher.invoke('auth.setup', {
      facility: { name: 'Trạm Y tế xã An Bình', code: '01001', address: '' },
      admin: { username: 'admin', fullName: 'Quản trị', password: 'matkhau-admin' },
    });
    if (!setup.ok) throw new Error(setup.error.message);
    const { sqlite } = backend.services;
    sqlite.pragma('synchronous = OFF'); // generation only; searches only read
    const generated = generatePatients(sqlite, N);
    sqlite.pragma('synchronous = FULL');
    sqlite.pragma('wal_checkpoint(TRUNCATE)');
    sqlite.exec('ANALYZE');
    const mb = fileMb(backend.database.file);
    const queries = queryMix(backend);
    const meta = { token: setup.value.token };
    const runs = queries.length * 20;
    const pick = (i: number): Query => queries[i % queries.length] as Query;

    let empty = 0;
    const search = await timeIt(runs, async (i) => {
      const { q, birthYear } = pick(i);
      const result = await backend.dispatcher.invoke(
        'patients.search',
        { q, limit: LIMIT, ...(birthYear && { birthYear }) },
        meta,
      );
      if (!result.ok) throw new Error(result.error.message);
      if (result.value.length === 0) empty += 1;
    });

    // The first matches FTS5 gives (newest registrations), with the columns a result shows.
    const fts = sqlite.prepare(
      `SELECT p.id, p.code, p.full_name, p.birth_year, p.phone FROM patients_fts f
       JOIN patients p ON p.id = -f.rowid WHERE f.patients_fts MATCH @match
       AND (@year IS NULL OR p.birth_year = @year) LIMIT ${LIMIT}`,
    );
    const byColumn = (column: string) =>
      sqlite.prepare(
        `SELECT id, code, full_name, birth_year, phone FROM patients
         WHERE ${column} >= ? AND ${column} < ? || char(65535) LIMIT ${LIMIT}`,
      );
    const raw: Record<string, ReturnType<typeof byColumn>> = {
      phone: byColumn('phone'),
      'phone prefix': byColumn('phone'),
      cccd: byColumn('cccd'),
      bhyt: byColumn('bhyt_code'),
      'patient code': byColumn('code'),
    };
    const ftsRaw = await timeIt(runs, (i) => {
      const { kind, q, birthYear } = pick(i);
      if (kind !== 'name') return raw[kind]?.all(q, q);
      const names = ftsPrefixQuery(q.replace(/\d{4}/, '')) ?? '';
      const year = birthYear ?? /\d{4}/.exec(q)?.[0];
      return fts.all({ match: names, year: year === undefined ? null : Number(year) });
    });

    const likeRuns = Math.max(queries.length, 25);
    const like = await timeIt(
      likeRuns,
      (i) => {
        const { q } = pick(i);
        const words = nameTokens(q).filter((w) => TOKEN_WORDS.test(w));
        if (words.length === 0) {
          return sqlite
            .prepare(
              `SELECT id FROM patients WHERE phone LIKE @q OR cccd LIKE @q OR bhyt_code LIKE @q
               OR code LIKE @q ORDER BY last_visit_at DESC LIMIT ${LIMIT}`,
            )
            .all({ q: `%${q}%` });
        }
        const where = words.map(() => 'name_folded LIKE ?').join(' AND ');
        return sqlite
          .prepare(
            `SELECT id FROM patients WHERE ${where} ORDER BY last_visit_at DESC LIMIT ${LIMIT}`,
          )
          .all(...words.map((w) => `%${w}%`));
      },
      2,
    );
    return [
      {
        bench: 'patients.search',
        n: N,
        ...search,
        queries: runs,
        empty_results: empty,
        db_mb: mb,
        generate_s: generated.seconds,
      },
      { bench: 'patients.search.fts5-raw', n: N, ...ftsRaw, queries: runs },
      { bench: 'patients.search.like-scan', n: N, ...like, queries: likeRuns },
    ];
  } finally {
    backend.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

let measured: Promise<BenchResult[]> | null = null;

/** The three figures come from one generated registry: generate once, report each by name. */
export async function patientsSearch(bench: string): Promise<BenchResult[]> {
  measured ??= measureSearch();
  return (await measured).filter((result) => result.bench === bench);
}
