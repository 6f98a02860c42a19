import { ageOn, CHILD_AGE_MONTHS, type Birth } from '../age';
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

/**
 * Age for counting, on the visit day. Unlike queue priority (which counts a year-only birth
 * as a child while it could be one), statistics take the best estimate, so a child born in
 * an unknown month of 2020 is 6 in every visit of 2026.
 */
export function statisticalAge(birth: Birth, date: string): StatisticalAge | null {
  const age = ageOn(birth, date);
  if (!age.ok) return null;
  const { years, months } = age.value;
  return { years, underSix: months === null ? years < 6 : months < CHILD_AGE_MONTHS };
}
