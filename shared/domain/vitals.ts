import type { LocalizedText } from '../api/result';
import { CHILD_AGE_MONTHS } from './age';

export const VITAL_FIELDS = [
  'pulse',
  'systolic',
  'diastolic',
  'temperatureC',
  'respiratoryRate',
  'spo2',
  'weightKg',
  'heightCm',
] as const;
export type VitalField = (typeof VITAL_FIELDS)[number];
export type Vitals = Partial<Record<VitalField, number | null>>;

export interface Range {
  min: number;
  max: number;
}

/** Outside `possible` a value is refused (a typo, a unit mix-up); outside `usual` it is flagged. */
export interface VitalRange {
  possible: Range;
  usual: Range;
}

/**
 * Possible ranges are wide on purpose: refusing a real reading from a sick patient is worse
 * than letting a typo through to the warning. Units: beats or breaths per minute, mmHg, °C,
 * %, kg, cm. These are defaults for settings, not clinical thresholds.
 */
export const VITAL_RANGES: Readonly<Record<VitalField, VitalRange>> = {
  pulse: { possible: { min: 20, max: 300 }, usual: { min: 50, max: 120 } },
  systolic: { possible: { min: 40, max: 300 }, usual: { min: 80, max: 180 } },
  diastolic: { possible: { min: 20, max: 200 }, usual: { min: 50, max: 110 } },
  temperatureC: { possible: { min: 25, max: 45 }, usual: { min: 35, max: 39.5 } },
  respiratoryRate: { possible: { min: 4, max: 120 }, usual: { min: 10, max: 30 } },
  spo2: { possible: { min: 40, max: 100 }, usual: { min: 92, max: 100 } },
  weightKg: { possible: { min: 0.3, max: 350 }, usual: { min: 30, max: 150 } },
  heightCm: { possible: { min: 20, max: 250 }, usual: { min: 130, max: 200 } },
};

/** Usual ranges that differ for young children (under CHILD_AGE_MONTHS). */
export const CHILD_USUAL_RANGES: Readonly<Partial<Record<VitalField, Range>>> = {
  pulse: { min: 70, max: 170 },
  systolic: { min: 70, max: 130 },
  diastolic: { min: 35, max: 85 },
  respiratoryRate: { min: 20, max: 60 },
  weightKg: { min: 2, max: 30 },
  heightCm: { min: 45, max: 130 },
};

export interface VitalsCheck {
  errors: Partial<Record<VitalField, LocalizedText>>;
  warnings: Partial<Record<VitalField, LocalizedText>>;
}

export interface VitalsOptions {
  /** Age in completed months; a young child must have a weight. */
  ageMonths?: number | null;
  /** True when the age is not exact but the patient may be a young child (year-only birth). */
  isUnder72Months?: boolean;
  childMonths?: number;
  ranges?: Readonly<Record<VitalField, VitalRange>>;
  childUsualRanges?: Readonly<Partial<Record<VitalField, Range>>>;
}

/** Refuses impossible readings, flags unusual ones; blank fields are fine unless required. */
export function checkVitals(vitals: Vitals, options: VitalsOptions = {}): VitalsCheck {
  const ranges = options.ranges ?? VITAL_RANGES;
  const childMonths = options.childMonths ?? CHILD_AGE_MONTHS;
  const isChild =
    options.isUnder72Months === true ||
    (typeof options.ageMonths === 'number' && options.ageMonths < childMonths);
  const childRanges = options.childUsualRanges ?? CHILD_USUAL_RANGES;
  const result: VitalsCheck = { errors: {}, warnings: {} };
  for (const field of VITAL_FIELDS) {
    const value = vitals[field];
    if (value === null || value === undefined) continue;
    if (!Number.isFinite(value)) {
      result.errors[field] = { key: 'clinical.vitals.notNumber' };
      continue;
    }
    const { possible } = ranges[field];
    const usual = (isChild ? childRanges[field] : undefined) ?? ranges[field].usual;
    if (value < possible.min || value > possible.max) {
      result.errors[field] = { key: 'clinical.vitals.impossible', params: { ...possible } };
    } else if (value < usual.min || value > usual.max) {
      result.warnings[field] = { key: 'clinical.vitals.unusual', params: { ...usual } };
    }
  }
  const { systolic, diastolic } = vitals;
  if (
    typeof systolic === 'number' &&
    typeof diastolic === 'number' &&
    !result.errors.systolic &&
    !result.errors.diastolic &&
    systolic <= diastolic
  ) {
    result.errors.diastolic = { key: 'clinical.vitals.diastolicAboveSystolic' };
  }
  if (isChild && (vitals.weightKg === null || vitals.weightKg === undefined)) {
    result.errors.weightKg = {
      key: 'clinical.vitals.childWeightRequired',
      params: { months: childMonths },
    };
  }
  return result;
}

/** Body-mass index rounded to one decimal; null when either measure is missing or zero. */
export function bmi(
  weightKg: number | null | undefined,
  heightCm: number | null | undefined,
): number | null {
  if (!weightKg || !heightCm || weightKg <= 0 || heightCm <= 0) return null;
  if (!Number.isFinite(weightKg) || !Number.isFinite(heightCm)) return null;
  const metres = heightCm / 100;
  return Math.round((weightKg / (metres * metres)) * 10) / 10;
}
