import type { BenchResult } from './measure';

/**
 * Every performance target Tram has, in one place: `npm run bench -- --check` holds each
 * figure set of a bench that ran to the targets naming it, and exits non-zero on a miss.
 */
export interface Target {
  bench: string;
  /** Which of the bench's figure sets it holds (all of them when not given). */
  where?: Readonly<Record<string, string | number>>;
  figure: string;
  max: number;
  /** Where the target was set. */
  from: string;
}

const target = (
  bench: string,
  figure: string,
  max: number,
  from: string,
  where?: Target['where'],
): Target => ({ bench, figure, max, from, ...(where && { where }) });

export const TARGETS: readonly Target[] = [
  target('patients.search', 'p95_ms', 5, 'issue 3, per query kind'),
  target('patients.search', 'vs_raw_p95', 2, 'issue 3: within 2× of raw'),
  target('visits.finish', 'p95_ms', 10, 'issue 4', { procedure: 'visits.finish' }),
  target('documents.prescription', 'p95_ms', 150, 'issue 4, warm'),
  target('stock.dispense', 'p95_ms', 5, 'issue 5', { part: 'dispatcher' }),
  target('stock.movements', 'p95_ms', 300, 'issue 5, a year'),
  target('stock.movementReport', 'p95_ms', 300, 'issues 5 and 19, a year'),
  // Five exports of a month (each takes seconds): too few for a p95, so the median holds it.
  target('claims.exportXml130', 'p50_ms', 2000, 'issue 6, 3,000 visits'),
  target('print.receipt', 'p95_ms', 30, 'issue 7'),
];

export interface Check {
  check: string;
  where?: Readonly<Record<string, string | number>>;
  figure: string;
  value: number | null;
  max: number;
  met: boolean;
  from: string;
}

const matches = (result: BenchResult, where: Target['where']): boolean =>
  Object.entries(where ?? {}).every(([key, value]) => result[key] === value);

/** Fields that tell one figure set of a bench from another, for the check's line. */
function identity(result: BenchResult): Record<string, string | number> {
  return Object.fromEntries(
    Object.entries(result).filter(
      ([key, value]) => typeof value === 'string' && key !== 'bench' && key !== 'document',
    ),
  );
}

/**
 * The targets of the benches that ran, against their figures. A target with no figure to hold
 * (the bench printed no such figure set, or too few samples for a p95) is a miss.
 */
export function checkTargets(ran: ReadonlySet<string>, results: readonly BenchResult[]): Check[] {
  const checks: Check[] = [];
  for (const target of TARGETS) {
    if (!ran.has(target.bench)) continue;
    const held = results.filter((r) => r.bench === target.bench && matches(r, target.where));
    const base = { check: target.bench, figure: target.figure, max: target.max, from: target.from };
    if (held.length === 0) {
      checks.push({
        ...base,
        ...(target.where && { where: target.where }),
        value: null,
        met: false,
      });
    }
    for (const result of held) {
      const value = result[target.figure];
      const number = typeof value === 'number' ? value : null;
      const where = identity(result);
      checks.push({
        ...base,
        ...(Object.keys(where).length > 0 && { where }),
        value: number,
        met: number !== null && number <= target.max,
      });
    }
  }
  return checks;
}
