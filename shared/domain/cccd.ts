import type { LocalizedText } from '../api/result';

export type Sex = 'male' | 'female';

/** Số định danh cá nhân / CCCD: 12 digits (Nghị định 137/2015/NĐ-CP art. 7, kept since). */
export const CCCD_LENGTH = 12;
/** A century code pair (male, female) per century, starting with the 20th (NĐ 137/2015). */
const FIRST_CENTURY_START = 1900;

/**
 * Province-of-birth-registration codes: Thông tư 07/2016/TT-BCA, Phụ lục 1 (kept by TT
 * 59/2021/TT-BCA). They are the GSO province codes with a leading 0. The 2025 merger kept
 * 34 of these codes for the new provinces, so the 63 old codes still cover every card.
 * Births registered abroad carry a country code instead; that list is not published here.
 */
export const CCCD_PROVINCES: Readonly<Record<string, string>> = {
  '001': 'Hà Nội',
  '002': 'Hà Giang',
  '004': 'Cao Bằng',
  '006': 'Bắc Kạn',
  '008': 'Tuyên Quang',
  '010': 'Lào Cai',
  '011': 'Điện Biên',
  '012': 'Lai Châu',
  '014': 'Sơn La',
  '015': 'Yên Bái',
  '017': 'Hòa Bình',
  '019': 'Thái Nguyên',
  '020': 'Lạng Sơn',
  '022': 'Quảng Ninh',
  '024': 'Bắc Giang',
  '025': 'Phú Thọ',
  '026': 'Vĩnh Phúc',
  '027': 'Bắc Ninh',
  '030': 'Hải Dương',
  '031': 'Hải Phòng',
  '033': 'Hưng Yên',
  '034': 'Thái Bình',
  '035': 'Hà Nam',
  '036': 'Nam Định',
  '037': 'Ninh Bình',
  '038': 'Thanh Hóa',
  '040': 'Nghệ An',
  '042': 'Hà Tĩnh',
  '044': 'Quảng Bình',
  '045': 'Quảng Trị',
  '046': 'Thừa Thiên Huế',
  '048': 'Đà Nẵng',
  '049': 'Quảng Nam',
  '051': 'Quảng Ngãi',
  '052': 'Bình Định',
  '054': 'Phú Yên',
  '056': 'Khánh Hòa',
  '058': 'Ninh Thuận',
  '060': 'Bình Thuận',
  '062': 'Kon Tum',
  '064': 'Gia Lai',
  '066': 'Đắk Lắk',
  '067': 'Đắk Nông',
  '068': 'Lâm Đồng',
  '070': 'Bình Phước',
  '072': 'Tây Ninh',
  '074': 'Bình Dương',
  '075': 'Đồng Nai',
  '077': 'Bà Rịa - Vũng Tàu',
  '079': 'Hồ Chí Minh',
  '080': 'Long An',
  '082': 'Tiền Giang',
  '083': 'Bến Tre',
  '084': 'Trà Vinh',
  '086': 'Vĩnh Long',
  '087': 'Đồng Tháp',
  '089': 'An Giang',
  '091': 'Kiên Giang',
  '092': 'Cần Thơ',
  '093': 'Hậu Giang',
  '094': 'Sóc Trăng',
  '095': 'Bạc Liêu',
  '096': 'Cà Mau',
};

export interface CccdInfo {
  provinceCode: string;
  sex: Sex;
  /** Digits 5–6: the last two digits of the birth year. */
  birthYearSuffix: string;
  /** First year of the birth century from digit 4: 1900 for 0/1, 2000 for 2/3, … */
  century: number;
  /** century + suffix. */
  birthYear: number;
}

export interface CccdCheck {
  /** Expected sex (from the form or another card). */
  sex?: Sex;
  /** Expected birth year (from the date of birth, or a year-only birth). */
  birthYear?: number;
}

export type CccdResult =
  { ok: true; value: CccdInfo & { cccd: string } } | { ok: false; error: LocalizedText };

/** Spaces and dots people type between groups of digits are not part of the number. */
export function normalizeCccd(value: string): string {
  return value.replace(/[\s.]/g, '');
}

/** What the number says about its holder, or null when it is not 12 digits. */
export function cccdInfo(value: string): CccdInfo | null {
  const cccd = normalizeCccd(value);
  if (!/^\d{12}$/.test(cccd)) return null;
  const code = Number(cccd[3]);
  const century = FIRST_CENTURY_START + Math.floor(code / 2) * 100;
  const birthYearSuffix = cccd.slice(4, 6);
  return {
    provinceCode: cccd.slice(0, 3),
    sex: code % 2 === 0 ? 'male' : 'female',
    birthYearSuffix,
    century,
    birthYear: century + Number(birthYearSuffix),
  };
}

/**
 * Checks a CCCD number's shape and province code, and cross-checks the sex/century digit
 * and the birth-year digits against what the patient told us. The last 6 digits are random:
 * there is no check digit to verify.
 */
export function validateCccd(value: string, expected: CccdCheck = {}): CccdResult {
  const cccd = normalizeCccd(value);
  if (cccd === '') return { ok: false, error: { key: 'patients.cccd.required' } };
  if (!/^\d+$/.test(cccd)) return { ok: false, error: { key: 'patients.cccd.digits' } };
  const info = cccdInfo(cccd);
  if (!info) {
    return {
      ok: false,
      error: {
        key: 'patients.cccd.length',
        params: { expected: CCCD_LENGTH, actual: cccd.length },
      },
    };
  }
  if (!Object.hasOwn(CCCD_PROVINCES, info.provinceCode)) {
    return {
      ok: false,
      error: { key: 'patients.cccd.province', params: { code: info.provinceCode } },
    };
  }
  if (expected.sex && expected.sex !== info.sex) {
    return {
      ok: false,
      error: { key: 'patients.cccd.sexMismatch', params: { digit: cccd[3] ?? '' } },
    };
  }
  const year = expected.birthYear;
  if (year !== undefined) {
    const century = Math.floor(year / 100) * 100;
    if (century !== info.century) {
      return {
        ok: false,
        error: { key: 'patients.cccd.centuryMismatch', params: { year, digit: cccd[3] ?? '' } },
      };
    }
    if (String(year % 100).padStart(2, '0') !== info.birthYearSuffix) {
      return {
        ok: false,
        error: {
          key: 'patients.cccd.yearMismatch',
          params: { year, suffix: info.birthYearSuffix },
        },
      };
    }
  }
  return { ok: true, value: { ...info, cccd } };
}
