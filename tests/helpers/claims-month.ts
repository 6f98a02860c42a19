import type { Backend } from '../../electron/backend/backend';
import { readInvoice } from '../../electron/backend/billing/invoices';
import { pay } from '../../electron/backend/billing/payments';
import type { InputOf, OutputOf, ProcedureName } from '../../shared/api';
import { generatePatients, random } from '../bench/patient-generator';
import { loadOldUnits } from '../../electron/backend/reference/code-files';
import { seedVisitAtCashier, TEST_BHXH_CODES, type SeedVisit } from './billing-seed';

const DAYS = 30;
const DIAGNOSES = ['I10', 'E11', 'J06.9', 'J02.9', 'K29.7', 'A09', 'M54.5', 'Z00.0'];
const SERVICES = ['XN01', 'XN02', 'TT01', 'TT04'];

export const NOVEMBER_2026 = { from: '2026-11-01', to: '2026-11-30' };

/**
 * A busy station's November 2026 on a set-up backend: `patients` registered (the first
 * `visits` of them insured), and `visits` finished insured visits over 30 days, each with an
 * exam, one or two services, up to three dispensed drugs, a re-exam date for one in three,
 * and the bill paid. The head's claims code and practising codes are set, so all export.
 */
export async function seedClaimsMonth(
  backend: Backend,
  token: string,
  size: { visits: number; patients?: number },
): Promise<{ seconds: number }> {
  const invoke = async <N extends ProcedureName>(
    name: N,
    input: InputOf<N>,
  ): Promise<OutputOf<N>> => {
    const result = await backend.dispatcher.invoke(name, input, { token });
    if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
    return result.value;
  };
  await invoke('settings.update', { claims: { headCode: '0123456789' } });
  const { sqlite, db } = backend.services;
  sqlite.prepare("UPDATE users SET practitioner_code = '000123/BYT-CCHN'").run();
  const drugIds: number[] = [];
  for (let i = 0; i < 20; i++) {
    const drug = await invoke('catalog.drugs.save', {
      code: `40.${100 + i}`,
      name: `Thuốc mẫu ${i + 1}`,
      ingredients: [{ name: `Hoạt chất ${i + 1}`, strength: '500mg' }],
      unit: 'Viên',
      routeCode: '1.01',
      registrationNo: `VD-${20570 + i}-14`,
      tenderInfo: '57/QĐ-TTMS;G1;N1;2022',
      price: 500 + i * 150,
      insuredPrice: 500 + i * 150,
    });
    drugIds.push(drug.id);
  }

  // Every starter service the month orders carries a shared-list code, as claims need.
  const setCode = sqlite.prepare('UPDATE services SET bhxh_code = ? WHERE code = ?');
  for (const [code, bhxhCode] of Object.entries(TEST_BHXH_CODES)) setCode.run(bhxhCode, code);

  const started = performance.now();
  const { visits } = size;
  sqlite.pragma('synchronous = OFF'); // generation only
  generatePatients(sqlite, Math.max(visits, size.patients ?? 0));
  sqlite
    .prepare(
      `UPDATE patients SET bhyt_code = 'DN4' || '01' || printf('%010d', id),
         bhyt_valid_from = '2026-01-01', bhyt_valid_to = '2026-12-31',
         bhyt_facility_code = '01001', insurance_status = 'verified',
         ethnicity_code = '01', occupation_code = '61110'
       WHERE id <= ?`,
    )
    .run(visits);
  // Where the 2025 ward took parts of several old districts, reception asked for the old ward.
  const setOldWard = sqlite.prepare('UPDATE patients SET old_ward_code = ? WHERE ward_code = ?');
  for (const [ward, olds] of loadOldUnits(backend.paths.resourcesDir)) {
    if (new Set(olds.map((o) => o.districtCode)).size > 1) setOldWard.run(olds[0]?.wardCode, ward);
  }
  const rand = random(130);
  const int = (min: number, max: number) => min + Math.floor(rand() * (max - min + 1));
  const addVisit = sqlite.prepare(
    `INSERT INTO visits (patient_id, visit_date, queue_number, kind, status, bhyt_code,
       bhyt_valid_from, bhyt_valid_to, bhyt_facility_code, reason, created_at, status_changed_at)
     SELECT id, @date, @queue, 'bhyt', 'waiting', bhyt_code, bhyt_valid_from, bhyt_valid_to,
       bhyt_facility_code, 'Khám bệnh', @at, @at FROM patients WHERE id = @patientId RETURNING id`,
  );
  sqlite.transaction(() => {
    for (let i = 0; i < visits; i++) {
      const day = 1 + (i % DAYS);
      const date = `2026-11-${String(day).padStart(2, '0')}`;
      const at = new Date(Date.parse(`${date}T01:00:00Z`) + int(0, 480) * 60_000);
      const { id: visitId } = addVisit.get({
        date,
        queue: Math.floor(i / DAYS) + 1,
        at: at.toISOString(),
        patientId: i + 1,
      }) as { id: number };
      const seed: SeedVisit = {
        visitId,
        at,
        diagnoses: [DIAGNOSES[int(0, DIAGNOSES.length - 1)] ?? 'I10'],
        services: [
          { code: 'KB01', unitPrice: 38_700 },
          ...Array.from({ length: int(0, 2) }, () => ({
            code: SERVICES[int(0, SERVICES.length - 1)] ?? 'XN01',
            unitPrice: int(10, 200) * 500,
          })),
        ],
        drugs: Array.from({ length: int(0, 3) }, () => {
          const drugId = drugIds[int(0, drugIds.length - 1)] ?? 1;
          const prescribed = int(5, 60);
          return { drugId, prescribed, unitPrice: 500 + (drugId % 20) * 150 };
        }),
        ...(rand() < 1 / 3 && { reexamDate: '2026-12-15' }),
      };
      seedVisitAtCashier(sqlite, seed);
      const invoice = readInvoice(db, visitId);
      pay(
        { db, sqlite, now: at, userId: 1 },
        {
          invoiceId: invoice.id,
          method: 'cash',
          amount: invoice.patientDue,
          requestId: `seed-${visitId}`,
          expectedTotal: invoice.total,
        },
      );
    }
  })();
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('wal_checkpoint(TRUNCATE)');
  return { seconds: Math.round((performance.now() - started) / 100) / 10 };
}
