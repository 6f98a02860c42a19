import type { VisitObjectCode } from './code-lists';

/** What decides MA_DOITUONG_KCB for an insured visit (QĐ 824 list, ma_doituong_kcb.md). */
export interface VisitObjectInput {
  /** MA_CSKCB of this station. */
  facilityCode: string;
  /** MA_DKBD: the card's registered first-contact facility. */
  registeredFacility: string;
  /** Cấp cứu (the visit's priority). */
  emergency?: boolean;
  /** ICD-10 codes of the visit, primary first. */
  diagnosisCodes?: readonly string[];
  /** Came with a referral paper (giấy chuyển tuyến) to this station. */
  referredIn?: boolean;
  /** A re-visit appointment given after a referral (khoản 5 Điều 15 NĐ 146/2018). */
  reExamAfterReferral?: boolean;
  /** Only to receive drugs on an appointment slip, without an exam. */
  drugsByAppointment?: boolean;
  /** Papers proving a temporary stay here (work, study, temporary residence). */
  temporaryResidence?: boolean;
  /** A newborn on a temporary card. */
  newbornTemporaryCard?: boolean;
  /**
   * The card's facility is a commune, district or equivalent level; unknown offline (BHXH's
   * facility list), so a commune station assumes it.
   */
  registeredAtPrimaryLevel?: boolean;
}

export interface VisitObject {
  code: VisitObjectCode;
  /** Why, for the claim check's explanation. */
  rule: string;
}

/** Facility codes begin with the (pre-2025) province code of the card's facility. */
const province = (facility: string): string => facility.slice(0, 2);

/**
 * MA_DOITUONG_KCB by the list's order of precedence (the vendor's notes in ma_doituong_kcb.md):
 * emergency; HIV and COVID-19 on route; drugs by appointment; the registered facility itself;
 * temporary residence; newborns; re-visits after referral; referrals; the same province at
 * primary level (1.2, TT 30/2020 Điều 6 khoản 2); another province's card at primary level
 * (3.3, Luật BHYT Điều 22 khoản 3 điểm c). Lao (1.8) and the other 3.x/7.x/8/9 cases need data
 * a commune station does not record.
 */
export function visitObjectCode(input: VisitObjectInput): VisitObject {
  const codes = input.diagnosisCodes ?? [];
  const registeredHere = input.registeredFacility === input.facilityCode;
  const onRoute = registeredHere || input.referredIn === true;
  if (input.emergency) return { code: '2', rule: 'emergency' };
  if (onRoute && codes.some((c) => c.startsWith('B20'))) return { code: '1.9', rule: 'hiv' };
  if (onRoute && codes.some((c) => c === 'U07.1' || c === 'U07.2')) {
    return { code: '1.10', rule: 'covid' };
  }
  if (input.drugsByAppointment) return { code: '7.1', rule: 'drugsByAppointment' };
  if (registeredHere) return { code: '1.1', rule: 'registeredHere' };
  if (input.temporaryResidence) return { code: '1.4', rule: 'temporaryResidence' };
  if (input.newbornTemporaryCard) return { code: '1.7', rule: 'newborn' };
  if (input.reExamAfterReferral) return { code: '1.5', rule: 'reExamAfterReferral' };
  if (input.referredIn) return { code: '1.3', rule: 'referred' };
  const primary = input.registeredAtPrimaryLevel ?? true;
  if (primary && province(input.registeredFacility) === province(input.facilityCode)) {
    return { code: '1.2', rule: 'sameProvince' };
  }
  return { code: '3.3', rule: 'otherProvince' };
}
