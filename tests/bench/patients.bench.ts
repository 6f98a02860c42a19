import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { createBackend, type Backend } from '../../electron/backend/backend';
import { summarize, type BenchResult } from './measure';
import { generatePatients, random } from './patient-generator';
import { RawSearch } from './patients-raw';

/** `BENCH_PATIENTS=50000 npm run bench -- patients.search` for a quick run. */
export const N = Number(process.env.BENCH_PATIENTS ?? 1_000_000);
const LIMIT = 20;
/** Per query kind: distinct queries timed, and other distinct queries to warm up on. */
const TIMED = 50;
const WARMUP = 10;

export interface Query {
  q: string;
  birthYear?: number;
}

interface Sampled {
  full_name: string;
  name_folded: string;
  birth_year: number;
  phone: string | null;
  cccd: string | null;
  bhyt_code: string | null;
  code: string;
}

/** How staff type each kind of query, made from one real patient of the registry. */
export const KINDS: Record<string, (p: Sampled, rand: () => number) => Query | null> = {
  // "ng", "tran thi h", "ng v h": the first letters of the first words.
  'name prefix': (p, rand) => {
    const words = p.name_folded.split(' ').slice(0, 1 + Math.floor(rand() * 3));
    const cut = words.map((w, i) => w.slice(0, Math.max(i === 0 ? 2 : 1, Math.ceil(rand() * 4))));
    return { q: cut.join(' ') };
  },
  // As written on the card, or typed without accents.
  'full name': (p, rand) => ({ q: rand() < 0.5 ? p.full_name : p.name_folded }),
  // Family and given name with the year, in its field or typed after the name.
  'name + birth year': (p, rand) => {
    const words = p.name_folded.split(' ');
    const name = `${words[0] ?? ''} ${words.at(-1) ?? ''}`;
    return rand() < 0.5 ? { q: name, birthYear: p.birth_year } : { q: `${name} ${p.birth_year}` };
  },
  phone: (p) => (p.phone ? { q: p.phone } : null),
  'phone prefix': (p, rand) =>
    p.phone ? { q: p.phone.slice(0, 4 + Math.floor(rand() * 4)) } : null,
  cccd: (p) => (p.cccd ? { q: p.cccd } : null),
  bhyt: (p) => (p.bhyt_code ? { q: p.bhyt_code } : null),
  'patient code': (p) => ({ q: p.code }),
};

/** `count` distinct queries of a kind, from patients of 1..size picked at random (seeded). */
export function queriesOf(
  sqlite: Database.Database,
  kind: string,
  seed: number,
  count: number,
  size: number,
): Query[] {
  const make = KINDS[kind];
  if (!make) throw new Error(kind);
  const rand = random(seed);
  const patient = sqlite.prepare(
    'SELECT full_name, name_folded, birth_year, phone, cccd, bhyt_code, code FROM patients WHERE id = ?',
  );
  const seen = new Map<string, Query>();
  for (let tries = 0; seen.size < count && tries < 100_000; tries++) {
    const row = patient.get(1 + Math.floor(rand() * size)) as Sampled | undefined;
    const query = row && make(row, rand);
    if (query) seen.set(`${query.q}|${query.birthYear ?? ''}`, query);
  }
  return [...seen.values()];
}

/** A fixed mix for other benches: five queries of each kind, from real rows. */
export function queryMix(backend: Backend): Query[] {
  const sqlite = backend.services.sqlite;
  return Object.keys(KINDS).flatMap((kind, i) => queriesOf(sqlite, kind, 7 + i, 5, N));
}

function fileMb(file: string): number {
  const size = (f: string) => (fs.existsSync(f) ? fs.statSync(f).size : 0);
  return Math.round(((size(file) + size(`${file}-wal`)) / 1024 / 1024) * 10) / 10;
}

const ratio = (a: number | undefined, b: number | undefined): number | undefined =>
  a === undefined || b === undefined || b === 0 ? undefined : Math.round((a / b) * 100) / 100;

/**
 * patients.search at N patients, per query kind, over distinct queries made from real rows:
 * through the dispatcher (no HTTP), and the same people in the same order from one raw SQL
 * statement (patients-raw.ts), each answer checked against the other. The two take turns going
 * first, so neither is always the one that finds the pages cached.
 */
async function measureSearch(): Promise<BenchResult[]> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tram-bench-patients-'));
  const backend = createBackend({ dataDir, version: 'bench', scryptCost: { N: 1024, r: 8, p: 1 } });
  try {
    const setup = await backend.dispatcher.invoke('auth.setup', {
      facility: { name: 'Trạm Y tế xã An Bình', code: '01001', address: '' },
      admin: { username: 'admin', fullName: 'Quản trị', password: 'matkhau-admin' },
      setupCode: backend.setupCode ?? '',
    });
    if (!setup.ok) throw new Error(setup.error.message);
    const { sqlite } = backend.services;
    sqlite.pragma('synchronous = OFF'); // generation only; searches only read
    const generated = generatePatients(sqlite, N);
    sqlite.pragma('synchronous = FULL');
    sqlite.pragma('wal_checkpoint(TRUNCATE)');
    sqlite.exec('ANALYZE');
    const registry = { db_mb: fileMb(backend.database.file), generate_s: generated.seconds };
    const meta = { token: setup.value.token };
    const raw = new RawSearch(sqlite);

    const viaDispatcher = async (query: Query): Promise<number[]> => {
      const result = await backend.dispatcher.invoke(
        'patients.search',
        { q: query.q, limit: LIMIT, ...(query.birthYear && { birthYear: query.birthYear }) },
        meta,
      );
      if (!result.ok) throw new Error(`${query.q}: ${result.error.message}`);
      return result.value.map((p) => p.id);
    };
    const viaRaw = (query: Query): number[] =>
      raw.search({ q: query.q, birthYear: query.birthYear, limit: LIMIT }).map((p) => p.id);
    const timed = async <T>(run: () => T | Promise<T>): Promise<[T, number]> => {
      const t0 = performance.now();
      const value = await run();
      return [value, performance.now() - t0];
    };

    const results: BenchResult[] = [];
    const all: { search: number[]; raw: number[] } = { search: [], raw: [] };
    let seed = 11;
    for (const kind of Object.keys(KINDS)) {
      const queries = queriesOf(sqlite, kind, (seed += 1), WARMUP + TIMED, N);
      if (queries.length < WARMUP + TIMED) {
        throw new Error(`${kind}: only ${queries.length} distinct queries`);
      }
      const times = { search: [] as number[], raw: [] as number[] };
      let empty = 0;
      for (const [i, query] of queries.entries()) {
        const searchFirst = i % 2 === 0;
        const first = searchFirst ? await timed(() => viaDispatcher(query)) : null;
        const [rawIds, rawMs] = await timed(() => viaRaw(query));
        const [ids, searchMs] = first ?? (await timed(() => viaDispatcher(query)));
        if (ids.join() !== rawIds.join()) {
          throw new Error(`${kind} "${query.q}": search ${ids.join()} ≠ raw ${rawIds.join()}`);
        }
        if (i < WARMUP) continue;
        times.search.push(searchMs);
        times.raw.push(rawMs);
        if (ids.length === 0) empty += 1;
      }
      all.search.push(...times.search);
      all.raw.push(...times.raw);
      const search = summarize(times.search);
      const rawFigures = summarize(times.raw);
      results.push(
        {
          bench: 'patients.search',
          n: N,
          kind,
          ...search,
          ...figureRatios(search, rawFigures),
          empty_results: empty,
        },
        { bench: 'patients.search.raw', n: N, kind, ...rawFigures },
      );
    }
    const search = summarize(all.search);
    const rawFigures = summarize(all.raw);
    results.push(
      {
        bench: 'patients.search',
        n: N,
        kind: 'all kinds',
        ...search,
        ...figureRatios(search, rawFigures),
        ...registry,
      },
      { bench: 'patients.search.raw', n: N, kind: 'all kinds', ...rawFigures },
    );
    return results;
  } finally {
    backend.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

function figureRatios(
  search: Record<string, number>,
  raw: Record<string, number>,
): Record<string, number> {
  const p50 = ratio(search.p50_ms, raw.p50_ms);
  const p95 = ratio(search.p95_ms, raw.p95_ms);
  return {
    ...(p50 !== undefined && { vs_raw_p50: p50 }),
    ...(p95 !== undefined && { vs_raw_p95: p95 }),
  };
}

let measured: Promise<BenchResult[]> | null = null;

/** Both figure sets come from one generated registry: generate once, report each by name. */
export async function patientsSearch(bench: string): Promise<BenchResult[]> {
  measured ??= measureSearch();
  return (await measured).filter((result) => result.bench === bench);
}
