import Database from 'better-sqlite3';
import fs from 'node:fs';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { drizzleFor } from '../../db/client';
import { encryptPlainFile } from '../../db/encrypt';
import { openDatabase } from '../../db/open';
import { AuditChain } from '../../electron/backend/audit/chain';
import { loadAuditKey } from '../../electron/backend/keys/audit-key';
import type { Backend } from '../../electron/backend/backend';
import { percentile, type BenchResult } from './measure';
import { preparedVisit, prescribe, withDoctor, type Invoke } from './exam.bench';
import { generatePatients } from './patient-generator';
import { N, queryMix, type Query } from './patients.bench';

const round = (ms: number): number => Math.round(ms * 1000) / 1000;

function figures(samples: number[]): { p50_ms: number; p95_ms: number; max_ms: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    p50_ms: round(percentile(sorted, 50)),
    p95_ms: round(percentile(sorted, 95)),
    max_ms: round(sorted.at(-1) ?? NaN),
  };
}

function megabytes(file: string): number {
  return Math.round((fs.statSync(file).size / 1024 / 1024) * 10) / 10;
}

/** One connection the dispatcher can be pointed at: the backend reads services at each call. */
interface Connection {
  name: 'encrypted' | 'plain';
  sqlite: Database.Database;
  use(): void;
}

function connectionFor(backend: Backend, name: Connection['name'], sqlite: Database.Database) {
  const db = drizzleFor(sqlite);
  const auditChain = new AuditChain(
    sqlite,
    loadAuditKey(backend.paths.dataDir, () => 1, new Date()),
  );
  return {
    name,
    sqlite,
    use: () => {
      backend.services.sqlite = sqlite;
      backend.services.db = db;
      backend.services.auditChain = auditChain;
    },
  } satisfies Connection;
}

/**
 * The same station, decrypted: a copy of the checkpointed file rekeyed to no key, opened with
 * the pragmas openConnection sets. Same pages, same rows; only the cipher differs.
 */
function plainCopy(file: string, key: Buffer): { file: string; sqlite: Database.Database } {
  const target = `${file}.plain`;
  fs.copyFileSync(file, target);
  const rekey = new Database(target, { fileMustExist: true });
  rekey.pragma("cipher = 'sqlcipher'");
  rekey.pragma('legacy = 4');
  rekey.pragma(`key = "x'${key.toString('hex')}'"`);
  rekey.pragma('journal_mode = DELETE');
  rekey.pragma("rekey = ''");
  rekey.close();
  const sqlite = new Database(target, { fileMustExist: true });
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  return { file: target, sqlite };
}

/** Runs `work` on each connection in turn, alternating who goes first, samples kept apart. */
async function interleaved(
  connections: readonly Connection[],
  steps: number,
  work: (step: number) => Promise<unknown>,
): Promise<Record<Connection['name'], number[]>> {
  const samples: Record<Connection['name'], number[]> = { encrypted: [], plain: [] };
  for (let step = 0; step < steps; step++) {
    const order = step % 2 === 0 ? connections : [...connections].reverse();
    for (const connection of order) {
      connection.use();
      const t0 = performance.now();
      await work(step);
      samples[connection.name].push(performance.now() - t0);
    }
  }
  return samples;
}

function compared(
  bench: string,
  n: number,
  samples: Record<Connection['name'], number[]>,
  extra: Record<string, number | string>,
): BenchResult {
  const encrypted = figures(samples.encrypted);
  const plain = figures(samples.plain);
  return {
    bench,
    n,
    samples: samples.encrypted.length,
    encrypted_p50_ms: encrypted.p50_ms,
    encrypted_p95_ms: encrypted.p95_ms,
    plain_p50_ms: plain.p50_ms,
    plain_p95_ms: plain.p95_ms,
    p95_ratio: Math.round((encrypted.p95_ms / plain.p95_ms) * 100) / 100,
    target_p95_ratio: 1.5,
    ...extra,
  };
}

/** The median of `runs` timings of `work`, in ms. */
function medianOf(runs: number, work: () => void): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    work();
    times.push(performance.now() - t0);
  }
  return round(
    percentile(
      times.sort((a, b) => a - b),
      50,
    ),
  );
}

/**
 * Writes as reception does (a patient and a visit per step) for as long as `until` is pending,
 * timing each, with the event loop's own delay alongside.
 */
async function writesWhile(
  invoke: Invoke,
  until: Promise<unknown>,
  label: string,
): Promise<{ latencies: number[]; loopMaxMs: number }> {
  let done = false;
  void until.finally(() => {
    done = true;
  });
  const loop = monitorEventLoopDelay({ resolution: 10 });
  loop.enable();
  const latencies: number[] = [];
  for (let i = 0; !done; i++) {
    const t0 = performance.now();
    const patient = await invoke('patients.create', {
      fullName: `${label} Người ${i}`,
      sex: i % 2 ? 'male' : 'female',
      birthYear: 1940 + (i % 60),
    });
    await invoke('visits.create', { patientId: patient.id, kind: 'fee' });
    latencies.push(performance.now() - t0);
    // Let the worker's messages in between writes, as a busy server would.
    await new Promise((resolve) => setImmediate(resolve));
  }
  loop.disable();
  return { latencies, loopMaxMs: round(loop.max / 1e6) };
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Encryption's cost and a backup under load, at N patients, on one generated station:
 * patients.search and visits.finish through the dispatcher on the encrypted file and on a
 * decrypted copy of it, interleaved; the open (cheap and full check); encrypting the plain
 * copy in place; then the longest write latency while a backup of the encrypted file runs.
 */
async function measure(): Promise<BenchResult[]> {
  return withDoctor(async (invoke, backend, drugIds) => {
    const { sqlite } = backend.services;
    sqlite.pragma('synchronous = OFF'); // generation only
    const generated = generatePatients(sqlite, N);
    sqlite.pragma('synchronous = FULL');
    sqlite.exec('ANALYZE');
    const finishing = 200;
    const warmup = 20;
    const visits: number[] = [];
    for (let i = 0; i < finishing + warmup; i++) {
      const visitId = await preparedVisit(invoke, i);
      await invoke('prescriptions.save', prescribe(visitId, drugIds));
      visits.push(visitId);
    }
    sqlite.pragma('wal_checkpoint(TRUNCATE)');
    const file = backend.database.file;
    const copy = plainCopy(file, backend.key);
    const connections = [
      connectionFor(backend, 'encrypted', sqlite),
      connectionFor(backend, 'plain', copy.sqlite),
    ];
    const results: BenchResult[] = [];
    try {
      const queries = queryMix(backend);
      const pick = (i: number): Query => queries[i % queries.length] as Query;
      const search = (i: number) => {
        const { q, birthYear } = pick(i);
        return invoke('patients.search', { q, limit: 20, ...(birthYear && { birthYear }) });
      };
      await interleaved(connections, queries.length, search);
      const searches = await interleaved(connections, queries.length * 20, search);
      results.push(
        compared('encryption.patients.search', N, searches, { queries: queries.length }),
      );

      // Each visit is finished once in each file: the same work on both.
      const finish = (step: number) => invoke('visits.finish', { visitId: visits[step] ?? 0 });
      await interleaved(connections, warmup, finish);
      const finished = await interleaved(connections, finishing, (step) => finish(warmup + step));
      results.push(compared('encryption.visits.finish', N, finished, { items: 5 }));
    } finally {
      connections[0]?.use();
      copy.sqlite.close();
    }

    // Opening the million-patient file: the cheap signal at a clean start, the full check after a crash.
    const open = (integrity: 'cheap' | 'full') => () =>
      openDatabase({
        file,
        key: backend.key,
        migrationsDir: backend.paths.migrationsDir,
        backupDir: backend.paths.backupDir,
        integrity,
      }).sqlite.close();
    const plainOpen = (check: boolean) => () => {
      const plain = new Database(copy.file, { fileMustExist: true, readonly: true });
      plain.prepare('SELECT count(*) FROM sqlite_master').get();
      if (check) plain.pragma('quick_check', { simple: true });
      plain.close();
    };
    const openCheap = medianOf(5, open('cheap'));
    const openFull = medianOf(3, open('full'));
    const plainCheap = medianOf(5, plainOpen(false));
    const plainFull = medianOf(3, plainOpen(true));
    const t0 = performance.now();
    encryptPlainFile(copy.file, backend.key);
    const encryptSeconds = round((performance.now() - t0) / 1000);
    results.push({
      bench: 'encryption.open',
      n: N,
      samples: 5,
      db_mb: megabytes(file),
      open_cheap_ms: openCheap,
      open_full_quick_check_ms: openFull,
      plain_open_ms: plainCheap,
      plain_open_quick_check_ms: plainFull,
      encrypt_in_place_s: encryptSeconds,
      generate_s: generated.seconds,
    });
    fs.rmSync(copy.file, { force: true });

    // The clinic keeps writing while the day's backup runs in its worker thread.
    const baseline = await writesWhile(invoke, sleep(5000), 'Trước');
    const started = performance.now();
    const backup = backend.backups.create('manual');
    const during = await writesWhile(invoke, backup, 'Trong');
    const seconds = round((performance.now() - started) / 1000);
    const record = await backup;
    // The checkpoint held back by the backup's snapshot comes due at the next writes.
    const after = await writesWhile(invoke, sleep(3000), 'Sau');
    const duringFigures = figures(during.latencies);
    const afterFigures = figures(after.latencies);
    const baseFigures = figures(baseline.latencies);
    results.push({
      bench: 'backups.create',
      n: N,
      samples: 1,
      backup_s: seconds,
      backup_mb: Math.round((record.bytes / 1024 / 1024) * 10) / 10,
      verified: String(record.verified),
      writes_during: during.latencies.length,
      write_p50_ms: duringFigures.p50_ms,
      write_p95_ms: duringFigures.p95_ms,
      write_max_ms: duringFigures.max_ms,
      write_max_after_ms: afterFigures.max_ms,
      event_loop_max_ms: during.loopMaxMs,
      baseline_write_p95_ms: baseFigures.p95_ms,
      baseline_write_max_ms: baseFigures.max_ms,
      baseline_event_loop_max_ms: baseline.loopMaxMs,
      target_write_max_ms: 100,
    });
    return results;
  });
}

let measured: Promise<BenchResult[]> | null = null;

/** The four figure sets come from one generated station: generate once, report each by name. */
export async function storageBench(bench: string): Promise<BenchResult[]> {
  measured ??= measure();
  return (await measured).filter((result) => result.bench === bench);
}
