import type { NewPatientRow } from '../../../db/schema';
import type { ParsedInputOf } from '../../../shared/api';
import type { LocalizedText } from '../../../shared/api/result';
import type { AdminUnits, OldUnitsByWard } from '../../../shared/domain/admin-units';
import { parseBhytCode } from '../../../shared/domain/bhyt';
import { normalizeCccd } from '../../../shared/domain/cccd';
import { ethnicityByCode } from '../../../shared/domain/ethnicities';
import { insuranceStatusFor } from '../../../shared/domain/patient';
import { patientProblems } from '../../../shared/domain/patient-check';
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

type Errors = Record<string, LocalizedText>;

const phoneOf = (raw: string | undefined): string | null => {
  if (!raw) return null;
  const checked = validatePhone(raw);
  return checked.ok ? checked.value.phone : null;
};

function cardOf(
  input: PatientInput,
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
  const facility = card.facilityCode?.replace(/[\s\-–]/g, '').toUpperCase();
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
 * Checks a patient form with the shared rules (patientProblems: the form runs the same
 * ones) and the station's units, and returns the row's values. Every problem is reported at
 * once, keyed by its input path.
 */
export function patientValues(input: PatientInput, rules: PatientRules): PatientValues {
  const errors: Errors = patientProblems(input, rules);
  const birthYear = input.birthDate ? Number(input.birthDate.slice(0, 4)) : (input.birthYear ?? 0);
  const cccd = input.cccd ? normalizeCccd(input.cccd) : null;
  const card = cardOf(input);
  const address = addressOf(input, rules, errors);
  const ethnicity = input.ethnicityCode ? ethnicityByCode(input.ethnicityCode) : undefined;
  if (Object.keys(errors).length > 0) {
    throw new AppError('VALIDATION', 'error.VALIDATION', { fieldErrors: errors });
  }
  const phone = phoneOf(input.phone);
  const guardianPhone = phoneOf(input.guardian?.phone);
  return {
    fullName: input.fullName.replace(/\s+/g, ' '),
    nameFolded: searchableName(input.fullName),
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
