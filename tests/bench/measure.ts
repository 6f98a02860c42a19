/** One benchmark's figures: units in the key names (p50_ms, ops_s, mb). */
export type BenchResult = { bench: string; n: number } & Record<string, number | string>;

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? NaN;
}

const round = (value: number): number => Math.round(value * 1000) / 1000;

/** Times `run` n times (after a warm-up) and returns p50/p95 in ms and operations per second. */
export async function timeIt(
  n: number,
  run: (i: number) => unknown,
  warmup = Math.min(100, n),
): Promise<{ p50_ms: number; p95_ms: number; ops_s: number }> {
  for (let i = 0; i < warmup; i++) await run(i);
  const samples: number[] = [];
  const started = performance.now();
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await run(i);
    samples.push(performance.now() - t0);
  }
  const total = performance.now() - started;
  samples.sort((a, b) => a - b);
  return {
    p50_ms: round(percentile(samples, 50)),
    p95_ms: round(percentile(samples, 95)),
    ops_s: Math.round((n / total) * 1000),
  };
}

/** What a receptionist and a cashier type while other work runs (names, initials, phone, CCCD). */
export const TYPED_QUERIES: readonly string[] = [
  'nguyen van',
  'tran thi h',
  'ng v an',
  'le',
  'pham thi lan',
  '0912',
  '0011',
  'hoang',
];
