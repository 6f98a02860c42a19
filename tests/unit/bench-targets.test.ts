import { describe, expect, it } from 'vitest';
import { MIN_P95_SAMPLES, summarize, type BenchResult } from '../bench/measure';
import { checkTargets, TARGETS } from '../bench/targets';

describe('bench figures', () => {
  it('give no p95 below 20 samples, and the 95th of the sorted samples from there', () => {
    const times = (count: number) => Array.from({ length: count }, (_, i) => count - i);
    expect(summarize(times(MIN_P95_SAMPLES - 1))).not.toHaveProperty('p95_ms');
    // 1..20 ms: the 95th percentile is the 19th sample, the median the 10th.
    expect(summarize(times(20))).toMatchObject({ samples: 20, p50_ms: 10, p95_ms: 19 });
    expect(summarize(times(100))).toMatchObject({ samples: 100, p50_ms: 50, p95_ms: 95 });
  });
});

describe('bench --check', () => {
  const dispense = (part: string, p95: number | null): BenchResult => ({
    bench: 'stock.dispense',
    n: 100_000,
    samples: 500,
    part,
    p50_ms: 1,
    ...(p95 !== null && { p95_ms: p95 }),
  });

  it('holds each figure set a target names, and only the benches that ran', () => {
    const checks = checkTargets(new Set(['stock.dispense']), [
      dispense('dispatcher', 6),
      dispense('in-transaction work, no commit', 60),
    ]);
    expect(checks).toEqual([
      expect.objectContaining({
        check: 'stock.dispense',
        where: { part: 'dispatcher' },
        value: 6,
        max: 5,
        met: false,
      }),
    ]);
    expect(checkTargets(new Set(['stock.dispense']), [dispense('dispatcher', 5)])[0]?.met).toBe(
      true,
    );
  });

  it('counts a target with nothing to hold as missed: a bench that printed no such figure', () => {
    expect(checkTargets(new Set(['stock.dispense']), [dispense('dispatcher', null)])).toEqual([
      expect.objectContaining({ value: null, met: false }),
    ]);
    expect(checkTargets(new Set(['stock.dispense']), [])).toEqual([
      expect.objectContaining({ where: { part: 'dispatcher' }, value: null, met: false }),
    ]);
  });

  it('has its targets in one file, each saying where it was set', () => {
    for (const target of TARGETS) expect(target.from).not.toBe('');
    expect(TARGETS.filter((t) => t.figure === 'p95_ms').length).toBeGreaterThan(5);
  });
});
