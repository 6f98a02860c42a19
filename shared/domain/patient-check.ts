import type { LocalizedText } from '../api/result';
import { ageOn, MAX_AGE_YEARS } from './age';
import { parseBhytCode, validateBhytDates } from './bhyt';
import { normalizeCccd, validateCccd, type Sex } from './cccd';
import { ethnicityByCode } from './ethnicities';
import { searchableName } from './patient-search';
import { validatePhone } from './phone';

/** A patient as a form holds it: anything may still be missing. */
export interface PatientDraft {
  fullName: string;
  sex?: Sex | null;
  birthDate?: string | null;
  birthYear?: number | null;
  phone?: string | null;
  cccd?: string | null;
  bhyt?: {
    code: string;
    validFrom: string;
    validTo: string;
    facilityCode?: string | null;
  } | null;
  ethnicityCode?: string | null;
  guardian?: { name: string; phone?: string | null } | null;
}

export interface PatientRulesOfDay {
  /** Today in Vietnam, YYYY-MM-DD. */
  today: string;
  /** Children younger than this need a guardian on record. */
  guardianUnderMonths: number;
}

const FACILITY_CODE = /^[0-9A-Z]{5}$/;

/** Problems by input path ('birthDate', 'bhyt.validTo'); empty when the record may be saved. */
export type PatientProblems = Record<string, LocalizedText>;

function checkBirth(
  draft: PatientDraft,
  rules: PatientRulesOfDay,
  errors: PatientProblems,
): number {
  const birthDate = draft.birthDate || undefined;
  const birthYear = draft.birthYear ?? undefined;
  if (!birthDate && birthYear === undefined) {
    errors.birthDate = { key: 'patients.birth.required' };
    return 0;
  }
  const year = birthDate ? Number(birthDate.slice(0, 4)) : (birthYear ?? 0);
  if (birthDate && birthYear !== undefined && birthYear !== year) {
    errors.birthYear = { key: 'patients.birth.yearMismatch', params: { year } };
  }
  const path = birthDate ? 'birthDate' : 'birthYear';
  const future = birthDate ? birthDate > rules.today : year > Number(rules.today.slice(0, 4));
  if (future) errors[path] = { key: 'patients.birth.future' };
  else if (!ageOn({ birthDate, birthYear: year }, rules.today).ok) {
    errors[path] = { key: 'clinical.age.implausible', params: { max: MAX_AGE_YEARS } };
  }
  return year;
}

function checkPhone(raw: string | null | undefined, path: string, errors: PatientProblems): void {
  if (!raw?.trim()) return;
  const checked = validatePhone(raw);
  if (!checked.ok) errors[path] = checked.error;
}

function checkCard(card: NonNullable<PatientDraft['bhyt']>, errors: PatientProblems): void {
  const code = parseBhytCode(card.code);
  if (!code.ok) errors['bhyt.code'] = code.error;
  const dates = validateBhytDates(card);
  if (!dates.ok) {
    const path = dates.error.key === 'cards.bhyt.validFromInvalid' ? 'validFrom' : 'validTo';
    errors[`bhyt.${path}`] = dates.error;
  }
  const facility = card.facilityCode?.replace(/[\s\-–]/g, '').toUpperCase();
  if (facility && !FACILITY_CODE.test(facility)) {
    errors['bhyt.facilityCode'] = { key: 'validation.facilityCode' };
  }
}

/**
 * Every rule a patient record must meet that needs no database (name, birth, CCCD against
 * sex and birth year, phones, BHYT code and dates, ethnicity, a guardian for small
 * children), reported all at once by input path. The server applies the same function;
 * the form runs it before sending so one round shows every problem.
 */
export function patientProblems(draft: PatientDraft, rules: PatientRulesOfDay): PatientProblems {
  const errors: PatientProblems = {};
  if (draft.fullName.trim() === '') errors.fullName = { key: 'validation.required' };
  else if (searchableName(draft.fullName) === '')
    errors.fullName = { key: 'patients.name.noLetters' };
  if (!draft.sex) errors.sex = { key: 'validation.required' };
  const birthYear = checkBirth(draft, rules, errors);
  if (draft.cccd?.trim()) {
    const checked = validateCccd(normalizeCccd(draft.cccd), {
      ...(draft.sex && { sex: draft.sex }),
      ...(!errors.birthDate && !errors.birthYear && birthYear > 0 && { birthYear }),
    });
    if (!checked.ok) errors.cccd = checked.error;
  }
  checkPhone(draft.phone, 'phone', errors);
  if (draft.bhyt) checkCard(draft.bhyt, errors);
  if (draft.ethnicityCode && !ethnicityByCode(draft.ethnicityCode)) {
    errors.ethnicityCode = { key: 'patients.ethnicity.unknown' };
  }
  const age = ageOn({ birthDate: draft.birthDate || undefined, birthYear }, rules.today, {
    childMonths: rules.guardianUnderMonths,
  });
  if (age.ok && age.value.isUnder72Months && !draft.guardian?.name.trim()) {
    errors['guardian.name'] = {
      key: 'patients.guardian.required',
      params: { months: rules.guardianUnderMonths },
    };
  }
  checkPhone(draft.guardian?.phone, 'guardian.phone', errors);
  return errors;
}
