import type { LocalizedText } from '../api/result';
import { translate, type Locale } from '../i18n';
import { isValidIsoDate } from './dates';

/** TT 26/2025: below this age prescriptions show the age in months and need a weight. */
export const CHILD_AGE_MONTHS = 72;
/** Older than this is a typing mistake in the birth year. */
export const MAX_AGE_YEARS = 130;

export interface Birth {
  /** YYYY-MM-DD when the full date is known. */
  birthDate?: string | null;
  /** Many elderly patients know only the year; ignored when birthDate is given. */
  birthYear?: number | null;
}

export interface Age {
  /** Completed years; for a year-only birth, the calendar-year difference. */
  years: number;
  /** Completed months in total; null for a year-only birth. */
  months: number | null;
  /** Days since birth, for the first month of life; null otherwise. */
  days: number | null;
  /** False for a year-only birth: months cannot be known. */
  exact: boolean;
  /**
   * Under CHILD_AGE_MONTHS (or the given limit). A year-only birth counts as under while
   * it could be: as if born on 31 December, so a child is never missed for weight checks.
   */
  isUnder72Months: boolean;
  label: LocalizedText;
}

export type AgeResult = { ok: true; value: Age } | { ok: false; error: LocalizedText };

interface Ymd {
  y: number;
  m: number;
  d: number;
}

function parts(date: string): Ymd {
  const [y = 0, m = 0, d = 0] = date.split('-').map(Number);
  return { y, m, d };
}

function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/**
 * Whole months from `from` to `to` (negative when `to` is earlier). A month is complete on
 * the same day of a later month, or on its last day when that day does not exist (born 31
 * January → one month old on 29 February), the rule of the Civil Code 2015, art. 148.
 */
export function completedMonths(from: string, to: string): number {
  const a = parts(from);
  const b = parts(to);
  let months = (b.y - a.y) * 12 + (b.m - a.m);
  const anniversary = Math.min(a.d, daysInMonth(b.y, b.m));
  if (months > 0 && b.d < anniversary) months -= 1;
  else if (months < 0 && b.d > anniversary) months += 1;
  return months;
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

function labelFor(
  years: number,
  months: number | null,
  days: number | null,
  child: boolean,
): LocalizedText {
  if (months !== null && child) {
    if (months === 0 && days !== null) return { key: 'clinical.age.days', params: { days } };
    return { key: 'clinical.age.months', params: { months } };
  }
  if (years === 0) return { key: 'clinical.age.underOneYear' };
  return { key: 'clinical.age.years', params: { years } };
}

/** Age on `onDate` (YYYY-MM-DD, the visit day in Vietnam) from a full birth date or a year. */
export function ageOn(
  birth: Birth,
  onDate: string,
  options: { childMonths?: number } = {},
): AgeResult {
  const childMonths = options.childMonths ?? CHILD_AGE_MONTHS;
  if (!isValidIsoDate(onDate)) throw new RangeError(`ageOn: bad date ${onDate}`);
  const on = parts(onDate);
  if (birth.birthDate) {
    if (!isValidIsoDate(birth.birthDate)) {
      return { ok: false, error: { key: 'clinical.age.badDate' } };
    }
    if (birth.birthDate > onDate) return { ok: false, error: { key: 'clinical.age.future' } };
    const months = completedMonths(birth.birthDate, onDate);
    const years = Math.floor(months / 12);
    if (years > MAX_AGE_YEARS) {
      return {
        ok: false,
        error: { key: 'clinical.age.implausible', params: { max: MAX_AGE_YEARS } },
      };
    }
    const days = months === 0 ? daysBetween(birth.birthDate, onDate) : null;
    const child = months < childMonths;
    return {
      ok: true,
      value: {
        years,
        months,
        days,
        exact: true,
        isUnder72Months: child,
        label: labelFor(years, months, days, child),
      },
    };
  }
  const year = birth.birthYear;
  if (year === null || year === undefined)
    return { ok: false, error: { key: 'clinical.age.missing' } };
  if (!Number.isInteger(year)) return { ok: false, error: { key: 'clinical.age.badYear' } };
  if (year > on.y) return { ok: false, error: { key: 'clinical.age.future' } };
  const years = on.y - year;
  if (years > MAX_AGE_YEARS) {
    return {
      ok: false,
      error: { key: 'clinical.age.implausible', params: { max: MAX_AGE_YEARS } },
    };
  }
  const child = completedMonths(`${String(year).padStart(4, '0')}-12-31`, onDate) < childMonths;
  return {
    ok: true,
    value: {
      years,
      months: null,
      days: null,
      exact: false,
      isUnder72Months: child,
      label: labelFor(years, null, null, child),
    },
  };
}

/** "18 tháng", "5 tuổi", "72 tuổi" (or English), as the prescription prints the age. */
export function ageLabel(age: Pick<Age, 'label'>, locale: Locale = 'vi'): string {
  return translate(locale, age.label.key, age.label.params);
}
