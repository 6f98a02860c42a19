import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ageLabel, ageOn, completedMonths, type Age, type Birth } from '../../shared/domain/age';

function age(birth: Birth, on: string): Age {
  const result = ageOn(birth, on);
  if (!result.ok) throw new Error(`expected an age: ${result.error.key}`);
  return result.value;
}

describe('completedMonths', () => {
  it.each([
    ['2024-01-15', '2024-02-14', 0],
    ['2024-01-15', '2024-02-15', 1],
    // No 31 February: the month is complete on the last day of February.
    ['2024-01-31', '2024-02-28', 0],
    ['2024-01-31', '2024-02-29', 1],
    ['2023-01-31', '2023-02-28', 1],
    ['2024-03-31', '2024-04-30', 1],
    ['2024-03-31', '2024-05-30', 1],
    ['2024-03-31', '2024-05-31', 2],
    // Leap-day births have their birthday on 28 February in other years.
    ['2024-02-29', '2025-02-27', 11],
    ['2024-02-29', '2025-02-28', 12],
    ['2024-02-29', '2028-02-29', 48],
    ['2024-12-31', '2024-06-01', -6],
    ['2024-05-10', '2024-05-10', 0],
  ])('from %s to %s is %i', (from, to, months) => {
    expect(completedMonths(from, to)).toBe(months);
  });
});

describe('ageOn with a full birth date', () => {
  it('shows children under 72 months in months', () => {
    const a = age({ birthDate: '2024-06-15' }, '2025-12-20');
    expect(a).toMatchObject({ years: 1, months: 18, exact: true, isUnder72Months: true });
    expect(ageLabel(a)).toBe('18 tháng');
    expect(ageLabel(a, 'en')).toBe('18 months');
  });

  it('switches to years on the day the child reaches 72 months', () => {
    const before = age({ birthDate: '2019-06-15' }, '2025-06-14');
    expect(before).toMatchObject({ months: 71, isUnder72Months: true });
    expect(ageLabel(before)).toBe('71 tháng');
    const on = age({ birthDate: '2019-06-15' }, '2025-06-15');
    expect(on).toMatchObject({ years: 6, months: 72, isUnder72Months: false });
    expect(ageLabel(on)).toBe('6 tuổi');
  });

  it('shows adults in years', () => {
    expect(ageLabel(age({ birthDate: '1953-01-01' }, '2025-06-01'))).toBe('72 tuổi');
    expect(ageLabel(age({ birthDate: '1953-06-02' }, '2025-06-01'))).toBe('71 tuổi');
  });

  it('shows a baby in its first month in days', () => {
    const a = age({ birthDate: '2025-05-25' }, '2025-06-04');
    expect(a).toMatchObject({ months: 0, days: 10 });
    expect(ageLabel(a)).toBe('10 ngày');
  });

  it('counts a leap-day birthday on 28 February', () => {
    expect(age({ birthDate: '2020-02-29' }, '2021-02-27').years).toBe(0);
    expect(age({ birthDate: '2020-02-29' }, '2021-02-28').years).toBe(1);
  });

  it('prefers the full date over the year', () => {
    expect(age({ birthDate: '2020-07-01', birthYear: 1990 }, '2025-07-01').years).toBe(5);
  });

  it('takes the child limit as a parameter', () => {
    const result = ageOn({ birthDate: '2019-06-15' }, '2025-06-15', { childMonths: 84 });
    expect(result.ok && result.value.isUnder72Months).toBe(true);
  });
});

describe('ageOn with only a birth year', () => {
  it('gives the calendar-year age with no months', () => {
    const a = age({ birthYear: 1953 }, '2025-06-01');
    expect(a).toMatchObject({ years: 72, months: null, exact: false, isUnder72Months: false });
    expect(ageLabel(a)).toBe('72 tuổi');
  });

  it('treats a child as under 72 months until it is so even if born on 31 December', () => {
    expect(age({ birthYear: 2019 }, '2025-12-30').isUnder72Months).toBe(true);
    expect(age({ birthYear: 2019 }, '2025-12-31').isUnder72Months).toBe(false);
    expect(age({ birthYear: 2019 }, '2026-01-01').isUnder72Months).toBe(false);
  });

  it('labels a baby born this year as under one year', () => {
    const a = age({ birthYear: 2025 }, '2025-03-01');
    expect(a).toMatchObject({ years: 0, isUnder72Months: true });
    expect(ageLabel(a)).toBe('Dưới 1 tuổi');
  });

  it('never says "not a young child" when the full date would say it is', () => {
    const day = fc.date({
      min: new Date('1990-01-01'),
      max: new Date('2030-12-31'),
      noInvalidDate: true,
    });
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 4000 }), (birth, after) => {
        const birthDate = birth.toISOString().slice(0, 10);
        const on = new Date(birth.getTime() + after * 86_400_000).toISOString().slice(0, 10);
        const exact = age({ birthDate }, on);
        const yearOnly = age({ birthYear: Number(birthDate.slice(0, 4)) }, on);
        if (exact.isUnder72Months) expect(yearOnly.isUnder72Months).toBe(true);
        expect(exact.years).toBe(Math.floor((exact.months ?? 0) / 12));
        expect(yearOnly.years - exact.years).toBeGreaterThanOrEqual(0);
        expect(yearOnly.years - exact.years).toBeLessThanOrEqual(1);
      }),
    );
  });
});

describe('ageOn refuses', () => {
  it.each([
    [{}, 'clinical.age.missing'],
    [{ birthDate: null, birthYear: null }, 'clinical.age.missing'],
    [{ birthDate: '2024-02-30' }, 'clinical.age.badDate'],
    [{ birthDate: '01/02/2020' }, 'clinical.age.badDate'],
    [{ birthDate: '2025-06-02' }, 'clinical.age.future'],
    [{ birthYear: 2026 }, 'clinical.age.future'],
    [{ birthYear: 1990.5 }, 'clinical.age.badYear'],
    [{ birthYear: 1890 }, 'clinical.age.implausible'],
    [{ birthDate: '1890-01-01' }, 'clinical.age.implausible'],
  ] as const)('%j with %s', (birth, key) => {
    const result = ageOn(birth, '2025-06-01');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.key).toBe(key);
  });
});
