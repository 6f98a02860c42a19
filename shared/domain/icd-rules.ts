import type { LocalizedText } from '../api/result';
import type { Sex } from './cccd';
import { isValidIsoDate } from './dates';

/**
 * The age lists of QĐ 4469/QĐ-BYT's appendix A3, as the sheet headings state them. "Trên N"
 * is read as older than N: N+1 completed years, or N+1 days for the one list in days.
 */
export const ICD_AGE_LISTS = {
  'A3.1': { maxDays: 365 },
  'A3.2': { maxYears: 2 },
  'A3.3': { maxYears: 10 },
  'A3.4': { maxYears: 19 },
  'A3.5': { minDays: 28 },
  'A3.6': { minYears: 1 },
  'A3.7': { minYears: 8, maxYears: 19 },
  'A3.8': { minYears: 9, maxYears: 60 },
  'A3.9': { minYears: 16 },
  'A3.10': { minYears: 31 },
} as const satisfies Record<string, AgeLimit>;
export type IcdAgeList = keyof typeof ICD_AGE_LISTS;

export interface AgeLimit {
  minDays?: number;
  maxDays?: number;
  minYears?: number;
  maxYears?: number;
}

/** What the catalogue knows of a code, for the warnings. */
export interface IcdFacts {
  code: string;
  /** A three-character code with subcodes under it. */
  isCategory: boolean;
  mainAllowed: boolean;
  sexOnly: Sex | null;
  ageLists: readonly string[];
}

export interface IcdPatient {
  sex: Sex;
  birthDate?: string | null;
  birthYear: number;
}

const DAY_MS = 86_400_000;

function completedYears(birth: string, on: string): number {
  const [by = 0, bm = 0, bd = 0] = birth.split('-').map(Number);
  const [oy = 0, om = 0, od = 0] = on.split('-').map(Number);
  return oy - by - (om < bm || (om === bm && od < bd) ? 1 : 0);
}

const daysBetween = (birth: string, on: string): number =>
  Math.round((Date.parse(`${on}T00:00:00Z`) - Date.parse(`${birth}T00:00:00Z`)) / DAY_MS);

/**
 * Whether a person could be of an age the list allows: with only a birth year known, any
 * day of that year counts, so only a code that fits none of them is flagged.
 */
export function fitsAgeLimit(limit: AgeLimit, patient: IcdPatient, on: string): boolean {
  const exact = patient.birthDate && isValidIsoDate(patient.birthDate) ? patient.birthDate : null;
  const youngest = exact ?? `${patient.birthYear}-12-31`;
  const oldest = exact ?? `${patient.birthYear}-01-01`;
  const days = [daysBetween(youngest, on), daysBetween(oldest, on)] as const;
  const years = [completedYears(youngest, on), completedYears(oldest, on)] as const;
  if (limit.maxDays !== undefined && days[0] > limit.maxDays) return false;
  if (limit.minDays !== undefined && days[1] < limit.minDays) return false;
  if (limit.maxYears !== undefined && years[0] > limit.maxYears) return false;
  if (limit.minYears !== undefined && years[1] < limit.minYears) return false;
  return true;
}

export interface IcdWarningContext {
  /** The code is (or would become) the main diagnosis. */
  primary: boolean;
  patient: IcdPatient | null;
  /** Today, YYYY-MM-DD. */
  on: string;
}

/**
 * What the doctor should hear about a chosen code (warnings, never refusals): a category
 * with more exact codes under it, a code the MoH list never allows as the main diagnosis, a
 * disease of the other sex, an age outside the MoH list's limits.
 */
export function icdWarnings(icd: IcdFacts, context: IcdWarningContext): LocalizedText[] {
  const warnings: LocalizedText[] = [];
  const { code } = icd;
  if (icd.isCategory) warnings.push({ key: 'clinical.icd.category', params: { code } });
  if (context.primary && !icd.mainAllowed) {
    warnings.push({ key: 'clinical.icd.notMain', params: { code } });
  }
  const patient = context.patient;
  if (!patient) return warnings;
  if (icd.sexOnly && icd.sexOnly !== patient.sex) {
    warnings.push({ key: `clinical.icd.sexOnly.${icd.sexOnly}`, params: { code } });
  }
  for (const list of icd.ageLists) {
    const limit = (ICD_AGE_LISTS as Record<string, AgeLimit>)[list];
    if (limit && !fitsAgeLimit(limit, patient, context.on)) {
      warnings.push({
        key: `clinical.icd.age.${list.replace('.', '_') as AgeKeySuffix}`,
        params: { code },
      });
    }
  }
  return warnings;
}

type AgeKeySuffix =
  'A3_1' | 'A3_2' | 'A3_3' | 'A3_4' | 'A3_5' | 'A3_6' | 'A3_7' | 'A3_8' | 'A3_9' | 'A3_10';
