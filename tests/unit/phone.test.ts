import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatPhone, normalizePhone, validatePhone } from '../../shared/domain/phone';

describe('validatePhone', () => {
  it.each([
    '0912345678',
    '091 234 5678',
    '0912.345.678',
    '0912-345-678',
    '+84912345678',
    '+84 912 345 678',
    '84912345678',
    '0084912345678',
    '+84 (0) 912 345 678',
  ])('reads %s as the mobile 0912345678', (raw) => {
    expect(validatePhone(raw)).toEqual({
      ok: true,
      value: { phone: '0912345678', kind: 'mobile' },
    });
  });

  it.each([
    ['02438221234', '02438221234'],
    ['(024) 3822 1234', '02438221234'],
    ['+84 24 3822 1234', '02438221234'],
    ['0203 382 1234', '02033821234'],
  ])('reads %s as the landline %s', (raw, phone) => {
    expect(validatePhone(raw)).toEqual({ ok: true, value: { phone, kind: 'landline' } });
  });

  it('accepts every mobile prefix 03, 05, 07, 08, 09', () => {
    for (const p of ['03', '05', '07', '08', '09']) {
      expect(validatePhone(`${p}12345678`).ok).toBe(true);
    }
  });

  it.each([
    ['', { key: 'patients.phone.required' }],
    ['09123abc78', { key: 'patients.phone.digits' }],
    ['0112345678', { key: 'patients.phone.prefix', params: { prefix: '01' } }],
    ['0612345678', { key: 'patients.phone.prefix', params: { prefix: '06' } }],
    ['1912345678', { key: 'patients.phone.prefix', params: { prefix: '19' } }],
    ['091234567', { key: 'patients.phone.length', params: { expected: '10', actual: 9 } }],
    ['09123456789', { key: 'patients.phone.length', params: { expected: '10', actual: 11 } }],
    ['024382212', { key: 'patients.phone.length', params: { expected: '10–11', actual: 9 } }],
  ])('refuses %s', (raw, error) => {
    expect(validatePhone(raw)).toEqual({ ok: false, error });
  });
});

describe('formatPhone', () => {
  it('groups digits the way numbers are read out', () => {
    expect(formatPhone('0912345678')).toBe('0912 345 678');
    expect(formatPhone('02438221234')).toBe('024 3822 1234');
    expect(formatPhone('02033821234')).toBe('0203 382 1234');
    expect(formatPhone('12')).toBe('12');
  });

  it('prints numbers that read back as themselves', () => {
    const mobile = fc.stringMatching(/^0[35789]\d{8}$/);
    const landline = fc.stringMatching(/^02\d{9}$/);
    fc.assert(
      fc.property(fc.oneof(mobile, landline), (phone) => {
        const result = validatePhone(formatPhone(phone));
        expect(result.ok && result.value.phone).toBe(phone);
        expect(normalizePhone(`+84 ${phone.slice(1)}`)).toBe(phone);
      }),
    );
  });
});
