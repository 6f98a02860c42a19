import type { LocalizedText } from '../api/result';
import type { MessageKey, MessageParams } from '../i18n';
import { CHILD_AGE_MONTHS } from './age';
import { nameTokens } from './text';

/** TT 26/2025 type letters: basic, narcotic (gây nghiện), psychotropic (hướng thần), YHCT. */
export const PRESCRIPTION_TYPES = ['c', 'n', 'h', 'y'] as const;
export type PrescriptionType = (typeof PRESCRIPTION_TYPES)[number];

/** Usual maximum and the maximum for chronic conditions on the MoH list (TT 26/2025). */
export const MAX_PRESCRIPTION_DAYS = 30;
export const MAX_CHRONIC_PRESCRIPTION_DAYS = 90;

/**
 * A starter list of ICD-10 codes for chronic conditions that may be prescribed for up to 90
 * days (TT 26/2025 lists far more): the common ones at a commune station. A code matches when
 * it starts with a listed prefix ("E11" covers E11.9). Stations extend it in Settings.
 */
export const CHRONIC_ICD_PREFIXES: readonly string[] = [
  // Hypertension, ischaemic heart disease, heart failure, atrial fibrillation, stroke sequelae
  ...['I10', 'I11', 'I12', 'I13', 'I15', 'I20', 'I25', 'I48', 'I50', 'I69'],
  // Diabetes, thyroid, lipids, gout
  ...['E10', 'E11', 'E12', 'E13', 'E14', 'E03', 'E05', 'E78', 'M10'],
  // Chronic lung disease, kidney and liver disease
  ...['J44', 'J45', 'N18', 'B18', 'K74'],
  // Joints, nervous system and mental health, HIV
  ...['M05', 'M06', 'M15', 'M17', 'G20', 'G40', 'F20', 'F31', 'F32', 'F33'],
  ...['B20', 'B21', 'B22', 'B23', 'B24'],
];

/** The 7 facility-generated characters are one series character and 6 sequence digits. */
export const PRESCRIPTION_SEQUENCE_DIGITS = 6;
export const MAX_PRESCRIPTION_SEQUENCE = 10 ** PRESCRIPTION_SEQUENCE_DIGITS - 1;
export const DEFAULT_PRESCRIPTION_SERIES = 'A';

const FACILITY = /^[0-9A-Z]{5}$/;
const SERIES = /^[0-9A-Z]$/;
const CODE = /^([0-9A-Z]{5})([0-9A-Z]{7})-([cnhy])$/;

export type CodeResult<T> = { ok: true; value: T } | { ok: false; error: LocalizedText };

/**
 * National prescription code: facility code (5) + series character + sequence as 6 digits
 * + '-' + type letter, e.g. `01001A000123-c`. The sequence is the facility's own counter, so
 * codes are unique per facility; when a database is rebuilt from scratch or the counter runs
 * out (999,999 prescriptions), the admin moves to a new series letter and no code repeats.
 * Digits and capitals only, so the code prints and scans cleanly.
 */
export function formatPrescriptionCode(
  facilityCode: string,
  sequence: number,
  type: PrescriptionType,
  series: string = DEFAULT_PRESCRIPTION_SERIES,
): CodeResult<string> {
  if (!FACILITY.test(facilityCode)) {
    return {
      ok: false,
      error: { key: 'clinical.rx.code.badFacility', params: { code: facilityCode } },
    };
  }
  if (!SERIES.test(series)) {
    return { ok: false, error: { key: 'clinical.rx.code.badSeries', params: { series } } };
  }
  if (!Number.isSafeInteger(sequence) || sequence < 1) {
    return { ok: false, error: { key: 'clinical.rx.code.badSequence', params: { sequence } } };
  }
  if (sequence > MAX_PRESCRIPTION_SEQUENCE) {
    return { ok: false, error: { key: 'clinical.rx.code.exhausted', params: { series } } };
  }
  const local = `${series}${String(sequence).padStart(PRESCRIPTION_SEQUENCE_DIGITS, '0')}`;
  return { ok: true, value: `${facilityCode}${local}-${type}` };
}

export interface PrescriptionCode {
  facilityCode: string;
  /** The 7 facility-generated characters, whatever scheme the issuing facility used. */
  local: string;
  type: PrescriptionType;
  /** Only when `local` follows Tram's series + digits scheme. */
  series: string | null;
  sequence: number | null;
}

/** Reads any facility's code, scanned or typed; stray spaces and case are tolerated. */
export function parsePrescriptionCode(text: string): CodeResult<PrescriptionCode> {
  const cleaned = text.replace(/\s+/g, '');
  const dash = cleaned.lastIndexOf('-');
  const normalised =
    dash < 0
      ? cleaned
      : `${cleaned.slice(0, dash).toUpperCase()}${cleaned.slice(dash).toLowerCase()}`;
  const match = CODE.exec(normalised);
  if (!match)
    return { ok: false, error: { key: 'clinical.rx.code.invalid', params: { code: text } } };
  const [, facilityCode = '', local = '', type = 'c'] = match;
  const ours = /^([0-9A-Z])(\d{6})$/.exec(local);
  return {
    ok: true,
    value: {
      facilityCode,
      local,
      type: type as PrescriptionType,
      series: ours?.[1] ?? null,
      sequence: ours?.[2] ? Number(ours[2]) : null,
    },
  };
}

/** Folded words joined by single spaces: "Amoxicilin (trihydrat)" → "amoxicilin trihydrat". */
function foldName(text: string): string {
  return nameTokens(text).join(' ');
}

/** Same ingredient when the folded words of one run inside the other ("amoxicillin trihydrat"). */
function sameIngredient(a: string, b: string): boolean {
  if (a === '' || b === '') return false;
  return ` ${a} `.includes(` ${b} `) || ` ${b} `.includes(` ${a} `);
}

export interface PrescriptionCheckInput {
  patient: {
    allergyIngredients: readonly string[];
    ageMonths?: number | null;
    /** From ageOn() for a year-only birth: months unknown, but may be a young child. */
    isUnder72Months?: boolean;
    weightKg?: number | null;
    isBhyt: boolean;
  };
  items: readonly {
    drugId: number | string;
    ingredients: readonly string[];
    days: number;
    quantity: number;
    onHand: number;
    inBhytScope: boolean;
  }[];
  limits: {
    maxDays: number;
    chronicMaxDays: number;
    /** The diagnosis is on the MoH list of chronic conditions that allow longer prescriptions. */
    chronic: boolean;
    childMonths?: number;
  };
}

export interface PrescriptionIssue {
  /** Which line (0-based); absent for issues about the whole prescription. */
  itemIndex?: number;
  key: MessageKey;
  params?: MessageParams;
}

export interface PrescriptionCheck {
  /** Refuse to save while any remain. */
  errors: PrescriptionIssue[];
  /** Show and let the prescriber go on. */
  warnings: PrescriptionIssue[];
}

/** Safety checks before a prescription is saved; all data is passed in, nothing looked up. */
export function checkPrescription(input: PrescriptionCheckInput): PrescriptionCheck {
  const { patient, items, limits } = input;
  const errors: PrescriptionIssue[] = [];
  const warnings: PrescriptionIssue[] = [];
  if (items.length === 0) errors.push({ key: 'clinical.rx.noItems' });
  const childMonths = limits.childMonths ?? CHILD_AGE_MONTHS;
  const isChild =
    patient.isUnder72Months === true ||
    (typeof patient.ageMonths === 'number' && patient.ageMonths < childMonths);
  if (isChild && !(typeof patient.weightKg === 'number' && patient.weightKg > 0)) {
    errors.push({ key: 'clinical.rx.childWeightRequired', params: { months: childMonths } });
  }
  const allergies = patient.allergyIngredients.map(foldName).filter((a) => a !== '');
  const maxDays = limits.chronic ? limits.chronicMaxDays : limits.maxDays;
  const seen: { folded: string; itemIndex: number }[] = [];

  items.forEach((item, itemIndex) => {
    const line = itemIndex + 1;
    for (const ingredient of item.ingredients) {
      const folded = foldName(ingredient);
      if (allergies.some((allergy) => sameIngredient(folded, allergy))) {
        errors.push({ itemIndex, key: 'clinical.rx.allergy', params: { line, ingredient } });
      }
      const earlier = seen.find(
        (s) => s.itemIndex !== itemIndex && sameIngredient(s.folded, folded),
      );
      if (earlier) {
        errors.push({
          itemIndex,
          key: 'clinical.rx.duplicateIngredient',
          params: { line, ingredient, otherLine: earlier.itemIndex + 1 },
        });
      }
    }
    for (const ingredient of item.ingredients) {
      seen.push({ folded: foldName(ingredient), itemIndex });
    }
    if (!Number.isSafeInteger(item.days) || item.days < 1) {
      errors.push({ itemIndex, key: 'clinical.rx.badDays', params: { line } });
    } else if (item.days > maxDays) {
      const key = limits.chronic ? 'clinical.rx.tooManyDaysChronic' : 'clinical.rx.tooManyDays';
      errors.push({ itemIndex, key, params: { line, days: item.days, max: maxDays } });
    }
    if (!Number.isSafeInteger(item.quantity) || item.quantity < 1) {
      errors.push({ itemIndex, key: 'clinical.rx.badQuantity', params: { line } });
    } else if (item.quantity > item.onHand) {
      warnings.push({
        itemIndex,
        key: 'clinical.rx.overStock',
        params: { line, quantity: item.quantity, onHand: item.onHand },
      });
    }
    if (patient.isBhyt && !item.inBhytScope) {
      warnings.push({ itemIndex, key: 'clinical.rx.outOfBhytScope', params: { line } });
    }
  });
  return { errors, warnings };
}

/** The number a strength starts with ("5mg" → "5", "0,5 g" → "0,5"), escaped for a pattern. */
function strengthAmount(strength: string): string | null {
  const amount = /^\d+(?:[.,]\d+)?/.exec(strength.trim())?.[0];
  return amount ? amount.replace(/[.]/g, '\\.') : null;
}

/** "Amlodipin Stada 5mg": the strength is added unless the name carries it ("Hapacol 500"). */
export function nameWithStrength(name: string, strength: string | null | undefined): string {
  const amount = strengthAmount(strength ?? '');
  const named = amount ? new RegExp(`(^|\\D)${amount}(\\D|$)`).test(name) : false;
  return strength?.trim() && !named ? `${name} ${strength.trim()}` : name;
}

/**
 * A name with a strength taken out ("Amlor 5mg" → "Amlor"), so a name shown beside its
 * strength never says it twice.
 */
export function withoutStrength(name: string, strength: string | null | undefined): string {
  const amount = strengthAmount(strength ?? '');
  if (!amount) return name.trim();
  const unit = (strength ?? '').trim().replace(/^\d+(?:[.,]\d+)?\s*/, '');
  const unitPattern = unit ? `(?:\\s*${unit.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')})?` : '';
  return name
    .replace(new RegExp(`(^|\\s)${amount}${unitPattern}(?=\\s|$)`, 'giu'), ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export interface DrugNaming {
  ingredients: readonly { name: string; strength?: string | null }[];
  tradeName?: string | null;
}

/**
 * TT 26/2025 naming: a single-ingredient drug by its active ingredient (INN) with the trade
 * name in brackets, "Amlodipin (Amlor)"; a multi-ingredient drug by its trade name.
 */
export function prescriptionDisplayName(
  drug: DrugNaming,
  options: { withStrength?: boolean } = {},
): string {
  const trade = drug.tradeName?.trim() ?? '';
  const named = drug.ingredients.filter((i) => i.name.trim() !== '');
  const strength = (i: { strength?: string | null }): string =>
    options.withStrength && i.strength?.trim() ? ` ${i.strength.trim()}` : '';
  const [only] = named;
  if (named.length === 1 && only) {
    const inn = only.name.trim();
    // The strength is said once, after the INN: not again inside the brand's bracket.
    const brand = options.withStrength ? withoutStrength(trade, only.strength) : trade;
    const bracket = brand && foldName(brand) !== foldName(inn) ? ` (${brand})` : '';
    return `${inn}${strength(only)}${bracket}`;
  }
  const strengths = options.withStrength
    ? named
        .map((i) => i.strength?.trim() ?? '')
        .filter((s) => s !== '')
        .join(' + ')
    : '';
  const compact = (text: string) => foldName(text).replace(/\s+/g, '');
  if (trade) {
    const carries = strengths !== '' && compact(trade).includes(compact(strengths));
    return strengths && !carries ? `${trade} ${strengths}` : trade;
  }
  return named.map((i) => `${i.name.trim()}${strength(i)}`).join(' + ');
}

/** Whether any diagnosis is on the chronic list (codes and prefixes as stored, upper case). */
export function isChronicDiagnosis(
  codes: readonly string[],
  chronicPrefixes: readonly string[],
): boolean {
  return codes.some((code) => chronicPrefixes.some((prefix) => prefix && code.startsWith(prefix)));
}

/**
 * Whether BHYT pays for a drug on a card: it needs an insured price and PHAM_VI 1, or PHAM_VI 3
 * (outside the list, paid for the forces' level-5 cards).
 */
export function isInBhytScope(
  drug: { scope: number; insuredPrice: number | null },
  benefitLevel: number | null,
): boolean {
  if (drug.insuredPrice === null) return false;
  return drug.scope === 1 || (drug.scope === 3 && benefitLevel === 5);
}
