import { ETHNICITIES } from '../ethnicities';
import {
  AREA_CODES,
  CITIZEN_ID,
  COST_GROUP_CODES,
  DISCHARGE_CODES,
  DRUG_GROUP_CODES,
  DRUG_SOURCE_CODES,
  PAYMENT_METHOD_CODES,
  RESULT_CODES,
  SCOPE_CODES,
  SEX_CODES,
  VISIT_OBJECT_CODES,
  VISIT_TYPE_CODES,
} from './code-lists';
import { formatXmlNumber } from './xml130';
import type { ClaimRecord, XmlValue } from './xml130-fields';
import { MARK_DEVIATIONS, TABLE_SPECS, type FieldSpec, type TableName } from './xml130-spec';

// The gateway sheet's rules that can be checked without the gateway: type, size, mandatory
// marks, formats, code lists, the order of dates and each line's formula. The totals' sums
// are checkClaimTotals (check.ts).

export type SheetRule = 'required' | 'size' | 'type' | 'format' | 'code' | 'order' | 'formula';

export interface SheetProblem {
  table: TableName;
  /** 0-based row of the table (XML1 and XML14 have one). */
  row: number;
  field: string;
  rule: SheetRule;
  value: string;
  /** size: max; order: the other field and its value; formula: the expected amount. */
  detail?: Readonly<Record<string, string | number>>;
}

export interface SheetCheckOptions {
  /** MA_DUONG_DUNG list (resources/codes/duong-dung.tsv); route codes are not checked without. */
  routeCodes?: ReadonlySet<string>;
}

type Row = Readonly<Record<string, XmlValue>>;

export const cellText = (value: XmlValue | undefined): string =>
  value === undefined ? '' : typeof value === 'number' ? formatXmlNumber(value) : value;

const list = (text: string): string[] => text.split(',').map((s) => s.trim());
const has = (row: Row, field: string): boolean => cellText(row[field]) !== '';
const group = (row: Row): string => cellText(row.MA_NHOM);

/**
 * Tram's reading of the sheet's "as QĐ 4210" marks, which the sheet itself does not spell out
 * (QĐ 4210's own marks, as its successors keep them).
 */
const AS_4210: Readonly<Record<string, (row: Row) => boolean>> = {
  'XML2.SO_DANG_KY': (row) => ['4', '5', '6'].includes(group(row)),
  'XML2.MA_BAC_SI': () => true,
  'XML2.MA_DICH_VU': () => false,
  'XML3.MA_DICH_VU': (row) => !has(row, 'MA_VAT_TU'),
  'XML3.MA_VAT_TU': (row) => ['10', '11'].includes(group(row)),
  'XML3.TEN_DICH_VU': (row) => has(row, 'MA_DICH_VU'),
  'XML3.TEN_VAT_TU': (row) => has(row, 'MA_VAT_TU'),
};

const DEVIATIONS = new Set(MARK_DEVIATIONS.map((d) => `${d.table}.${d.field}`));

/** Whether the field must be filled in this row, by its mark (conditions read as written). */
export function isRequired(table: TableName, spec: FieldSpec, row: Row): boolean {
  const key = `${table}.${spec.name}`;
  const mark = spec.mark;
  if (DEVIATIONS.has(key)) return false;
  if (mark === 'x') return true;
  if (mark === '') return false;
  const as4210 = AS_4210[key];
  if (as4210) return as4210(row);
  let m = /bắt buộc khi (\w+) và (\w+) = null/i.exec(mark);
  if (m?.[1] && m[2]) return !has(row, m[1]) && !has(row, m[2]);
  m = /bắt buộc khi (?:trường )?(\w+) (?:not null|có dữ liệu)/i.exec(mark);
  if (m?.[1]) return has(row, m[1]);
  m = /bắt buộc trừ mã nhóm ([\d, ]+)/i.exec(mark);
  if (m?.[1]) return !list(m[1]).includes(group(row));
  m = /bắt buộc (?:khi )?MA_NHOM\s*=\s*([\d, ]+)/i.exec(mark);
  if (m?.[1]) return list(m[1]).includes(group(row));
  throw new Error(`no rule for the mark of ${key}: ${mark}`);
}

const DATE_TIME = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})$/;
const DATE = /^(\d{4})(\d{2})(\d{2})$/;

function validDate(y: string, mo: string, d: string): boolean {
  const date = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
  return date.getUTCMonth() === Number(mo) - 1 && date.getUTCDate() === Number(d);
}

const isDateTime = (v: string): boolean => {
  const m = DATE_TIME.exec(v);
  return (
    !!m && validDate(m[1] ?? '', m[2] ?? '', m[3] ?? '') && Number(m[4]) < 24 && Number(m[5]) < 60
  );
};
const isDate = (v: string): boolean => {
  const m = DATE.exec(v);
  return !!m && validDate(m[1] ?? '', m[2] ?? '', m[3] ?? '');
};
/** NGAY_SINH: day and month are 0000 when only the year is known (QĐ 130). */
const isBirth = (v: string): boolean => /^\d{4}00000000$/.test(v) || isDateTime(v);
const ICD = /^[A-Z]\d{2}(\.\d{1,2})?$/;

/** TT_THAU: decision;package;group;year, or a self-made product's letter;year: a year closes it. */
export function isTenderInfo(value: string): boolean {
  const parts = value.split(';').map((p) => p.trim());
  return parts.length >= 2 && parts.every((p) => p !== '') && parts.some((p) => /^\d{4}$/.test(p));
}
const icdList = (v: string): boolean => v.split(';').every((c) => ICD.test(c));

const FORMATS: Readonly<Record<string, (v: string) => boolean>> = {
  NGAY_SINH: isBirth,
  NGAY_VAO: isDateTime,
  NGAY_VAO_NOI_TRU: isDateTime,
  NGAY_RA: isDateTime,
  NGAY_TTOAN: isDateTime,
  NGAY_MIEN_CCT: isDateTime,
  NGAY_YL: isDateTime,
  NGAY_TH_YL: isDateTime,
  NGAY_KQ: isDateTime,
  NGAY_HEN_KL: isDateTime,
  GT_THE_TU: isDate,
  GT_THE_DEN: isDate,
  NAM_NAM_LIEN_TUC: isDate,
  NGAY_CT: isDate,
  NGAY_TAI_KHAM: (v) => v.split(';').every(isDate),
  SO_CCCD: (v) => CITIZEN_ID.test(v),
  MA_THE_BHYT: (v) => /^[A-Z]{2}[1-5]\d{12}$/.test(v),
  MA_DKBD: (v) => /^[0-9A-Z]{5}$/.test(v),
  MA_CSKCB: (v) => /^[0-9A-Z]{5}$/.test(v),
  MATINH_CU_TRU: (v) => /^\d{2}$/.test(v),
  MAHUYEN_CU_TRU: (v) => /^\d{3}$/.test(v),
  MAXA_CU_TRU: (v) => /^\d{5}$/.test(v),
  MA_QUOCTICH: (v) => /^\d{3}$/.test(v),
  MA_NGHE_NGHIEP: (v) => /^\d{5}$/.test(v),
  MA_BENH_CHINH: (v) => ICD.test(v),
  MA_BENH_KT: icdList,
  MA_BENH: icdList,
  CAN_NANG: (v) => /^\d{1,3}\.\d{2}$/.test(v) && Number(v) > 0,
  MA_TTDV: (v) => /^\d{10}$/.test(v),
  TT_THAU: isTenderInfo,
};

const CODE_LISTS: Readonly<Record<string, readonly string[]>> = {
  GIOI_TINH: SEX_CODES,
  MA_LOAI_KCB: VISIT_TYPE_CODES,
  MA_DOITUONG_KCB: VISIT_OBJECT_CODES,
  PHAM_VI: SCOPE_CODES,
  MA_PTTT: PAYMENT_METHOD_CODES,
  NGUON_CTRA: DRUG_SOURCE_CODES,
  KET_QUA_DTRI: RESULT_CODES,
  MA_LOAI_RV: DISCHARGE_CODES,
  MA_KHUVUC: AREA_CODES,
  MA_DANTOC: ETHNICITIES.map((e) => e.code),
  VET_THUONG_TP: ['1'],
};

const PERCENT_FIELDS = new Set(['TYLE_TT_BH', 'TYLE_TT_DV', 'MUC_HUONG']);

function fieldProblems(
  table: TableName,
  row: Row,
  index: number,
  options: SheetCheckOptions,
): SheetProblem[] {
  const problems: SheetProblem[] = [];
  for (const spec of TABLE_SPECS[table]) {
    const value = cellText(row[spec.name]);
    const problem = (rule: SheetRule, detail?: SheetProblem['detail']): void => {
      problems.push({
        table,
        row: index,
        field: spec.name,
        rule,
        value,
        ...(detail && { detail }),
      });
    };
    if (value === '') {
      if (isRequired(table, spec, row)) problem('required');
      continue;
    }
    const length = [...value].length;
    if (spec.size !== null && length > spec.size) problem('size', { max: spec.size, length });
    if (spec.type === 'n' && !/^-?\d+(\.\d+)?$/.test(value)) {
      problem('type');
      continue;
    }
    const format = FORMATS[spec.name];
    if (format && !format(value)) problem('format');
    let codes = CODE_LISTS[spec.name];
    if (spec.name === 'MA_NHOM') {
      const drugs: readonly string[] = DRUG_GROUP_CODES;
      codes = table === 'XML2' ? drugs : COST_GROUP_CODES.filter((c) => !drugs.includes(c));
    }
    if (spec.name === 'DUONG_DUNG' && options.routeCodes) codes = [...options.routeCodes];
    if (PERCENT_FIELDS.has(spec.name)) codes = Array.from({ length: 101 }, (_, i) => String(i));
    if (codes && !codes.includes(value)) problem('code');
  }
  return problems;
}

/** yyyyMMddHHmm or yyyyMMdd compared as text; a date alone compares with its day's start. */
function orderProblems(record: ClaimRecord): SheetProblem[] {
  const problems: SheetProblem[] = [];
  const start = cellText(record.xml1.NGAY_VAO);
  const end = cellText(record.xml1.NGAY_RA);
  /** `relation` is where the field must be: 'after' (not before) or 'before' the other. */
  const order =
    (relation: 'after' | 'before') =>
    (
      table: TableName,
      row: Row,
      index: number,
      field: string,
      other: string,
      otherValue: string,
    ): void => {
      const value = cellText(row[field]);
      if (value === '' || otherValue === '') return;
      const width = Math.min(value.length, otherValue.length);
      const [a, b] = [value.slice(0, width), otherValue.slice(0, width)];
      if (relation === 'after' ? a < b : a > b) {
        const detail = { other, otherValue, relation };
        problems.push({ table, row: index, field, rule: 'order', value, detail });
      }
    };
  const notBefore = order('after');
  const notAfter = order('before');
  const xml1 = record.xml1;
  notAfter('XML1', xml1, 0, 'NGAY_VAO', 'NGAY_RA', end);
  notAfter('XML1', xml1, 0, 'GT_THE_TU', 'NGAY_VAO', start);
  notBefore('XML1', xml1, 0, 'GT_THE_DEN', 'NGAY_VAO', start);
  const lines: Array<[TableName, readonly Row[]]> = [
    ['XML2', record.xml2],
    ['XML3', record.xml3],
  ];
  for (const [table, rows] of lines) {
    rows.forEach((row, i) => {
      notBefore(table, row, i, 'NGAY_YL', 'NGAY_VAO', start);
      notAfter(table, row, i, 'NGAY_YL', 'NGAY_RA', end);
      notBefore(table, row, i, 'NGAY_TH_YL', 'NGAY_YL', cellText(row.NGAY_YL));
      notAfter(table, row, i, 'NGAY_TH_YL', 'NGAY_RA', end);
      notBefore(table, row, i, 'NGAY_KQ', 'NGAY_YL', cellText(row.NGAY_YL));
      notAfter(table, row, i, 'NGAY_KQ', 'NGAY_RA', end);
    });
  }
  record.xml4.forEach((row, i) => {
    notBefore('XML4', row, i, 'NGAY_KQ', 'NGAY_VAO', start);
    notAfter('XML4', row, i, 'NGAY_KQ', 'NGAY_RA', end);
  });
  if (record.xml14) {
    notBefore('XML14', record.xml14, 0, 'NGAY_HEN_KL', 'NGAY_RA', end);
    notBefore('XML14', record.xml14, 0, 'NGAY_CT', 'NGAY_VAO', start);
  }
  return problems;
}

/** Thousandths of a non-negative number written with at most 3 decimals, exactly; 0 if not one. */
function milli(value: XmlValue | undefined): bigint {
  const m = /^(\d+)(?:\.(\d{1,3}))?$/.exec(cellText(value));
  if (!m) return 0n;
  return BigInt(m[1] ?? '0') * 1000n + BigInt(((m[2] ?? '') + '000').slice(0, 3));
}

/**
 * Each line's formula (QĐ 4750 Bảng 2 and 3): THANH_TIEN_BV = SO_LUONG × DON_GIA, THANH_TIEN_BH
 * = SO_LUONG × DON_GIA_BH × TYLE_TT_DV × TYLE_TT_BH, T_BHTT = THANH_TIEN_BH × MUC_HUONG. The
 * decision rounds to 2 decimals, Tram to whole dong: a difference up to half a dong is its rounding.
 */
function formulaProblems(record: ClaimRecord): SheetProblem[] {
  const problems: SheetProblem[] = [];
  const close = (
    table: TableName,
    index: number,
    field: string,
    actual: XmlValue,
    exact: bigint,
    scale: bigint,
  ): void => {
    const diff = milli(actual) * scale - exact * 1000n;
    if (diff * 2n > scale * 1000n || -diff * 2n > scale * 1000n) {
      const expected = Number(exact) / Number(scale);
      problems.push({
        table,
        row: index,
        field,
        rule: 'formula',
        value: cellText(actual),
        detail: { expected: Math.round(expected * 100) / 100 },
      });
    }
  };
  record.xml2.forEach((row, i) => {
    const amount = milli(row.SO_LUONG) * milli(row.DON_GIA);
    close('XML2', i, 'THANH_TIEN_BV', row.THANH_TIEN_BV, amount, 1_000_000n);
    close(
      'XML2',
      i,
      'THANH_TIEN_BH',
      row.THANH_TIEN_BH,
      amount * milli(row.TYLE_TT_BH),
      1_000_000_000n * 100n,
    );
    close(
      'XML2',
      i,
      'T_BHTT',
      row.T_BHTT,
      milli(row.THANH_TIEN_BH) * milli(row.MUC_HUONG),
      1_000_000n * 100n,
    );
  });
  record.xml3.forEach((row, i) => {
    const ratio = milli(row.TYLE_TT_DV);
    const amount = milli(row.SO_LUONG) * milli(row.DON_GIA_BV) * ratio;
    close('XML3', i, 'THANH_TIEN_BV', row.THANH_TIEN_BV, amount, 1_000_000_000n * 100n);
    const insured = milli(row.SO_LUONG) * milli(row.DON_GIA_BH) * ratio * milli(row.TYLE_TT_BH);
    close('XML3', i, 'THANH_TIEN_BH', row.THANH_TIEN_BH, insured, 10n ** 12n * 10_000n);
    close(
      'XML3',
      i,
      'T_BHTT',
      row.T_BHTT,
      milli(row.THANH_TIEN_BH) * milli(row.MUC_HUONG),
      1_000_000n * 100n,
    );
  });
  if (cellText(record.xml1.MA_LOAI_KCB) === '01' && cellText(record.xml1.SO_NGAY_DTRI) !== '0') {
    problems.push({
      table: 'XML1',
      row: 0,
      field: 'SO_NGAY_DTRI',
      rule: 'formula',
      value: cellText(record.xml1.SO_NGAY_DTRI),
      detail: { expected: 0 },
    });
  }
  return problems;
}

/** Every rule of the gateway sheet Tram can check offline, on one visit's tables. */
export function checkAgainstSheet(
  record: ClaimRecord,
  options: SheetCheckOptions = {},
): SheetProblem[] {
  const tables: Array<[TableName, readonly Row[]]> = [
    ['XML1', [record.xml1]],
    ['XML2', record.xml2],
    ['XML3', record.xml3],
    ['XML4', record.xml4],
    ['XML14', record.xml14 ? [record.xml14] : []],
  ];
  return [
    ...tables.flatMap(([table, rows]) =>
      rows.flatMap((row, index) => fieldProblems(table, row, index, options)),
    ),
    ...orderProblems(record),
    ...formulaProblems(record),
  ];
}

/** The check-in table (XML0) on its own: it travels alone, before the claim exists. */
export function checkCheckIn(row: Row, options: SheetCheckOptions = {}): SheetProblem[] {
  const problems = fieldProblems('XML0', row, 0, options);
  const start = cellText(row.NGAY_VAO);
  const ordered = cellText(row.NGAY_YL);
  if (start !== '' && ordered !== '' && ordered < start) {
    problems.push({
      table: 'XML0',
      row: 0,
      field: 'NGAY_YL',
      rule: 'order',
      value: ordered,
      detail: { other: 'NGAY_VAO', otherValue: start, relation: 'after' },
    });
  }
  return problems;
}
