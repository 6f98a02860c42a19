import type { LocalizedText } from '../api/result';

/** A sheet as read from an uploaded file: headers already normalised with normalizeHeader. */
export interface CatalogTable {
  headers: string[];
  rows: { rowNumber: number; cells: Readonly<Record<string, string>> }[];
}

export type CatalogKind = 'icd' | 'drugs' | 'services';

export interface IcdRecord {
  code: string;
  name: string;
  nameEn: string | null;
  chapter: string | null;
  group: string | null;
}

export interface DrugRecord {
  code: string;
  /** TEN_THUOC: the trade (or generic product) name. */
  name: string;
  /** TEN_HOAT_CHAT split on '+', each with its own strength from HAM_LUONG. */
  ingredients: { name: string; strength: string }[];
  strength: string;
  unit: string;
  route: string | null;
  routeCode: string | null;
  dosageForm: string | null;
  registrationNo: string | null;
  /** TT_THAU: decision;package;group;year (null when the file has none). */
  tenderInfo: string | null;
  /** Dong, up to 3 decimals. */
  price: number;
  insuredPrice: number | null;
  /** TYLE_TT_BH, percent; 100 when the file has none. */
  insuranceRatio: number;
  /** PHAM_VI: 1 within BHYT scope, 2 outside, 3 outside but paid by another source. */
  scope: 1 | 2 | 3;
}

export interface ServiceRecord {
  code: string;
  name: string;
  unit: string | null;
  /** MA_DICH_VU of the shared list when the file carries it beside the station's own code. */
  bhxhCode: string | null;
  price: number;
  insuredPrice: number | null;
}

export interface RowReject {
  row: number;
  reason: LocalizedText;
}

export type CatalogMapResult<T> =
  | { ok: true; records: { row: number; record: T }[]; rejects: RowReject[] }
  | { ok: false; error: LocalizedText; missingColumns: string[] };

/** 'Mã thuốc', 'MA_THUOC' and ' ma thuoc ' all become MA_THUOC. */
export function normalizeHeader(header: string): string {
  return header
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'D')
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
}

/**
 * A number as Vietnamese or English spreadsheets write it: "12.500" and "12,500" are twelve
 * thousand five hundred (a single separator before exactly three digits groups thousands),
 * "12,5" and "415.8" are decimals. Null when it is not a number at all.
 */
export function parseCatalogNumber(text: string): number | null {
  let s = text.replace(/[\s\u00a0]/g, '').replace(/(vnđ|vnd|đ|%)$/i, '');
  if (!/^-?(\d|[.,]\d)[\d.,]*$/.test(s)) return null;
  const lastDot = s.lastIndexOf('.');
  const lastComma = s.lastIndexOf(',');
  if (lastDot >= 0 && lastComma >= 0) {
    const decimal = lastDot > lastComma ? '.' : ',';
    const grouping = decimal === '.' ? ',' : '.';
    s = s.split(grouping).join('').replace(decimal, '.');
  } else if (lastDot >= 0 || lastComma >= 0) {
    const sep = lastDot >= 0 ? '.' : ',';
    if (/^-?\d{1,3}([.,]\d{3})+$/.test(s)) s = s.split(sep).join('');
    else if (s.split(sep).length === 2) s = s.replace(sep, '.');
    else return null;
  }
  const value = Number(s);
  return Number.isFinite(value) ? value : null;
}

interface Column {
  field: string;
  aliases: readonly string[];
  required: boolean;
}

const col = (field: string, required: boolean, ...aliases: string[]): Column => ({
  field,
  aliases,
  required,
});

const ICD_COLUMNS = [
  col('code', true, 'MA_BENH', 'MA_ICD', 'MA_ICD10', 'MA_ICD_10', 'ICD10', 'ICD_10', 'ICD', 'MA'),
  col('name', true, 'TEN_BENH', 'TEN_BENH_TIENG_VIET', 'TEN_TIENG_VIET', 'TEN_ICD', 'TEN'),
  col('nameEn', false, 'TEN_TIENG_ANH', 'TEN_BENH_TIENG_ANH', 'TEN_GOC', 'DISEASE_NAME', 'TEN_ENG'),
  col('chapter', false, 'CHUONG', 'MA_CHUONG', 'CHUONG_BENH', 'CHAPTER'),
  col('group', false, 'NHOM', 'MA_NHOM', 'MA_NHOM_CHINH', 'NHOM_BENH', 'MA_NHOM_BENH', 'GROUP'),
];

const DRUG_COLUMNS = [
  col('code', true, 'MA_THUOC'),
  col('ingredients', true, 'TEN_HOAT_CHAT', 'HOAT_CHAT'),
  col('name', true, 'TEN_THUOC', 'TEN_BIET_DUOC'),
  col('unit', true, 'DON_VI_TINH', 'DVT'),
  col('strength', false, 'HAM_LUONG', 'NONG_DO_HAM_LUONG'),
  col('route', false, 'DUONG_DUNG'),
  col('routeCode', false, 'MA_DUONG_DUNG'),
  col('dosageForm', false, 'DANG_BAO_CHE'),
  col('registrationNo', false, 'SO_DANG_KY', 'SDK'),
  col('tenderInfo', false, 'TT_THAU', 'THONG_TIN_THAU'),
  col('price', true, 'DON_GIA', 'DON_GIA_BV', 'DON_GIA_VND', 'GIA'),
  col('insuredPrice', false, 'DON_GIA_BH', 'DON_GIA_BHYT', 'GIA_BHYT'),
  col('insuranceRatio', false, 'TYLE_TT_BH', 'TY_LE_TT_BH', 'TYLE_TT'),
  col('scope', false, 'PHAM_VI'),
];

const SERVICE_COLUMNS = [
  col('code', true, 'MA_DICH_VU', 'MA_DVKT', 'MA_DV'),
  col('name', true, 'TEN_DICH_VU', 'TEN_DVKT', 'TEN_DV'),
  col('unit', false, 'DON_VI_TINH', 'DVT'),
  // The shared-list code (QĐ 7603 / TT 23/2024) beside the station's own ("mã tương đương").
  col('bhxhCode', false, 'MA_DICH_VU_BHXH', 'MA_TUONG_DUONG', 'MA_BHXH', 'MA_DVKT_BHXH'),
  col('price', true, 'DON_GIA', 'DON_GIA_BV', 'DON_GIA_VND', 'GIA'),
  col('insuredPrice', false, 'DON_GIA_BH', 'DON_GIA_BHYT', 'GIA_BHYT'),
];

const COLUMNS: Readonly<Record<CatalogKind, readonly Column[]>> = {
  icd: ICD_COLUMNS,
  drugs: DRUG_COLUMNS,
  services: SERVICE_COLUMNS,
};

/** A row of normalised cells that names every required column of this kind of catalogue. */
export function isCatalogHeader(kind: CatalogKind, headers: readonly string[]): boolean {
  const present = new Set(headers);
  return COLUMNS[kind]
    .filter((column) => column.required)
    .every((column) => column.aliases.some((alias) => present.has(alias)));
}

/** ICD-10 codes, optionally with the dagger/asterisk marks the MoH list carries ("A17.0†"). */
const ICD_CODE = /^([A-Z]\d{2})(?:\.?(\d{1,2}))?[*†+]?$/;
/** BHXH drug and service codes: "40.17", "05C.123", "13.0001.0001"; no spaces. */
export const ITEM_CODE = /^[0-9A-Za-z][0-9A-Za-z._\-/]{0,49}$/;
/** Excel arithmetic leaves 12499.9999999; further from a thousandth is a real 4th decimal. */
const MILLI_TOLERANCE = 1e-6;
const MAX_RATIO = 100;

interface Reject {
  reject: LocalizedText;
}

const reject = (key: LocalizedText['key'], params?: LocalizedText['params']): Reject => ({
  reject: params ? { key, params } : { key },
});

function isReject(value: unknown): value is Reject {
  return typeof value === 'object' && value !== null && 'reject' in value;
}

type Cells = (field: string) => string;

/** A unit price in dong with at most 3 decimals (BHXH writes DON_GIA 735.5). */
function price(cells: Cells, field: string, column: string): number | null | Reject {
  const text = cells(field);
  if (text === '') return null;
  const value = parseCatalogNumber(text);
  if (value === null || !Number.isSafeInteger(Math.round(value))) {
    return reject('catalog.row.notNumber', { column, value: text });
  }
  if (value < 0) return reject('catalog.row.negative', { column, value: text });
  const milli = value * 1000;
  if (Math.abs(milli - Math.round(milli)) > MILLI_TOLERANCE * 1000) {
    return reject('catalog.row.fractionalPrice', { column, value: text });
  }
  return Math.round(milli) / 1000;
}

function optional(text: string): string | null {
  return text === '' ? null : text;
}

function icdRecord(cells: Cells): IcdRecord | Reject {
  const raw = cells('code').toUpperCase().replace(/\s+/g, '');
  const match = ICD_CODE.exec(raw);
  if (!match) return reject('catalog.row.badIcdCode', { code: cells('code') });
  return {
    code: match[2] ? `${match[1]}.${match[2]}` : (match[1] ?? raw),
    name: cells('name'),
    nameEn: optional(cells('nameEn')),
    chapter: optional(cells('chapter')),
    group: optional(cells('group')),
  };
}

function itemCode(cells: Cells): string | Reject {
  const code = cells('code');
  return ITEM_CODE.test(code) ? code : reject('catalog.row.badCode', { code });
}

/** BHYT pays at most what the station charges: coverage would silently cap a higher price. */
export function insuredWithinPrice(price: number, insuredPrice: number | null): boolean {
  return insuredPrice === null || insuredPrice <= price;
}

function prices(cells: Cells): { price: number; insuredPrice: number | null } | Reject {
  const unitPrice = price(cells, 'price', 'DON_GIA');
  if (isReject(unitPrice)) return unitPrice;
  const insuredPrice = price(cells, 'insuredPrice', 'DON_GIA_BH');
  if (isReject(insuredPrice)) return insuredPrice;
  if (!insuredWithinPrice(unitPrice ?? 0, insuredPrice)) {
    return reject('catalog.row.insuredAbovePrice', {
      price: unitPrice ?? 0,
      insuredPrice: insuredPrice ?? 0,
    });
  }
  return { price: unitPrice ?? 0, insuredPrice };
}

function splitPlus(text: string): string[] {
  return text.split('+').map((s) => s.trim());
}

function drugRecord(cells: Cells): DrugRecord | Reject {
  const code = itemCode(cells);
  if (isReject(code)) return code;
  const names = splitPlus(cells('ingredients'));
  if (names.some((n) => n === '')) {
    return reject('catalog.row.badIngredients', { value: cells('ingredients') });
  }
  const strength = cells('strength');
  const strengths = strength === '' ? names.map(() => '') : splitPlus(strength);
  if (strengths.length !== names.length) {
    return reject('catalog.row.strengthMismatch', {
      ingredients: names.length,
      strengths: strengths.length,
    });
  }
  const ratioText = cells('insuranceRatio');
  const ratio = ratioText === '' ? MAX_RATIO : parseCatalogNumber(ratioText);
  if (ratio === null || ratio < 0 || ratio > MAX_RATIO) {
    return reject('catalog.row.ratioRange', { value: ratioText, max: MAX_RATIO });
  }
  // Coverage maths and the claims files take whole percents (TYLE_TT_BH).
  if (!Number.isInteger(ratio)) return reject('catalog.row.ratioWhole', { value: ratioText });
  const scopeText = cells('scope');
  const scope = scopeText === '' ? 1 : Number(scopeText);
  if (scope !== 1 && scope !== 2 && scope !== 3) {
    return reject('catalog.row.badScope', { value: scopeText });
  }
  const money = prices(cells);
  if (isReject(money)) return money;
  return {
    code,
    name: cells('name'),
    ingredients: names.map((name, i) => ({ name, strength: strengths[i] ?? '' })),
    strength,
    unit: cells('unit'),
    route: optional(cells('route')),
    routeCode: optional(cells('routeCode')),
    dosageForm: optional(cells('dosageForm')),
    registrationNo: optional(cells('registrationNo')),
    tenderInfo: optional(cells('tenderInfo')),
    ...money,
    insuranceRatio: ratio,
    scope,
  };
}

function serviceRecord(cells: Cells): ServiceRecord | Reject {
  const code = itemCode(cells);
  if (isReject(code)) return code;
  const money = prices(cells);
  if (isReject(money)) return money;
  const bhxhCode = optional(cells('bhxhCode'));
  if (bhxhCode !== null && !ITEM_CODE.test(bhxhCode)) {
    return reject('catalog.row.badCode', { code: bhxhCode });
  }
  return { code, name: cells('name'), unit: optional(cells('unit')), bhxhCode, ...money };
}

/** Fold for duplicate keys: codes compare without case, registration numbers without spaces. */
const dupKey = (...parts: string[]): string =>
  parts.map((p) => p.toUpperCase().replace(/\s+/g, '')).join('|');

function mapRows<T extends { code: string }>(
  table: CatalogTable,
  columns: readonly Column[],
  build: (cells: Cells) => T | Reject,
  key: (record: T) => string,
): CatalogMapResult<T> {
  const headers = new Set(table.headers);
  const found = new Map<string, string>();
  const missing: string[] = [];
  for (const column of columns) {
    const header = column.aliases.find((alias) => headers.has(alias));
    if (header) found.set(column.field, header);
    else if (column.required) missing.push(column.aliases[0] ?? column.field);
  }
  if (missing.length > 0) {
    return {
      ok: false,
      error: { key: 'catalog.import.missingColumns', params: { columns: missing.join(', ') } },
      missingColumns: missing,
    };
  }
  const records: { row: number; record: T }[] = [];
  const rejects: RowReject[] = [];
  const firstRow = new Map<string, number>();
  for (const { rowNumber, cells } of table.rows) {
    const get: Cells = (field) => {
      const header = found.get(field);
      return header ? (cells[header] ?? '').trim() : '';
    };
    const empty = columns.find((c) => c.required && get(c.field) === '');
    const built: T | Reject = empty
      ? reject('catalog.row.required', { column: found.get(empty.field) ?? empty.field })
      : build(get);
    if (isReject(built)) {
      rejects.push({ row: rowNumber, reason: built.reject });
      continue;
    }
    const k = key(built);
    const first = firstRow.get(k);
    if (first !== undefined) {
      rejects.push({
        row: rowNumber,
        reason: { key: 'catalog.row.duplicate', params: { code: built.code, firstRow: first } },
      });
      continue;
    }
    firstRow.set(k, rowNumber);
    records.push({ row: rowNumber, record: built });
  }
  return { ok: true, records, rejects };
}

export function mapIcdRows(table: CatalogTable): CatalogMapResult<IcdRecord> {
  return mapRows(table, ICD_COLUMNS, icdRecord, (r) => dupKey(r.code));
}

/**
 * Mẫu 03/DM lists one product per row; MA_THUOC is shared by products of the same active
 * ingredient, so one product is a code with its registration number (or, without one, its
 * name). Duplicates in a file and the drug a re-import updates are matched by this key.
 */
export function drugNaturalKey(drug: Pick<DrugRecord, 'code' | 'registrationNo' | 'name'>): string {
  return dupKey(drug.code, drug.registrationNo ?? '', drug.registrationNo ? '' : drug.name);
}

export function mapDrugRows(table: CatalogTable): CatalogMapResult<DrugRecord> {
  return mapRows(table, DRUG_COLUMNS, drugRecord, drugNaturalKey);
}

export function mapServiceRows(table: CatalogTable): CatalogMapResult<ServiceRecord> {
  return mapRows(table, SERVICE_COLUMNS, serviceRecord, (r) => dupKey(r.code));
}

export function mapCatalogRows(kind: 'icd', table: CatalogTable): CatalogMapResult<IcdRecord>;
export function mapCatalogRows(kind: 'drugs', table: CatalogTable): CatalogMapResult<DrugRecord>;
export function mapCatalogRows(
  kind: 'services',
  table: CatalogTable,
): CatalogMapResult<ServiceRecord>;
export function mapCatalogRows(
  kind: CatalogKind,
  table: CatalogTable,
): CatalogMapResult<IcdRecord | DrugRecord | ServiceRecord> {
  switch (kind) {
    case 'icd':
      return mapIcdRows(table);
    case 'drugs':
      return mapDrugRows(table);
    case 'services':
      return mapServiceRows(table);
  }
}
