import { translate, type Locale } from '../../i18n';
import { addDays } from '../dates';

/**
 * Reporting periods by their DHIS2 ids: month `202611`, quarter `2026Q4`, half `2026S2`,
 * year `2026`. Nine months (1/1–30/9, cumulative) has no DHIS2 type; Tram calls it `2026NM`.
 */
export const PERIOD_TYPES = ['month', 'quarter', 'half', 'nineMonths', 'year'] as const;
export type PeriodType = (typeof PERIOD_TYPES)[number];

export interface Period {
  id: string;
  type: PeriodType;
  year: number;
  /** Month, quarter or half number within the year; 1 for nine months and the year. */
  index: number;
  /** First and last day, YYYY-MM-DD, both included. */
  start: string;
  end: string;
  /** Calendar months it spans. */
  months: number;
}

const MONTHS: Readonly<Record<PeriodType, (index: number) => { first: number; length: number }>> = {
  month: (i) => ({ first: i, length: 1 }),
  quarter: (i) => ({ first: (i - 1) * 3 + 1, length: 3 }),
  half: (i) => ({ first: (i - 1) * 6 + 1, length: 6 }),
  nineMonths: () => ({ first: 1, length: 9 }),
  year: () => ({ first: 1, length: 12 }),
};

const COUNT: Readonly<Record<PeriodType, number>> = {
  month: 12,
  quarter: 4,
  half: 2,
  nineMonths: 1,
  year: 1,
};

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

function lastDayOf(year: number, month: number): string {
  const day = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** The period of this type, year and index (month 1–12, quarter 1–4, half 1–2). */
export function makePeriod(type: PeriodType, year: number, index = 1): Period {
  if (!Number.isInteger(index) || index < 1 || index > COUNT[type]) {
    throw new RangeError(`makePeriod: ${type} ${index}`);
  }
  const { first, length } = MONTHS[type](index);
  const id =
    type === 'month'
      ? `${year}${pad(index)}`
      : type === 'quarter'
        ? `${year}Q${index}`
        : type === 'half'
          ? `${year}S${index}`
          : type === 'nineMonths'
            ? `${year}NM`
            : String(year);
  return {
    id,
    type,
    year,
    index,
    start: `${pad(year, 4)}-${pad(first)}-01`,
    end: lastDayOf(year, first + length - 1),
    months: length,
  };
}

const PATTERNS: readonly [RegExp, PeriodType][] = [
  [/^(\d{4})(0[1-9]|1[0-2])$/, 'month'],
  [/^(\d{4})Q([1-4])$/, 'quarter'],
  [/^(\d{4})S([12])$/, 'half'],
  [/^(\d{4})NM$/, 'nineMonths'],
  [/^(\d{4})$/, 'year'],
];

/** A period from its id, or null when the id is not one Tram knows. */
export function parsePeriod(id: string): Period | null {
  for (const [pattern, type] of PATTERNS) {
    const match = pattern.exec(id);
    if (!match) continue;
    const year = Number(match[1]);
    if (year < 1900 || year > 2999) return null;
    return makePeriod(type, year, match[2] ? Number(match[2]) : 1);
  }
  return null;
}

export const PERIOD_ID_PATTERN = /^\d{4}((0[1-9]|1[0-2])|Q[1-4]|S[12]|NM)?$/;

/** The period of `type` that holds a day (YYYY-MM-DD). */
export function periodContaining(type: PeriodType, date: string): Period {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  switch (type) {
    case 'month':
      return makePeriod(type, year, month);
    case 'quarter':
      return makePeriod(type, year, Math.ceil(month / 3));
    case 'half':
      return makePeriod(type, year, month <= 6 ? 1 : 2);
    case 'nineMonths':
    case 'year':
      return makePeriod(type, year);
  }
}

/** The period of the same type just before (the previous month, quarter, … or year). */
export function previousPeriod(period: Period): Period {
  if (period.index > 1) return makePeriod(period.type, period.year, period.index - 1);
  return makePeriod(period.type, period.year - 1, COUNT[period.type]);
}

/** The months a period is made of, in order. */
export function monthsOf(period: Period): Period[] {
  const first = Number(period.start.slice(5, 7));
  return Array.from({ length: period.months }, (_, i) =>
    makePeriod('month', period.year, first + i),
  );
}

/** 1 January of the period's year up to the period's last day. */
export function yearToDate(period: Period): { start: string; end: string } {
  return { start: `${pad(period.year, 4)}-01-01`, end: period.end };
}

/**
 * The last `count` periods of a type that have ended by `today`, most recent first, plus the
 * running one when `includeCurrent` (so a form can be filled in before its period ends).
 */
export function recentPeriods(
  type: PeriodType,
  today: string,
  count: number,
  includeCurrent = false,
): Period[] {
  const current = periodContaining(type, today);
  const periods: Period[] = includeCurrent ? [current] : [];
  let period = current;
  while (periods.length < count + (includeCurrent ? 1 : 0)) {
    period = previousPeriod(period);
    periods.push(period);
  }
  return periods;
}

/** ISO 8601 start/duration as ADX writes it: `2026-11-01/P1M`, `2026-01-01/P1Y`. */
export function adxPeriod(period: Period): string {
  return `${period.start}/${period.months === 12 ? 'P1Y' : `P${period.months}M`}`;
}

/** DHIS2's period id, or null for nine months (DHIS2 has no such type: send the months). */
export function dhis2Period(period: Period): string | null {
  return period.type === 'nineMonths' ? null : period.id;
}

function isWorkingDay(date: string, holidays: ReadonlySet<string>): boolean {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !holidays.has(date);
}

/**
 * The day a report of this period is due: the `workingDays`-th working day after the period
 * ends (Saturdays, Sundays and the given public holidays do not count).
 */
export function dueDate(
  period: Period,
  workingDays: number,
  holidays: readonly string[] = [],
): string {
  const off = new Set(holidays);
  let date = period.end;
  let counted = 0;
  while (counted < workingDays) {
    date = addDays(date, 1);
    if (isWorkingDay(date, off)) counted += 1;
  }
  return date;
}

const ROMAN = ['I', 'II', 'III', 'IV'];

/** "Tháng 11/2026", "Quý IV/2026", "6 tháng cuối năm 2026", "9 tháng đầu năm 2026", "Năm 2026". */
export function periodLabel(period: Period, locale: Locale = 'vi'): string {
  const params = { year: period.year, index: period.index };
  switch (period.type) {
    case 'month':
      return translate(locale, 'reports.period.month', params);
    case 'quarter':
      return translate(locale, 'reports.period.quarter', {
        ...params,
        roman: ROMAN[period.index - 1] ?? '',
      });
    case 'half':
      return translate(
        locale,
        period.index === 1 ? 'reports.period.firstHalf' : 'reports.period.secondHalf',
        params,
      );
    case 'nineMonths':
      return translate(locale, 'reports.period.nineMonths', params);
    case 'year':
      return translate(locale, 'reports.period.year', params);
  }
}
