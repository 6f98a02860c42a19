import type { LocalizedText } from '../api/result';

export type PhoneKind = 'mobile' | 'landline';

export interface Phone {
  /** Digits only, national form with the leading 0: "0912345678". */
  phone: string;
  kind: PhoneKind;
}

export type PhoneResult = { ok: true; value: Phone } | { ok: false; error: LocalizedText };

/** Mobile numbers: 10 digits, 03x/05x/07x/08x/09x since the 2018 renumbering. */
const MOBILE = /^0[35789]\d{8}$/;
export const MOBILE_LENGTH = 10;
/**
 * Landlines: 0 + area code 2x/2xx + subscriber number, 11 digits since the 2017 renumbering;
 * 10 is still accepted because short numbers survive on old forms and cards.
 */
const LANDLINE = /^02\d{8,9}$/;
export const LANDLINE_LENGTHS = [10, 11] as const;
// People write numbers with spaces, dots, dashes and brackets: "(028) 3822.1234".
const SEPARATORS = /[\s.\-()/]/g;
// +84, 0084 or a bare 84 in front of a number that already dropped its trunk 0.
const COUNTRY_CODE = /^(?:\+|00)?84(?=\d{9,10}$)/;

/**
 * National form of a phone number as typed: separators dropped, +84/0084/84 → 0.
 * Leaves anything that is not a number alone so validation can say what is wrong.
 */
export function normalizePhone(raw: string): string {
  const compact = raw.replace(SEPARATORS, '');
  // "+84 (0) 912…" keeps its 0 after the country code.
  const national = compact.replace(/^(?:\+|00)?84(?=0\d{9,10}$)/, '');
  if (national !== compact) return national;
  return compact.replace(COUNTRY_CODE, '0');
}

/** A Vietnamese mobile or landline number, normalised, or the reason it is not one. */
export function validatePhone(raw: string): PhoneResult {
  const phone = normalizePhone(raw);
  if (phone === '') return { ok: false, error: { key: 'patients.phone.required' } };
  if (!/^\d+$/.test(phone)) return { ok: false, error: { key: 'patients.phone.digits' } };
  if (MOBILE.test(phone)) return { ok: true, value: { phone, kind: 'mobile' } };
  if (LANDLINE.test(phone)) return { ok: true, value: { phone, kind: 'landline' } };
  if (!phone.startsWith('0') || /^0[0146]/.test(phone)) {
    return {
      ok: false,
      error: { key: 'patients.phone.prefix', params: { prefix: phone.slice(0, 2) } },
    };
  }
  const expected = phone.startsWith('02') ? LANDLINE_LENGTHS.join('–') : String(MOBILE_LENGTH);
  return {
    ok: false,
    error: { key: 'patients.phone.length', params: { expected, actual: phone.length } },
  };
}

/** Hà Nội and Hồ Chí Minh City keep 3-digit area codes; the other provinces have 4. */
const SHORT_AREA_CODES = ['024', '028'];

/** "0912 345 678", "024 3822 1234", "0203 382 1234": groups staff read back to patients. */
export function formatPhone(phone: string): string {
  if (!/^\d+$/.test(phone)) return phone;
  if (phone.length === MOBILE_LENGTH && !phone.startsWith('02')) {
    return `${phone.slice(0, 4)} ${phone.slice(4, 7)} ${phone.slice(7)}`;
  }
  if (phone.length === 11 && SHORT_AREA_CODES.includes(phone.slice(0, 3))) {
    return `${phone.slice(0, 3)} ${phone.slice(3, 7)} ${phone.slice(7)}`;
  }
  if (phone.length === 11) return `${phone.slice(0, 4)} ${phone.slice(4, 7)} ${phone.slice(7)}`;
  return phone;
}
