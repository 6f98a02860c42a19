/**
 * One benchmark's figures, units in the key names (p50_ms, ops_s, mb). `n` is the size of what
 * the calls work on (registry size, catalogue rows, visits in the month, lines on the receipt),
 * `samples` the number of timed calls behind the figures.
 */
export type BenchResult = { bench: string; n: number; samples: number } & Record<
  string,
  number | string
>;

/** Below this many timed calls a p95 is one unlucky call: no p95 is printed. */
export const MIN_P95_SAMPLES = 20;

export type Timing = { samples: number; p50_ms: number; ops_s: number } & Record<string, number>;

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? NaN;
}

const round = (value: number): number => Math.round(value * 1000) / 1000;
/** Whole operations a second, or two decimals for calls that take near a second or more. */
const opsPerSecond = (ops: number): number =>
  ops >= 10 ? Math.round(ops) : Math.round(ops * 100) / 100;

/** p50 (and p95 from MIN_P95_SAMPLES up) of timed calls in ms; ops_s over `totalMs`. */
export function summarize(samplesMs: readonly number[], totalMs?: number): Timing {
  const sorted = [...samplesMs].sort((a, b) => a - b);
  const total = totalMs ?? sorted.reduce((sum, ms) => sum + ms, 0);
  return {
    samples: sorted.length,
    p50_ms: round(percentile(sorted, 50)),
    ...(sorted.length >= MIN_P95_SAMPLES && { p95_ms: round(percentile(sorted, 95)) }),
    ops_s: total > 0 ? opsPerSecond((sorted.length / total) * 1000) : 0,
  };
}

/**
 * Times `run` `samples` times after `warmup` untimed calls. `i` counts on through both, so a
 * bench that takes its input by `i` never times an input it warmed up on.
 */
export async function timeIt(
  samples: number,
  run: (i: number) => unknown,
  warmup = Math.min(100, samples),
): Promise<Timing> {
  for (let i = 0; i < warmup; i++) await run(i);
  const times: number[] = [];
  const started = performance.now();
  for (let i = warmup; i < warmup + samples; i++) {
    const t0 = performance.now();
    await run(i);
    times.push(performance.now() - t0);
  }
  return summarize(times, performance.now() - started);
}
