import { z } from 'zod';
import type { Sex } from '../cccd';
import {
  ICD_CHAPTER_COUNT,
  ICD_RANGE_PATTERN,
  inIcdRanges,
  parseIcdRange,
  type StatisticalAge,
} from './counting';
import type { IndicatorRef } from './definition';

/**
 * One counted visit as the indicators see it (loaded once per period by the backend): who,
 * what was found, what was done and billed. Visit indicators are a filter and a measure over
 * these; they can be disaggregated by sex, age and insurance.
 */
export interface VisitFact {
  /** Check-in day, YYYY-MM-DD. */
  date: string;
  sex: Sex;
  age: StatisticalAge;
  insured: boolean;
  emergency: boolean;
  referred: boolean;
  /** ICD-10 codes, the primary diagnosis first. */
  diagnoses: readonly string[];
  /** Chapter 1–22 of the primary diagnosis. */
  primaryChapter: number | null;
  /** Lab tests ordered and not cancelled (quantities added). */
  labTests: number;
  prescribed: boolean;
  /** The bill's insurance part (T_BHTT) and total, VND; 0 without a bill. */
  insurancePays: number;
  billTotal: number;
}

export interface VisitMeasure {
  filter: (visit: VisitFact) => boolean;
  /** What a visit adds; 1 (a count) when absent. */
  measure?: (visit: VisitFact) => number;
}

const none = z.object({}).strict();
const ageParams = z
  .object({
    fromYears: z.number().int().min(0).max(150).optional(),
    toYears: z.number().int().min(1).max(150).optional(),
  })
  .strict();
const diagnosisParams = z
  .object({
    codes: z.array(z.string().regex(ICD_RANGE_PATTERN)).min(1).max(50),
    position: z.enum(['any', 'primary']).default('any'),
  })
  .strict();
const chapterParams = z
  .object({ chapter: z.number().int().min(1).max(ICD_CHAPTER_COUNT) })
  .strict();

interface VisitIndicator {
  kind: 'visit';
  params: z.ZodType;
  /** Called with parameters `params` has parsed. */
  make(params: unknown): VisitMeasure;
}

interface ScalarIndicator {
  kind: 'scalar';
  params: typeof none;
}

const visit = <S extends z.ZodType>(
  params: S,
  make: (params: z.output<S>) => VisitMeasure,
): VisitIndicator => ({ kind: 'visit', params, make: (p) => make(p as z.output<S>) });
const scalar: ScalarIndicator = { kind: 'scalar', params: none };
const all = (): boolean => true;

/**
 * Every indicator a definition may name. Visit indicators are computed here from visit facts;
 * scalar ones (money and stock over the period) by the backend's queries of the same name.
 */
export const INDICATORS = {
  'visits.total': visit(none, () => ({ filter: all })),
  'visits.insured': visit(none, () => ({ filter: (v) => v.insured })),
  'visits.underSix': visit(none, () => ({ filter: (v) => v.age.underSix })),
  'visits.age': visit(ageParams, (p) => ({
    filter: (v) =>
      (p.fromYears === undefined || v.age.years >= p.fromYears) &&
      (p.toYears === undefined || v.age.years < p.toYears),
  })),
  'visits.referredOut': visit(none, () => ({ filter: (v) => v.referred })),
  'visits.emergency': visit(none, () => ({ filter: (v) => v.emergency })),
  'visits.prescribed': visit(none, () => ({ filter: (v) => v.prescribed })),
  'visits.diagnosis': visit(diagnosisParams, (p) => {
    const ranges = p.codes.map(parseIcdRange);
    return {
      filter:
        p.position === 'primary'
          ? (v) => v.diagnoses[0] !== undefined && inIcdRanges(v.diagnoses[0], ranges)
          : (v) => v.diagnoses.some((code) => inIcdRanges(code, ranges)),
    };
  }),
  'visits.icdChapter': visit(chapterParams, (p) => ({
    filter: (v) => v.primaryChapter === p.chapter,
  })),
  'orders.labTests': visit(none, () => ({
    filter: (v) => v.labTests > 0,
    measure: (v) => v.labTests,
  })),
  'invoices.insuranceClaimed': visit(none, () => ({
    filter: (v) => v.insurancePays > 0,
    measure: (v) => v.insurancePays,
  })),
  'invoices.total': visit(none, () => ({
    filter: (v) => v.billTotal > 0,
    measure: (v) => v.billTotal,
  })),
  'payments.received': scalar,
  'stock.receivedValue': scalar,
  'stock.dispensedValue': scalar,
  'stock.writtenOffValue': scalar,
  'stock.closingValue': scalar,
} as const satisfies Record<string, VisitIndicator | ScalarIndicator>;

export type IndicatorName = keyof typeof INDICATORS;
export type ScalarIndicatorName = {
  [K in IndicatorName]: (typeof INDICATORS)[K] extends ScalarIndicator ? K : never;
}[IndicatorName];
export const INDICATOR_NAMES = Object.keys(INDICATORS) as IndicatorName[];
export const SCALAR_INDICATOR_NAMES = INDICATOR_NAMES.filter(
  (name): name is ScalarIndicatorName => INDICATORS[name].kind === 'scalar',
);

export function isIndicatorName(name: string): name is IndicatorName {
  return Object.hasOwn(INDICATORS, name);
}

export type ResolvedIndicator =
  | { ok: true; kind: 'visit'; name: IndicatorName; measure: VisitMeasure }
  | { ok: true; kind: 'scalar'; name: ScalarIndicatorName }
  | { ok: false; problem: 'unknown' | 'params'; detail?: string };

/** The indicator a row names, with its parameters checked. */
export function resolveIndicator(ref: IndicatorRef): ResolvedIndicator {
  const name = typeof ref === 'string' ? ref : ref.name;
  const rawParams = typeof ref === 'string' ? {} : (ref.params ?? {});
  if (!isIndicatorName(name)) return { ok: false, problem: 'unknown', detail: name };
  const indicator = INDICATORS[name];
  const parsed = indicator.params.safeParse(rawParams);
  if (!parsed.success) {
    return { ok: false, problem: 'params', detail: parsed.error.issues[0]?.path.join('.') };
  }
  if (indicator.kind === 'scalar') {
    return { ok: true, kind: 'scalar', name: name as ScalarIndicatorName };
  }
  return { ok: true, kind: 'visit', name, measure: indicator.make(parsed.data) };
}
