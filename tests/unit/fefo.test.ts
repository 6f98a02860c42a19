import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../shared/domain/dates';
import { compareFefo, isUsableOn, planFefo, type FefoBatch } from '../../shared/domain/fefo';

const TODAY = '2026-11-26';

describe('first expiry, first out', () => {
  it('takes the earliest expiry first and moves on to the next batch', () => {
    const batches: FefoBatch[] = [
      { id: 1, expiry: '2027-12-31', onHand: 100 },
      { id: 2, expiry: '2027-01-31', onHand: 5 },
      { id: 3, expiry: '2027-06-30', onHand: 10 },
    ];
    expect(planFefo(batches, 12, TODAY)).toEqual({
      takes: [
        { batchId: 2, quantity: 5 },
        { batchId: 3, quantity: 7 },
      ],
      short: 0,
    });
  });

  it('skips expired and empty batches; a batch expiring today is still given today', () => {
    const batches: FefoBatch[] = [
      { id: 1, expiry: '2026-11-25', onHand: 50 },
      { id: 2, expiry: TODAY, onHand: 3 },
      { id: 3, expiry: '2026-12-01', onHand: 0 },
      { id: 4, expiry: '2027-03-01', onHand: 4 },
    ];
    expect(planFefo(batches, 10, TODAY)).toEqual({
      takes: [
        { batchId: 2, quantity: 3 },
        { batchId: 4, quantity: 4 },
      ],
      short: 3,
    });
    expect(isUsableOn({ id: 2, expiry: TODAY, onHand: 3 }, addDays(TODAY, 1))).toBe(false);
  });

  it('gives batches with the same expiry in the order they were received', () => {
    const batches: FefoBatch[] = [
      { id: 9, expiry: '2027-01-31', onHand: 5 },
      { id: 4, expiry: '2027-01-31', onHand: 5 },
    ];
    expect(planFefo(batches, 6, TODAY).takes).toEqual([
      { batchId: 4, quantity: 5 },
      { batchId: 9, quantity: 1 },
    ]);
  });

  it('takes nothing for nothing and refuses a negative quantity', () => {
    expect(planFefo([{ id: 1, expiry: '2027-01-01', onHand: 5 }], 0, TODAY)).toEqual({
      takes: [],
      short: 0,
    });
    expect(() => planFefo([], -1, TODAY)).toThrow(RangeError);
  });

  it('never takes more than a batch holds, nor from a batch that expires before a usable one left untouched', () => {
    const batch = fc.record({
      expiry: fc.integer({ min: -30, max: 400 }).map((d) => addDays(TODAY, d)),
      onHand: fc.integer({ min: 0, max: 50 }),
    });
    fc.assert(
      fc.property(fc.array(batch, { maxLength: 12 }), fc.nat(300), (raw, quantity) => {
        const batches = raw.map((b, i) => ({ ...b, id: i + 1 }));
        const plan = planFefo(batches, quantity, TODAY);
        const usable = batches.filter((b) => isUsableOn(b, TODAY));
        const stock = usable.reduce((sum, b) => sum + b.onHand, 0);
        const taken = plan.takes.reduce((sum, t) => sum + t.quantity, 0);
        expect(taken + plan.short).toBe(quantity);
        expect(taken).toBe(Math.min(quantity, stock));
        const byId = new Map(batches.map((b) => [b.id, b]));
        for (const take of plan.takes) {
          const from = byId.get(take.batchId);
          expect(from && isUsableOn(from, TODAY)).toBe(true);
          expect(take.quantity).toBeGreaterThan(0);
          expect(take.quantity).toBeLessThanOrEqual(from?.onHand ?? 0);
        }
        // Every batch used before the last one was emptied: no later expiry jumps the queue.
        const used = plan.takes.map((t) => byId.get(t.batchId) as FefoBatch);
        used.slice(0, -1).forEach((b, i) => expect(plan.takes[i]?.quantity).toBe(b.onHand));
        const last = used.at(-1);
        if (last) {
          for (const other of usable.filter((b) => !used.includes(b))) {
            expect(compareFefo(last, other)).toBeLessThan(0);
          }
        }
      }),
    );
  });
});

describe('adding days', () => {
  it('crosses months, years and leap days', () => {
    expect(addDays('2026-11-26', 90)).toBe('2027-02-24');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2027-01-01', -1)).toBe('2026-12-31');
  });
});
