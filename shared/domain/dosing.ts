import type { LocalizedText } from '../api/result';
import { translate, type Locale, type MessageKey } from '../i18n';
import { nameTokens } from './text';

/** An exact non-negative rational: thirds of a tablet must not drift through floats. */
export interface Fraction {
  readonly num: number;
  readonly den: number;
}

/** What staff type for one take: "1", "1/2", "1 1/2", "0,5", "½"; empty means no take then. */
export type DoseInput = string | number | null | undefined;

export const DOSE_TAKES = ['morning', 'noon', 'afternoon', 'evening'] as const;
export type DoseTake = (typeof DOSE_TAKES)[number];
export type Dose = Partial<Record<DoseTake, DoseInput>>;

/** Larger amounts per take are typing mistakes (a setting later). */
export const MAX_DOSE_PER_TAKE = 100;
/** "0,125" is the finest decimal a dose may carry. */
export const MAX_DOSE_DECIMALS = 3;
/** Fractions with at most this denominator print as "1/4"; finer ones print as decimals. */
const MAX_PRINTED_DENOMINATOR = 8;

export type DoseResult<T> =
  | { ok: true; value: T }
  | { ok: false; error: LocalizedText; field?: DoseTake | 'days' | 'unitsPerDispensing' };

const ZERO: Fraction = { num: 0, den: 1 };

function gcd(a: number, b: number): number {
  let x = Math.abs(a);
  let y = Math.abs(b);
  while (y !== 0) [x, y] = [y, x % y];
  return x;
}

/** A reduced fraction; a zero or non-integer part is a bug in the caller. */
export function fraction(num: number, den = 1): Fraction {
  if (!Number.isSafeInteger(num) || !Number.isSafeInteger(den) || den === 0) {
    throw new RangeError(`fraction: bad parts ${num}/${den}`);
  }
  const sign = den < 0 ? -1 : 1;
  const divisor = gcd(num, den) || 1;
  return { num: (sign * num) / divisor, den: (sign * den) / divisor };
}

export function addFractions(a: Fraction, b: Fraction): Fraction {
  const g = gcd(a.den, b.den);
  return fraction(a.num * (b.den / g) + b.num * (a.den / g), a.den * (b.den / g));
}

export function multiplyFractions(a: Fraction, b: Fraction): Fraction {
  const g1 = gcd(a.num, b.den) || 1;
  const g2 = gcd(b.num, a.den) || 1;
  return fraction((a.num / g1) * (b.num / g2), (a.den / g2) * (b.den / g1));
}

/** Smallest whole number ≥ the fraction, in integer arithmetic (no float rounding). */
export function ceilFraction(f: Fraction): number {
  const rest = f.num % f.den;
  const truncated = (f.num - rest) / f.den;
  return rest > 0 ? truncated + 1 : truncated;
}

export function fractionToNumber(f: Fraction): number {
  return f.num / f.den;
}

const VULGAR_FRACTIONS: Readonly<Record<string, string>> = {
  '½': '1/2',
  '⅓': '1/3',
  '⅔': '2/3',
  '¼': '1/4',
  '¾': '3/4',
  '⅕': '1/5',
  '⅖': '2/5',
  '⅗': '3/5',
  '⅘': '4/5',
  '⅙': '1/6',
  '⅚': '5/6',
  '⅛': '1/8',
  '⅜': '3/8',
  '⅝': '5/8',
  '⅞': '7/8',
};

const DECIMAL = /^(\d*)(?:[.,](\d+))?$/;
const MIXED = /^(?:(\d+)\s+)?(\d+)\s*\/\s*(\d+)$/;

function invalid(value: string, key: MessageKey = 'clinical.dose.invalid'): DoseResult<Fraction> {
  return { ok: false, error: { key, params: { value } } };
}

function parseDecimal(text: string): DoseResult<Fraction> | null {
  const match = DECIMAL.exec(text);
  if (!match || (!match[1] && !match[2])) return null;
  const decimals = match[2] ?? '';
  if (decimals.length > MAX_DOSE_DECIMALS) {
    return invalid(text, 'clinical.dose.tooPrecise');
  }
  const whole = Number(match[1] || '0');
  const scale = 10 ** decimals.length;
  return { ok: true, value: fraction(whole * scale + Number(decimals || '0'), scale) };
}

function parseFractionText(text: string): DoseResult<Fraction> | null {
  const match = MIXED.exec(text);
  if (!match) return null;
  const whole = Number(match[1] ?? '0');
  const num = Number(match[2]);
  const den = Number(match[3]);
  // "1 3/2" is not how anyone writes a dose; a zero denominator is a slip.
  if (den === 0 || (match[1] !== undefined && num >= den)) return invalid(text);
  return { ok: true, value: fraction(whole * den + num, den) };
}

/**
 * One take's amount as an exact fraction. Accepts whole numbers, decimals with `.` or `,`,
 * "1/2", mixed "1 1/2" and the vulgar fraction characters ("½", "1½").
 */
export function parseDose(input: string | number): DoseResult<Fraction> {
  const raw = typeof input === 'number' ? String(input) : input;
  if (typeof input === 'number' && (!Number.isFinite(input) || input < 0)) return invalid(raw);
  let text = raw.replace(/[⁄∕]/g, '/');
  for (const [glyph, spelled] of Object.entries(VULGAR_FRACTIONS)) {
    text = text.split(glyph).join(` ${spelled}`);
  }
  text = text.trim().replace(/\s+/g, ' ');
  if (text === '') return { ok: false, error: { key: 'clinical.dose.empty' } };
  const parsed = parseDecimal(text) ?? parseFractionText(text) ?? invalid(raw.trim());
  if (parsed.ok && fractionToNumber(parsed.value) > MAX_DOSE_PER_TAKE) {
    return {
      ok: false,
      error: { key: 'clinical.dose.tooLarge', params: { max: MAX_DOSE_PER_TAKE } },
    };
  }
  return parsed;
}

function isBlank(value: DoseInput): value is null | undefined | '' {
  return (
    value === null || value === undefined || (typeof value === 'string' && value.trim() === '')
  );
}

/** Sum of the four takes; a blank take counts as none. */
export function dailyAmount(dose: Dose): DoseResult<Fraction> {
  let total = ZERO;
  for (const take of DOSE_TAKES) {
    const value = dose[take];
    if (isBlank(value)) continue;
    const parsed = parseDose(value);
    if (!parsed.ok) return { ...parsed, field: take };
    total = addFractions(total, parsed.value);
  }
  return { ok: true, value: total };
}

/**
 * Whole dispensing units to hand out: daily amount × days ÷ dose units per dispensing unit,
 * rounded up so the patient never runs short (½ tablet twice a day for 5 days = 5 tablets).
 */
export function prescribedQuantity(input: {
  dose: Dose;
  days: number;
  unitsPerDispensing?: DoseInput;
}): DoseResult<number> {
  if (!Number.isSafeInteger(input.days) || input.days <= 0) {
    return { ok: false, error: { key: 'clinical.days.invalid' }, field: 'days' };
  }
  const daily = dailyAmount(input.dose);
  if (!daily.ok) return daily;
  if (daily.value.num === 0) return { ok: false, error: { key: 'clinical.dose.none' } };
  const per = isBlank(input.unitsPerDispensing)
    ? { ok: true as const, value: fraction(1) }
    : parseDose(input.unitsPerDispensing);
  if (!per.ok || per.value.num === 0) {
    const error = per.ok
      ? { key: 'clinical.dose.invalid' as const, params: { value: 0 } }
      : per.error;
    return { ok: false, error, field: 'unitsPerDispensing' };
  }
  const total = multiplyFractions(daily.value, fraction(input.days));
  return {
    ok: true,
    value: ceilFraction(multiplyFractions(total, fraction(per.value.den, per.value.num))),
  };
}

/** "1/2", "1 1/2", "2"; denominators finer than eighths print as decimals ("0,1" in Vietnamese). */
export function formatDoseAmount(f: Fraction, locale: Locale = 'vi'): string {
  const whole = Math.floor(f.num / f.den);
  const rest = f.num - whole * f.den;
  if (rest === 0) return String(whole);
  let den = f.den;
  while (den % 2 === 0) den /= 2;
  while (den % 5 === 0) den /= 5;
  if (f.den > MAX_PRINTED_DENOMINATOR && den === 1) {
    const text = String(Number((f.num / f.den).toFixed(MAX_DOSE_DECIMALS)));
    return locale === 'vi' ? text.replace('.', ',') : text;
  }
  return whole === 0 ? `${rest}/${f.den}` : `${whole} ${rest}/${f.den}`;
}

const USAGE_KEYS: Readonly<Record<DoseTake, MessageKey>> = {
  morning: 'clinical.usage.morning',
  noon: 'clinical.usage.noon',
  afternoon: 'clinical.usage.afternoon',
  evening: 'clinical.usage.evening',
};

/** "Uống" and "Viên" from the catalogue read "uống", "viên" mid-sentence; acronyms such as "IV" stay. */
function lowerFirst(text: string): string {
  const second = text.charAt(1);
  if (second !== second.toLocaleLowerCase('vi')) return text;
  return text.charAt(0).toLocaleLowerCase('vi') + text.slice(1);
}

/**
 * Route and note as one phrase, the route said once: a note that starts with it
 * ("uống sau ăn" for Uống) or already names it is not prefixed with it again.
 */
function howToTake(route: string | null | undefined, note: string | null | undefined): string {
  const r = route?.trim() ?? '';
  const n = note?.trim() ?? '';
  if (!r || !n) return r || n;
  const words = (text: string) => nameTokens(text).join(' ');
  return ` ${words(n)} `.includes(` ${words(r)} `) ? n : `${r} ${n}`;
}

/**
 * How to take it, as printed on the prescription: "Sáng 1 viên, chiều 1 viên, uống sau ăn".
 * Blank and zero takes are left out; a take that does not parse is printed as typed.
 */
export function usageText(
  dose: Dose,
  unit: string,
  extra: { route?: string | null; note?: string | null },
  locale: Locale = 'vi',
): string {
  const parts: string[] = [];
  for (const take of DOSE_TAKES) {
    const value = dose[take];
    if (isBlank(value)) continue;
    const parsed = parseDose(value);
    if (parsed.ok && parsed.value.num === 0) continue;
    const amount = parsed.ok ? formatDoseAmount(parsed.value, locale) : String(value).trim();
    parts.push(
      translate(locale, USAGE_KEYS[take], { amount, unit: lowerFirst(unit.trim()) }).trim(),
    );
  }
  const how = howToTake(extra.route, extra.note);
  if (how) parts.push(lowerFirst(how));
  const text = parts.join(', ');
  return text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);
}
