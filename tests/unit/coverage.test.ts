import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_COVERAGE_FLAGS,
  DEFAULT_COVERAGE_RULES,
  coverageOn,
  cardBenefitLevel,
  computeCoverage,
  type CoverageInput,
  type CoverageLine,
  type CoverageResult,
  type CoverageRules,
} from '../../shared/domain/coverage';

const FACILITY = '01001';

function line(overrides: Partial<CoverageLine> = {}): CoverageLine {
  return {
    kind: 'service',
    refId: 1,
    name: 'Khám bệnh',
    quantity: 1,
    unitPrice: 500_000,
    insuredUnitPrice: 500_000,
    coverageRatio: 100,
    scope: 1,
    ...overrides,
  };
}

function visit(overrides: Partial<CoverageInput> = {}): CoverageInput {
  return {
    visitKind: 'bhyt',
    visitDate: '2025-06-15',
    card: {
      code: 'DN4010120878811',
      validFrom: '2025-01-01',
      validTo: '2025-12-31',
      registeredFacility: FACILITY,
    },
    facility: { code: FACILITY, offRoute: { kind: 'full' }, primaryCareFull: false },
    lines: [line()],
    ...overrides,
  };
}

function withCard(code: string, rest: Partial<CoverageInput> = {}): CoverageInput {
  const base = visit();
  return { ...base, card: base.card && { ...base.card, code }, ...rest };
}

function ok(input: CoverageInput, rules: CoverageRules = DEFAULT_COVERAGE_RULES): CoverageResult {
  const outcome = computeCoverage(input, rules);
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
  return outcome.value;
}

function parts(r: CoverageResult, index = 0) {
  const l = r.lines[index];
  if (!l) throw new Error(`no line ${index}`);
  return [l.insurancePays, l.coPay, l.patientPays, l.otherSources];
}

describe('cardBenefitLevel', () => {
  it('reads the third character of a 15-character code', () => {
    expect(cardBenefitLevel('HS4010120878811')).toBe(4);
    expect(cardBenefitLevel('TE1790000000001')).toBe(1);
    expect(cardBenefitLevel('HS6010120878811')).toBeNull();
    expect(cardBenefitLevel('HS401012087881')).toBeNull();
    expect(cardBenefitLevel('hs4010120878811')).toBeNull();
  });
});

describe('benefit levels on route, above the low-cost threshold', () => {
  it.each([
    ['CC1010000000001', 100, [500_000, 0, 0, 0]],
    ['CK2010000000001', 100, [500_000, 0, 0, 0]],
    ['HT3010000000001', 95, [475_000, 25_000, 0, 0]],
    ['DN4010000000001', 80, [400_000, 100_000, 0, 0]],
    ['QN5010000000001', 100, [500_000, 0, 0, 0]],
  ])('%s pays %d%%', (code, percent, expected) => {
    const r = ok(withCard(code));
    expect(r.status).toBe('covered');
    expect(r.benefitPercent).toBe(percent);
    expect(r.lines[0]?.benefitPercent).toBe(percent);
    expect(parts(r)).toEqual(expected);
    expect(r.lowCostApplied).toBe(false);
    expect(r.reasons[0]).toEqual({
      key: 'billing.coverage.benefit',
      params: { level: Number(code[2]), percent },
    });
  });

  it('pays PHAM_VI 3 items only for level-5 cards', () => {
    const lines = [
      line(),
      line({ refId: 2, scope: 3, unitPrice: 100_000, insuredUnitPrice: 100_000 }),
    ];
    expect(parts(ok(withCard('QN5010000000001', { lines })), 1)).toEqual([100_000, 0, 0, 0]);
    const level4 = ok(withCard('DN4010000000001', { lines }));
    expect(parts(level4, 1)).toEqual([0, 0, 100_000, 0]);
    expect(level4.lines[1]?.benefitPercent).toBe(0);
  });
});

describe('low-cost threshold: strictly below 15% of base salary is paid 100%', () => {
  const at = (amount: number, visitDate = '2025-06-15') => {
    const base = visit({
      visitDate,
      lines: [line({ unitPrice: amount, insuredUnitPrice: amount })],
    });
    const r = ok({ ...base, card: base.card && { ...base.card, validFrom: '2024-01-01' } });
    expect(r.status).toBe('covered');
    return r;
  };

  it('exactly at 351,000 is not below: the card level applies', () => {
    const r = at(351_000);
    expect(r.lowCostThreshold).toBe(351_000);
    expect(r.lowCostApplied).toBe(false);
    expect(parts(r)).toEqual([280_800, 70_200, 0, 0]);
  });

  it('one dong under is paid in full', () => {
    const r = at(350_999);
    expect(r.lowCostApplied).toBe(true);
    expect(r.benefitPercent).toBe(100);
    expect(parts(r)).toEqual([350_999, 0, 0, 0]);
    expect(r.reasons).toContainEqual({
      key: 'billing.coverage.lowCost',
      params: { percent: 15, threshold: 351_000 },
    });
  });

  it('one dong over: the card level applies', () => {
    const r = at(351_001);
    expect(r.lowCostApplied).toBe(false);
    expect(parts(r)).toEqual([280_801, 70_200, 0, 0]);
  });

  it('uses the base salary in force on the visit date', () => {
    const before = at(300_000, '2024-06-30');
    expect(before.lowCostThreshold).toBe(270_000);
    expect(before.lowCostApplied).toBe(false);
    expect(at(300_000, '2024-07-01').lowCostApplied).toBe(true);
  });

  it('compares the in-scope cost by default, the whole bill when set to', () => {
    const input = visit({
      lines: [
        line({ unitPrice: 200_000, insuredUnitPrice: 200_000 }),
        line({ refId: 2, scope: 2, unitPrice: 200_000, insuredUnitPrice: 0 }),
      ],
    });
    expect(ok(input).lowCostApplied).toBe(true);
    const total = ok(input, { ...DEFAULT_COVERAGE_RULES, lowCostBasis: 'total' });
    expect(total.lowCostApplied).toBe(false);
    expect(parts(total)).toEqual([160_000, 40_000, 0, 0]);
  });

  it('reports missing rules for dates before any period', () => {
    const outcome = computeCoverage(visit({ visitDate: '2020-01-01' }), DEFAULT_COVERAGE_RULES);
    expect(outcome).toEqual({
      ok: false,
      problems: [{ key: 'billing.coverage.noRules', params: { date: '2020-01-01' } }],
    });
  });
});

describe('card validity on the visit date', () => {
  it.each([
    ['2024-12-31', 'cardNotYetValid', 'billing.coverage.cardNotYetValid'],
    ['2026-01-01', 'cardExpired', 'billing.coverage.cardExpired'],
  ])('%s → %s: everything patient-paid', (visitDate, status, key) => {
    const r = ok(visit({ visitDate }));
    expect(r.status).toBe(status);
    expect(r.reasons.map((x) => x.key)).toEqual([key]);
    expect(parts(r)).toEqual([0, 0, 500_000, 0]);
    expect(r.totals.patientPays).toBe(500_000);
    expect(r.benefitPercent).toBe(0);
    expect(r.lines[0]?.notes).toEqual([]);
  });

  it('is valid on its first and last day', () => {
    expect(ok(visit({ visitDate: '2025-01-01' })).status).toBe('covered');
    expect(ok(visit({ visitDate: '2025-12-31' })).status).toBe('covered');
  });

  it('an unreadable code, no card, or a fee visit: patient pays all', () => {
    expect(ok(withCard('XX9')).status).toBe('cardInvalid');
    expect(ok(visit({ card: null })).status).toBe('noCard');
    const fee = ok(visit({ visitKind: 'fee' }));
    expect(fee.status).toBe('fee');
    expect(parts(fee)).toEqual([0, 0, 500_000, 0]);
  });
});

describe('line rules', () => {
  it('out of scope: the patient pays the whole line', () => {
    const r = ok(visit({ lines: [line(), line({ refId: 2, scope: 2, unitPrice: 30_000 })] }));
    expect(parts(r, 1)).toEqual([0, 0, 30_000, 0]);
    expect(r.lines[1]?.insuredAmount).toBe(0);
    expect(r.lines[1]?.notes).toEqual([{ key: 'billing.coverage.line.outOfScope' }]);
  });

  it('price above the insured price: the difference is patient-paid', () => {
    const r = ok(
      visit({ lines: [line({ quantity: 4, unitPrice: 120_000, insuredUnitPrice: 100_000 })] }),
    );
    expect(r.lines[0]?.amount).toBe(480_000);
    expect(r.lines[0]?.insuredAmount).toBe(400_000);
    expect(parts(r)).toEqual([320_000, 80_000, 80_000, 0]);
    expect(r.lines[0]?.notes).toContainEqual({
      key: 'billing.coverage.line.priceAboveInsured',
      params: { difference: 20_000 },
    });
  });

  it('coverage ratio 50%: half the insured price is in scope', () => {
    const r = ok(
      visit({
        lines: [
          line({ kind: 'drug', unitPrice: 800_000, insuredUnitPrice: 800_000, coverageRatio: 50 }),
        ],
      }),
    );
    expect(r.lines[0]?.insuredAmount).toBe(400_000);
    expect(parts(r)).toEqual([320_000, 80_000, 400_000, 0]);
  });

  it('rounds the fund share half-up once and leaves the remainder as co-pay', () => {
    const r = ok(
      withCard('HT3010000000001', {
        lines: [line({ unitPrice: 400_001, insuredUnitPrice: 400_001 })],
      }),
    );
    // 95% of 400,001 = 380,000.95 → 380,001
    expect(parts(r)).toEqual([380_001, 20_000, 0, 0]);
    const half = ok(
      visit({
        lines: [line({ quantity: 0.5, unitPrice: 1_000_001, insuredUnitPrice: 1_000_001 })],
      }),
    );
    // 0.5 × 1,000,001 = 500,000.5 → 500,001; 80% = 400,000.8 → 400,001
    expect(half.lines[0]?.amount).toBe(500_001);
    expect(parts(half)).toEqual([400_001, 100_000, 0, 0]);
  });

  it('caps the fund share of a high-tech service at the ceiling', () => {
    const big = line({ unitPrice: 100_000_000, insuredUnitPrice: 100_000_000, highTech: true });
    const r = ok(withCard('CK2010000000001', { lines: [big] }));
    expect(parts(r)).toEqual([93_600_000, 6_400_000, 0, 0]);
    expect(parts(ok(withCard('CC1010000000001', { lines: [big] })))).toEqual([
      100_000_000, 0, 0, 0,
    ]);
  });

  it('returns problems for unusable lines instead of guessing', () => {
    const outcome = computeCoverage(
      visit({
        lines: [
          line({ kind: 'drug', quantity: 1.5 }),
          line({ unitPrice: -1 }),
          line({ coverageRatio: 101 }),
          line({ quantity: 0.0001 }),
        ],
      }),
      DEFAULT_COVERAGE_RULES,
    );
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) {
      expect(outcome.problems.map((p) => p.params)).toEqual([
        { line: 1, field: 'quantity' },
        { line: 2, field: 'unitPrice' },
        { line: 3, field: 'coverageRatio' },
        { line: 4, field: 'quantity' },
      ]);
    }
  });
});

describe('facility and route settings', () => {
  it('a commune station pays 100% whatever the level, except upstream chronic prescriptions', () => {
    const facility = { code: FACILITY, offRoute: { kind: 'full' as const }, primaryCareFull: true };
    const r = ok(visit({ facility }));
    expect(r.benefitPercent).toBe(100);
    expect(parts(r)).toEqual([500_000, 0, 0, 0]);
    expect(r.reasons).toContainEqual({ key: 'billing.coverage.primaryCare' });
    expect(parts(ok(visit({ facility, upstreamPrescription: true })))).toEqual([
      400_000, 100_000, 0, 0,
    ]);
  });

  it('off route pays a share of the level unless the rule is full, emergency or referral', () => {
    const facility = {
      code: FACILITY,
      offRoute: { kind: 'percentOfLevel' as const, percent: 40 },
      primaryCareFull: false,
    };
    const base = visit({ facility });
    const elsewhere = { ...base, card: base.card && { ...base.card, registeredFacility: '79024' } };
    const r = ok(elsewhere);
    expect(r.benefitPercent).toBe(32);
    expect(parts(r)).toEqual([160_000, 340_000, 0, 0]);
    expect(ok({ ...elsewhere, emergency: true }).benefitPercent).toBe(80);
    expect(ok({ ...elsewhere, referred: true }).benefitPercent).toBe(80);
    expect(ok(base).benefitPercent).toBe(80);
  });
});

describe('settings', () => {
  it('reports rule numbers that make no sense instead of clamping them', () => {
    const [first] = DEFAULT_COVERAGE_RULES.periods;
    if (!first) throw new Error('fixture');
    const rules: CoverageRules = {
      ...DEFAULT_COVERAGE_RULES,
      periods: [
        {
          ...first,
          from: '2025-01-01',
          baseSalary: 0,
          rates: [{ level: 4, percent: 101, ceilingBaseSalaries: 0, coversScope3: false }],
        },
      ],
    };
    const facility = {
      code: FACILITY,
      offRoute: { kind: 'percentOfLevel' as const, percent: 120 },
      primaryCareFull: false,
    };
    const outcome = computeCoverage(visit({ facility }), rules);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) {
      expect(outcome.problems).toEqual(
        ['baseSalary', 'rates.4.percent', 'rates.4.ceilingBaseSalaries', 'offRoute.percent'].map(
          (setting) => ({
            key: 'billing.coverage.invalidSetting',
            params: { setting },
          }),
        ),
      );
    }
  });

  it('reports a card level missing from the table', () => {
    const rules: CoverageRules = {
      ...DEFAULT_COVERAGE_RULES,
      periods: DEFAULT_COVERAGE_RULES.periods.map((p) => ({
        ...p,
        rates: p.rates.filter((r) => r.level !== 3),
      })),
    };
    expect(computeCoverage(withCard('HT3010000000001'), rules)).toEqual({
      ok: false,
      problems: [{ key: 'billing.coverage.noRate', params: { level: 3 } }],
    });
  });
});

describe('parts always add up (property)', () => {
  const lineArb = fc.record({
    kind: fc.constantFrom('service' as const, 'drug' as const, 'supply' as const),
    refId: fc.nat(),
    name: fc.constant('x'),
    quantity: fc.integer({ min: 1, max: 100_000 }).map((milli) => milli / 1000),
    unitPrice: fc.integer({ min: 0, max: 5_000_000 }),
    insuredUnitPrice: fc.integer({ min: 0, max: 5_000_000 }),
    coverageRatio: fc.integer({ min: 0, max: 100 }),
    serviceRatio: fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined }),
    scope: fc.constantFrom(1 as const, 2 as const, 3 as const),
    highTech: fc.boolean(),
  });

  it('per line and in total, none negative, for every level, card state and route', () => {
    fc.assert(
      fc.property(
        fc.array(lineArb, { maxLength: 12 }),
        fc.constantFrom('CC1', 'CK2', 'HT3', 'DN4', 'QN5'),
        fc.constantFrom('2024-12-31', '2025-06-15', '2026-01-01'),
        fc.boolean(),
        fc.integer({ min: 0, max: 100 }),
        fc.constantFrom('bhyt' as const, 'fee' as const),
        (raw, prefix, visitDate, primaryCareFull, offRoutePercent, visitKind) => {
          const lines = raw.map((l) =>
            l.kind === 'drug' ? { ...l, quantity: Math.ceil(l.quantity) } : l,
          );
          const base = withCard(`${prefix}010000000001`, { lines, visitDate, visitKind });
          const r = ok({
            ...base,
            card: base.card && { ...base.card, registeredFacility: '79024' },
            facility: {
              code: FACILITY,
              offRoute: { kind: 'percentOfLevel', percent: offRoutePercent },
              primaryCareFull,
            },
          });
          const sum = { amount: 0, insurancePays: 0, coPay: 0, patientPays: 0, otherSources: 0 };
          for (const l of r.lines) {
            const split = [l.insurancePays, l.coPay, l.patientPays, l.otherSources];
            for (const part of split) expect(Number.isSafeInteger(part) && part >= 0).toBe(true);
            expect(split.reduce((a, b) => a + b, 0)).toBe(l.amount);
            expect(l.insurancePays).toBeLessThanOrEqual(l.insuredAmount);
            expect(l.insuredAmount).toBeLessThanOrEqual(l.amount);
            for (const key of Object.keys(sum) as (keyof typeof sum)[]) sum[key] += l[key];
          }
          for (const key of Object.keys(sum) as (keyof typeof sum)[]) {
            expect(r.totals[key]).toBe(sum[key]);
          }
          const { insurancePays, coPay, patientPays, otherSources, amount } = r.totals;
          expect(insurancePays + coPay + patientPays + otherSources).toBe(amount);
          expect(r.totals.drugs + r.totals.supplies + r.totals.services).toBe(amount);
          if (r.status !== 'covered') expect(insurancePays + coPay).toBe(0);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('rules by date', () => {
  it('take the money rules from the period in force on the visit date', () => {
    const [older, newer] = DEFAULT_COVERAGE_RULES.periods;
    const periods = [
      { ...older!, ...DEFAULT_COVERAGE_FLAGS, primaryCareFull: false },
      {
        ...newer!,
        lowCostBasis: 'total' as const,
        offRoute: { kind: 'percentOfLevel' as const, percent: 40 },
        primaryCareFull: true,
      },
    ];
    const before = coverageOn(periods, '01001', '2024-06-30');
    expect(before.facility).toEqual({
      code: '01001',
      offRoute: { kind: 'full' },
      primaryCareFull: false,
    });
    expect(before.rules.lowCostBasis).toBe('insured');
    const after = coverageOn(periods, '01001', '2024-07-01');
    expect(after.facility).toMatchObject({ primaryCareFull: true, offRoute: { percent: 40 } });
    expect(after.rules).toEqual({ periods, lowCostBasis: 'total' });
    // Before any period: computeCoverage says there are no rules, whatever the flags.
    const none = coverageOn(periods, '01001', '2020-01-01');
    expect(computeCoverage(visit({ visitDate: '2020-01-01' }), none.rules).ok).toBe(false);
  });
});
