import fs from 'node:fs';
import { crashFolder, crashRound } from '../helpers/crash';
import type { BenchResult } from './measure';

/** `npm run bench -- crash`: the suite's SIGKILL test for 200 rounds (BENCH_CRASH_ROUNDS). */
export async function crash(): Promise<BenchResult[]> {
  const rounds = Number(process.env.BENCH_CRASH_ROUNDS ?? 200);
  const dataDir = await crashFolder();
  const started = performance.now();
  const totals = { acknowledged: 0, missing: 0, integrity_failures: 0, audit_failures: 0 };
  let fullChecks = 0;
  try {
    for (let round = 0; round < rounds; round++) {
      const result = await crashRound(dataDir, round);
      totals.acknowledged += result.acknowledged;
      totals.missing += result.missing;
      if (result.integrity !== 'ok') totals.integrity_failures += 1;
      if (!result.auditOk) totals.audit_failures += 1;
      if (result.fullCheck) fullChecks += 1;
    }
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
  return [
    {
      bench: 'crash',
      n: rounds,
      samples: rounds,
      ...totals,
      full_checks_after_kill: fullChecks,
      seconds: Math.round((performance.now() - started) / 1000),
      target_missing: 0,
    },
  ];
}
