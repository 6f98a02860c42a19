import { describe, expect, it } from 'vitest';
import {
  BENEFIT_LEVELS,
  BENEFIT_LEVEL_LABELS,
  BHYT_GROUPS,
  BHYT_GROUP_CODES,
  BHYT_PROVINCE_CODES,
  formatBhytCode,
  isBhytValidOn,
  parseBhytCode,
  validateBhytDates,
} from '../../shared/domain/bhyt';
import { isMessageKey } from '../../shared/i18n';

function errorOf(result: { ok: true } | { ok: false; error: unknown }): unknown {
  return result.ok ? null : result.error;
}

describe('parseBhytCode', () => {
  it('splits a valid code into its parts', () => {
    expect(parseBhytCode('HS4010120878811')).toEqual({
      ok: true,
      value: {
        code: 'HS4010120878811',
        group: 'HS',
        benefitLevel: 4,
        province: '01',
        bhxhNumber: '0120878811',
      },
    });
  });

  it('reads the code as printed or typed: spaces, dashes, lower case', () => {
    const parsed = parseBhytCode(' hs 4 01 0120878811 ');
    expect(parsed.ok && parsed.value.code).toBe('HS4010120878811');
    expect(parseBhytCode('TE1-79-0123456789').ok).toBe(true);
  });

  it('refuses an unknown beneficiary group', () => {
    expect(errorOf(parseBhytCode('ZZ4010120878811'))).toEqual({
      key: 'cards.bhyt.group',
      params: { group: 'ZZ' },
    });
    expect(errorOf(parseBhytCode('1S4010120878811'))).toMatchObject({ key: 'cards.bhyt.group' });
  });

  it('accepts a group added by settings', () => {
    expect(parseBhytCode('XY4010120878811', new Set(['XY'])).ok).toBe(true);
  });

  it('refuses benefit levels outside 1–5', () => {
    expect(errorOf(parseBhytCode('HS0010120878811'))).toMatchObject({ key: 'cards.bhyt.level' });
    expect(errorOf(parseBhytCode('HS6010120878811'))).toMatchObject({ key: 'cards.bhyt.level' });
    expect(errorOf(parseBhytCode('HSX010120878811'))).toMatchObject({ key: 'cards.bhyt.level' });
  });

  it('refuses a province code that was never issued', () => {
    for (const province of ['00', '03', '99', 'AB']) {
      expect(errorOf(parseBhytCode(`HS4${province}0120878811`))).toEqual({
        key: 'cards.bhyt.province',
        params: { province },
      });
    }
    expect(parseBhytCode('QN5970120878811').ok).toBe(true);
  });

  it('refuses a BHXH number that is short, long or not digits', () => {
    expect(errorOf(parseBhytCode('HS401012087881'))).toEqual({
      key: 'cards.bhyt.number',
      params: { expected: 10, actual: 9 },
    });
    expect(errorOf(parseBhytCode('HS40101208788112'))).toMatchObject({
      params: { actual: 11 },
    });
    expect(errorOf(parseBhytCode('HS401AA20878811'))).toMatchObject({ key: 'cards.bhyt.number' });
    expect(errorOf(parseBhytCode(''))).toEqual({ key: 'cards.bhyt.required' });
  });

  it('prints the code in groups', () => {
    expect(formatBhytCode('hs4010120878811')).toBe('HS 4 01 0120878811');
    expect(formatBhytCode('HS40')).toBe('HS40');
  });
});

describe('BHYT reference data', () => {
  it('lists each group once, with a level and a 2-letter code', () => {
    const codes = BHYT_GROUPS.map((g) => g.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const g of BHYT_GROUPS) {
      expect(g.code).toMatch(/^[A-Z]{2}$/);
      expect(BENEFIT_LEVELS).toContain(g.level);
      expect(g.verified ? g.label : 'unverified').toBeTruthy();
    }
    expect(BHYT_GROUPS.filter((g) => g.verified).length).toBeGreaterThanOrEqual(44);
  });

  it('holds the groups DOMAIN.md names (all but NK and OK, not found in any source)', () => {
    const listed = 'DN HX CH NN TK HC XK CA QN CY HT TB NO XB XN CC CK CB KC HD TE BT HN DT DK XD';
    const more = 'TS TC TQ TA TY HG LS PV CN HS SV GB GD ND TH TN MS';
    for (const code of `${listed} ${more}`.split(' ')) expect(BHYT_GROUP_CODES).toContain(code);
  });

  it('matches the usual levels of well-known groups', () => {
    const level = (code: string) => BHYT_GROUPS.find((g) => g.code === code)?.level;
    expect([level('TE'), level('CC')]).toEqual([1, 1]);
    expect([level('HN'), level('CB')]).toEqual([2, 2]);
    expect(level('HT')).toBe(3);
    expect([level('DN'), level('HS'), level('GD')]).toEqual([4, 4, 4]);
    expect([level('QN'), level('CA'), level('CY')]).toEqual([5, 5, 5]);
  });

  it('has a label message for each benefit level', () => {
    for (const lvl of BENEFIT_LEVELS) expect(isMessageKey(BENEFIT_LEVEL_LABELS[lvl])).toBe(true);
  });

  it('knows the 63 issuing provinces and the defence and police funds', () => {
    expect(BHYT_PROVINCE_CODES.size).toBe(65);
    expect(BHYT_PROVINCE_CODES).toContain('96');
    expect(BHYT_PROVINCE_CODES).toContain('98');
  });
});

describe('card validity', () => {
  const card = { validFrom: '2025-01-01', validTo: '2025-12-31' };

  it('accepts real dates in order, including a one-day card', () => {
    expect(validateBhytDates(card)).toEqual({ ok: true, value: card });
    expect(validateBhytDates({ validFrom: '2025-03-01', validTo: '2025-03-01' }).ok).toBe(true);
  });

  it('refuses impossible and reversed dates', () => {
    expect(errorOf(validateBhytDates({ validFrom: '2025-02-30', validTo: '2025-12-31' }))).toEqual({
      key: 'cards.bhyt.validFromInvalid',
    });
    expect(errorOf(validateBhytDates({ validFrom: '2025-01-01', validTo: '31/12/2025' }))).toEqual({
      key: 'cards.bhyt.validToInvalid',
    });
    expect(errorOf(validateBhytDates({ validFrom: '2025-12-31', validTo: '2025-01-01' }))).toEqual({
      key: 'cards.bhyt.datesReversed',
      params: { validFrom: '31/12/2025', validTo: '01/01/2025' },
    });
  });

  it('covers both end days', () => {
    expect(isBhytValidOn(card, '2025-01-01').ok).toBe(true);
    expect(isBhytValidOn(card, '2025-06-15').ok).toBe(true);
    expect(isBhytValidOn(card, '2025-12-31').ok).toBe(true);
  });

  it('says why a card does not cover the day', () => {
    expect(errorOf(isBhytValidOn(card, '2024-12-31'))).toEqual({
      key: 'cards.bhyt.notYetValid',
      params: { validFrom: '01/01/2025' },
    });
    expect(errorOf(isBhytValidOn(card, '2026-01-01'))).toEqual({
      key: 'cards.bhyt.expired',
      params: { validTo: '31/12/2025' },
    });
    expect(errorOf(isBhytValidOn({ ...card, validTo: 'x' }, '2025-06-01'))).toMatchObject({
      key: 'cards.bhyt.validToInvalid',
    });
  });
});
