// The tables Tram writes, field by field, as the BHXH gateway's check sheet for QĐ 4750 and the
// decision's appendix define them: order, type, maximum size and mandatory mark. A test reads
// both sheets (../shared/reference/xml130) and compares every entry here with them.

/** 'n' is the sheet's "Số" (digits, optionally with a decimal point), 's' its "Chuỗi". */
export type FieldType = 'n' | 's';

/**
 * The sheet's "Bắt buộc" column: 'x' always, '' never, otherwise the sheet's own words for a
 * condition, kept verbatim (claims/sheet-rules.ts says how Tram reads each one).
 */
export type FieldMark = string;

export interface FieldSpec {
  name: string;
  type: FieldType;
  /** Smaller of the sheet's and the appendix's (amended) maximum; null where both say "n". */
  size: number | null;
  mark: FieldMark;
}

const f = <N extends string>(
  name: N,
  type: FieldType,
  size: number | null,
  mark: FieldMark,
): FieldSpec & { name: N } => ({ name, type, size, mark });

/** Bảng check-in (XML0): sent when the patient arrives, before any XML1 exists. */
export const XML0_SPEC = [
  f('MA_LK', 's', 100, 'x'),
  f('STT', 'n', 10, 'x'),
  f('MA_BN', 's', 100, 'x'),
  f('HO_TEN', 's', 255, 'x'),
  f('SO_CCCD', 's', 15, ''),
  f('NGAY_SINH', 'n', 12, 'x'),
  f('GIOI_TINH', 'n', 1, 'x'),
  f('MA_THE_BHYT', 's', 15, ''),
  f('MA_DKBD', 's', 5, ''),
  f('GT_THE_TU', 'n', 8, ''),
  f('GT_THE_DEN', 'n', 8, ''),
  f('MA_DOITUONG_KCB', 's', 4, 'x'),
  f('NGAY_VAO', 'n', 12, 'x'),
  f('NGAY_VAO_NOI_TRU', 'n', 12, ''),
  f('LY_DO_VNT', 's', 4000, 'x (Chỉ bắt buộc khi NGAY_VAO_NOI_TRU not null)'),
  f('MA_LY_DO_VNT', 's', 5, ''),
  f('MA_LOAI_KCB', 's', 2, 'x'),
  f('MA_CSKCB', 's', 5, 'x'),
  f('MA_DICH_VU', 's', 50, 'Sửa lại chỉ bắt buộc khi MA_THUOC và MA_VAT_TU = null'),
  f('TEN_DICH_VU', 's', 1024, 'Sửa lại chỉ bắt buộc khi MA_DICH_VU not null'),
  f('MA_THUOC', 's', 255, 'Chỉ bắt buộc khi MA_DICH_VU và MA_VAT_TU = null'),
  f('TEN_THUOC', 's', 1024, 'Sửa lại chỉ bắt buộc khi MA_THUOC not null'),
  f('MA_VAT_TU', 's', 255, 'Chỉ bắt buộc khi MA_DICH_VU và MA_THUOC = null'),
  f('TEN_VAT_TU', 's', 1024, 'Sửa lại chỉ bắt buộc khi MA_VAT_TU not null'),
  f('NGAY_YL', 'n', 12, 'x'),
  f('DU_PHONG', 's', 4000, ''),
] as const;

export const XML1_SPEC = [
  f('MA_LK', 's', 100, 'x'),
  f('STT', 'n', 10, ''),
  f('MA_BN', 's', 100, 'x'),
  f('HO_TEN', 's', 255, 'x'),
  f('SO_CCCD', 's', 15, ''),
  f('NGAY_SINH', 'n', 12, 'x'),
  f('GIOI_TINH', 'n', 1, 'x'),
  f('NHOM_MAU', 's', 5, ''),
  f('MA_QUOCTICH', 'n', 3, 'x'),
  f('MA_DANTOC', 'n', 2, 'x'),
  f('MA_NGHE_NGHIEP', 's', 5, 'x'),
  f('DIA_CHI', 's', 1024, 'x'),
  f('MATINH_CU_TRU', 's', 3, 'x'),
  f('MAHUYEN_CU_TRU', 's', 3, 'x'),
  f('MAXA_CU_TRU', 's', 5, 'x'),
  f('DIEN_THOAI', 's', 15, ''),
  f('MA_THE_BHYT', 's', null, ''),
  f('MA_DKBD', 's', null, ''),
  f('GT_THE_TU', 's', null, ''),
  f('GT_THE_DEN', 's', null, ''),
  f('NGAY_MIEN_CCT', 'n', 12, ''),
  f('LY_DO_VV', 's', null, 'x'),
  f('LY_DO_VNT', 's', null, ''),
  f('MA_LY_DO_VNT', 's', 5, ''),
  f('CHAN_DOAN_VAO', 's', null, 'x'),
  f('CHAN_DOAN_RV', 's', null, 'x'),
  f('MA_BENH_CHINH', 's', 7, 'x'),
  f('MA_BENH_KT', 's', 100, ''),
  f('MA_BENH_YHCT', 's', 255, ''),
  f('MA_PTTT_QT', 's', 125, ''),
  f('MA_DOITUONG_KCB', 's', 4, 'x'),
  f('MA_NOI_DI', 's', 5, ''),
  f('MA_NOI_DEN', 's', 5, ''),
  f('MA_TAI_NAN', 's', 1, ''),
  f('NGAY_VAO', 'n', 12, 'x'),
  f('NGAY_VAO_NOI_TRU', 'n', 12, ''),
  f('NGAY_RA', 'n', 12, 'x'),
  f('GIAY_CHUYEN_TUYEN', 's', 50, ''),
  f('SO_NGAY_DTRI', 'n', 3, 'x'),
  f('PP_DIEU_TRI', 's', null, ''),
  f('KET_QUA_DTRI', 'n', 1, 'x'),
  f('MA_LOAI_RV', 'n', 1, 'x'),
  f('GHI_CHU', 's', null, ''),
  f('NGAY_TTOAN', 'n', 12, ''),
  f('T_THUOC', 'n', 15, 'x'),
  f('T_VTYT', 'n', 15, 'x'),
  f('T_TONGCHI_BV', 'n', 15, 'x'),
  f('T_TONGCHI_BH', 'n', 15, 'x'),
  f('T_BNTT', 'n', 15, 'x'),
  f('T_BNCCT', 'n', 15, 'x'),
  f('T_BHTT', 'n', 15, 'x'),
  f('T_NGUONKHAC', 'n', 15, 'x'),
  f('T_BHTT_GDV', 'n', 15, 'x'),
  f('NAM_QT', 'n', 4, 'x'),
  f('THANG_QT', 'n', 2, 'x'),
  f('MA_LOAI_KCB', 's', 2, 'x'),
  f('MA_KHOA', 's', 50, 'x'),
  f('MA_CSKCB', 's', 5, 'x'),
  f('MA_KHUVUC', 's', 2, ''),
  f('CAN_NANG', 's', 6, 'x'),
  f('CAN_NANG_CON', 's', 100, ''),
  f('NAM_NAM_LIEN_TUC', 'n', 8, ''),
  f('NGAY_TAI_KHAM', 's', 50, ''),
  f('MA_HSBA', 's', 100, 'x'),
  f('MA_TTDV', 's', 10, ''),
  f('DU_PHONG', 's', null, ''),
] as const;

/** Drugs. The money fields end T_BNTT, T_BNCCT, T_BHTT (QĐ 4750's order). */
export const XML2_SPEC = [
  f('MA_LK', 's', 100, 'x'),
  f('STT', 'n', 10, 'x'),
  f('MA_THUOC', 's', 255, 'x'),
  f('MA_PP_CHEBIEN', 's', 255, ''),
  f('MA_CSKCB_THUOC', 's', 10, ''),
  f('MA_NHOM', 'n', 2, 'x'),
  f('TEN_THUOC', 's', 1024, 'x'),
  f('DON_VI_TINH', 's', 50, 'x'),
  f('HAM_LUONG', 's', 1024, 'x'),
  f('DUONG_DUNG', 's', 4, 'x'),
  f('DANG_BAO_CHE', 's', 1024, ''),
  f('LIEU_DUNG', 's', 1024, 'x'),
  f('CACH_DUNG', 's', 1024, ''),
  f('SO_DANG_KY', 's', 255, 'Như QĐ 4210'),
  f('TT_THAU', 's', 50, 'Bắt buộc trừ mã nhóm 7,17'),
  f('PHAM_VI', 'n', 1, 'x'),
  f('TYLE_TT_BH', 'n', 3, 'x'),
  f('SO_LUONG', 'n', 10, 'x'),
  f('DON_GIA', 'n', 15, 'x'),
  f('THANH_TIEN_BV', 'n', 15, 'x'),
  f('THANH_TIEN_BH', 'n', 15, 'x'),
  f('T_NGUONKHAC_NSNN', 'n', 15, 'x'),
  f('T_NGUONKHAC_VTNN', 'n', 15, 'x'),
  f('T_NGUONKHAC_VTTN', 'n', 15, 'x'),
  f('T_NGUONKHAC_CL', 'n', 15, 'x'),
  f('T_NGUONKHAC', 'n', 15, 'x'),
  f('MUC_HUONG', 'n', 3, 'x'),
  f('T_BNTT', 'n', 15, 'x'),
  f('T_BNCCT', 'n', 15, 'x'),
  f('T_BHTT', 'n', 15, 'x'),
  f('MA_KHOA', 's', 15, 'x'),
  f('MA_BAC_SI', 's', 255, 'Giữ nguyên như 4210'),
  f('MA_DICH_VU', 's', 255, 'Giữ nguyên như 4210'),
  f('NGAY_YL', 'n', 12, 'x'),
  f('NGAY_TH_YL', 'n', 12, ''),
  f('MA_PTTT', 'n', 1, 'x'),
  f('NGUON_CTRA', 'n', 1, 'x'),
  f('VET_THUONG_TP', 'n', 1, ''),
  f('DU_PHONG', 's', null, ''),
] as const;

/** Services and supplies; the money fields end T_BNTT, T_BNCCT, T_BHTT as in XML2. */
export const XML3_SPEC = [
  f('MA_LK', 's', 100, 'x'),
  f('STT', 'n', 10, 'x'),
  f('MA_DICH_VU', 's', 50, 'Như QĐ 4210'),
  f('MA_PTTT_QT', 's', 255, ''),
  f('MA_VAT_TU', 's', 255, 'Như QĐ 4210'),
  f('MA_NHOM', 'n', 2, 'x'),
  f('GOI_VTYT', 's', 3, ''),
  f('TEN_VAT_TU', 's', 1024, 'Như QĐ 4210'),
  f('TEN_DICH_VU', 's', 1024, 'Như QĐ 4210'),
  f('MA_XANG_DAU', 's', 20, 'Bắt buộc khi MA_NHOM = 12'),
  f('DON_VI_TINH', 's', 50, 'x'),
  f('PHAM_VI', 'n', 1, 'x'),
  f('SO_LUONG', 'n', 10, 'x'),
  f('DON_GIA_BV', 'n', 15, 'x'),
  f('DON_GIA_BH', 'n', 15, 'x'),
  f('TT_THAU', 's', 50, 'Bắt buộc khi MA_NHOM = 10'),
  f('TYLE_TT_DV', 'n', 3, 'x'),
  f('TYLE_TT_BH', 'n', 3, 'x'),
  f('THANH_TIEN_BV', 'n', 15, 'x'),
  f('THANH_TIEN_BH', 'n', 15, 'x'),
  f('T_TRANTT', 'n', 15, ''),
  f('MUC_HUONG', 'n', 3, 'x'),
  f('T_NGUONKHAC_NSNN', 'n', 15, 'x'),
  f('T_NGUONKHAC_VTNN', 'n', 15, 'x'),
  f('T_NGUONKHAC_VTTN', 'n', 15, 'x'),
  f('T_NGUONKHAC_CL', 'n', 15, 'x'),
  f('T_NGUONKHAC', 'n', 15, 'x'),
  f('T_BNTT', 'n', 15, 'x'),
  f('T_BNCCT', 'n', 15, 'x'),
  f('T_BHTT', 'n', 15, 'x'),
  f('MA_KHOA', 's', 20, 'x'),
  f('MA_GIUONG', 's', 50, ''),
  f('MA_BAC_SI', 's', 255, 'x'),
  f('NGUOI_THUC_HIEN', 's', 255, 'Bắt buộc MA_NHOM =1,2,3,8,18'),
  f('MA_BENH', 's', 100, 'x'),
  f('MA_BENH_YHCT', 's', 255, ''),
  f('NGAY_YL', 'n', 12, 'x'),
  f('NGAY_TH_YL', 'n', 12, 'bắt buộc MA_NHOM =1,2,3,8,18'),
  f('NGAY_KQ', 'n', 12, ''),
  f('MA_PTTT', 'n', 1, 'x'),
  f('VET_THUONG_TP', 'n', 1, ''),
  f('PP_VO_CAM', 'n', 1, ''),
  f('VI_TRI_TH_DVKT', 'n', 3, ''),
  f('MA_MAY', 's', 1024, ''),
  f('MA_HIEU_SP', 's', 255, ''),
  f('TAI_SU_DUNG', 'n', 1, ''),
  f('DU_PHONG', 's', null, ''),
] as const;

/** Paraclinical results: one row per measured index (or one per service with a text result). */
export const XML4_SPEC = [
  f('MA_LK', 's', 100, 'x'),
  f('STT', 'n', 10, 'x'),
  f('MA_DICH_VU', 's', 15, ''),
  f('MA_CHI_SO', 's', 50, ''),
  f('TEN_CHI_SO', 's', 255, 'x'),
  f('GIA_TRI', 's', 50, ''),
  f('DON_VI_DO', 's', 50, ''),
  f('MO_TA', 's', null, ''),
  f('KET_LUAN', 's', null, ''),
  f('NGAY_KQ', 'n', 12, 'Bắt buộc khi trường GIA_TRI có dữ liệu'),
  f('MA_BS_DOC_KQ', 's', 255, ''),
  f('DU_PHONG', 's', null, ''),
] as const;

/** The re-visit appointment slip (giấy hẹn khám lại). */
export const XML14_SPEC = [
  f('MA_LK', 's', 100, 'x'),
  f('SO_GIAYHEN_KL', 's', 50, 'x'),
  f('MA_CSKCB', 's', 5, 'x'),
  f('HO_TEN', 's', 255, 'x'),
  f('NGAY_SINH', 'n', 12, ''),
  f('GIOI_TINH', 'n', 1, ''),
  f('DIA_CHI', 's', 1024, ''),
  f('MA_THE_BHYT', 's', 200, ''),
  f('GT_THE_DEN', 's', 200, ''),
  f('NGAY_VAO', 'n', 12, ''),
  f('NGAY_VAO_NOI_TRU', 'n', 12, ''),
  f('NGAY_RA', 'n', 12, ''),
  f('NGAY_HEN_KL', 'n', 12, 'x'),
  f('CHAN_DOAN_RV', 's', 4000, ''),
  f('MA_BENH_CHINH', 's', 7, ''),
  f('MA_BENH_KT', 's', 100, ''),
  f('MA_BENH_YHCT', 's', 255, ''),
  f('MA_DOITUONG_KCB', 's', 4, ''),
  f('MA_BAC_SI', 's', 255, 'x'),
  f('MA_TTDV', 's', 10, 'x'),
  f('NGAY_CT', 'n', 8, 'x'),
  f('DU_PHONG', 's', null, ''),
] as const;

export const TABLE_SPECS = {
  XML0: XML0_SPEC,
  XML1: XML1_SPEC,
  XML2: XML2_SPEC,
  XML3: XML3_SPEC,
  XML4: XML4_SPEC,
  XML14: XML14_SPEC,
} as const;

export type TableName = keyof typeof TABLE_SPECS;

/** The sheet's number for each table Tram writes ("Bang Check-in", "Bang 1_Tong hop"…). */
export const SHEET_NUMBERS: Readonly<Record<TableName, string>> = {
  XML0: 'Check-in',
  XML1: '1',
  XML2: '2',
  XML3: '3',
  XML4: '4',
  XML14: '14',
};

/**
 * Where Tram follows the decision instead of the sheet's mark, and why: the test accepts these
 * differences and no others.
 */
export const MARK_DEVIATIONS: ReadonlyArray<{ table: TableName; field: string; why: string }> = [
  {
    table: 'XML3',
    field: 'MA_BENH',
    why: 'QĐ 130/4750 Bảng 3: only the ICD-10 codes beyond MA_BENH_CHINH the service was ordered for; empty means the main disease. The sheet still marks it mandatory.',
  },
];

type Names<T extends readonly FieldSpec[]> = { [K in keyof T]: T[K]['name'] };
const names = <T extends readonly FieldSpec[]>(spec: T): Names<T> =>
  spec.map((field) => field.name) as Names<T>;

export const XML0_FIELDS = names(XML0_SPEC);
export const XML1_FIELDS = names(XML1_SPEC);
export const XML2_FIELDS = names(XML2_SPEC);
export const XML3_FIELDS = names(XML3_SPEC);
export const XML4_FIELDS = names(XML4_SPEC);
export const XML14_FIELDS = names(XML14_SPEC);
