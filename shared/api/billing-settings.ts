import { z } from 'zod';
import { DEFAULT_COVERAGE_FLAGS, DEFAULT_COVERAGE_RULES } from '../domain/coverage';
import { VIETQR_TEXT_MAX, foldToAscii } from '../domain/vietqr';
import { isoDate } from './fields';

const percent = z.number().int().min(0).max(100);

const benefitRate = z.object({
  level: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5)]),
  percent,
  /** Months of base salary the fund pays at most for one high-tech service; null: no cap. */
  ceilingBaseSalaries: z.number().int().min(1).max(1000).nullable(),
  coversScope3: z.boolean(),
});

/**
 * The rule numbers in force from `from`, and the rules that change money with them: each is
 * dated, so a bill repriced later (a return after payment) keeps the rules of its visit date.
 */
const coveragePeriod = z.object({
  from: isoDate,
  baseSalary: z.number().int().min(1).max(1_000_000_000),
  lowCostPercent: percent,
  rates: z
    .array(benefitRate)
    .min(1)
    .max(5)
    .refine((rates) => new Set(rates.map((r) => r.level)).size === rates.length, {
      message: 'billing.settings.levelTwice',
    }),
  /** The low-cost threshold is compared with the in-scope cost (QĐ 130) or the whole bill. */
  lowCostBasis: z.enum(['insured', 'total']),
  /** Cards registered elsewhere: as on route (2025 law), or a share of the benefit. */
  offRoute: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('full') }),
    z.object({ kind: z.literal('percentOfLevel'), percent }),
  ]),
  /** A commune station records MUC_HUONG 100 whatever the card's level. */
  primaryCareFull: z.boolean(),
});

const coveragePeriods = z
  .array(coveragePeriod)
  .min(1)
  .max(50)
  .refine((periods) => new Set(periods.map((p) => p.from)).size === periods.length, {
    message: 'billing.settings.periodTwice',
  });

/** Fresh copies of the seed table, so a default is never shared (and never frozen). */
const defaultPeriods = (): z.output<typeof coveragePeriod>[] =>
  DEFAULT_COVERAGE_RULES.periods.map((p) => ({
    ...p,
    rates: p.rates.map((r) => ({ ...r })),
    lowCostBasis: DEFAULT_COVERAGE_FLAGS.lowCostBasis,
    offRoute: { ...DEFAULT_COVERAGE_FLAGS.offRoute },
    primaryCareFull: DEFAULT_COVERAGE_FLAGS.primaryCareFull,
  }));

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Settings saved before the flags were dated hold one value for every date beside the periods:
 * each period without its own takes that value (or the default), so old bills price as before.
 */
function liftUndatedFlags(stored: unknown): unknown {
  if (!isRecord(stored)) return stored;
  const { lowCostBasis, offRoute, primaryCareFull, periods, ...rest } = stored;
  const undated = {
    lowCostBasis: lowCostBasis ?? DEFAULT_COVERAGE_FLAGS.lowCostBasis,
    offRoute: offRoute ?? DEFAULT_COVERAGE_FLAGS.offRoute,
    primaryCareFull: primaryCareFull ?? DEFAULT_COVERAGE_FLAGS.primaryCareFull,
  };
  if (!Array.isArray(periods)) return rest;
  return {
    ...rest,
    periods: (periods as unknown[]).map((p) => (isRecord(p) ? { ...undated, ...p } : p)),
  };
}

/** The BHYT rule numbers and this facility's money rules, as dated periods. */
export const coverageSettings = z.preprocess(
  liftUndatedFlags,
  z.object({ periods: coveragePeriods.default(defaultPeriods) }),
);

/** settings.update's coverage: the whole table of periods (an unknown field is refused). */
export const coveragePatch = z.strictObject({ periods: coveragePeriods.optional() });

const vietQrText = z
  .string()
  .trim()
  .refine((text) => foldToAscii(text).length <= VIETQR_TEXT_MAX, 'billing.vietqr.nameTooLong')
  .refine((text) => /^[A-Za-z0-9 ._/-]*$/.test(foldToAscii(text)), 'billing.vietqr.nameChars');

/** The cashier's desk: the bank for VietQR transfers, the receipt book, the shift rule. */
export const cashierSettings = z.object({
  bankName: z.string().trim().max(100).default(''),
  /** NAPAS BIN of the station's bank (6 digits); empty: no transfers. */
  bankBin: z
    .string()
    .trim()
    .regex(/^(\d{6})?$/, 'billing.vietqr.bankBin')
    .default(''),
  bankAccount: z
    .string()
    .trim()
    .regex(/^[0-9A-Za-z]{0,19}$/, 'billing.vietqr.account')
    .default(''),
  payee: vietQrText.default(''),
  /** Quyển: receipt numbers (số) count from 1 in each book. */
  receiptBook: z
    .string()
    .trim()
    .regex(/^[0-9A-Za-z./-]{1,12}$/, 'validation.invalid')
    .default('01'),
  /** Ký hiệu printed on the receipts, when the book has one. */
  receiptSeries: z.string().trim().max(20).default(''),
  /** One shift per cashier (each closes their own drawer) or one for the whole station. */
  shiftPerCashier: z.boolean().default(false),
});

/** Codes the XML 130 files need that Tram does not otherwise know. */
export const claimsSettings = z.object({
  /** MA_KHOA: K01 is the outpatient (examination) department in the MoH list. */
  departmentCode: z.string().trim().min(1).max(20).default('K01'),
  /** MA_TTDV: the social-insurance number of the head who signs the claims. */
  headCode: z.string().trim().max(20).default(''),
  /** KET_QUA_DTRI written for an outpatient visit (1 cured … 7 not determined). */
  resultCode: z.number().int().min(1).max(7).default(2),
  /**
   * MA_QUOCTICH of Vietnamese patients (whose record leaves nationality out): 000 as HIS vendors
   * send it; the TT 07/2016/TT-BCA list is not public data here (verify with the BHXH office).
   */
  vietnamNationalityCode: z
    .string()
    .trim()
    .regex(/^\d{3}$/, 'patients.nationality.code')
    .default('000'),
  /**
   * How BHXH pays this station, from each date (MA_PTTT on every line; T_BHTT_GDV is the fund's
   * share of fee-for-service lines): 1 fee for service, 2 capitation, 3 DRG.
   */
  paymentMethods: z
    .array(z.object({ from: isoDate, method: z.union([z.literal(1), z.literal(2), z.literal(3)]) }))
    .min(1)
    .max(50)
    .refine((periods) => new Set(periods.map((p) => p.from)).size === periods.length, {
      message: 'billing.settings.periodTwice',
    })
    .default(() => [{ from: '2000-01-01', method: 1 as const }]),
});

/** MA_PTTT in force on a date: the latest period starting on or before it (1 before any). */
export function paymentMethodOn(
  periods: ClaimsSettings['paymentMethods'],
  date: string,
): 1 | 2 | 3 {
  let best: ClaimsSettings['paymentMethods'][number] | undefined;
  for (const p of periods) if (p.from <= date && (!best || p.from > best.from)) best = p;
  return best?.method ?? 1;
}

export type CoverageSettings = z.output<typeof coverageSettings>;
export type CashierSettings = z.output<typeof cashierSettings>;
export type ClaimsSettings = z.output<typeof claimsSettings>;
