import type { Backend } from '../../electron/backend/backend';
import type { InputOf, OutputOf, ProcedureName, Result } from '../../shared/api';
import { expectOk, makeBackend, makeUser, setUpClinic, testClock } from './backend';
import { drugInput } from './catalog';

type Call = <N extends ProcedureName>(
  name: N,
  input: InputOf<N>,
  token?: string,
) => Promise<Result<OutputOf<N>>>;

/** The drugs a commune station prescribes most, as the catalogue holds them. */
export const EXAM_DRUGS = {
  amlodipine: drugInput({
    code: '40.472',
    name: 'Amlodipin Stada',
    ingredients: [{ name: 'Amlodipin', strength: '5mg' }],
    registrationNo: 'VD-21205-14',
    price: 1050,
    insuredPrice: 1050,
  }),
  metformin: drugInput({
    code: '40.30',
    name: 'Glucofast 500',
    ingredients: [{ name: 'Metformin', strength: '500mg' }],
    dosageForm: 'Viên nén bao phim',
    registrationNo: 'VD-17452-12',
    price: 600,
    insuredPrice: 600,
  }),
  amoxicillin: drugInput({
    code: '40.150',
    name: 'Amoxicilin 500',
    ingredients: [{ name: 'Amoxicilin', strength: '500mg' }],
    dosageForm: 'Viên nang',
    registrationNo: 'VD-11111-11',
    price: 900,
    insuredPrice: 900,
  }),
  paracetamol: drugInput(),
  /** Multi-ingredient: printed by its trade name. */
  codeine: drugInput({
    code: '40.18',
    name: 'Efferalgan Codeine',
    ingredients: [
      { name: 'Paracetamol', strength: '500mg' },
      { name: 'Codein phosphat', strength: '30mg' },
    ],
    dosageForm: 'Viên sủi',
    registrationNo: 'VN-22222-22',
    price: 3500,
    insuredPrice: 3500,
  }),
  /** Outside BHYT: the patient pays. */
  vitaminC: drugInput({
    code: '40.999',
    name: 'Vitamin C 500',
    ingredients: [{ name: 'Acid ascorbic', strength: '500mg' }],
    registrationNo: 'VD-33333-33',
    price: 500,
    insuredPrice: null,
    scope: 2,
  }),
  omeprazole: drugInput({
    code: '40.677',
    name: 'Omeprazol 20',
    ingredients: [{ name: 'Omeprazol', strength: '20mg' }],
    dosageForm: 'Viên nang',
    registrationNo: 'VD-44444-44',
    price: 700,
    insuredPrice: 700,
  }),
} as const;

export type ExamDrug = keyof typeof EXAM_DRUGS;

export const DOCTOR_NAME = 'Trần Văn Đức';

/** Once each morning for `days` days. */
export const eachMorning = (drugId: number, days = 30) => ({
  drugId,
  dose: { morning: '1' },
  days,
});

export interface ExamClinic {
  backend: Backend;
  clock: ReturnType<typeof testClock>;
  adminToken: string;
  call: Call;
  doctor: Awaited<ReturnType<typeof makeUser>>;
  nurse: Awaited<ReturnType<typeof makeUser>>;
  drugs: Record<ExamDrug, number>;
  /** Runs as the doctor. */
  asDoctor: Call;
}

/** A set-up station with a doctor, a nurse and the drugs above in the catalogue. */
export async function examClinic(): Promise<ExamClinic> {
  const clock = testClock();
  const backend = makeBackend({ clock });
  const { adminToken, call } = await setUpClinic(backend);
  const doctor = await makeUser(backend, adminToken, ['doctor'], 'bacsi', DOCTOR_NAME);
  const nurse = await makeUser(backend, adminToken, ['nurse']);
  const drugs = {} as Record<ExamDrug, number>;
  for (const [key, input] of Object.entries(EXAM_DRUGS)) {
    drugs[key as ExamDrug] = expectOk(await call('catalog.drugs.save', input)).id;
  }
  const asDoctor: Call = (name, input, token = doctor.token) => call(name, input, token);
  return { backend, clock, adminToken, call, doctor, nurse, drugs, asDoctor };
}

/** A checked-in visit taken into the doctor's exam room. */
export async function visitInExam(
  clinic: ExamClinic,
  patientId: number,
  kind: 'fee' | 'bhyt' = 'fee',
): Promise<number> {
  const { visitId } = expectOk(await clinic.call('visits.create', { patientId, kind }));
  expectOk(await clinic.asDoctor('visits.start', { visitId }));
  return visitId;
}
