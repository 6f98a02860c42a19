import { benchBackend, benchDir, cleanUp, setUpStation } from './bench-backend';
import { seedClaimsMonth } from '../helpers/claims-month';
import { timeIt, type BenchResult } from './measure';

/** A busy station's month: 100 insured visits a day for 30 days. */
const VISITS = Number(process.env.BENCH_VISITS ?? 3_000);

/**
 * claims.exportXml130 for a month of VISITS finished insured visits, each with an exam, one or
 * two services, up to three dispensed drugs and a re-exam date for one in three, through the
 * dispatcher (validation, XML1/2/3/14, base64 envelope).
 */
async function measureClaims(): Promise<BenchResult[]> {
  const dataDir = benchDir('billing');
  const now = new Date('2026-12-01T02:00:00Z');
  const { backend, invoke } = benchBackend(dataDir, now);
  try {
    const token = await setUpStation(backend, invoke);
    const { seconds: setupSeconds } = await seedClaimsMonth(backend, token, { visits: VISITS });

    let bytes = 0;
    let count = 0;
    const figures = await timeIt(
      5,
      async () => {
        const file = await invoke(
          'claims.exportXml130',
          { from: '2026-11-01', to: '2026-11-30' },
          token,
        );
        bytes = file.content.length;
        count = file.count;
      },
      1,
    );
    if (count !== VISITS) {
      const { visits } = await invoke(
        'claims.validate',
        { from: '2026-11-01', to: '2026-11-30' },
        token,
      );
      const first = visits.find((v) => v.problems.length > 0);
      throw new Error(`exported ${count} of ${VISITS} visits: ${JSON.stringify(first?.problems)}`);
    }
    const validate = await timeIt(
      5,
      () => invoke('claims.validate', { from: '2026-11-01', to: '2026-11-30' }, token),
      1,
    );
    return [
      {
        bench: 'claims.exportXml130',
        n: VISITS,
        ...figures,
        file_mb: Math.round((bytes / 1024 / 1024) * 10) / 10,
        setup_s: setupSeconds,
      },
      { bench: 'claims.validate', n: VISITS, ...validate },
    ];
  } finally {
    cleanUp(backend, dataDir);
  }
}

let measured: Promise<BenchResult[]> | null = null;

/** Both figures come from one generated month: generate once, report each by name. */
export async function claimsBench(bench: string): Promise<BenchResult[]> {
  measured ??= measureClaims();
  return (await measured).filter((result) => result.bench === bench);
}
