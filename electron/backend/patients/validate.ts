import type { NewPatientRow } from '../../../db/schema';
import type { ParsedInputOf } from '../../../shared/api';
import type { LocalizedText } from '../../../shared/api/result';
import { ageOn, MAX_AGE_YEARS } from '../../../shared/domain/age';
import type { AdminUnits, OldUnitsByWard } from '../../../shared/domain/admin-units';
import { parseBhytCode, validateBhytDates } from '../../../shared/domain/bhyt';
import { normalizeCccd, validateCccd } from '../../../shared/domain/cccd';
import { ethnicityByCode } from '../../../shared/domain/ethnicities';
import { insuranceStatusFor } from '../../../shared/domain/patient';
import { searchableName } from '../../../shared/domain/patient-search';
import { validatePhone } from '../../../shared/domain/phone';
import { foldVietnamese } from '../../../shared/domain/text';
import { AppError } from '../errors';

export type PatientInput = ParsedInputOf<'patients.create'>;

/** The columns a create or an update writes, normalised and checked. */
export type PatientValues = Omit<
  NewPatientRow,
  'id' | 'code' | 'mergedIntoId' | 'lastVisitAt' | 'createdBy' | 'createdAt' | 'updatedAt'
>;

export interface PatientRules {
  /** Today in Vietnam, YYYY-MM-DD. */
  today: string;
  units: AdminUnits;
  /** Each 2025 ward's pre-2025 wards (resources/admin-units). */
  oldUnits: OldUnitsByWard;
  /** Children younger than this need a guardian on record. */
  guardianUnderMonths: number;
}

const FACILITY_CODE = /^[0-9A-Z]{5}$/;

type Errors = Record<string, LocalizedText>;

function birthOf(input: PatientInput, rules: PatientRules, errors: Errors): number {
  const { birthDate, birthYear } = input;
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

function phoneOf(raw: string | undefined, path: string, errors: Errors): string | null {
  if (!raw) return null;
  const checked = validatePhone(raw);
  if (checked.ok) return checked.value.phone;
  errors[path] = checked.error;
  return null;
}

function cardOf(
  input: PatientInput,
  errors: Errors,
): Pick<
  PatientValues,
  'bhytCode' | 'bhytValidFrom' | 'bhytValidTo' | 'bhytFacilityCode' | 'bhytFiveYearDate'
> {
  const card = input.bhyt;
  if (!card) {
    return {
      bhytCode: null,
      bhytValidFrom: null,
      bhytValidTo: null,
      bhytFacilityCode: null,
      bhytFiveYearDate: null,
    };
  }
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
  return {
    bhytCode: code.ok ? code.value.code : card.code,
    bhytValidFrom: card.validFrom,
    bhytValidTo: card.validTo,
    bhytFacilityCode: facility ?? null,
    bhytFiveYearDate: card.fiveYearDate ?? null,
  };
}

function addressOf(
  input: PatientInput,
  rules: PatientRules,
  errors: Errors,
): Pick<
  PatientValues,
  'addressText' | 'addressStreet' | 'wardCode' | 'provinceCode' | 'oldWardCode'
> {
  const { units } = rules;
  const address = input.address ?? {};
  const ward = address.wardCode ? units.wards.find((w) => w.code === address.wardCode) : null;
  const provinceCode = address.provinceCode ?? ward?.provinceCode ?? null;
  if (provinceCode && !units.provinces.some((p) => p.code === provinceCode)) {
    errors['address.provinceCode'] = { key: 'patients.address.province' };
  }
  if (address.wardCode && (!ward || ward.provinceCode !== provinceCode)) {
    errors['address.wardCode'] = { key: 'patients.address.ward' };
  }
  // The old ward must be one the new ward took (else it would name the wrong old district).
  const olds = address.wardCode ? rules.oldUnits.get(address.wardCode) : undefined;
  const oldWardCode =
    address.oldWardCode && olds?.some((o) => o.wardCode === address.oldWardCode)
      ? address.oldWardCode
      : null;
  if (address.oldWardCode && oldWardCode === null) {
    errors['address.oldWardCode'] = { key: 'patients.address.oldWard' };
  }
  return {
    addressText: address.text ?? null,
    addressStreet: address.street ?? null,
    wardCode: address.wardCode ?? null,
    provinceCode,
    oldWardCode,
  };
}

/** One ingredient once, however it was typed. */
function ingredientsOf(list: readonly string[] | undefined): string[] {
  const seen = new Map<string, string>();
  for (const item of list ?? []) seen.set(foldVietnamese(item), item);
  return [...seen.values()];
}

/**
 * Checks a patient form with the shared rules (CCCD against sex and birth year, BHYT code and
 * dates, phones, dates, units, guardian for small children) and returns the row's values.
 * Every problem is reported at once, keyed by its input path.
 */
export function patientValues(input: PatientInput, rules: PatientRules): PatientValues {
  const errors: Errors = {};
  const nameFolded = searchableName(input.fullName);
  if (nameFolded === '') errors.fullName = { key: 'patients.name.noLetters' };
  const birthYear = birthOf(input, rules, errors);
  let cccd: string | null = null;
  if (input.cccd) {
    cccd = normalizeCccd(input.cccd);
    const checked = validateCccd(cccd, {
      sex: input.sex,
      ...(!errors.birthDate && !errors.birthYear && birthYear > 0 && { birthYear }),
    });
    if (!checked.ok) errors.cccd = checked.error;
  }
  const phone = phoneOf(input.phone, 'phone', errors);
  const card = cardOf(input, errors);
  const address = addressOf(input, rules, errors);
  const ethnicity = input.ethnicityCode ? ethnicityByCode(input.ethnicityCode) : undefined;
  if (input.ethnicityCode && !ethnicity) {
    errors.ethnicityCode = { key: 'patients.ethnicity.unknown' };
  }
  const age = ageOn({ birthDate: input.birthDate, birthYear }, rules.today, {
    childMonths: rules.guardianUnderMonths,
  });
  if (age.ok && age.value.isUnder72Months && !input.guardian) {
    errors['guardian.name'] = {
      key: 'patients.guardian.required',
      params: { months: rules.guardianUnderMonths },
    };
  }
  const guardianPhone = phoneOf(input.guardian?.phone, 'guardian.phone', errors);
  if (Object.keys(errors).length > 0) {
    throw new AppError('VALIDATION', 'error.VALIDATION', { fieldErrors: errors });
  }
  return {
    fullName: input.fullName.replace(/\s+/g, ' '),
    nameFolded,
    sex: input.sex,
    birthDate: input.birthDate ?? null,
    birthYear,
    phone,
    cccd,
    ...card,
    insuranceStatus: insuranceStatusFor({
      hasCard: card.bhytCode !== null,
      hasCccd: cccd !== null,
      chosen: input.insuranceStatus,
    }),
    ...address,
    ethnicityCode: ethnicity?.code ?? null,
    occupation: input.occupation ?? null,
    occupationCode: input.occupationCode ?? null,
    nationalityCode: input.nationalityCode ?? null,
    allergiesText: input.allergies?.text ?? null,
    allergyIngredients: ingredientsOf(input.allergies?.ingredients),
    guardianName: input.guardian?.name ?? null,
    guardianPhone,
    notes: input.notes ?? null,
  };
}
