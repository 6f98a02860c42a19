import { percentile, TYPED_QUERIES, type BenchResult } from './measure';
import { BENCH_ADMIN, BENCH_RECEPTIONIST, clinicFolder } from './clinic-cache';
import {
  peakRssMb,
  processTree,
  resetPeakRss,
  rssMb,
  startServer,
  type RunningServer,
} from './web-server';

const N = Number(process.env.BENCH_PATIENTS ?? 1_000_000);
const VISITS = 3_000;
const round = (value: number): number => Math.round(value * 10) / 10;
const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** A little of a day's use: sign in, a few searches, then quiet. */
async function useAndSettle(server: RunningServer): Promise<string> {
  const { token } = await server.call<{ token: string }>('auth.login', BENCH_RECEPTIONIST);
  for (const q of TYPED_QUERIES) await server.call('patients.search', { q, limit: 20 }, token);
  await pause(5_000);
  return token;
}

/**
 * web.start, web.rss, web.tree: start to ready at N patients (the built server under plain
 * node), its resident memory once used and idle, and the whole process tree of `npm run web`.
 */
async function measureResources(): Promise<BenchResult[]> {
  const folder = await clinicFolder(N, VISITS);
  try {
    const starts: number[] = [];
    let idle = 0;
    for (let i = 0; i < 5; i++) {
      const server = await startServer(folder.dataDir);
      starts.push(server.readyMs);
      if (i === 0) {
        await useAndSettle(server);
        idle = rssMb(server.pid);
      }
      await server.stop();
    }
    const npm = await startServer(folder.dataDir, { viaNpm: true });
    await useAndSettle(npm);
    const tree = processTree(npm.pid);
    await npm.stop();
    starts.sort((a, b) => a - b);
    return [
      {
        bench: 'web.start',
        n: N,
        samples: starts.length,
        p50_ms: round(percentile(starts, 50)),
        p95_ms: round(percentile(starts, 95)),
        target_ms: 1500,
        note: 'spawn of the built server to its ready line; includes PRAGMA quick_check (issue 16 replaces it)',
      },
      { bench: 'web.rss', n: N, samples: 1, idle_mb: round(idle), target_mb: 150 },
      {
        bench: 'web.tree',
        n: N,
        samples: 1,
        processes: tree.length,
        total_mb: round(tree.reduce((sum, p) => sum + p.rssMb, 0)),
        target_mb: 250,
        tree: tree
          .map((p) => `${p.command.split(' ').slice(0, 3).join(' ')}: ${round(p.rssMb)} MB`)
          .join('; '),
      },
    ];
  } finally {
    folder.dispose();
  }
}

/** Downloads the month's XML 130 file as the page does; its size in bytes. */
async function download(server: RunningServer, token: string): Promise<number> {
  const response = await fetch(new URL('api/claims.exportXml130', server.url), {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ from: '2026-11-01', to: '2026-11-30' }),
  });
  if (!response.ok || !response.body) throw new Error(`export failed: ${response.status}`);
  let bytes = 0;
  const reader = response.body.getReader();
  for (let part = await reader.read(); !part.done; part = await reader.read()) {
    bytes += part.value.byteLength;
  }
  return bytes;
}

/**
 * jobs.exportWhileSearching and jobs.exportMemory: the XML 130 file of a 3,000-visit month
 * downloaded over HTTP while another user searches the N-patient registry without pause;
 * search latency during the export, and the server's peak resident memory.
 */
async function measureExport(): Promise<BenchResult[]> {
  const folder = await clinicFolder(N, VISITS);
  const server = await startServer(folder.dataDir);
  try {
    const { token } = await server.call<{ token: string }>('auth.login', BENCH_ADMIN);
    const search = async (q: string): Promise<number> => {
      const started = performance.now();
      await server.call('patients.search', { q, limit: 20 }, token);
      return performance.now() - started;
    };
    for (const q of TYPED_QUERIES) await search(q);
    await server.call('claims.validate', { from: '2026-10-01', to: '2026-10-01' }, token);

    const latencies: number[] = [];
    const exports: number[] = [];
    let peak = 0;
    let bytes = 0;
    for (let i = 0; i < 3; i++) {
      resetPeakRss(server.pid);
      let done = false;
      const sampler = setInterval(() => {
        peak = Math.max(peak, rssMb(server.pid));
      }, 25);
      const started = performance.now();
      const exported = download(server, token).finally(() => {
        done = true;
      });
      while (!done) {
        latencies.push(
          await search(TYPED_QUERIES[latencies.length % TYPED_QUERIES.length] ?? 'nguyen'),
        );
        await pause(10);
      }
      bytes = await exported;
      exports.push(performance.now() - started);
      clearInterval(sampler);
      peak = Math.max(peak, peakRssMb(server.pid));
    }
    latencies.sort((a, b) => a - b);
    exports.sort((a, b) => a - b);
    return [
      {
        bench: 'jobs.exportWhileSearching',
        n: VISITS,
        patients: N,
        samples: latencies.length,
        search_p50_ms: round(percentile(latencies, 50)),
        search_p95_ms: round(percentile(latencies, 95)),
        target_search_p95_ms: 50,
        export_p50_ms: round(percentile(exports, 50)),
        exports: exports.length,
      },
      {
        bench: 'jobs.exportMemory',
        n: VISITS,
        patients: N,
        samples: exports.length,
        peak_rss_mb: round(peak),
        target_mb: 250,
        file_mb: round(bytes / 1024 / 1024),
      },
    ];
  } finally {
    await server.stop();
    folder.dispose();
  }
}

let resources: Promise<BenchResult[]> | null = null;
let exporting: Promise<BenchResult[]> | null = null;

/** Each set is measured once per run and reported by name. */
export async function webResources(bench: string): Promise<BenchResult[]> {
  resources ??= measureResources();
  return (await resources).filter((result) => result.bench === bench);
}

export async function exportWhileSearching(bench: string): Promise<BenchResult[]> {
  exporting ??= measureExport();
  return (await exporting).filter((result) => result.bench === bench);
}
