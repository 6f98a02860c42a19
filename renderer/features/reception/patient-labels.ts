import type { PatientSummary } from '../../../shared/api';
import { formatIsoDate } from '../../../shared/domain/dates';
import { formatPhone } from '../../../shared/domain/phone';
import type { Translate } from '../../i18n/i18n';

/** "12/03/1985" or "1985" (year-only births). */
export function birthLabel(patient: Pick<PatientSummary, 'birthDate' | 'birthYear'>): string {
  return patient.birthDate ? formatIsoDate(patient.birthDate) : String(patient.birthYear);
}

/** One line that tells people apart in a list: sex, birth, phone. */
export function personLine(patient: PatientSummary, t: Translate): string {
  return [
    t(`patients.sex.${patient.sex}`),
    birthLabel(patient),
    patient.phone ? formatPhone(patient.phone) : null,
  ]
    .filter(Boolean)
    .join(' · ');
}
