import type { InputOf, ParsedCardView, PatientView } from '../../../shared/api';
import { ageOn } from '../../../shared/domain/age';
import type { Sex } from '../../../shared/domain/cccd';
import { isValidIsoDate } from '../../../shared/domain/dates';
import {
  patientProblems,
  type PatientProblems,
  type PatientRulesOfDay,
} from '../../../shared/domain/patient-check';

/** The registration form: the API's input shape with '' and null for empty fields. */
export interface PatientFormValues {
  fullName: string;
  sex: Sex | null;
  birthDate: string | null;
  birthYear: number | '';
  phone: string;
  cccd: string;
  bhyt: {
    code: string;
    validFrom: string | null;
    validTo: string | null;
    facilityCode: string;
    fiveYearDate: string | null;
  };
  insuranceStatus: 'none' | 'unverified';
  address: {
    text: string;
    street: string;
    wardCode: string | null;
    provinceCode: string | null;
    /** The pre-2025 ward, asked where the 2025 one spans several old districts. */
    oldWardCode: string | null;
  };
  /** MA_QUOCTICH; '' is Việt Nam. */
  nationalityCode: string;
  ethnicityCode: string | null;
  occupation: string;
  /** MA_NGHE_NGHIEP, 5 digits (QĐ 34/2020/QĐ-TTg). */
  occupationCode: string;
  allergies: { text: string; ingredients: string[] };
  guardian: { name: string; phone: string };
  notes: string;
}

export type PatientInput = InputOf<'patients.create'>;

/** A date field's value when it holds a real date (it may hold a typed date that is not). */
const validDate = (value: string | null): string | null =>
  value && isValidIsoDate(value) ? value : null;

export function emptyPatientValues(): PatientFormValues {
  return {
    fullName: '',
    sex: null,
    birthDate: null,
    birthYear: '',
    phone: '',
    cccd: '',
    bhyt: { code: '', validFrom: null, validTo: null, facilityCode: '', fiveYearDate: null },
    insuranceStatus: 'none',
    address: { text: '', street: '', wardCode: null, provinceCode: null, oldWardCode: null },
    nationalityCode: '',
    ethnicityCode: null,
    occupation: '',
    occupationCode: '',
    allergies: { text: '', ingredients: [] },
    guardian: { name: '', phone: '' },
    notes: '',
  };
}

export function valuesFromPatient(patient: PatientView): PatientFormValues {
  const empty = emptyPatientValues();
  return {
    fullName: patient.fullName,
    sex: patient.sex,
    birthDate: patient.birthDate ?? null,
    birthYear: patient.birthDate ? '' : patient.birthYear,
    phone: patient.phone ?? '',
    cccd: patient.cccd ?? '',
    bhyt: patient.bhyt
      ? {
          code: patient.bhyt.code,
          validFrom: patient.bhyt.validFrom,
          validTo: patient.bhyt.validTo,
          facilityCode: patient.bhyt.facilityCode ?? '',
          fiveYearDate: patient.bhyt.fiveYearDate ?? null,
        }
      : empty.bhyt,
    insuranceStatus: patient.insuranceStatus === 'unverified' ? 'unverified' : 'none',
    address: {
      text: patient.address.text ?? '',
      street: patient.address.street ?? '',
      wardCode: patient.address.wardCode ?? null,
      provinceCode: patient.address.provinceCode ?? null,
      oldWardCode: patient.address.oldWardCode ?? null,
    },
    nationalityCode: patient.nationalityCode ?? '',
    ethnicityCode: patient.ethnicityCode ?? null,
    occupation: patient.occupation ?? '',
    occupationCode: patient.occupationCode ?? '',
    allergies: { text: patient.allergies.text ?? '', ingredients: patient.allergies.ingredients },
    guardian: { name: patient.guardian?.name ?? '', phone: patient.guardian?.phone ?? '' },
    notes: patient.notes ?? '',
  };
}

/** What the API takes: empty fields left out, the card and guardian only when given. */
export function inputFromValues(values: PatientFormValues): PatientInput {
  const { bhyt, guardian, address, allergies, sex } = values;
  // The form requires a sex before it submits.
  if (!sex) throw new Error('inputFromValues: no sex chosen');
  const hasCard = bhyt.code.trim() !== '';
  return {
    fullName: values.fullName,
    sex,
    ...(values.birthDate ? { birthDate: values.birthDate } : { birthYear: values.birthYear }),
    phone: values.phone,
    cccd: values.cccd,
    ...(hasCard && {
      bhyt: {
        code: bhyt.code,
        validFrom: bhyt.validFrom ?? '',
        validTo: bhyt.validTo ?? '',
        facilityCode: bhyt.facilityCode,
        fiveYearDate: bhyt.fiveYearDate ?? '',
      },
    }),
    ...(!hasCard && { insuranceStatus: values.insuranceStatus }),
    address: {
      text: address.text,
      street: address.street,
      wardCode: address.wardCode ?? '',
      provinceCode: address.provinceCode ?? '',
      oldWardCode: address.oldWardCode ?? '',
    },
    nationalityCode: values.nationalityCode,
    ethnicityCode: values.ethnicityCode ?? '',
    occupation: values.occupation,
    occupationCode: values.occupationCode,
    allergies: { text: allergies.text, ingredients: allergies.ingredients },
    ...(guardian.name.trim() !== '' && { guardian }),
    notes: values.notes,
  };
}

/**
 * The form after a card scan: what the card says replaces the identity and card fields, the
 * address text is kept as printed and placed among the 2025 units when it could be, the rest
 * stays as typed. A chip CCCD without a card means insurance still to be checked.
 */
export function valuesWithCard(values: PatientFormValues, card: ParsedCardView): PatientFormValues {
  const { fields, addressUnits } = card;
  const next: PatientFormValues = structuredClone(values);
  if (fields.fullName) next.fullName = fields.fullName;
  if (fields.sex) next.sex = fields.sex;
  if (fields.birthDate) {
    next.birthDate = fields.birthDate;
    next.birthYear = '';
  } else if (fields.birthYear && !next.birthDate?.startsWith(String(fields.birthYear))) {
    // A year-only card (BHYT) never erases a full date of the same year from another card.
    next.birthDate = null;
    next.birthYear = fields.birthYear;
  }
  if (fields.cccd) next.cccd = fields.cccd;
  if (fields.address) {
    next.address.text = fields.address;
    if (addressUnits) {
      next.address.provinceCode = addressUnits.provinceCode;
      next.address.wardCode = addressUnits.wardCode ?? null;
      next.address.oldWardCode = addressUnits.oldWardCode ?? null;
      next.address.street = addressUnits.street ?? next.address.street;
    }
  }
  if (card.kind === 'bhyt' && fields.bhytCode) {
    next.bhyt = {
      code: fields.bhytCode,
      validFrom: fields.validFrom ?? null,
      validTo: fields.validTo ?? null,
      facilityCode: fields.facilityCode ?? '',
      fiveYearDate: fields.fiveYearDate ?? null,
    };
  }
  if (card.kind === 'cccd' && next.bhyt.code === '') next.insuranceStatus = 'unverified';
  return next;
}

/** Children under the guardian age need a guardian on record (the server checks it too). */
export function needsGuardian(values: PatientFormValues, today: string, months: number): boolean {
  const birth = values.birthDate
    ? { birthDate: values.birthDate }
    : { birthYear: values.birthYear === '' ? null : values.birthYear };
  const age = ageOn(birth, today, { childMonths: months });
  return age.ok && age.value.isUnder72Months;
}

/** The fields patients.duplicates compares, from a half-filled form. */
export function duplicateDraft(values: PatientFormValues): InputOf<'patients.duplicates'>['draft'] {
  const birthDate = validDate(values.birthDate);
  return {
    fullName: values.fullName,
    ...(birthDate ? { birthDate } : { birthYear: values.birthDate ? '' : values.birthYear }),
    phone: values.phone,
    cccd: values.cccd,
    bhyt: { code: values.bhyt.code },
  };
}

const DATE_PATHS = ['birthDate', 'bhyt.validFrom', 'bhyt.validTo', 'bhyt.fiveYearDate'] as const;

/**
 * Every problem the form can know of before saving, at once: the shared patient rules (the
 * server runs the same) and dates typed that do not exist, which stay in their fields.
 */
export function formProblems(values: PatientFormValues, rules: PatientRulesOfDay): PatientProblems {
  const { bhyt, guardian } = values;
  const hasCard = bhyt.code.trim() !== '';
  const problems = patientProblems(
    {
      fullName: values.fullName,
      sex: values.sex,
      birthDate: validDate(values.birthDate),
      birthYear: values.birthDate || values.birthYear === '' ? null : values.birthYear,
      phone: values.phone,
      cccd: values.cccd,
      bhyt: hasCard
        ? {
            code: bhyt.code,
            validFrom: validDate(bhyt.validFrom) ?? '',
            validTo: validDate(bhyt.validTo) ?? '',
            facilityCode: bhyt.facilityCode,
          }
        : null,
      ethnicityCode: values.ethnicityCode,
      guardian: guardian.name.trim() ? guardian : null,
    },
    rules,
  );
  const dates: Record<(typeof DATE_PATHS)[number], string | null> = {
    birthDate: values.birthDate,
    'bhyt.validFrom': bhyt.validFrom,
    'bhyt.validTo': bhyt.validTo,
    'bhyt.fiveYearDate': bhyt.fiveYearDate,
  };
  for (const path of DATE_PATHS) {
    const value = dates[path];
    if (value && !isValidIsoDate(value)) problems[path] = { key: 'validation.date' };
  }
  return problems;
}
