import type { LocalizedText } from '../../api/result';
import type { CoverageResult, LineKind } from '../coverage';
import type { ClaimSubjects } from './problems';
import type { ClaimRecord } from './xml130-fields';

// Plain data a claim is built from: what the backend reads from the patient, card, visit and
// catalogue rows, already priced by computeCoverage.

export interface ClaimPatient {
  code: string;
  fullName: string;
  citizenId: string;
  /** YYYY-MM-DD, or YYYY when only the year of birth is known. */
  birthDate: string;
  sex: 'male' | 'female' | 'unknown';
  address: string;
  phone: string;
  /** MA_QUOCTICH (TT 07/2016/TT-BCA Phụ lục 2). */
  nationalityCode?: string;
  ethnicityCode?: string;
  /** QĐ 34/2020/QĐ-TTg code; 00000 when the patient has no occupation (QĐ 130). */
  occupationCode?: string;
  /** 2025 province (MATINH_CU_TRU), the pre-2025 district (MAHUYEN), the 2025 ward (MAXA). */
  provinceCode?: string;
  districtCode?: string;
  communeCode?: string;
}

export interface ClaimCard {
  code: string;
  validFrom: string;
  validTo: string;
  registeredFacility: string;
  /** K1/K2/K3 when printed on the card. */
  areaCode?: string;
  /** Date (YYYY-MM-DD) the holder reached 5 continuous years of cover. */
  fiveYearsFrom?: string;
  coPayExemptFrom?: string;
}

export interface ClaimDiagnosis {
  primary: { code: string; name: string };
  secondary: ReadonlyArray<{ code: string; name: string }>;
  /** CHAN_DOAN_VAO; the primary diagnosis name when absent. */
  onArrival?: string;
}

export interface ClaimVisit {
  /** MA_LK: unique per visit. */
  code: string;
  recordNo?: string;
  /**
   * ISO instants; written in Vietnam time. endedAt (NGAY_RA) is when the visit was complete:
   * after the last order was carried out (drugs handed over, results in), not when the exam
   * ended.
   */
  startedAt: string;
  endedAt: string;
  paidAt?: string;
  reason: string;
  /** MA_DOITUONG_KCB from the MoH shared code list. */
  visitObjectCode: string;
  departmentCode: string;
  doctorCode: string;
  /** MA_TTDV: social-insurance number of the head (or delegate) who signs. */
  headCode: string;
  /** KET_QUA_DTRI (1 cured … 7 not determined). */
  resultCode: number;
  /** MA_LOAI_RV; 1 (went home) when absent. */
  dischargeCode?: number;
  treatment?: string;
  advice?: string;
  weightKg?: number;
  referralNo?: string;
  /** MA_PTTT on every line, from the dated setting: 1 fee for service, 2 capitation, 3 DRG. */
  paymentMethod?: 1 | 2 | 3;
  settlement?: { year: number; month: number };
  reExam?: { date: string; time?: string; slipNumber?: string };
}

/** One measured index of a paraclinical result (an XML4 row), or a plain text result. */
export interface ClaimResult {
  /** MA_CHI_SO from the service's definition; absent for a plain text result. */
  indexCode?: string;
  /** TEN_CHI_SO: the index's name, or the service's for a text result. */
  name: string;
  value?: string;
  unit?: string;
  /** MO_TA: free text (a text result, or a note with a value). */
  description?: string;
  conclusion?: string;
}

/** Catalogue data for one invoice line, matched to the coverage line by kind and refId. */
export interface ClaimLineDetail {
  kind: LineKind;
  refId: number;
  code: string;
  groupCode: string;
  name: string;
  unit: string;
  orderedAt: string;
  performedAt?: string;
  resultAt?: string;
  performerCode?: string;
  /** How claim messages name the item: "Amlodipin 5mg (Amlor)". */
  label?: string;
  /** Tram's own code, when the claim's code (a service's BHXH code) may be missing. */
  ownCode?: string;
  strength?: string;
  routeCode?: string;
  dosageForm?: string;
  /** LIEU_DUNG in the decision's form (claims/lieu-dung.ts). */
  dosage?: string;
  /** CACH_DUNG: how to take it, the doctor's words. */
  instructions?: string;
  registrationNo?: string;
  tenderInfo?: string;
  /** For a supply used within a service: that service's code and name. */
  serviceCode?: string;
  serviceName?: string;
  /** Paraclinical results (XML4), and the practising code of who read them (MA_BS_DOC_KQ). */
  results?: readonly ClaimResult[];
  resultReaderCode?: string;
}

export interface ClaimInput {
  facilityCode: string;
  /** STT of this visit within the batch being sent. */
  sequence?: number;
  patient: ClaimPatient;
  card: ClaimCard;
  diagnosis: ClaimDiagnosis;
  visit: ClaimVisit;
  coverage: CoverageResult;
  details: readonly ClaimLineDetail[];
}

export type ClaimOutcome =
  | { ok: true; value: ClaimRecord; subjects: ClaimSubjects }
  | { ok: false; problems: LocalizedText[] };
