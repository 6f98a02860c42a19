import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  dailyAmount,
  formatDoseAmount,
  fraction,
  parseDose,
  prescribedQuantity,
  usageText,
  type Dose,
} from '../../shared/domain/dosing';

function value(input: string | number): [number, number] {
  const result = parseDose(input);
  if (!result.ok) throw new Error(`expected ${String(input)} to parse: ${result.error.key}`);
  return [result.value.num, result.value.den];
}

function quantity(input: Parameters<typeof prescribedQuantity>[0]): number {
  const result = prescribedQuantity(input);
  if (!result.ok) throw new Error(`expected a quantity: ${result.error.key}`);
  return result.value;
}

describe('parseDose', () => {
  it.each([
    ['1', [1, 1]],
    ['2', [2, 1]],
    [' 2 ', [2, 1]],
    ['0', [0, 1]],
    ['1/2', [1, 2]],
    ['2/4', [1, 2]],
    ['1 / 3', [1, 3]],
    ['1 1/2', [3, 2]],
    ['2 3/4', [11, 4]],
    ['0.5', [1, 2]],
    ['1,5', [3, 2]],
    ['.5', [1, 2]],
    ['0,25', [1, 4]],
    ['½', [1, 2]],
    ['1½', [3, 2]],
    ['1 ½', [3, 2]],
    ['¼', [1, 4]],
    ['⅓', [1, 3]],
    ['1⁄2', [1, 2]],
    [0.25, [1, 4]],
    [3, [3, 1]],
  ] as const)('reads %j as an exact fraction', (input, expected) => {
    expect(value(input)).toEqual(expected);
  });

  it.each([
    ['abc', 'clinical.dose.invalid'],
    ['1/0', 'clinical.dose.invalid'],
    ['-1', 'clinical.dose.invalid'],
    ['1.2.3', 'clinical.dose.invalid'],
    ['1 3/2', 'clinical.dose.invalid'],
    ['1/2/3', 'clinical.dose.invalid'],
    ['1 viên', 'clinical.dose.invalid'],
    ['1,2345', 'clinical.dose.tooPrecise'],
    ['101', 'clinical.dose.tooLarge'],
    ['', 'clinical.dose.empty'],
    ['   ', 'clinical.dose.empty'],
    [Number.NaN, 'clinical.dose.invalid'],
    [-1, 'clinical.dose.invalid'],
    [Number.POSITIVE_INFINITY, 'clinical.dose.invalid'],
  ] as const)('refuses %j with %s', (input, key) => {
    const result = parseDose(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.key).toBe(key);
  });

  it('names the bad value so the form can show it', () => {
    const result = parseDose('abc');
    expect(result).toEqual({
      ok: false,
      error: { key: 'clinical.dose.invalid', params: { value: 'abc' } },
    });
  });
});

describe('dailyAmount', () => {
  it('adds the takes exactly and treats blanks as none', () => {
    const result = dailyAmount({ morning: '1/3', noon: '', afternoon: null, evening: '2/3' });
    expect(result).toEqual({ ok: true, value: { num: 1, den: 1 } });
  });

  it('points at the take that does not parse', () => {
    const result = dailyAmount({ morning: '1', evening: 'x' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.field).toBe('evening');
  });
});

describe('prescribedQuantity', () => {
  it('rounds up to whole dispensing units', () => {
    expect(quantity({ dose: { morning: '1/2', evening: '1/2' }, days: 5 })).toBe(5);
    expect(quantity({ dose: { morning: '1/2' }, days: 5 })).toBe(3);
    expect(quantity({ dose: { morning: '1/4' }, days: 10 })).toBe(3);
  });

  it('has no float error on thirds', () => {
    // 1/3 three times a day is one tablet a day; in floats 3 × (1/3) × 7 is 6.999…
    expect(quantity({ dose: { morning: '1/3', noon: '1/3', evening: '1/3' }, days: 7 })).toBe(7);
    expect(quantity({ dose: { morning: '1/3', evening: '1/3' }, days: 3 })).toBe(2);
    expect(quantity({ dose: { morning: 0.1, noon: 0.2 }, days: 10 })).toBe(3);
  });

  it('amlodipine 5 mg, one tablet each morning for 30 days, is 30 tablets', () => {
    expect(quantity({ dose: { morning: 1 }, days: 30 })).toBe(30);
  });

  it('divides by the dose units in one dispensing unit (5 ml three times a day, 60 ml bottles)', () => {
    const dose = { morning: 5, afternoon: 5, evening: 5 };
    expect(quantity({ dose, days: 7, unitsPerDispensing: 60 })).toBe(2);
    expect(quantity({ dose, days: 4, unitsPerDispensing: 60 })).toBe(1);
    expect(quantity({ dose: { morning: 1 }, days: 5, unitsPerDispensing: '1/2' })).toBe(10);
  });

  it.each([
    [{ dose: { morning: 1 }, days: 0 }, 'clinical.days.invalid', 'days'],
    [{ dose: { morning: 1 }, days: 2.5 }, 'clinical.days.invalid', 'days'],
    [{ dose: {}, days: 5 }, 'clinical.dose.none', undefined],
    [{ dose: { morning: '0' }, days: 5 }, 'clinical.dose.none', undefined],
    [{ dose: { noon: 'x' }, days: 5 }, 'clinical.dose.invalid', 'noon'],
    [
      { dose: { morning: 1 }, days: 5, unitsPerDispensing: 0 },
      'clinical.dose.invalid',
      'unitsPerDispensing',
    ],
  ] as const)('refuses %j', (input, key, field) => {
    const result = prescribedQuantity(input);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.key).toBe(key);
      expect(result.field).toBe(field);
    }
  });

  it('gives at least days × daily amount and less than one unit more', () => {
    const take = fc.option(
      fc
        .tuple(fc.integer({ min: 0, max: 8 }), fc.constantFrom(1, 2, 3, 4, 5, 6, 8))
        .map(([n, d]) => `${n}/${d}`),
      { nil: undefined },
    );
    fc.assert(
      fc.property(take, take, take, take, fc.integer({ min: 1, max: 90 }), (m, n, a, e, days) => {
        const dose: Dose = { morning: m, noon: n, afternoon: a, evening: e };
        const daily = dailyAmount(dose);
        if (!daily.ok || daily.value.num === 0) return;
        // Exact: q ≥ days·num/den  ⇔  q·den ≥ days·num, and q − 1 < days·num/den.
        const needed = days * daily.value.num;
        const q = quantity({ dose, days });
        expect(q * daily.value.den).toBeGreaterThanOrEqual(needed);
        expect((q - 1) * daily.value.den).toBeLessThan(needed);
      }),
    );
  });
});

describe('formatDoseAmount', () => {
  it.each([
    [fraction(1, 2), 'vi', '1/2'],
    [fraction(3, 2), 'vi', '1 1/2'],
    [fraction(2), 'vi', '2'],
    [fraction(1, 3), 'vi', '1/3'],
    [fraction(1, 7), 'vi', '1/7'],
    [fraction(1, 10), 'vi', '0,1'],
    [fraction(1, 10), 'en', '0.1'],
    [fraction(333, 1000), 'vi', '0,333'],
    [fraction(5, 4), 'en', '1 1/4'],
  ] as const)('prints %j in %s as %s', (f, locale, text) => {
    expect(formatDoseAmount(f, locale)).toBe(text);
  });
});

describe('usageText', () => {
  it('writes the takes in order with route and advice, as the prescription prints them', () => {
    expect(usageText({ morning: 1, afternoon: 1 }, 'viên', { route: 'uống', note: 'sau ăn' })).toBe(
      'Sáng 1 viên, chiều 1 viên, uống sau ăn',
    );
  });

  it('amlodipine each morning is "Sáng 1 viên"', () => {
    expect(usageText({ morning: '1' }, 'viên', {})).toBe('Sáng 1 viên');
  });

  it("writes the catalogue's capitalised unit in lower case mid-sentence, but not acronyms", () => {
    expect(usageText({ morning: 1, evening: 1 }, 'Viên', { route: 'Uống' })).toBe(
      'Sáng 1 viên, tối 1 viên, uống',
    );
    expect(usageText({ morning: 1 }, 'IU', {})).toBe('Sáng 1 IU');
  });

  it('prints fractions as fractions and leaves out zero and blank takes', () => {
    expect(
      usageText({ morning: '0,5', noon: '0', afternoon: '', evening: '½' }, 'viên', {
        route: 'Uống',
      }),
    ).toBe('Sáng 1/2 viên, tối 1/2 viên, uống');
    expect(usageText({ noon: '1 1/2' }, 'gói', { note: 'pha với 100 ml nước' })).toBe(
      'Trưa 1 1/2 gói, pha với 100 ml nước',
    );
  });

  it('keeps acronyms in the route and capitalises a route that comes first', () => {
    expect(usageText({ morning: 1 }, 'ống', { route: 'IV', note: 'chậm' })).toBe(
      'Sáng 1 ống, IV chậm',
    );
    expect(usageText({}, 'tuýp', { route: 'bôi', note: 'ngày 2 lần' })).toBe('Bôi ngày 2 lần');
  });

  it('never says the route twice when the note already says it', () => {
    const dose = { morning: 1, evening: 1 };
    expect(usageText(dose, 'viên', { route: 'Uống', note: 'uống sau ăn' })).toBe(
      'Sáng 1 viên, tối 1 viên, uống sau ăn',
    );
    expect(usageText(dose, 'viên', { route: 'Uống', note: 'Uống  sau ăn no' })).toBe(
      'Sáng 1 viên, tối 1 viên, uống  sau ăn no',
    );
    expect(usageText({}, 'tuýp', { route: 'Bôi', note: 'bôi mỏng ngày 2 lần' })).toBe(
      'Bôi mỏng ngày 2 lần',
    );
    // Words that only look alike stay: "uống" is not in "uống từ từ"'s way.
    expect(usageText(dose, 'viên', { route: 'Ngậm', note: 'từ từ' })).toBe(
      'Sáng 1 viên, tối 1 viên, ngậm từ từ',
    );
    for (const route of ['Uống', 'Bôi', 'Ngậm', 'Nhỏ mắt']) {
      for (const note of ['sau ăn', 'ngày 2 lần', 'khi đau']) {
        const said = route.toLowerCase();
        const text = usageText({ morning: 1 }, 'viên', { route, note: `${said} ${note}` });
        expect(text.toLowerCase().split(said)).toHaveLength(2);
      }
    }
  });

  it('has English wording', () => {
    expect(
      usageText(
        { morning: 1, evening: '1/2' },
        'tablet',
        { route: 'oral', note: 'after meals' },
        'en',
      ),
    ).toBe('1 tablet in the morning, 1/2 tablet in the evening, oral after meals');
  });

  it('prints a take that does not parse as typed rather than dropping it', () => {
    expect(usageText({ morning: '1-2' }, 'viên', {})).toBe('Sáng 1-2 viên');
  });
});
