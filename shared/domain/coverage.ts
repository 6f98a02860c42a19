import type { LocalizedText } from '../api/result';
import { isValidIsoDate } from './dates';
import {
  cardBenefitLevel,
  periodOn,
  ruleProblems,
  type BenefitLevel,
  type BenefitRate,
  type CoveragePeriod,
  type CoverageRules,
  type FacilityCoverage,
} from './coverage-rules';
import { mulDivHalfUp } from './money';
import { fromMilli, isUnitPrice, lineAmountMilli, toMilli } from './unit-price';

export {
  DEFAULT_BENEFIT_RATES,
  DEFAULT_COVERAGE_FLAGS,
  DEFAULT_COVERAGE_RULES,
  cardBenefitLevel,
  coverageOn,
  periodOn,
  type BenefitLevel,
  type BenefitRate,
  type CoverageFlags,
  type CoveragePeriod,
  type DatedCoveragePeriod,
  type CoverageRules,
  type FacilityCoverage,
  type RouteRule,
} from './coverage-rules';

export interface CoverageCard {
  code: string;
  validFrom: string;
  validTo: string;
  registeredFacility: string;
}

/** 1 in scope, 2 out of scope, 3 out of scope but paid for level-5 cards (PHAM_VI). */
export type Scope = 1 | 2 | 3;
export type LineKind = 'service' | 'drug' | 'supply';

export interface CoverageLine {
  kind: LineKind;
  refId: number;
  name: string;
  /** Whole units for drugs; services and supplies allow 3 decimals (SO_LUONG). */
  quantity: number;
  /** Dong, up to 3 decimals (DON_GIA 735.5); amounts are rounded to whole dong. */
  unitPrice: number;
  insuredUnitPrice: number;
  /** TYLE_TT_BH, whole percent 0–100. */
  coverageRatio: number;
  /** TYLE_TT_DV (second exam of the day, shared bed); 100 when absent. */
  serviceRatio?: number;
  scope: Scope;
  highTech?: boolean;
}

export interface CoverageInput {
  visitKind: 'bhyt' | 'fee';
  /** Local date YYYY-MM-DD. */
  visitDate: string;
  card: CoverageCard | null;
  facility: FacilityCoverage;
  emergency?: boolean;
  referred?: boolean;
  /** Chronic drugs prescribed upstream and dispensed here: the card's own level applies. */
  upstreamPrescription?: boolean;
  lines: readonly CoverageLine[];
}

export interface CoverageAmounts {
  amount: number;
  insuredAmount: number;
  insurancePays: number;
  coPay: number;
  patientPays: number;
  otherSources: number;
}

export interface CoverageLineResult extends CoverageAmounts {
  line: CoverageLine;
  covered: boolean;
  benefitPercent: number;
  notes: LocalizedText[];
}

export interface CoverageTotals extends CoverageAmounts {
  drugs: number;
  supplies: number;
  services: number;
}

export type CoverageStatus =
  'covered' | 'fee' | 'noCard' | 'cardInvalid' | 'cardNotYetValid' | 'cardExpired';

export interface CoverageResult {
  status: CoverageStatus;
  benefitLevel: BenefitLevel | null;
  /** MUC_HUONG of in-scope lines; 0 when nothing is covered. */
  benefitPercent: number;
  lowCostApplied: boolean;
  lowCostThreshold: number;
  reasons: LocalizedText[];
  lines: CoverageLineResult[];
  totals: CoverageTotals;
}

export type CoverageOutcome =
  { ok: true; value: CoverageResult } | { ok: false; problems: LocalizedText[] };

const isPercent = (n: number): boolean => Number.isInteger(n) && n >= 0 && n <= 100;

/** Thousandths of a unit, or null when the quantity is not usable for this kind. */
function quantityMilli(line: CoverageLine): number | null {
  const milli = Math.round(line.quantity * 1000);
  if (!(line.quantity > 0) || milli > 1e8 || Math.abs(milli - line.quantity * 1000) > 1e-6) {
    return null;
  }
  if (line.kind === 'drug' && milli % 1000 !== 0) return null;
  return milli;
}

function lineProblems(line: CoverageLine, index: number): LocalizedText[] {
  const bad = (field: string): LocalizedText => ({
    key: 'billing.coverage.invalidLine',
    params: { line: index + 1, field },
  });
  const problems: LocalizedText[] = [];
  if (quantityMilli(line) === null) problems.push(bad('quantity'));
  if (!isUnitPrice(line.unitPrice)) problems.push(bad('unitPrice'));
  if (!isUnitPrice(line.insuredUnitPrice)) problems.push(bad('insuredUnitPrice'));
  if (!isPercent(line.coverageRatio)) problems.push(bad('coverageRatio'));
  if (line.serviceRatio !== undefined && !isPercent(line.serviceRatio)) {
    problems.push(bad('serviceRatio'));
  }
  return problems;
}

const zeroAmounts = (): CoverageAmounts => ({
  amount: 0,
  insuredAmount: 0,
  insurancePays: 0,
  coPay: 0,
  patientPays: 0,
  otherSources: 0,
});

interface Grant {
  status: CoverageStatus;
  level: BenefitLevel | null;
  rate: BenefitRate | null;
  reasons: LocalizedText[];
}

function grantFor(input: CoverageInput, period: CoveragePeriod): Grant | LocalizedText {
  const none = (status: CoverageStatus, reason: LocalizedText): Grant => ({
    status,
    level: null,
    rate: null,
    reasons: [reason],
  });
  if (input.visitKind === 'fee') return none('fee', { key: 'billing.coverage.feeVisit' });
  const card = input.card;
  if (!card) return none('noCard', { key: 'billing.coverage.noCard' });
  const level = cardBenefitLevel(card.code);
  if (level === null) {
    return none('cardInvalid', {
      key: 'billing.coverage.cardCodeInvalid',
      params: { code: card.code },
    });
  }
  if (input.visitDate < card.validFrom) {
    return none('cardNotYetValid', {
      key: 'billing.coverage.cardNotYetValid',
      params: { validFrom: card.validFrom },
    });
  }
  if (input.visitDate > card.validTo) {
    return none('cardExpired', {
      key: 'billing.coverage.cardExpired',
      params: { validTo: card.validTo },
    });
  }
  const rate = period.rates.find((r) => r.level === level);
  if (!rate) return { key: 'billing.coverage.noRate', params: { level } };
  return { status: 'covered', level, rate, reasons: [] };
}

function isCovered(line: CoverageLine, rate: BenefitRate | null): boolean {
  return rate !== null && (line.scope === 1 || (line.scope === 3 && rate.coversScope3));
}

/**
 * Splits every line of a visit between the BHYT fund, the co-pay and the patient.
 * Rounding, the one rule: prices (up to 3 decimals) and quantities (up to 3 decimals) are
 * multiplied exactly; a line's amount (THANH_TIEN_BV = quantity × price), its insured amount
 * (THANH_TIEN_BH = quantity × insured price × ratios) and its fund share (T_BHTT =
 * THANH_TIEN_BH × MUC_HUONG) are each rounded half-up to whole VND once; co-pay and patient-paid
 * are remainders, so the parts always sum to the line amount, and every total is the sum of
 * its lines.
 */
export function computeCoverage(input: CoverageInput, rules: CoverageRules): CoverageOutcome {
  if (!isValidIsoDate(input.visitDate)) {
    return {
      ok: false,
      problems: [{ key: 'billing.coverage.invalidDate', params: { date: input.visitDate } }],
    };
  }
  const period = periodOn(rules, input.visitDate);
  if (!period) {
    return {
      ok: false,
      problems: [{ key: 'billing.coverage.noRules', params: { date: input.visitDate } }],
    };
  }
  const problems = [...ruleProblems(period, input.facility), ...input.lines.flatMap(lineProblems)];
  const grant = grantFor(input, period);
  if ('key' in grant) problems.push(grant);
  if (problems.length > 0 || 'key' in grant) return { ok: false, problems };

  const { rate } = grant;
  const priced = input.lines.map((line) => {
    const milli = quantityMilli(line) ?? 0;
    // Quantity and prices in thousandths: their product is in millionths of a dong.
    const amount = lineAmountMilli(milli, toMilli(line.unitPrice));
    const covered = isCovered(line, rate);
    const insuredUnit = toMilli(Math.min(line.unitPrice, line.insuredUnitPrice));
    const ratios = line.coverageRatio * (line.serviceRatio ?? 100);
    const insuredAmount = covered ? mulDivHalfUp(milli * ratios, insuredUnit, 10_000_000_000) : 0;
    return { line, amount, covered, insuredAmount };
  });

  const basis = priced.reduce(
    (sum, p) => sum + (rules.lowCostBasis === 'insured' ? p.insuredAmount : p.amount),
    0,
  );
  // Compare basis < baseSalary × percent / 100 without dividing, so no rounding decides it.
  const lowCost = rate !== null && basis * 100 < period.baseSalary * period.lowCostPercent;
  const threshold = mulDivHalfUp(period.baseSalary, period.lowCostPercent, 100);
  const reasons = [...grant.reasons];
  const primaryCare =
    rate !== null && input.facility.primaryCareFull && !input.upstreamPrescription;
  const lowCostApplied = lowCost && !primaryCare;
  let levelPercent = rate?.percent ?? 0;
  if (primaryCare) {
    levelPercent = 100;
    reasons.push({ key: 'billing.coverage.primaryCare' });
  } else if (lowCostApplied) {
    levelPercent = 100;
    reasons.push({
      key: 'billing.coverage.lowCost',
      params: { percent: period.lowCostPercent, threshold },
    });
  }
  const onRoute =
    input.card?.registeredFacility === input.facility.code ||
    input.emergency === true ||
    input.referred === true;
  const routePercent =
    onRoute || input.facility.offRoute.kind === 'full' ? 100 : input.facility.offRoute.percent;
  if (rate && routePercent !== 100) {
    reasons.push({ key: 'billing.coverage.offRoute', params: { percent: routePercent } });
  }
  const benefitPercent = rate ? (levelPercent * routePercent) / 100 : 0;
  if (rate) {
    reasons.unshift({
      key: 'billing.coverage.benefit',
      params: { level: grant.level ?? 0, percent: benefitPercent },
    });
  }

  const lines = priced.map(({ line, amount, covered, insuredAmount }): CoverageLineResult => {
    const notes: LocalizedText[] = [];
    let insurancePays = covered
      ? mulDivHalfUp(insuredAmount, levelPercent * routePercent, 10_000)
      : 0;
    if (rate && !covered) notes.push({ key: 'billing.coverage.line.outOfScope' });
    if (covered && line.unitPrice > line.insuredUnitPrice) {
      notes.push({
        key: 'billing.coverage.line.priceAboveInsured',
        params: {
          difference: fromMilli(toMilli(line.unitPrice) - toMilli(line.insuredUnitPrice)),
        },
      });
    }
    if (covered && line.coverageRatio < 100) {
      notes.push({
        key: 'billing.coverage.line.partialRatio',
        params: { ratio: line.coverageRatio },
      });
    }
    if (covered && line.highTech && rate?.ceilingBaseSalaries != null) {
      const ceiling = rate.ceilingBaseSalaries * period.baseSalary;
      if (insurancePays > ceiling) {
        insurancePays = ceiling;
        notes.push({ key: 'billing.coverage.line.ceiling', params: { ceiling } });
      }
    }
    const otherSources = 0;
    return {
      line,
      covered,
      benefitPercent: covered ? benefitPercent : 0,
      amount,
      insuredAmount,
      insurancePays,
      coPay: insuredAmount - insurancePays,
      patientPays: amount - insuredAmount - otherSources,
      otherSources,
      notes,
    };
  });

  const totals: CoverageTotals = { ...zeroAmounts(), drugs: 0, supplies: 0, services: 0 };
  for (const l of lines) {
    totals.amount += l.amount;
    totals.insuredAmount += l.insuredAmount;
    totals.insurancePays += l.insurancePays;
    totals.coPay += l.coPay;
    totals.patientPays += l.patientPays;
    totals.otherSources += l.otherSources;
    if (l.line.kind === 'drug') totals.drugs += l.amount;
    else if (l.line.kind === 'supply') totals.supplies += l.amount;
    else totals.services += l.amount;
  }
  return {
    ok: true,
    value: {
      status: grant.status,
      benefitLevel: grant.level,
      benefitPercent,
      lowCostApplied,
      lowCostThreshold: threshold,
      reasons,
      lines,
      totals,
    },
  };
}
