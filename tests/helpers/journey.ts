import type { InvoiceView } from '../../shared/api';
import type { ParsedRow } from '../../shared/domain/claims/xml130';
import { expectOk, makeUser } from './backend';
import { CLAIM_READY_PATIENT, TEST_BHXH_CODES, cardCode } from './billing';
import { EXAM_DRUGS, examClinic, type ExamClinic } from './exam';
import { makePatient } from './patients';

/** The station of the journey tests, with its staff, and the steps each of them takes. */

export const TODAY = { from: '2026-11-26', to: '2026-11-26' };
/** A shared-list code standing in for the ECG's (QĐ 7603 form). */
export const ECG_BHXH_CODE = '02.0085.1778';

/** The station with its staff: each procedure below runs as the person who does it. */
export async function station() {
  const clinic = await examClinic();
  const { backend, adminToken, call } = clinic;
  expectOk(await call('settings.update', { claims: { headCode: '0123456789' } }));
  expectOk(
    await call('users.update', { id: clinic.doctor.id, practitionerCode: '000123/BYT-CCHN' }),
  );
  const reception = await makeUser(backend, adminToken, ['receptionist'], 'letan');
  const pharmacist = await makeUser(backend, adminToken, ['pharmacist'], 'duocsi');
  const cashier = await makeUser(backend, adminToken, ['cashier'], 'thungan');
  const ecg = expectOk(
    await call('catalog.services.save', {
      code: 'DT01',
      name: 'Điện tim thường',
      unit: 'Lần',
      category: 'procedure',
      bhxhCode: ECG_BHXH_CODE,
      price: 40_000,
      insuredPrice: 40_000,
    }),
  );
  // What a claim needs of the catalogue: the exam fee's shared-list code, each drug's tender.
  const [exam] = expectOk(await call('catalog.services.search', { q: 'KB01' }));
  expectOk(await call('catalog.services.save', { ...exam!, bhxhCode: TEST_BHXH_CODES.KB01 }));
  for (const [key, input] of Object.entries(EXAM_DRUGS)) {
    expectOk(
      await call('catalog.drugs.save', {
        ...input,
        id: clinic.drugs[key as keyof typeof EXAM_DRUGS],
        tenderInfo: '57/QĐ-TTMS;G1;N1;2022',
      }),
    );
  }
  return { ...clinic, reception, pharmacist, cashier, ecgId: ecg.id };
}
export type Station = Awaited<ReturnType<typeof station>>;

/** Reception registers the patient and checks them in. */
export async function checkIn(
  s: Station,
  kind: 'bhyt' | 'fee',
  fullName: string,
  sex: 'male' | 'female' = 'male',
): Promise<number> {
  const patient = await makePatient(
    s.call,
    {
      ...CLAIM_READY_PATIENT,
      fullName,
      sex,
      ...(kind === 'bhyt' && {
        bhyt: {
          code: cardCode(4),
          validFrom: '2026-01-01',
          validTo: '2026-12-31',
          facilityCode: '01001',
        },
      }),
    },
    s.reception.token,
  );
  return expectOk(
    await s.call(
      'visits.create',
      { patientId: patient.id, kind, reason: 'Khám định kỳ' },
      s.reception.token,
    ),
  ).visitId;
}

/** The doctor's part: vitals, diagnosis, an ECG, a prescription, finish. */
export async function examine(
  s: ExamClinic & { ecgId: number },
  visitId: number,
  icd: string,
  items: { drugId: number; dose: Record<string, string>; days: number }[],
) {
  const { asDoctor } = s;
  expectOk(await asDoctor('visits.start', { visitId }));
  expectOk(
    await asDoctor('visits.recordVitals', {
      visitId,
      pulse: 82,
      systolic: 150,
      diastolic: 95,
      temperatureC: 36.8,
      weightKg: 62,
      heightCm: 160,
    }),
  );
  expectOk(await asDoctor('visits.setDiagnoses', { visitId, primary: { code: icd } }));
  expectOk(
    await asDoctor('visits.orderServices', {
      visitId,
      services: [{ serviceId: s.ecgId, quantity: 1 }],
    }),
  );
  const saved = expectOk(await asDoctor('prescriptions.save', { visitId, items }));
  return saved;
}

/** Staff sign in again on another day. */
export async function signIn<U extends { username: string; password: string; token: string }>(
  s: Station,
  user: U,
): Promise<U> {
  const { username, password } = user;
  const { token } = expectOk(await s.call('auth.login', { username, password }));
  return { ...user, token };
}

export const valueOf = (row: ParsedRow | undefined, field: string): string =>
  row?.find(([name]) => name === field)?.[1] ?? '';

export function shares(invoice: InvoiceView): number {
  return invoice.insurancePays + invoice.coPay + invoice.patientPays + invoice.otherSources;
}
