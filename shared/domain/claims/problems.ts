import type { LocalizedText } from '../../api/result';
import type { MessageKey } from '../../i18n';
import type { SheetProblem } from './sheet-check';
import type { TableName } from './xml130-spec';

/** A claim problem as staff read it: whose item, what is wrong, where to put it right. */
export interface ClaimProblem extends LocalizedText {
  /** "Thuốc Amlodipin 5mg (40.501) của Nguyễn Văn An"; never an internal id. */
  subject?: LocalizedText;
  /** Where to fix it. */
  fix?: LocalizedText;
  table?: string;
  field?: string;
}

/** What a table row is about, for the problem's subject. */
export interface RowSubject {
  kind: 'drug' | 'service' | 'supply' | 'result';
  name: string;
  code: string;
}

export interface ClaimSubjects {
  patient: string;
  link: string;
  xml2: readonly RowSubject[];
  xml3: readonly RowSubject[];
  xml4: readonly RowSubject[];
}

const FIELD_FIX: Readonly<Record<string, MessageKey>> = {
  HO_TEN: 'claims.fix.patient',
  NGAY_SINH: 'claims.fix.patient',
  GIOI_TINH: 'claims.fix.patient',
  SO_CCCD: 'claims.fix.patient',
  DIA_CHI: 'claims.fix.patient',
  DIEN_THOAI: 'claims.fix.patient',
  MA_BN: 'claims.fix.patient',
  MA_QUOCTICH: 'claims.fix.nationality',
  MA_DANTOC: 'claims.fix.ethnicity',
  MA_NGHE_NGHIEP: 'claims.fix.occupation',
  MATINH_CU_TRU: 'claims.fix.address',
  MAXA_CU_TRU: 'claims.fix.address',
  MAHUYEN_CU_TRU: 'claims.fix.oldWard',
  MA_THE_BHYT: 'claims.fix.card',
  MA_DKBD: 'claims.fix.card',
  GT_THE_TU: 'claims.fix.card',
  GT_THE_DEN: 'claims.fix.card',
  NAM_NAM_LIEN_TUC: 'claims.fix.card',
  MA_KHUVUC: 'claims.fix.card',
  LY_DO_VV: 'claims.fix.reason',
  CHAN_DOAN_VAO: 'claims.fix.diagnosis',
  CHAN_DOAN_RV: 'claims.fix.diagnosis',
  MA_BENH_CHINH: 'claims.fix.diagnosis',
  MA_BENH_KT: 'claims.fix.diagnosis',
  MA_BENH: 'claims.fix.diagnosis',
  CAN_NANG: 'claims.fix.weight',
  MA_DOITUONG_KCB: 'claims.fix.objectCode',
  MA_BAC_SI: 'claims.fix.practitioner',
  NGUOI_THUC_HIEN: 'claims.fix.practitioner',
  MA_BS_DOC_KQ: 'claims.fix.practitioner',
  MA_TTDV: 'claims.fix.settings',
  MA_KHOA: 'claims.fix.settings',
  KET_QUA_DTRI: 'claims.fix.settings',
  MA_LOAI_RV: 'claims.fix.settings',
  MA_CSKCB: 'claims.fix.facility',
  TT_THAU: 'claims.fix.tender',
  DUONG_DUNG: 'claims.fix.route',
  LIEU_DUNG: 'claims.fix.dosage',
  CACH_DUNG: 'claims.fix.dosage',
  TEN_CHI_SO: 'claims.fix.result',
  GIA_TRI: 'claims.fix.result',
  DON_VI_DO: 'claims.fix.result',
  NGAY_HEN_KL: 'claims.fix.reexam',
  NGAY_TAI_KHAM: 'claims.fix.reexam',
};

/** Fields whose fix depends on the table they are in. */
const TABLE_FIX: Readonly<Record<string, MessageKey>> = {
  'XML2.MA_THUOC': 'claims.fix.drug',
  'XML2.TEN_THUOC': 'claims.fix.drug',
  'XML2.HAM_LUONG': 'claims.fix.drug',
  'XML2.DON_VI_TINH': 'claims.fix.drug',
  'XML2.SO_DANG_KY': 'claims.fix.drug',
  'XML2.DANG_BAO_CHE': 'claims.fix.drug',
  'XML2.MA_NHOM': 'claims.fix.drug',
  'XML3.MA_DICH_VU': 'claims.fix.service',
  'XML3.TEN_DICH_VU': 'claims.fix.service',
  'XML3.DON_VI_TINH': 'claims.fix.service',
  'XML4.MA_DICH_VU': 'claims.fix.service',
  'XML0.MA_DICH_VU': 'claims.fix.service',
};

export function fixFor(
  table: TableName,
  problem: Pick<SheetProblem, 'field' | 'rule'>,
): MessageKey {
  if (problem.rule === 'formula') return 'claims.fix.prices';
  if (problem.rule === 'order' && !problem.field.startsWith('GT_THE')) return 'claims.fix.times';
  return TABLE_FIX[`${table}.${problem.field}`] ?? FIELD_FIX[problem.field] ?? 'claims.fix.general';
}

function subjectOf(problem: SheetProblem, subjects: ClaimSubjects): LocalizedText {
  const { patient, link } = subjects;
  const row =
    problem.table === 'XML2'
      ? subjects.xml2[problem.row]
      : problem.table === 'XML3'
        ? subjects.xml3[problem.row]
        : problem.table === 'XML4'
          ? subjects.xml4[problem.row]
          : undefined;
  if (row)
    return {
      key: `claims.subject.${row.kind}`,
      params: { name: row.name, code: row.code, patient },
    };
  if (problem.table === 'XML14') return { key: 'claims.subject.revisit', params: { patient } };
  if (problem.table === 'XML0') return { key: 'claims.subject.checkIn', params: { patient, link } };
  return { key: 'claims.subject.visit', params: { patient, link } };
}

function messageOf(problem: SheetProblem): LocalizedText {
  const params = { field: problem.field, value: problem.value, ...problem.detail };
  switch (problem.rule) {
    case 'order':
      return {
        key:
          problem.detail?.relation === 'before'
            ? 'claims.sheet.order.before'
            : 'claims.sheet.order.after',
        params,
      };
    default:
      return { key: `claims.sheet.${problem.rule}`, params };
  }
}

/** A sheet problem with its subject (the item and the patient, by name) and its fix. */
export function describeProblem(problem: SheetProblem, subjects: ClaimSubjects): ClaimProblem {
  return {
    ...messageOf(problem),
    subject: subjectOf(problem, subjects),
    fix: { key: fixFor(problem.table, problem) },
    table: problem.table,
    field: problem.field,
  };
}
