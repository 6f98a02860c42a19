import type { LocalizedText } from '../api/result';
import type { MessageKey } from '../i18n';
import { CCCD_PROVINCES } from './cccd';
import { isValidIsoDate } from './dates';

/** XX Y ZZ NNNNNNNNNN (QĐ 1351/QĐ-BHXH, 2015): group, benefit level, province, BHXH number. */
export const BHYT_CODE_LENGTH = 15;
/** Mã số BHXH: 10 digits; cards printed since 2021 show only this part. */
export const BHXH_NUMBER_LENGTH = 10;

export const BENEFIT_LEVELS = [1, 2, 3, 4, 5] as const;
export type BhytBenefitLevel = (typeof BENEFIT_LEVELS)[number];

/** What each benefit level means, for display; the percentages live in coverage rules. */
export const BENEFIT_LEVEL_LABELS: Readonly<Record<BhytBenefitLevel, MessageKey>> = {
  1: 'cards.bhyt.level1',
  2: 'cards.bhyt.level2',
  3: 'cards.bhyt.level3',
  4: 'cards.bhyt.level4',
  5: 'cards.bhyt.level5',
};

export interface BhytGroup {
  code: string;
  /** The level cards of this group usually carry; the card's own digit always wins. */
  level: BhytBenefitLevel;
  /** Short Vietnamese description (reference data, as BHXH names the group). */
  label?: string;
  /**
   * True for the QĐ 1351/QĐ-BHXH list as several HIS implementations reproduce it; false for
   * codes added since that only one secondary source shows (kept so real cards are not refused).
   */
  verified: boolean;
}

const group = (code: string, level: BhytBenefitLevel, label: string): BhytGroup => ({
  code,
  level,
  label,
  verified: true,
});
const unverified = (code: string, level: BhytBenefitLevel): BhytGroup => ({
  code,
  level,
  verified: false,
});

/** Mã đối tượng (beneficiary groups). A setting may extend it when BHXH adds codes. */
export const BHYT_GROUPS: readonly BhytGroup[] = [
  group('DN', 4, 'Người lao động trong doanh nghiệp'),
  group('HX', 4, 'Người lao động trong hợp tác xã'),
  group('CH', 4, 'Người lao động trong cơ quan nhà nước, đơn vị sự nghiệp'),
  group('NN', 4, 'Người lao động trong cơ quan, tổ chức nước ngoài'),
  group('TK', 4, 'Người lao động trong tổ chức khác'),
  group('HC', 4, 'Cán bộ, công chức, viên chức'),
  group('XK', 4, 'Người hoạt động không chuyên trách ở cấp xã'),
  group('HT', 3, 'Người hưởng lương hưu, trợ cấp mất sức lao động'),
  group('TB', 4, 'Người hưởng trợ cấp tai nạn lao động, bệnh nghề nghiệp'),
  group('NO', 4, 'Người lao động nghỉ việc hưởng trợ cấp ốm đau dài ngày'),
  group('CT', 4, 'Người từ đủ 80 tuổi hưởng trợ cấp tuất hằng tháng'),
  group('XB', 4, 'Cán bộ xã đã nghỉ việc hưởng trợ cấp BHXH'),
  group('TN', 4, 'Người hưởng trợ cấp thất nghiệp'),
  group('CS', 4, 'Công nhân cao su nghỉ việc hưởng trợ cấp hằng tháng'),
  group('QN', 5, 'Quân nhân'),
  group('CA', 5, 'Công an nhân dân'),
  group('CY', 5, 'Người làm công tác cơ yếu'),
  group('XN', 4, 'Cán bộ xã đã nghỉ việc hưởng trợ cấp từ ngân sách'),
  group('MS', 4, 'Người đã thôi hưởng trợ cấp mất sức lao động'),
  group('CC', 1, 'Người có công với cách mạng'),
  group('CK', 2, 'Người có công với cách mạng (nhóm khác)'),
  group('CB', 2, 'Cựu chiến binh'),
  group('KC', 2, 'Người tham gia kháng chiến'),
  group('HD', 4, 'Đại biểu Quốc hội, Hội đồng nhân dân'),
  group('TE', 1, 'Trẻ em dưới 6 tuổi'),
  group('BT', 2, 'Người hưởng trợ cấp bảo trợ xã hội hằng tháng'),
  group('HN', 2, 'Người thuộc hộ nghèo'),
  group('DT', 2, 'Người dân tộc thiểu số vùng khó khăn'),
  group('DK', 2, 'Người sống ở vùng đặc biệt khó khăn'),
  group('XD', 2, 'Người sống ở xã đảo, huyện đảo'),
  group('TS', 2, 'Thân nhân liệt sĩ'),
  group('TC', 3, 'Thân nhân người có công'),
  group('TQ', 4, 'Thân nhân quân nhân'),
  group('TV', 4, 'Thân nhân công nhân viên quốc phòng'),
  group('TA', 4, 'Thân nhân công an nhân dân'),
  group('TY', 4, 'Thân nhân người làm công tác cơ yếu'),
  group('HG', 4, 'Người hiến bộ phận cơ thể'),
  group('LS', 4, 'Lưu học sinh nước ngoài'),
  group('PV', 4, 'Người phục vụ người có công'),
  // Near-poor: level 3 on cards; moved to 100% from 2026 (Nghị quyết 261/2025/QH15).
  group('CN', 3, 'Người thuộc hộ cận nghèo'),
  group('HS', 4, 'Học sinh'),
  group('SV', 4, 'Sinh viên'),
  group('GB', 4, 'Hộ gia đình nông, lâm, ngư, diêm nghiệp mức sống trung bình'),
  group('GD', 4, 'Tham gia theo hộ gia đình'),
  // Seen on cards and in one public claims validator since 2018; not checked against a decree.
  unverified('ND', 4),
  unverified('TH', 4),
  unverified('TD', 4),
  unverified('TU', 4),
  unverified('BA', 4),
  unverified('LH', 4),
  unverified('AK', 2),
  unverified('TG', 3),
  unverified('DS', 3),
  unverified('HK', 3),
];

export const BHYT_GROUP_CODES: ReadonlySet<string> = new Set(BHYT_GROUPS.map((g) => g.code));

/**
 * ZZ: the province that issued the card, as 2-digit GSO codes (cards keep pre-2025 codes,
 * the same 63 as CCCD's without the leading 0), plus 97 and 98 for the BHXH of the Ministry
 * of Defence and of the Police (QĐ 1351; verify).
 */
export const BHYT_PROVINCE_CODES: ReadonlySet<string> = new Set([
  ...Object.keys(CCCD_PROVINCES).map((code) => code.slice(1)),
  '97',
  '98',
]);

export interface BhytCode {
  /** Upper-case, no spaces: "HS4010120878811". */
  code: string;
  group: string;
  benefitLevel: BhytBenefitLevel;
  province: string;
  bhxhNumber: string;
}

export type BhytCodeResult = { ok: true; value: BhytCode } | { ok: false; error: LocalizedText };

/** Upper-case and drop the spaces and dashes printed or typed between the parts. */
export function normalizeBhytCode(code: string): string {
  return code.replace(/[\s-]/g, '').toUpperCase();
}

/** Splits and checks a 15-character card code; each part has its own error message. */
export function parseBhytCode(
  code: string,
  groups: ReadonlySet<string> = BHYT_GROUP_CODES,
): BhytCodeResult {
  const normal = normalizeBhytCode(code);
  if (normal === '') return { ok: false, error: { key: 'cards.bhyt.required' } };
  const groupCode = normal.slice(0, 2);
  const level = normal.slice(2, 3);
  const province = normal.slice(3, 5);
  const bhxhNumber = normal.slice(5);
  if (!/^[A-Z]{2}$/.test(groupCode) || !groups.has(groupCode)) {
    return { ok: false, error: { key: 'cards.bhyt.group', params: { group: groupCode } } };
  }
  if (!/^[1-5]$/.test(level)) {
    return { ok: false, error: { key: 'cards.bhyt.level', params: { level } } };
  }
  if (!BHYT_PROVINCE_CODES.has(province)) {
    return { ok: false, error: { key: 'cards.bhyt.province', params: { province } } };
  }
  if (!/^\d+$/.test(bhxhNumber) || bhxhNumber.length !== BHXH_NUMBER_LENGTH) {
    return {
      ok: false,
      error: {
        key: 'cards.bhyt.number',
        params: { expected: BHXH_NUMBER_LENGTH, actual: bhxhNumber.length },
      },
    };
  }
  return {
    ok: true,
    value: {
      code: normal,
      group: groupCode,
      benefitLevel: Number(level) as BhytBenefitLevel,
      province,
      bhxhNumber,
    },
  };
}

/** "HS 4 01 0120878811", as the card prints it. */
export function formatBhytCode(code: string): string {
  const n = normalizeBhytCode(code);
  if (n.length !== BHYT_CODE_LENGTH) return n;
  return `${n.slice(0, 2)} ${n.slice(2, 3)} ${n.slice(3, 5)} ${n.slice(5)}`;
}

export interface BhytValidity {
  /** GT_THE_TU, YYYY-MM-DD. */
  validFrom: string;
  /** GT_THE_DEN, YYYY-MM-DD, the last day the card is valid. */
  validTo: string;
}

export type BhytValidityResult =
  { ok: true; value: BhytValidity } | { ok: false; error: LocalizedText };

/** dd/mm/yyyy, as the card prints its dates (messages show them to staff). */
function displayDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

/** Both dates real, and the card starting no later than it ends. */
export function validateBhytDates(dates: BhytValidity): BhytValidityResult {
  if (!isValidIsoDate(dates.validFrom)) {
    return { ok: false, error: { key: 'cards.bhyt.validFromInvalid' } };
  }
  if (!isValidIsoDate(dates.validTo)) {
    return { ok: false, error: { key: 'cards.bhyt.validToInvalid' } };
  }
  if (dates.validFrom > dates.validTo) {
    return {
      ok: false,
      error: {
        key: 'cards.bhyt.datesReversed',
        params: { validFrom: displayDate(dates.validFrom), validTo: displayDate(dates.validTo) },
      },
    };
  }
  return { ok: true, value: { validFrom: dates.validFrom, validTo: dates.validTo } };
}

/** The card covers `date` (GT_THE_TU ≤ date ≤ GT_THE_DEN), or why it does not. */
export function isBhytValidOn(card: BhytValidity, date: string): BhytValidityResult {
  const checked = validateBhytDates(card);
  if (!checked.ok) return checked;
  if (!isValidIsoDate(date)) throw new RangeError(`isBhytValidOn: bad date ${date}`);
  if (date < card.validFrom) {
    return {
      ok: false,
      error: { key: 'cards.bhyt.notYetValid', params: { validFrom: displayDate(card.validFrom) } },
    };
  }
  if (date > card.validTo) {
    return {
      ok: false,
      error: { key: 'cards.bhyt.expired', params: { validTo: displayDate(card.validTo) } },
    };
  }
  return checked;
}
