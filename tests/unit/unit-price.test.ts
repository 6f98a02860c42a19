import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_COVERAGE_RULES, computeCoverage } from '../../shared/domain/coverage';
import {
  formatUnitPrice,
  fromMilli,
  isUnitPrice,
  lineAmount,
  toMilli,
} from '../../shared/domain/unit-price';

describe('unit prices with up to 3 decimals', () => {
  it('are kept exactly as thousandths and printed the Vietnamese way', () => {
    expect(toMilli(735.5)).toBe(735_500);
    expect(toMilli(1234.567)).toBe(1_234_567);
    expect(fromMilli(1_234_567)).toBe(1234.567);
    expect(formatUnitPrice(1234.567)).toBe('1.234,567 đ');
    expect(formatUnitPrice(735.5)).toBe('735,5 đ');
    expect(formatUnitPrice(38_700)).toBe('38.700 đ');
    expect(isUnitPrice(12.5005)).toBe(false);
    expect(isUnitPrice(-1)).toBe(false);
    expect(() => toMilli(0.0001)).toThrow(RangeError);
  });

  it('round a line once, half up, to a whole dong (hand-computed)', () => {
    // 3 × 735.5 = 2206.5 → 2207; 7 × 1234.567 = 8641.969 → 8642; 0.5 × 735.5 = 367.75 → 368;
    // 2 × 0.25 = 0.5 → 1.
    expect(lineAmount(3, 735.5)).toBe(2207);
    expect(lineAmount(7, 1234.567)).toBe(8642);
    expect(lineAmount(0.5, 735.5)).toBe(368);
    expect(lineAmount(2, 0.25)).toBe(1);
  });

  it('make bills whose parts sum to each line and the lines to the totals (property)', () => {
    const price = fc.integer({ min: 0, max: 5_000_000 }).map((milli) => milli / 1000);
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            kind: fc.constantFrom('service' as const, 'drug' as const),
            quantity: fc.integer({ min: 1, max: 60 }),
            price,
            cut: fc.integer({ min: 0, max: 100 }),
            ratio: fc.constantFrom(30, 50, 100),
          }),
          { minLength: 1, maxLength: 8 },
        ),
        fc.constantFrom<'1' | '2' | '3' | '4' | '5'>('1', '2', '3', '4', '5'),
        (lines, level) => {
          const outcome = computeCoverage(
            {
              visitKind: 'bhyt',
              visitDate: '2026-11-26',
              card: {
                code: `DN${level}010120878811`,
                validFrom: '2026-01-01',
                validTo: '2026-12-31',
                registeredFacility: '01001',
              },
              facility: { code: '01001', offRoute: { kind: 'full' }, primaryCareFull: false },
              lines: lines.map((l, i) => ({
                kind: l.kind,
                refId: i + 1,
                name: `dòng ${i}`,
                quantity: l.quantity,
                unitPrice: l.price,
                insuredUnitPrice: fromMilli(Math.floor((toMilli(l.price) * (100 - l.cut)) / 100)),
                coverageRatio: l.ratio,
                scope: 1,
              })),
            },
            DEFAULT_COVERAGE_RULES,
          );
          if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
          const { lines: priced, totals } = outcome.value;
          for (const r of priced) {
            expect(Number.isSafeInteger(r.amount)).toBe(true);
            expect(r.amount).toBe(lineAmount(r.line.quantity, r.line.unitPrice));
            expect(r.insurancePays + r.coPay + r.patientPays + r.otherSources).toBe(r.amount);
          }
          expect(priced.reduce((s, r) => s + r.amount, 0)).toBe(totals.amount);
          expect(totals.insurancePays + totals.coPay + totals.patientPays).toBe(totals.amount);
        },
      ),
      { numRuns: 300 },
    );
  });
});
