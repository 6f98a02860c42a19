import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocate, formatVnd, mulDivHalfUp, vndInWords } from '../../shared/domain/money';

describe('formatVnd', () => {
  it('groups thousands with dots and appends đ', () => {
    expect(formatVnd(1_234_567)).toBe('1.234.567 đ');
    expect(formatVnd(0)).toBe('0 đ');
    expect(formatVnd(999)).toBe('999 đ');
    expect(formatVnd(1000)).toBe('1.000 đ');
    expect(formatVnd(-351_000)).toBe('-351.000 đ');
  });

  it('refuses fractions: money is whole VND', () => {
    expect(() => formatVnd(1.5)).toThrow(RangeError);
  });
});

describe('vndInWords', () => {
  it.each([
    [0, 'Không đồng'],
    [5, 'Năm đồng'],
    [10, 'Mười đồng'],
    [11, 'Mười một đồng'],
    [14, 'Mười bốn đồng'],
    [15, 'Mười lăm đồng'],
    [21, 'Hai mươi mốt đồng'],
    [24, 'Hai mươi tư đồng'],
    [25, 'Hai mươi lăm đồng'],
    [105, 'Một trăm linh năm đồng'],
    [110, 'Một trăm mười đồng'],
    [351_000, 'Ba trăm năm mươi mốt nghìn đồng'],
    [1_000_005, 'Một triệu không trăm linh năm đồng'],
    [2_001_000, 'Hai triệu không trăm linh một nghìn đồng'],
    [1_234_567, 'Một triệu hai trăm ba mươi tư nghìn năm trăm sáu mươi bảy đồng'],
    [
      1_234_567_890,
      'Một tỷ hai trăm ba mươi tư triệu năm trăm sáu mươi bảy nghìn tám trăm chín mươi đồng',
    ],
    [1_000_000_000_000, 'Một nghìn tỷ đồng'],
    [-5, 'Âm năm đồng'],
  ])('%d → %s', (amount, words) => {
    expect(vndInWords(amount)).toBe(words);
  });

  it('reads any amount with known words only, capitalised, ending in đồng', () => {
    const vocabulary = new Set(
      'không một hai ba bốn năm sáu bảy tám chín mười mươi mốt tư lăm linh trăm nghìn triệu tỷ đồng'.split(
        ' ',
      ),
    );
    fc.assert(
      fc.property(fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }), (n) => {
        const text = vndInWords(n);
        expect(text[0]).toBe(text[0]?.toUpperCase());
        expect(text.endsWith(' đồng')).toBe(true);
        for (const word of text.toLowerCase().split(' ')) expect(vocabulary.has(word)).toBe(true);
      }),
    );
  });
});

describe('mulDivHalfUp', () => {
  it('rounds halves away from zero and stays exact past 2^53 intermediates', () => {
    expect(mulDivHalfUp(5, 1, 2)).toBe(3);
    expect(mulDivHalfUp(4, 1, 2)).toBe(2);
    expect(mulDivHalfUp(-5, 1, 2)).toBe(-3);
    expect(mulDivHalfUp(12_345, 80, 100)).toBe(9876);
    expect(mulDivHalfUp(999_999_999_999, 999_999, 1_000_000)).toBe(999_998_999_999);
  });
});

describe('allocate', () => {
  it('splits by largest remainder, ties to the earlier part', () => {
    expect(allocate(100, [1, 1, 1])).toEqual([34, 33, 33]);
    expect(allocate(10, [1, 2])).toEqual([3, 7]);
    expect(allocate(0, [5, 5])).toEqual([0, 0]);
    expect(allocate(-100, [1, 1, 1])).toEqual([-34, -33, -33]);
  });

  it('always sums exactly and each part is within one dong of its exact share', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e12, max: 1e12 }),
        fc.array(fc.integer({ min: 0, max: 1e6 }), { minLength: 1, maxLength: 20 }),
        (amount, weights) => {
          fc.pre(weights.some((w) => w > 0));
          const parts = allocate(amount, weights);
          const total = weights.reduce((a, b) => a + b, 0);
          expect(parts.reduce((a, b) => a + b, 0)).toBe(amount);
          parts.forEach((part, i) => {
            const exact = (amount * (weights[i] ?? 0)) / total;
            expect(Math.abs(part - exact)).toBeLessThan(1 + 1e-6 * Math.abs(exact));
            expect(Number.isInteger(part)).toBe(true);
          });
        },
      ),
    );
  });

  it('rejects weights that cannot split anything', () => {
    expect(() => allocate(10, [])).toThrow(RangeError);
    expect(() => allocate(10, [0, 0])).toThrow(RangeError);
    expect(() => allocate(10, [1, -1])).toThrow(RangeError);
  });
});
