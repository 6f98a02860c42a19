import type { Backend } from '../../electron/backend/backend';
import { expectOk, makeBackend, setUpClinic, testClock } from './backend';
import { drugInput } from './catalog';
import { ReportFixtures } from './report-fixtures';

/**
 * November 2026 at a station, built row by row, and every figure of both shipped forms
 * worked out by hand in tests/integration/reports-month.test.ts (not by Tram's code). Visits in October and December, one still in
 * the exam room and one cancelled must not count; payments count by their Vietnamese day.
 */
export async function november(): Promise<
  Awaited<ReturnType<typeof setUpClinic>> & {
    backend: Backend;
    clock: ReturnType<typeof testClock>;
    fixtures: ReportFixtures;
    drugId: number;
  }
> {
  // Thursday 3 December 2026, 09:00 in Vietnam: November has ended and is due on the 7th.
  const clock = testClock('2026-12-03T02:00:00.000Z');
  const backend = makeBackend({ clock });
  const clinic = await setUpClinic(backend);
  const { call } = clinic;
  const drug = expectOk(await call('catalog.drugs.save', drugInput()));
  const f = new ReportFixtures(backend.services.sqlite);

  const p1 = f.patient({ sex: 'male', birthDate: '1950-05-01' }); // 76
  const p2 = f.patient({ sex: 'female', birthDate: '2022-03-15' }); // 4 years 7–8 months
  const p3 = f.patient({ sex: 'female', birthYear: 1990 }); // 36, year only
  const p4 = f.patient({ sex: 'male', birthDate: '2020-12-20' }); // 70 months on 10/11
  const p5 = f.patient({ sex: 'female', birthDate: '1966-11-20' }); // 59 on 10/11, 60 on 25/11
  const p6 = f.patient({ sex: 'male', birthYear: 2012 }); // 14
  const p7 = f.patient({ sex: 'male', birthYear: 2020 }); // 6 by the calendar year

  // V1
  f.visit({
    patientId: p1,
    date: '2026-11-02',
    kind: 'bhyt',
    diagnoses: ['I10', 'E11'],
    labOrders: [{ quantity: 1 }],
    prescribedDrugId: drug.id,
    invoice: { total: 150_000, insurancePays: 120_000 },
    payments: [{ at: '2026-11-02T03:00:00.000Z', amount: 30_000 }],
  });
  // V2
  f.visit({
    patientId: p2,
    date: '2026-11-02',
    kind: 'bhyt',
    priority: 'child',
    diagnoses: ['J06.9'],
    prescribedDrugId: drug.id,
    invoice: { total: 80_000, insurancePays: 80_000 },
  });
  // V3: not paid yet, still counts (the doctor finished it).
  f.visit({
    patientId: p3,
    date: '2026-11-05',
    status: 'awaiting_payment',
    diagnoses: ['K29.7', 'I10'],
    labOrders: [{ quantity: 2 }],
    invoice: { total: 200_000, insurancePays: 0 },
  });
  // V4: a child's forearm fracture in a car crash, referred to the district hospital.
  f.visit({
    patientId: p4,
    date: '2026-11-10',
    kind: 'bhyt',
    priority: 'child',
    diagnoses: ['S52.5', 'V43.5'],
    referral: { toFacilityCode: '01002', toFacilityName: 'Bệnh viện huyện', reason: 'Gãy xương' },
    invoice: { total: 50_000, insurancePays: 50_000 },
  });
  // V5: at the pharmacy.
  f.visit({
    patientId: p5,
    date: '2026-11-10',
    status: 'awaiting_pharmacy',
    diagnoses: ['E11.9'],
    prescribedDrugId: drug.id,
    invoice: { total: 60_000, insurancePays: 0 },
    payments: [{ at: '2026-11-10T04:00:00.000Z', amount: 60_000 }],
  });
  // V6: paid at 00:30 on 1 December in Vietnam: December's takings.
  f.visit({
    patientId: p5,
    date: '2026-11-25',
    kind: 'bhyt',
    diagnoses: ['I11.9'],
    labOrders: [{ quantity: 1 }],
    invoice: { total: 100_000, insurancePays: 80_000 },
    payments: [{ at: '2026-11-30T17:30:00.000Z', amount: 20_000 }],
  });
  // V7: snake bite emergency, referred; paid then refunded the next day.
  f.visit({
    patientId: p6,
    date: '2026-11-12',
    priority: 'emergency',
    diagnoses: ['T63.0'],
    referral: { toFacilityCode: '01003', toFacilityName: 'Bệnh viện tỉnh', reason: 'Rắn cắn' },
    invoice: { total: 30_000, insurancePays: 0 },
    payments: [
      { at: '2026-11-12T02:00:00.000Z', amount: 30_000 },
      { at: '2026-11-13T02:00:00.000Z', amount: -30_000 },
    ],
  });
  // V8: still in the exam room; V9: cancelled. Neither counts.
  f.visit({
    patientId: p7,
    date: '2026-11-20',
    status: 'in_exam',
    diagnoses: ['J20.9'],
    labOrders: [{ quantity: 3 }],
  });
  f.visit({ patientId: p3, date: '2026-11-21', kind: 'bhyt', status: 'cancelled' });
  // V10 (October): its second payment was at 00:10 on 1 November in Vietnam.
  f.visit({
    patientId: p1,
    date: '2026-10-31',
    kind: 'bhyt',
    diagnoses: ['I10'],
    invoice: { total: 35_000, insurancePays: 0 },
    payments: [
      { at: '2026-10-31T03:00:00.000Z', amount: 10_000 },
      { at: '2026-10-31T17:10:00.000Z', amount: 25_000 },
    ],
  });
  // V11 (December).
  f.visit({ patientId: p2, date: '2026-12-01', diagnoses: ['J06.9'] });
  // V12: a check-up; its lab order was cancelled; paid at 16:00 on 30 November.
  f.visit({
    patientId: p7,
    date: '2026-11-30',
    diagnoses: ['Z00.0'],
    labOrders: [{ quantity: 1, cancelled: true }],
    invoice: { total: 38_700, insurancePays: 0 },
    payments: [{ at: '2026-11-30T09:00:00.000Z', amount: 38_700 }],
  });

  // Stock at cost: batch 1 from October, batch 2 received in November.
  f.batch({
    drugId: drug.id,
    lot: 'A1',
    unitCost: 500,
    moves: [
      { kind: 'receipt', quantity: 1000, at: '2026-10-15T02:00:00.000Z' },
      { kind: 'dispense', quantity: -100, at: '2026-11-03T02:00:00.000Z' },
      { kind: 'return', quantity: 10, at: '2026-11-04T02:00:00.000Z' },
      { kind: 'expiry', quantity: -20, at: '2026-11-20T02:00:00.000Z' },
    ],
  });
  f.batch({
    drugId: drug.id,
    lot: 'B2',
    unitCost: 1_200,
    moves: [
      { kind: 'receipt', quantity: 200, at: '2026-11-05T02:00:00.000Z' },
      // 23:59 on 30 November in Vietnam, then midnight of 1 December.
      { kind: 'dispense', quantity: -50, at: '2026-11-30T16:59:00.000Z' },
      { kind: 'dispense', quantity: -5, at: '2026-11-30T17:00:00.000Z' },
    ],
  });
  return { backend, clock, fixtures: f, drugId: drug.id, ...clinic };
}
