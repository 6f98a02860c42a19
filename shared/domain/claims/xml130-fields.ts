// Field names and order of the QĐ 130/QĐ-BYT tables as amended by QĐ 4750 (2023) and
// QĐ 3176 (2024). The order is part of the format: documents are written in exactly this order.

export const XML1_FIELDS = [
  'MA_LK',
  'STT',
  'MA_BN',
  'HO_TEN',
  'SO_CCCD',
  'NGAY_SINH',
  'GIOI_TINH',
  'NHOM_MAU',
  'MA_QUOCTICH',
  'MA_DANTOC',
  'MA_NGHE_NGHIEP',
  'DIA_CHI',
  'MATINH_CU_TRU',
  'MAHUYEN_CU_TRU',
  'MAXA_CU_TRU',
  'DIEN_THOAI',
  'MA_THE_BHYT',
  'MA_DKBD',
  'GT_THE_TU',
  'GT_THE_DEN',
  'NGAY_MIEN_CCT',
  'LY_DO_VV',
  'LY_DO_VNT',
  'MA_LY_DO_VNT',
  'CHAN_DOAN_VAO',
  'CHAN_DOAN_RV',
  'MA_BENH_CHINH',
  'MA_BENH_KT',
  'MA_BENH_YHCT',
  'MA_PTTT_QT',
  'MA_DOITUONG_KCB',
  'MA_NOI_DI',
  'MA_NOI_DEN',
  'MA_TAI_NAN',
  'NGAY_VAO',
  'NGAY_VAO_NOI_TRU',
  'NGAY_RA',
  'GIAY_CHUYEN_TUYEN',
  'SO_NGAY_DTRI',
  'PP_DIEU_TRI',
  'KET_QUA_DTRI',
  'MA_LOAI_RV',
  'GHI_CHU',
  'NGAY_TTOAN',
  'T_THUOC',
  'T_VTYT',
  'T_TONGCHI_BV',
  'T_TONGCHI_BH',
  'T_BNTT',
  'T_BNCCT',
  'T_BHTT',
  'T_NGUONKHAC',
  'T_BHTT_GDV',
  'NAM_QT',
  'THANG_QT',
  'MA_LOAI_KCB',
  'MA_KHOA',
  'MA_CSKCB',
  'MA_KHUVUC',
  'CAN_NANG',
  'CAN_NANG_CON',
  'NAM_NAM_LIEN_TUC',
  'NGAY_TAI_KHAM',
  'MA_HSBA',
  'MA_TTDV',
  'DU_PHONG',
] as const;

export const XML2_FIELDS = [
  'MA_LK',
  'STT',
  'MA_THUOC',
  'MA_PP_CHEBIEN',
  'MA_CSKCB_THUOC',
  'MA_NHOM',
  'TEN_THUOC',
  'DON_VI_TINH',
  'HAM_LUONG',
  'DUONG_DUNG',
  'DANG_BAO_CHE',
  'LIEU_DUNG',
  'CACH_DUNG',
  'SO_DANG_KY',
  'TT_THAU',
  'PHAM_VI',
  'TYLE_TT_BH',
  'SO_LUONG',
  'DON_GIA',
  'THANH_TIEN_BV',
  'THANH_TIEN_BH',
  'T_NGUONKHAC_NSNN',
  'T_NGUONKHAC_VTNN',
  'T_NGUONKHAC_VTTN',
  'T_NGUONKHAC_CL',
  'T_NGUONKHAC',
  'MUC_HUONG',
  'T_BHTT',
  'T_BNCCT',
  'T_BNTT',
  'MA_KHOA',
  'MA_BAC_SI',
  'MA_DICH_VU',
  'NGAY_YL',
  'NGAY_TH_YL',
  'MA_PTTT',
  'NGUON_CTRA',
  'VET_THUONG_TP',
  'DU_PHONG',
] as const;

export const XML3_FIELDS = [
  'MA_LK',
  'STT',
  'MA_DICH_VU',
  'MA_PTTT_QT',
  'MA_VAT_TU',
  'MA_NHOM',
  'GOI_VTYT',
  'TEN_VAT_TU',
  'TEN_DICH_VU',
  'MA_XANG_DAU',
  'DON_VI_TINH',
  'PHAM_VI',
  'SO_LUONG',
  'DON_GIA_BV',
  'DON_GIA_BH',
  'TT_THAU',
  'TYLE_TT_DV',
  'TYLE_TT_BH',
  'THANH_TIEN_BV',
  'THANH_TIEN_BH',
  'T_TRANTT',
  'MUC_HUONG',
  'T_NGUONKHAC_NSNN',
  'T_NGUONKHAC_VTNN',
  'T_NGUONKHAC_VTTN',
  'T_NGUONKHAC_CL',
  'T_NGUONKHAC',
  'T_BHTT',
  'T_BNTT',
  'T_BNCCT',
  'MA_KHOA',
  'MA_GIUONG',
  'MA_BAC_SI',
  'NGUOI_THUC_HIEN',
  'MA_BENH',
  'MA_BENH_YHCT',
  'NGAY_YL',
  'NGAY_TH_YL',
  'NGAY_KQ',
  'MA_PTTT',
  'VET_THUONG_TP',
  'PP_VO_CAM',
  'VI_TRI_TH_DVKT',
  'MA_MAY',
  'MA_HIEU_SP',
  'TAI_SU_DUNG',
  'DU_PHONG',
] as const;

/**
 * Table 14 (giấy hẹn khám lại), added by QĐ 4750. Source: the QĐ 4750 column list as published
 * by several HIS vendors (e.g. dh-hos "xml130.bang14"), which agree on these 22 fields.
 */
export const XML14_FIELDS = [
  'MA_LK',
  'SO_GIAYHEN_KL',
  'MA_CSKCB',
  'HO_TEN',
  'NGAY_SINH',
  'GIOI_TINH',
  'DIA_CHI',
  'MA_THE_BHYT',
  'GT_THE_DEN',
  'NGAY_VAO',
  'NGAY_VAO_NOI_TRU',
  'NGAY_RA',
  'NGAY_HEN_KL',
  'CHAN_DOAN_RV',
  'MA_BENH_CHINH',
  'MA_BENH_KT',
  'MA_BENH_YHCT',
  'MA_DOITUONG_KCB',
  'MA_BAC_SI',
  'MA_TTDV',
  'NGAY_CT',
  'DU_PHONG',
] as const;

export const XML1_MONEY = [
  'T_THUOC',
  'T_VTYT',
  'T_TONGCHI_BV',
  'T_TONGCHI_BH',
  'T_BNTT',
  'T_BNCCT',
  'T_BHTT',
  'T_NGUONKHAC',
  'T_BHTT_GDV',
] as const satisfies readonly Xml1Field[];

/** Money columns shared by the line tables (XML2 and XML3). */
export const LINE_MONEY = [
  'THANH_TIEN_BV',
  'THANH_TIEN_BH',
  'T_NGUONKHAC_NSNN',
  'T_NGUONKHAC_VTNN',
  'T_NGUONKHAC_VTTN',
  'T_NGUONKHAC_CL',
  'T_NGUONKHAC',
  'T_BHTT',
  'T_BNCCT',
  'T_BNTT',
] as const satisfies readonly (Xml2Field & Xml3Field)[];

export type Xml1Field = (typeof XML1_FIELDS)[number];
export type Xml2Field = (typeof XML2_FIELDS)[number];
export type Xml3Field = (typeof XML3_FIELDS)[number];
export type Xml14Field = (typeof XML14_FIELDS)[number];
export type Xml1Money = (typeof XML1_MONEY)[number];
type LineMoney = (typeof LINE_MONEY)[number];

/** A cell: text, or a number written without grouping (integers, or up to 3 decimals). */
export type XmlValue = string | number;

export type Xml1Summary = Record<Exclude<Xml1Field, Xml1Money>, XmlValue> &
  Record<Xml1Money, number>;
export type Xml2Drug = Record<Exclude<Xml2Field, LineMoney>, XmlValue> & Record<LineMoney, number>;
export type Xml3Service = Record<Exclude<Xml3Field, LineMoney>, XmlValue> &
  Record<LineMoney, number>;
export type Xml14Revisit = Record<Xml14Field, XmlValue>;

/** One visit (HOSO): the summary, its lines, and the re-visit slip when one was issued. */
export interface ClaimRecord {
  xml1: Xml1Summary;
  xml2: readonly Xml2Drug[];
  xml3: readonly Xml3Service[];
  xml14?: Xml14Revisit;
}
