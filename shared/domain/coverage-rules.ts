import type { LocalizedText } from '../api/result';
import { isValidIsoDate } from './dates';

// The rule numbers of BHYT coverage as dated data: settings hold them, coverage.ts applies them.

export type BenefitLevel = 1 | 2 | 3 | 4 | 5;

/** One row of the benefit table (the 3rd character of the card code picks the row). */
export interface BenefitRate {
  level: BenefitLevel;
  /** MUC_HUONG on route, before the low-cost and commune-level 100% rules. */
  percent: number;
  /** Cap on the fund's share of one high-tech service use, in months of base salary. */
  ceilingBaseSalaries: number | null;
  /** PHAM_VI 3 items (outside the list, paid for army, police, cipher staff). */
  coversScope3: boolean;
}

/** Rule numbers in force from a date until the next period starts. */
export interface CoveragePeriod {
  from: string;
  baseSalary: number;
  /** A visit whose in-scope cost is strictly below this % of base salary is paid 100%. */
  lowCostPercent: number;
  rates: readonly BenefitRate[];
}

export interface CoverageRules {
  periods: readonly CoveragePeriod[];
  /** What is compared with the low-cost threshold: in-scope cost (QĐ 130) or the whole bill. */
  lowCostBasis: 'insured' | 'total';
}

/** Off-route visits: 'full' treats them as on route; otherwise a share of MUC_HUONG. */
export type RouteRule = { kind: 'full' } | { kind: 'percentOfLevel'; percent: number };

export interface FacilityCoverage {
  /** MA_CSKCB: a card registered here (MA_DKBD) is on route. */
  code: string;
  offRoute: RouteRule;
  /** Commune station: MUC_HUONG 100 whatever the card's level (QĐ 130, MUC_HUONG note). */
  primaryCareFull: boolean;
}

/** Seed values for settings (each row dated); Settings may replace the whole table. */
export const DEFAULT_BENEFIT_RATES: readonly BenefitRate[] = [
  { level: 1, percent: 100, ceilingBaseSalaries: null, coversScope3: false },
  { level: 2, percent: 100, ceilingBaseSalaries: 40, coversScope3: false },
  { level: 3, percent: 95, ceilingBaseSalaries: 40, coversScope3: false },
  { level: 4, percent: 80, ceilingBaseSalaries: 40, coversScope3: false },
  { level: 5, percent: 100, ceilingBaseSalaries: null, coversScope3: true },
];

export const DEFAULT_COVERAGE_RULES: CoverageRules = {
  lowCostBasis: 'insured',
  periods: [
    { from: '2023-07-01', baseSalary: 1_800_000, lowCostPercent: 15, rates: DEFAULT_BENEFIT_RATES },
    { from: '2024-07-01', baseSalary: 2_340_000, lowCostPercent: 15, rates: DEFAULT_BENEFIT_RATES },
  ],
};

/** The rules that were once one value for every date; now each period carries its own. */
export interface CoverageFlags {
  lowCostBasis: CoverageRules['lowCostBasis'];
  offRoute: RouteRule;
  primaryCareFull: boolean;
}

/** A rule period as settings hold it: the numbers and the flags in force from its date. */
export type DatedCoveragePeriod = CoveragePeriod & CoverageFlags;

export const DEFAULT_COVERAGE_FLAGS: CoverageFlags = {
  lowCostBasis: 'insured',
  offRoute: { kind: 'full' },
  primaryCareFull: true,
};

/**
 * The rules and facility settings computeCoverage applies to a visit of `date`: the flags come
 * from the period in force that day, so a bill repriced later keeps the rules of its date.
 * With no period for the date the defaults stand in, and computeCoverage reports no rules.
 */
export function coverageOn(
  periods: readonly DatedCoveragePeriod[],
  facilityCode: string,
  date: string,
): { rules: CoverageRules; facility: FacilityCoverage } {
  const flags: CoverageFlags = periodOn({ periods }, date) ?? DEFAULT_COVERAGE_FLAGS;
  return {
    rules: { periods, lowCostBasis: flags.lowCostBasis },
    facility: {
      code: facilityCode,
      offRoute: flags.offRoute,
      primaryCareFull: flags.primaryCareFull,
    },
  };
}

const CARD_CODE = /^[A-Z]{2}[1-5]\d{12}$/;

/** Benefit level from a 15-character card code ("HS4…" → 4), or null when malformed. */
export function cardBenefitLevel(code: string): BenefitLevel | null {
  return CARD_CODE.test(code) ? (Number(code[2]) as BenefitLevel) : null;
}

/** The rule period in force on a date (periods may be listed in any order). */
export function periodOn<P extends CoveragePeriod>(
  rules: { periods: readonly P[] },
  date: string,
): P | null {
  let best: P | null = null;
  for (const p of rules.periods) {
    if (p.from <= date && (!best || p.from > best.from)) best = p;
  }
  return best;
}

const isPercent = (n: number): boolean => Number.isInteger(n) && n >= 0 && n <= 100;

/** Settings that would make the maths meaningless, reported instead of silently clamped. */
export function ruleProblems(period: CoveragePeriod, facility: FacilityCoverage): LocalizedText[] {
  const bad = (setting: string): LocalizedText => ({
    key: 'billing.coverage.invalidSetting',
    params: { setting },
  });
  const problems: LocalizedText[] = [];
  if (!isValidIsoDate(period.from)) problems.push(bad('from'));
  if (!Number.isSafeInteger(period.baseSalary) || period.baseSalary <= 0) {
    problems.push(bad('baseSalary'));
  }
  if (!isPercent(period.lowCostPercent)) problems.push(bad('lowCostPercent'));
  for (const rate of period.rates) {
    if (!isPercent(rate.percent)) problems.push(bad(`rates.${rate.level}.percent`));
    const ceiling = rate.ceilingBaseSalaries;
    if (ceiling !== null && !(Number.isInteger(ceiling) && ceiling > 0 && ceiling <= 1000)) {
      problems.push(bad(`rates.${rate.level}.ceilingBaseSalaries`));
    }
  }
  if (facility.offRoute.kind === 'percentOfLevel' && !isPercent(facility.offRoute.percent)) {
    problems.push(bad('offRoute.percent'));
  }
  return problems;
}
