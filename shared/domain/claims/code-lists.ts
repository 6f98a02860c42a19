// The shared code lists the claim fields take their values from, as far as they are public
// (../shared/reference/xml130: ma_doituong_kcb.md, ma_loai_kcb.md, the appendix's own texts).

/** MA_DOITUONG_KCB (QĐ 824/QĐ-BYT and amendments, as the vendor's list in ma_doituong_kcb.md). */
export const VISIT_OBJECT_CODES = [
  '1.1',
  '1.2',
  '1.3',
  '1.4',
  '1.5',
  '1.6',
  '1.7',
  '1.8',
  '1.9',
  '1.10',
  '2',
  '3.1',
  '3.2',
  '3.3',
  '3.4',
  '3.5',
  '3.6',
  '3.7',
  '7.1',
  '7.2',
  '7.3',
  '7.4',
  '8',
  '9',
] as const;
export type VisitObjectCode = (typeof VISIT_OBJECT_CODES)[number];

/** MA_LOAI_KCB (QĐ 824 Phụ lục 1, ma_loai_kcb.md). */
export const VISIT_TYPE_CODES = ['01', '02', '03', '04', '05', '06', '07', '08', '09'] as const;

/** MA_NHOM (QĐ 5937 Phụ lục 3; 19 added by QĐ 4750 for other costs). Drugs are 4–7 and 17. */
export const COST_GROUP_CODES = Array.from({ length: 19 }, (_, i) => String(i + 1));
export const DRUG_GROUP_CODES = ['4', '5', '6', '7', '17'] as const;

/** KET_QUA_DTRI 1 cured … 7 not determined; 8 died outside (QĐ 4750). */
export const RESULT_CODES = ['1', '2', '3', '4', '5', '6', '7', '8'] as const;
/** MA_LOAI_RV 1 went home, 2 referred (medical), 3 absconded, 4 left on request, 5 referred (wish). */
export const DISCHARGE_CODES = ['1', '2', '3', '4', '5'] as const;
/** GIOI_TINH 1 male, 2 female, 3 not determined. */
export const SEX_CODES = ['1', '2', '3'] as const;
/** PHAM_VI 1 in scope, 2 outside, 3 outside but paid for the forces. */
export const SCOPE_CODES = ['1', '2', '3'] as const;
/** MA_PTTT 1 fee for service, 2 capitation, 3 DRG. */
export const PAYMENT_METHOD_CODES = ['1', '2', '3'] as const;
/** NGUON_CTRA 1 BHYT fund, 2 project or aid, 3 national programme, 4 other. */
export const DRUG_SOURCE_CODES = ['1', '2', '3', '4'] as const;
/** MA_KHUVUC printed on some cards. */
export const AREA_CODES = ['K1', 'K2', 'K3'] as const;

/** SO_CCCD as the gateway checks it: 9 or 12 digits, or a capital and 7 digits (passport). */
export const CITIZEN_ID = /^(\d{9}|\d{12}|[A-Z]\d{7})$/;
