import { benchBackend, benchDir, cleanUp, setUpStation } from './bench-backend';
import { addDays } from '../../shared/domain/dates';
import { ReportFixtures } from '../helpers/report-fixtures';
import { percentile, timeIt, type BenchResult } from './measure';
import { generatePatients, random } from './patient-generator';

/** A busy station: 80 visits a day for a year (~29,000), 8,000 patients. */
const PER_DAY = Number(process.env.BENCH_VISITS_PER_DAY ?? 80);
const PATIENTS = 8_000;
const DIAGNOSES = [
  'I10',
  'E11',
  'J06.9',
  'J02.9',
  'J20.9',
  'K29.7',
  'A09',
  'M54.5',
  'Z00.0',
  'S61.9',
  'N39.0',
  'R50.9',
];
const DRUGS = 20;

/**
 * reports.compute of TT37-XA-THANG through the dispatcher, for a month and for the year, over
 * a year of visits with diagnoses, referrals, lab orders, prescriptions, bills, payments and a
 * stock ledger (monthly receipts, a dispense per prescription).
 */
export async function reportsCompute(): Promise<BenchResult[]> {
  const dataDir = benchDir('reports');
  const now = new Date('2027-01-05T02:00:00Z');
  const { backend, invoke } = benchBackend(dataDir, now);
  try {
    const token = await setUpStation(backend, invoke);
    const drugIds: number[] = [];
    for (let i = 0; i < DRUGS; i++) {
      const drug = await invoke(
        'catalog.drugs.save',
        {
          code: `40.${100 + i}`,
          name: `Thuốc mẫu ${i + 1}`,
          ingredients: [{ name: `Hoạt chất ${i + 1}`, strength: '500mg' }],
          unit: 'Viên',
          price: 500 + i * 150,
          insuredPrice: 500 + i * 150,
        },
        token,
      );
      drugIds.push(drug.id);
    }

    const { sqlite } = backend.services;
    const setupStarted = performance.now();
    sqlite.pragma('synchronous = OFF'); // generation only
    generatePatients(sqlite, PATIENTS);
    const rand = random(1313);
    const int = (min: number, max: number) => min + Math.floor(rand() * (max - min + 1));
    const pick = <T>(list: readonly T[]): T => list[int(0, list.length - 1)] as T;
    const f = new ReportFixtures(sqlite);
    let visits = 0;
    sqlite.transaction(() => {
      for (let day = 0; day < 365; day++) {
        const date = addDays('2026-01-01', day);
        for (let i = 0; i < PER_DAY; i++) {
          const insured = rand() < 0.7;
          const total = int(20, 400) * 1_000;
          const roll = rand();
          f.visit({
            patientId: int(1, PATIENTS),
            date,
            kind: insured ? 'bhyt' : 'fee',
            status: roll < 0.02 ? 'cancelled' : roll < 0.04 ? 'awaiting_payment' : 'done',
            priority: rand() < 0.01 ? 'emergency' : 'none',
            diagnoses: roll < 0.02 ? [] : Array.from({ length: int(1, 3) }, () => pick(DIAGNOSES)),
            ...(rand() < 0.02 && {
              referral: {
                toFacilityCode: '01002',
                toFacilityName: 'TTYT khu vực',
                reason: 'Vượt khả năng',
              },
            }),
            ...(rand() < 0.3 && { labOrders: [{ quantity: int(1, 2) }] }),
            ...(rand() < 0.6 && { prescribedDrugId: pick(drugIds) }),
            invoice: { total, insurancePays: insured ? Math.round(total * 0.8) : 0 },
            payments: [
              {
                at: `${date}T0${int(1, 9)}:00:00.000Z`,
                amount: insured ? total - Math.round(total * 0.8) : total,
              },
            ],
          });
          visits += 1;
        }
      }
      for (const [index, drugId] of drugIds.entries()) {
        for (let month = 1; month <= 12; month++) {
          const start = `2026-${String(month).padStart(2, '0')}-01`;
          f.batch({
            drugId,
            lot: `L${index}-${month}`,
            unitCost: 300 + index * 50,
            expiry: '2028-12-31',
            moves: [
              { kind: 'receipt', quantity: 3_000, at: `${start}T01:00:00.000Z` },
              ...Array.from({ length: 120 }, () => ({
                kind: 'dispense' as const,
                quantity: -int(5, 20),
                at: `${addDays(start, int(0, 27))}T0${int(1, 9)}:00:00.000Z`,
              })),
            ],
          });
        }
      }
    })();
    sqlite.pragma('synchronous = FULL');
    sqlite.pragma('wal_checkpoint(TRUNCATE)');
    sqlite.pragma('optimize');
    const setupSeconds = Math.round((performance.now() - setupStarted) / 100) / 10;

    // CPU time beside wall time: on a machine shared with other jobs the wall clock also
    // counts the time this process waited for a core.
    const cpuSamples = new Map<string, number[]>();
    const compute = (period: string) => async () => {
      const started = process.cpuUsage();
      const view = await invoke('reports.compute', { dataset: 'TT37-XA-THANG', period }, token);
      const used = process.cpuUsage(started);
      cpuSamples.set(period, [...(cpuSamples.get(period) ?? []), (used.user + used.system) / 1000]);
      return view;
    };
    const cpu = (period: string, samples: number) => {
      const sorted = (cpuSamples.get(period) ?? []).slice(-samples).sort((a, b) => a - b);
      const round = (ms: number) => Math.round(ms * 10) / 10;
      return {
        cpu_p50_ms: round(percentile(sorted, 50)),
        cpu_p95_ms: round(percentile(sorted, 95)),
      };
    };
    const month = { ...(await timeIt(40, compute('202606'), 3)), ...cpu('202606', 40) };
    const year = { ...(await timeIt(20, compute('2026'), 2)), ...cpu('2026', 20) };
    const monthVisits = (await compute('202606')()).dataValues.find(
      (v) => v.dataElement === 'KCB_LUOT' && !v.categoryOptionCombo,
    )?.value;
    return [
      {
        bench: 'reports.compute.month',
        n: visits,
        counted_in_month: monthVisits ?? 0,
        ...month,
        samples: 40,
        setup_s: setupSeconds,
        target_p95_ms: 100,
      },
      { bench: 'reports.compute.year', n: visits, ...year, samples: 20, target_p95_ms: 1000 },
    ];
  } finally {
    cleanUp(backend, dataDir);
  }
}
