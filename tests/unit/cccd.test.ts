import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CCCD_PROVINCES, cccdInfo, validateCccd, type Sex } from '../../shared/domain/cccd';

function errorOf(result: ReturnType<typeof validateCccd>): unknown {
  return result.ok ? null : result.error;
}

describe('validateCccd', () => {
  it('accepts a well-formed number and says what it encodes', () => {
    expect(validateCccd('001090123456')).toEqual({
      ok: true,
      value: {
        cccd: '001090123456',
        provinceCode: '001',
        sex: 'male',
        birthYearSuffix: '90',
        century: 1900,
        birthYear: 1990,
      },
    });
  });

  it('cross-checks sex and birth year when they are known', () => {
    expect(validateCccd('001090123456', { sex: 'male', birthYear: 1990 }).ok).toBe(true);
    // 3 = female born 2000–2099.
    expect(validateCccd('079305001234', { sex: 'female', birthYear: 2005 }).ok).toBe(true);
  });

  it('ignores spaces and dots between digit groups', () => {
    expect(validateCccd(' 001 090.123 456 ').ok).toBe(true);
  });

  it('refuses a wrong length', () => {
    expect(errorOf(validateCccd('00109012345'))).toEqual({
      key: 'patients.cccd.length',
      params: { expected: 12, actual: 11 },
    });
    expect(errorOf(validateCccd('0010901234567'))).toEqual({
      key: 'patients.cccd.length',
      params: { expected: 12, actual: 13 },
    });
  });

  it('refuses letters and empty input', () => {
    expect(errorOf(validateCccd('00109012345A'))).toEqual({ key: 'patients.cccd.digits' });
    expect(errorOf(validateCccd('  '))).toEqual({ key: 'patients.cccd.required' });
  });

  it('refuses codes that are not a province of birth registration', () => {
    for (const code of ['000', '003', '097', '100', '999']) {
      expect(errorOf(validateCccd(`${code}090123456`))).toEqual({
        key: 'patients.cccd.province',
        params: { code },
      });
    }
  });

  it('refuses a sex digit that contradicts the patient', () => {
    expect(errorOf(validateCccd('001090123456', { sex: 'female' }))).toEqual({
      key: 'patients.cccd.sexMismatch',
      params: { digit: '0' },
    });
    expect(errorOf(validateCccd('001390123456', { sex: 'male' }))).toMatchObject({
      key: 'patients.cccd.sexMismatch',
    });
  });

  it('refuses a century digit that contradicts the birth year', () => {
    // 2 = male born 2000–2099, so "90" would mean 2090.
    expect(errorOf(validateCccd('001290123456', { birthYear: 1990 }))).toEqual({
      key: 'patients.cccd.centuryMismatch',
      params: { year: 1990, digit: '2' },
    });
  });

  it('refuses year digits that contradict the birth year', () => {
    expect(errorOf(validateCccd('001090123456', { birthYear: 1991 }))).toEqual({
      key: 'patients.cccd.yearMismatch',
      params: { year: 1991, suffix: '90' },
    });
    expect(errorOf(validateCccd('001205123456', { birthYear: 2050 }))).toMatchObject({
      key: 'patients.cccd.yearMismatch',
    });
  });

  it('accepts every number built by the rule, and reads the parts back', () => {
    const provinces = Object.keys(CCCD_PROVINCES);
    fc.assert(
      fc.property(
        fc.constantFrom(...provinces),
        fc.constantFrom<Sex>('male', 'female'),
        fc.integer({ min: 1900, max: 2399 }),
        fc.stringMatching(/^\d{6}$/),
        (province, sex, year, random) => {
          const digit = Math.floor((year - 1900) / 100) * 2 + (sex === 'female' ? 1 : 0);
          const cccd = `${province}${digit}${String(year % 100).padStart(2, '0')}${random}`;
          const result = validateCccd(cccd, { sex, birthYear: year });
          expect(result.ok).toBe(true);
          expect(cccdInfo(cccd)).toMatchObject({ provinceCode: province, sex, birthYear: year });
        },
      ),
    );
  });
});

describe('CCCD_PROVINCES', () => {
  it('lists the 63 pre-2025 province codes, including the 34 kept in 2025', () => {
    const codes = Object.keys(CCCD_PROVINCES);
    expect(codes).toHaveLength(63);
    for (const code of codes) expect(code).toMatch(/^0\d\d$/);
    const kept = ['01', '04', '08', '11', '12', '14', '15', '19', '20', '22', '24', '25', '31'];
    kept.push('33', '37', '38', '40', '42', '44', '46', '48', '51', '52', '56', '66', '68');
    kept.push('75', '79', '80', '82', '86', '91', '92', '96');
    expect(kept).toHaveLength(34);
    for (const code of kept) expect(codes).toContain(`0${code}`);
  });
});

describe('cccdInfo', () => {
  it('is null for anything but 12 digits', () => {
    expect(cccdInfo('12345')).toBeNull();
    expect(cccdInfo('00109012345x')).toBeNull();
  });
});
