import type { Backend } from '../../electron/backend/backend';
import type { InputOf, OutputOf, PatientView, ProcedureName, Result } from '../../shared/api';
import { expectOk } from './backend';

type Call = <N extends ProcedureName>(
  name: N,
  input: InputOf<N>,
  token?: string,
) => Promise<Result<OutputOf<N>>>;

/** Valid numbers that agree with the default patient (male, born 1985). */
export const CCCD_MALE_1985 = '001085123456';
export const BHYT_CODE = 'DN4010120878811';

export const DEFAULT_PATIENT: InputOf<'patients.create'> = {
  fullName: 'Nguyễn Văn An',
  sex: 'male',
  birthDate: '1985-03-12',
};

let counter = 0;

/** A registered patient: a plain adult unless `overrides` say otherwise. */
export async function makePatient(
  call: Call,
  overrides: Partial<InputOf<'patients.create'>> = {},
  token?: string,
): Promise<PatientView> {
  counter += 1;
  return expectOk(await call('patients.create', { ...DEFAULT_PATIENT, ...overrides }, token));
}

/** A CCCD number for a birth year and sex, with the given last digits (province 001). */
export function cccdFor(year: number, sex: 'male' | 'female', serial = counter + 1): string {
  const centuryDigit = (Math.floor(year / 100) - 19) * 2 + (sex === 'female' ? 1 : 0);
  return `001${centuryDigit}${String(year % 100).padStart(2, '0')}${String(serial).padStart(6, '0')}`;
}

/** Sets the clock-free parts a later slice would set: a visit's status. */
export function setVisitStatus(backend: Backend, visitId: number, status: string): void {
  backend.services.sqlite
    .prepare('UPDATE visits SET status = ?, status_changed_at = created_at WHERE id = ?')
    .run(status, visitId);
}
