import { describe, expect, it } from 'vitest';
import { fitsAgeLimit, icdWarnings, type IcdFacts } from '../../shared/domain/icd-rules';

const facts = (code: string, extra: Partial<IcdFacts> = {}): IcdFacts => ({
  code,
  isCategory: false,
  mainAllowed: true,
  sexOnly: null,
  ageLists: [],
  ...extra,
});
const ON = '2026-06-01';
const man = { sex: 'male' as const, birthDate: '1960-05-14', birthYear: 1960 };
const keys = (list: { key: string }[]) => list.map((w) => w.key);

describe('ICD-10 warnings (QĐ 4469 appendices)', () => {
  it('asks for an exact code when a category with subcodes is chosen', () => {
    expect(
      icdWarnings(facts('E11', { isCategory: true }), { primary: true, patient: man, on: ON }),
    ).toEqual([{ key: 'clinical.icd.category', params: { code: 'E11' } }]);
  });

  it('warns about a main diagnosis the list forbids, only in first place', () => {
    const b950 = facts('B95.0', { mainAllowed: false });
    expect(keys(icdWarnings(b950, { primary: true, patient: man, on: ON }))).toEqual([
      'clinical.icd.notMain',
    ]);
    expect(icdWarnings(b950, { primary: false, patient: man, on: ON })).toEqual([]);
  });

  it('warns when the disease is of the other sex', () => {
    const woman = { ...man, sex: 'female' as const };
    const n40 = facts('N40', { sexOnly: 'male', ageLists: ['A3.6'] });
    expect(keys(icdWarnings(n40, { primary: true, patient: woman, on: ON }))).toEqual([
      'clinical.icd.sexOnly.male',
    ]);
    expect(icdWarnings(n40, { primary: true, patient: man, on: ON })).toEqual([]);
  });

  it('warns when the age does not fit, by the bounds of each list', () => {
    const p073 = facts('P07.3', { ageLists: ['A3.1'] });
    expect(keys(icdWarnings(p073, { primary: true, patient: man, on: ON }))).toEqual([
      'clinical.icd.age.A3_1',
    ]);
    const baby = { sex: 'female' as const, birthDate: '2026-03-01', birthYear: 2026 };
    expect(icdWarnings(p073, { primary: true, patient: baby, on: ON })).toEqual([]);
  });

  it('reads the limits at their edges, in days and in completed years', () => {
    const born = (birthDate: string) => ({ sex: 'male' as const, birthDate, birthYear: 0 });
    expect(fitsAgeLimit({ maxDays: 365 }, born('2025-06-01'), ON)).toBe(true);
    expect(fitsAgeLimit({ maxDays: 365 }, born('2025-05-31'), ON)).toBe(false);
    expect(fitsAgeLimit({ minDays: 28 }, born('2026-05-04'), ON)).toBe(true);
    expect(fitsAgeLimit({ minDays: 28 }, born('2026-05-05'), ON)).toBe(false);
    // Older than 15: a 15-year-old is not, the day of the 16th birthday is.
    expect(fitsAgeLimit({ minYears: 16 }, born('2010-06-02'), ON)).toBe(false);
    expect(fitsAgeLimit({ minYears: 16 }, born('2010-06-01'), ON)).toBe(true);
    expect(fitsAgeLimit({ maxYears: 60 }, born('1965-06-01'), ON)).toBe(false);
    expect(fitsAgeLimit({ maxYears: 60 }, born('1965-06-02'), ON)).toBe(true);
  });

  it('gives a year-only birth the benefit of the doubt', () => {
    // Born some day of 2010: 15 or 16 on 1 June 2026, so "older than 15" may fit.
    const yearOnly = { sex: 'male' as const, birthYear: 2010 };
    expect(fitsAgeLimit({ minYears: 16 }, yearOnly, ON)).toBe(true);
    expect(fitsAgeLimit({ minYears: 17 }, yearOnly, ON)).toBe(false);
    expect(fitsAgeLimit({ maxYears: 15 }, yearOnly, ON)).toBe(true);
    expect(fitsAgeLimit({ maxYears: 14 }, yearOnly, ON)).toBe(false);
  });
});
