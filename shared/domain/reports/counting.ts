import { CHILD_AGE_MONTHS, MAX_AGE_YEARS, type Birth } from '../age';
import { CANCELLABLE_STATUSES, VISIT_STATUSES, type VisitStatus } from '../queue';

/**
 * A visit counts once the doctor has finished it (it has left the exam room for the pharmacy,
 * the cashier or is done): still cancellable means still at reception or in the exam room,
 * and a cancelled visit never counts. It counts in the period of its check-in day.
 */
export const COUNTED_VISIT_STATUSES: readonly VisitStatus[] = VISIT_STATUSES.filter(
  (status) => status !== 'cancelled' && !CANCELLABLE_STATUSES.includes(status),
);

export function isCountedVisit(status: VisitStatus): boolean {
  return COUNTED_VISIT_STATUSES.includes(status);
}

/** ICD-10 chapters I–XXII by three-character range (WHO; the MoH list QĐ 4469 uses the same). */
const CHAPTERS: readonly (readonly [string, string])[] = [
  ['A00', 'B99'],
  ['C00', 'D48'],
  ['D50', 'D89'],
  ['E00', 'E90'],
  ['F00', 'F99'],
  ['G00', 'G99'],
  ['H00', 'H59'],
  ['H60', 'H95'],
  ['I00', 'I99'],
  ['J00', 'J99'],
  ['K00', 'K93'],
  ['L00', 'L99'],
  ['M00', 'M99'],
  ['N00', 'N99'],
  ['O00', 'O99'],
  ['P00', 'P96'],
  ['Q00', 'Q99'],
  ['R00', 'R99'],
  ['S00', 'T98'],
  ['V01', 'Y98'],
  ['Z00', 'Z99'],
  ['U00', 'U99'],
];

export const ICD_CHAPTER_COUNT = CHAPTERS.length;

/** The three-character category of a code ("I10" of "I10.9"), upper case. */
export function icdCategory(code: string): string {
  return code.trim().slice(0, 3).toUpperCase();
}

/** The chapter number 1–22 of an ICD-10 code, or null for a code outside every chapter. */
export function icdChapter(code: string): number | null {
  const category = icdCategory(code);
  const index = CHAPTERS.findIndex(([from, to]) => category >= from && category <= to);
  return index < 0 ? null : index + 1;
}

/** "I10-I15" or "J06": three-character categories, both ends included. */
export const ICD_RANGE_PATTERN = /^[A-Z]\d{2}(-[A-Z]\d{2})?$/;

export interface IcdRange {
  from: string;
  to: string;
}

export function parseIcdRange(text: string): IcdRange {
  const [from = '', to = from] = text.split('-');
  return { from, to };
}

export function inIcdRanges(code: string, ranges: readonly IcdRange[]): boolean {
  const category = icdCategory(code);
  return ranges.some((range) => category >= range.from && category <= range.to);
}

export interface StatisticalAge {
  /** Completed years (a year-only birth: the difference of calendar years). */
  years: number;
  /** Under 6 years (72 months); a year-only birth by its calendar-year difference. */
  underSix: boolean;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysIn(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 && leap ? 29 : (MONTH_DAYS[month - 1] ?? 31);
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Age for counting, on the visit day (YYYY-MM-DD): completed months as ageOn counts them (the
 * Civil Code's rule for month ends), by arithmetic alone because a year's report ages tens of
 * thousands of visits. Unlike queue priority (which counts a year-only birth as a child while
 * it could be one), statistics take the best estimate: born in an unknown month of 2020 is 6
 * in every visit of 2026. Null when the birth is after the visit or implausibly long ago.
 */
export function statisticalAge(birth: Birth, date: string): StatisticalAge | null {
  const year = Number(date.slice(0, 4));
  if (birth.birthDate) {
    const born = birth.birthDate;
    if (!ISO_DAY.test(born) || born > date) return null;
    const month = Number(date.slice(5, 7));
    let months = (year - Number(born.slice(0, 4))) * 12 + (month - Number(born.slice(5, 7)));
    if (
      months > 0 &&
      Number(date.slice(8, 10)) < Math.min(Number(born.slice(8, 10)), daysIn(year, month))
    ) {
      months -= 1;
    }
    const years = Math.floor(months / 12);
    return years > MAX_AGE_YEARS ? null : { years, underSix: months < CHILD_AGE_MONTHS };
  }
  const born = birth.birthYear;
  if (born === null || born === undefined || !Number.isInteger(born) || born > year) return null;
  const years = year - born;
  return years > MAX_AGE_YEARS ? null : { years, underSix: years < 6 };
}
