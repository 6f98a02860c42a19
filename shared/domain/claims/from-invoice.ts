import type { LocalizedText } from '../../api/result';
import type { CoverageLineResult } from '../coverage';
import { localDate, localTime } from '../dates';
import type { RowSubject } from './problems';
import type { ClaimInput, ClaimLineDetail, ClaimOutcome } from './claim-input';
import type { Xml14Revisit, Xml1Summary, Xml2Drug, Xml3Service, Xml4Result } from './xml130-fields';

export type {
  ClaimCard,
  ClaimDiagnosis,
  ClaimInput,
  ClaimLineDetail,
  ClaimOutcome,
  ClaimPatient,
  ClaimResult,
  ClaimVisit,
} from './claim-input';

/** yyyyMMddHHmm in Vietnam time for an ISO instant; '' for none. */
export function claimDateTime(iso: string | undefined): string {
  if (!iso) return '';
  const instant = new Date(iso);
  return `${localDate(instant)}${localTime(instant)}`.replace(/[-:]/g, '');
}

/** yyyyMMdd for a local date YYYY-MM-DD; '' for none. */
export function claimDate(date: string | undefined): string {
  return date ? date.replace(/-/g, '') : '';
}

/** NGAY_SINH: unknown time is 0000, and an unknown day and month are 0000 too (QĐ 130). */
export function claimBirthDate(birth: string): string {
  return /^\d{4}$/.test(birth) ? `${birth}00000000` : `${claimDate(birth)}0000`;
}

const SEX_CODE = { male: 1, female: 2, unknown: 3 } as const;

function lineMoney(r: CoverageLineResult, method: number) {
  return {
    PHAM_VI: r.line.scope,
    SO_LUONG: r.line.quantity,
    TYLE_TT_BH: r.covered ? r.line.coverageRatio : 0,
    THANH_TIEN_BV: r.amount,
    THANH_TIEN_BH: r.insuredAmount,
    T_NGUONKHAC_NSNN: 0,
    T_NGUONKHAC_VTNN: 0,
    T_NGUONKHAC_VTTN: 0,
    T_NGUONKHAC_CL: r.otherSources,
    T_NGUONKHAC: r.otherSources,
    MUC_HUONG: r.benefitPercent,
    T_BHTT: r.insurancePays,
    T_BNCCT: r.coPay,
    T_BNTT: r.patientPays,
    MA_PTTT: method,
    VET_THUONG_TP: '',
    DU_PHONG: '',
  };
}

/** Maps a priced, covered visit to its XML1/2/3 (and XML14) rows; totals are line sums. */
export function claimFromInvoice(input: ClaimInput): ClaimOutcome {
  const { patient, card, diagnosis, visit, coverage } = input;
  if (coverage.status !== 'covered') return { ok: false, problems: [{ key: 'claims.notInsured' }] };
  const problems: LocalizedText[] = [];
  const details = new Map<string, ClaimLineDetail>();
  for (const d of input.details) {
    const key = `${d.kind}:${d.refId}`;
    if (details.has(key)) {
      problems.push({ key: 'claims.duplicateDetail', params: { name: d.label ?? d.name } });
    }
    details.set(key, d);
  }
  const pairs = coverage.lines.map((r) => {
    const detail = details.get(`${r.line.kind}:${r.line.refId}`);
    const name = detail?.label ?? r.line.name;
    if (!detail) problems.push({ key: 'claims.missingDetail', params: { name } });
    if (r.line.kind === 'drug' && r.covered && r.line.unitPrice !== r.line.insuredUnitPrice) {
      problems.push({
        key: 'claims.drugPriceSplit',
        params: { name, code: detail?.code ?? '', patient: patient.fullName },
      });
    }
    return { r, d: detail };
  });
  if (problems.length > 0) return { ok: false, problems };

  const link = visit.code;
  const method = visit.paymentMethod ?? 1;
  const secondaryCodes = diagnosis.secondary.map((x) => x.code).join(';');
  const diagnosisText = [diagnosis.primary, ...diagnosis.secondary].map((x) => x.name).join('; ');
  const common = { MA_LK: link, MA_KHOA: visit.departmentCode, MA_BAC_SI: visit.doctorCode };

  const xml2: Xml2Drug[] = [];
  const xml3: Xml3Service[] = [];
  const subjects = { xml2: [] as RowSubject[], xml3: [] as RowSubject[], xml4: [] as RowSubject[] };
  const subject = (kind: RowSubject['kind'], d: ClaimLineDetail): RowSubject => ({
    kind,
    name: d.label ?? d.name,
    code: d.ownCode ?? (d.code || '—'),
  });
  for (const { r, d } of pairs) {
    if (!d) continue;
    const times = { NGAY_YL: claimDateTime(d.orderedAt), NGAY_TH_YL: claimDateTime(d.performedAt) };
    if (r.line.kind === 'drug') {
      // Spreads go last: V8 builds a literal that starts with spreads and goes on with named
      // fields dozens of times slower, and a month's claims make tens of thousands of rows.
      subjects.xml2.push(subject('drug', d));
      xml2.push({
        STT: xml2.length + 1,
        MA_THUOC: d.code,
        MA_PP_CHEBIEN: '',
        MA_CSKCB_THUOC: '',
        MA_NHOM: d.groupCode,
        TEN_THUOC: d.name,
        DON_VI_TINH: d.unit,
        HAM_LUONG: d.strength ?? '',
        DUONG_DUNG: d.routeCode ?? '',
        DANG_BAO_CHE: d.dosageForm ?? '',
        LIEU_DUNG: d.dosage ?? '',
        CACH_DUNG: d.instructions ?? '',
        SO_DANG_KY: d.registrationNo ?? '',
        TT_THAU: d.tenderInfo ?? '',
        DON_GIA: r.line.unitPrice,
        MA_DICH_VU: '',
        NGUON_CTRA: 1,
        ...common,
        ...lineMoney(r, method),
        ...times,
      });
      continue;
    }
    const supply = r.line.kind === 'supply';
    subjects.xml3.push(subject(supply ? 'supply' : 'service', d));
    xml3.push({
      STT: xml3.length + 1,
      MA_DICH_VU: supply ? (d.serviceCode ?? '') : d.code,
      MA_PTTT_QT: '',
      MA_VAT_TU: supply ? d.code : '',
      MA_NHOM: d.groupCode,
      GOI_VTYT: '',
      TEN_VAT_TU: supply ? d.name : '',
      TEN_DICH_VU: supply ? (d.serviceName ?? '') : d.name,
      MA_XANG_DAU: '',
      DON_VI_TINH: d.unit,
      DON_GIA_BV: r.line.unitPrice,
      DON_GIA_BH: r.line.insuredUnitPrice,
      TT_THAU: d.tenderInfo ?? '',
      TYLE_TT_DV: r.line.serviceRatio ?? 100,
      T_TRANTT: '',
      MA_GIUONG: '',
      NGUOI_THUC_HIEN: d.performerCode ?? visit.doctorCode,
      // Only codes beyond the main disease (QĐ 4750 Bảng 3): empty means MA_BENH_CHINH.
      MA_BENH: secondaryCodes,
      MA_BENH_YHCT: '',
      NGAY_KQ: claimDateTime(d.resultAt),
      PP_VO_CAM: '',
      VI_TRI_TH_DVKT: '',
      MA_MAY: '',
      MA_HIEU_SP: '',
      TAI_SU_DUNG: '',
      ...common,
      ...lineMoney(r, method),
      ...times,
    });
  }

  const xml4: Xml4Result[] = [];
  for (const { d } of pairs) {
    for (const result of d?.results ?? []) {
      if (d) subjects.xml4.push(subject('result', d));
      xml4.push({
        STT: xml4.length + 1,
        MA_DICH_VU: d?.code ?? '',
        MA_CHI_SO: result.indexCode ?? '',
        TEN_CHI_SO: result.name,
        GIA_TRI: result.value ?? '',
        DON_VI_DO: result.unit ?? '',
        MO_TA: result.description ?? '',
        KET_LUAN: result.conclusion ?? '',
        NGAY_KQ: claimDateTime(d?.resultAt),
        MA_BS_DOC_KQ: d?.resultReaderCode ?? '',
        DU_PHONG: '',
        MA_LK: link,
      });
    }
  }

  const lines = [...xml2, ...xml3];
  const total = (pick: (l: Xml2Drug | Xml3Service) => number): number =>
    lines.reduce((s, l) => s + pick(l), 0);
  const settledOn = localDate(new Date(visit.paidAt ?? visit.endedAt));
  const identity = {
    MA_LK: link,
    HO_TEN: patient.fullName,
    NGAY_SINH: claimBirthDate(patient.birthDate),
    GIOI_TINH: SEX_CODE[patient.sex],
    DIA_CHI: patient.address,
    MA_THE_BHYT: card.code,
    GT_THE_DEN: claimDate(card.validTo),
    NGAY_VAO: claimDateTime(visit.startedAt),
    NGAY_VAO_NOI_TRU: '',
    NGAY_RA: claimDateTime(visit.endedAt),
    CHAN_DOAN_RV: diagnosisText,
    MA_BENH_CHINH: diagnosis.primary.code,
    MA_BENH_KT: secondaryCodes,
    MA_BENH_YHCT: '',
    MA_DOITUONG_KCB: visit.visitObjectCode,
    MA_CSKCB: input.facilityCode,
    MA_TTDV: visit.headCode,
    DU_PHONG: '',
  };
  const xml1: Xml1Summary = {
    STT: input.sequence ?? 1,
    MA_BN: patient.code,
    SO_CCCD: patient.citizenId,
    NHOM_MAU: '',
    MA_QUOCTICH: patient.nationalityCode ?? '',
    MA_DANTOC: patient.ethnicityCode ?? '',
    MA_NGHE_NGHIEP: patient.occupationCode ?? '00000',
    MATINH_CU_TRU: patient.provinceCode ?? '',
    MAHUYEN_CU_TRU: patient.districtCode ?? '',
    MAXA_CU_TRU: patient.communeCode ?? '',
    DIEN_THOAI: patient.phone,
    MA_DKBD: card.registeredFacility,
    GT_THE_TU: claimDate(card.validFrom),
    NGAY_MIEN_CCT: claimDate(card.coPayExemptFrom),
    LY_DO_VV: visit.reason,
    LY_DO_VNT: '',
    MA_LY_DO_VNT: '',
    CHAN_DOAN_VAO: diagnosis.onArrival ?? diagnosis.primary.name,
    MA_PTTT_QT: '',
    MA_NOI_DI: '',
    MA_NOI_DEN: '',
    MA_TAI_NAN: '',
    GIAY_CHUYEN_TUYEN: visit.referralNo ?? '',
    // Outpatient visits (MA_LOAI_KCB 01) count zero treatment days.
    SO_NGAY_DTRI: 0,
    PP_DIEU_TRI: visit.treatment ?? '',
    KET_QUA_DTRI: visit.resultCode,
    MA_LOAI_RV: visit.dischargeCode ?? 1,
    GHI_CHU: visit.advice ?? '',
    NGAY_TTOAN: claimDateTime(visit.paidAt),
    T_THUOC: xml2.reduce((s, l) => s + l.THANH_TIEN_BV, 0),
    T_VTYT: xml3.reduce((s, l) => s + (l.MA_VAT_TU === '' ? 0 : l.THANH_TIEN_BV), 0),
    T_TONGCHI_BV: total((l) => l.THANH_TIEN_BV),
    T_TONGCHI_BH: total((l) => l.THANH_TIEN_BH),
    T_BNTT: total((l) => l.T_BNTT),
    T_BNCCT: total((l) => l.T_BNCCT),
    T_BHTT: total((l) => l.T_BHTT),
    T_NGUONKHAC: total((l) => l.T_NGUONKHAC),
    // The fund's share of fee-for-service lines (MA_PTTT 1); capitation pays the rest.
    T_BHTT_GDV: total((l) => (l.MA_PTTT === 1 ? l.T_BHTT : 0)),
    NAM_QT: visit.settlement?.year ?? Number(settledOn.slice(0, 4)),
    THANG_QT: visit.settlement?.month ?? Number(settledOn.slice(5, 7)),
    MA_LOAI_KCB: '01',
    MA_KHOA: visit.departmentCode,
    MA_KHUVUC: card.areaCode ?? '',
    CAN_NANG: visit.weightKg === undefined ? '' : visit.weightKg.toFixed(2),
    CAN_NANG_CON: '',
    NAM_NAM_LIEN_TUC: claimDate(card.fiveYearsFrom),
    NGAY_TAI_KHAM: claimDate(visit.reExam?.date),
    MA_HSBA: visit.recordNo ?? visit.code,
    ...identity,
  };
  const slip = visit.reExam?.slipNumber ? visit.reExam : undefined;
  const xml14: Xml14Revisit | undefined = slip && {
    SO_GIAYHEN_KL: slip.slipNumber ?? '',
    NGAY_HEN_KL: claimDate(slip.date) + (slip.time ?? '00:00').replace(':', ''),
    MA_BAC_SI: visit.doctorCode,
    NGAY_CT: claimDate(localDate(new Date(visit.endedAt))),
    ...identity,
  };
  return {
    ok: true,
    value: { xml1, xml2, xml3, xml4, ...(xml14 ? { xml14 } : {}) },
    subjects: { patient: patient.fullName, link, ...subjects },
  };
}
