import { randomUUID } from 'node:crypto';
import { coveragePeriods } from './coverage';
import { expectOk, makeBackend, makeUser, setUpClinic, testClock } from './backend';
import { drugInput } from './catalog';
import { makePatient } from './patients';
import { seedVisitAtCashier, TEST_BHXH_CODES } from './billing-seed';

export { seedVisitAtCashier, serviceId, type SeedVisit } from './billing-seed';
export { TEST_BHXH_CODES };
export { coveragePeriods } from './coverage';

export type Clinic = Awaited<ReturnType<typeof billingClinic>>;

let cards = 0;

/**
 * What the cash desk sends with a payment: the invoice, the total the cashier saw and a fresh
 * request id (`{ ...asSeen(invoice), method: 'cash', amount }`).
 */
export function asSeen(invoice: { invoiceId: number; total: number }): {
  invoiceId: number;
  expectedTotal: number;
  requestId: string;
} {
  return { invoiceId: invoice.invoiceId, expectedTotal: invoice.total, requestId: randomUUID() };
}

/** A card code no other test patient holds: level 4 (80%) unless told otherwise. */
export function cardCode(level: 1 | 2 | 3 | 4 | 5 = 4, group = 'DN'): string {
  return `${group}${level}01${String(3_000_000_000 + ++cards).padStart(10, '0')}`;
}

/**
 * A clinic at the cash desk on 26/11/2026: a cashier, a doctor with a practising code, a
 * drug, the station's bank and the head's claims code set, and the commune 100% rule off so
 * co-pays show (the low-cost rule still applies below 351,000 VND).
 */
export async function billingClinic(options: { primaryCareFull?: boolean } = {}) {
  const clock = testClock('2026-11-26T02:00:00.000Z');
  const backend = makeBackend({ clock });
  const clinic = await setUpClinic(backend);
  const { call, adminToken } = clinic;
  expectOk(
    await call('settings.update', {
      coverage: { periods: coveragePeriods({ primaryCareFull: options.primaryCareFull ?? false }) },
      cashier: {
        bankName: 'Agribank',
        bankBin: '970405',
        bankAccount: '1500201012345',
        payee: 'Tram Y te xa An Binh',
      },
      claims: { headCode: '0123456789' },
    }),
  );
  const cashier = await makeUser(backend, adminToken, ['cashier']);
  const doctor = await makeUser(backend, adminToken, ['doctor']);
  expectOk(await call('users.update', { id: doctor.id, practitionerCode: '000123/BYT-CCHN' }));
  const drug = expectOk(
    await call('catalog.drugs.save', drugInput({ tenderInfo: '57/QĐ-TTMS;G1;N1;2022' })),
  );
  // The starter services carry example codes only: these stand in for the shared-list codes.
  for (const [code, bhxhCode] of Object.entries(TEST_BHXH_CODES)) {
    const [service] = expectOk(await call('catalog.services.search', { q: code }));
    if (service?.code === code) {
      expectOk(await call('catalog.services.save', { ...service, bhxhCode }));
    }
  }
  return { backend, clock, ...clinic, cashier, doctor, drugId: drug.id };
}

/** What a claim needs of a patient besides the card: the sheet's mandatory fields. */
export const CLAIM_READY_PATIENT = {
  ethnicityCode: '01',
  occupationCode: '61110',
  // Phường Bồ Đề, Hà Nội: every old ward it took was in Quận Long Biên (004).
  address: { text: 'Số 1 Nguyễn Văn Cừ', wardCode: '00118', provinceCode: '01' },
} as const;

/** Registers a patient (with a card valid all of 2026 for BHYT visits) and checks them in. */
export async function checkIn(
  clinic: Pick<Clinic, 'call'>,
  kind: 'bhyt' | 'fee',
  code = cardCode(),
): Promise<{ visitId: number; patientId: number; card: string }> {
  const patient = await makePatient(clinic.call, {
    ...CLAIM_READY_PATIENT,
    ...(kind === 'bhyt' && {
      bhyt: { code, validFrom: '2026-01-01', validTo: '2026-12-31', facilityCode: '01001' },
    }),
  });
  const { visitId } = expectOk(
    await clinic.call('visits.create', { patientId: patient.id, kind, reason: 'Đau đầu' }),
  );
  return { visitId, patientId: patient.id, card: code };
}

/**
 * A visit through to a paid receipt: checked in, seen (diagnosis, exam fee, optionally a
 * dispensed drug), invoiced and paid in cash by the cashier.
 */
export async function paidVisit(
  clinic: Clinic,
  options: { drug?: boolean } = {},
): Promise<{ visitId: number; patientId: number; paymentId: number; itemIds: number[] }> {
  const { visitId, patientId } = await checkIn(clinic, 'fee');
  const itemIds = seedVisitAtCashier(clinic.backend.services.sqlite, {
    visitId,
    doctorId: clinic.doctor.id,
    diagnoses: ['I10'],
    services: [{ code: 'KB01', unitPrice: 38_700 }],
    ...(options.drug && { drugs: [{ drugId: clinic.drugId, prescribed: 10, unitPrice: 1_000 }] }),
  });
  const invoice = expectOk(await clinic.call('billing.invoice', { visitId }, clinic.cashier.token));
  const paid = expectOk(
    await clinic.call(
      'billing.pay',
      {
        invoiceId: invoice.invoiceId,
        method: 'cash',
        amount: invoice.patientDue,
        requestId: randomUUID(),
        expectedTotal: invoice.total,
      },
      clinic.cashier.token,
    ),
  );
  return { visitId, patientId, paymentId: paid.receipt?.id ?? 0, itemIds };
}
