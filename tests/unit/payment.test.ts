import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkPayment, formatReceiptNumber } from '../../shared/domain/payment';
import { drugCostGroup, serviceCostGroup } from '../../shared/domain/claims/cost-groups';
import { drugLabel } from '../../electron/backend/billing/invoice-source';

describe('checkPayment', () => {
  it('takes part or all of what is owed, with change from what is tendered', () => {
    expect(
      checkPayment({ due: 273_740, method: 'cash', amount: 273_740, tendered: 300_000 }),
    ).toEqual({ ok: true, change: 26_260, remaining: 0, tendered: 300_000 });
    expect(checkPayment({ due: 273_740, method: 'cash', amount: 100_000 })).toEqual({
      ok: true,
      change: 0,
      remaining: 173_740,
      tendered: 100_000,
    });
    expect(checkPayment({ due: 50_000, method: 'transfer', amount: 50_000 })).toMatchObject({
      ok: true,
      tendered: null,
    });
  });

  it('settles a bill with nothing owed only with a zero amount', () => {
    expect(checkPayment({ due: 0, method: 'cash', amount: 0 })).toEqual({
      ok: true,
      change: 0,
      remaining: 0,
      tendered: null,
    });
    expect(checkPayment({ due: 10, method: 'cash', amount: 0 })).toMatchObject({
      ok: false,
      field: 'amount',
    });
  });

  it('refuses overpaying, short cash, tendered transfers and non-integers', () => {
    const fail = (ask: Parameters<typeof checkPayment>[0]) => {
      const outcome = checkPayment(ask);
      return outcome.ok ? null : [outcome.field, outcome.problem.key];
    };
    expect(fail({ due: 100, method: 'cash', amount: 101 })).toEqual([
      'amount',
      'billing.pay.moreThanDue',
    ]);
    expect(fail({ due: 100, method: 'cash', amount: 100, tendered: 99 })).toEqual([
      'tendered',
      'billing.pay.tenderedShort',
    ]);
    expect(fail({ due: 100, method: 'transfer', amount: 100, tendered: 200 })).toEqual([
      'tendered',
      'billing.pay.tenderedCashOnly',
    ]);
    expect(fail({ due: 100, method: 'cash', amount: 10.5 })).toEqual([
      'amount',
      'billing.pay.amountInvalid',
    ]);
  });

  it('never leaves a negative remainder or change (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.option(fc.integer({ min: 0, max: 20_000_000 }), { nil: undefined }),
        (due, amount, tendered) => {
          const outcome = checkPayment({
            due,
            method: 'cash',
            amount,
            ...(tendered !== undefined && { tendered }),
          });
          if (!outcome.ok) return;
          expect(outcome.remaining).toBe(due - amount);
          expect(outcome.remaining).toBeGreaterThanOrEqual(0);
          expect(outcome.change).toBeGreaterThanOrEqual(0);
          expect((outcome.tendered ?? 0) - outcome.change).toBe(amount > 0 ? amount : 0);
        },
      ),
    );
  });

  it('prints receipt numbers seven digits wide', () => {
    expect(formatReceiptNumber(12)).toBe('0000012');
    expect(formatReceiptNumber(12_345_678)).toBe('12345678');
  });
});

describe('claim cost groups and drug names', () => {
  it('maps catalogue categories and ratios to MA_NHOM', () => {
    expect(serviceCostGroup('exam', 100)).toBe('13');
    expect(serviceCostGroup('exam', 50)).toBe('13');
    expect(serviceCostGroup('lab', 100)).toBe('1');
    expect(serviceCostGroup('imaging', 100)).toBe('2');
    expect(serviceCostGroup('procedure', 100)).toBe('8');
    expect(serviceCostGroup('lab', 50)).toBe('9');
    expect(drugCostGroup(100)).toBe('4');
    expect(drugCostGroup(50)).toBe('6');
  });

  it('adds the strength to a drug name that does not carry it', () => {
    expect(drugLabel('Hapacol 500', '500mg')).toBe('Hapacol 500');
    expect(drugLabel('Amlodipin Stada', '5mg')).toBe('Amlodipin Stada 5mg');
    expect(drugLabel('Amlodipin 15', '5mg')).toBe('Amlodipin 15 5mg');
    expect(drugLabel('Oresol', '')).toBe('Oresol');
  });
});
