import ExcelJS from 'exceljs';
import type { ReportDefinition } from '../../../shared/domain/reports/definition';
import { cellText } from '../catalog/read-table';

/**
 * A definition as a workbook an administrator can edit in Excel and import as a new version:
 * one sheet per part (the form, categories, columns, rows, rules), one line per item, lists
 * written "A, B" and indicator parameters as JSON. Sheet and column names are the file's
 * contract, in Vietnamese without accents like the rest of the MoH's files.
 */
export const SHEETS = {
  form: 'BieuMau',
  categories: 'PhanTo',
  columns: 'Cot',
  rows: 'ChiTieu',
  rules: 'KiemTra',
} as const;

const CATEGORY_HEADERS = [
  'ma_phan_to',
  'ten_phan_to',
  'chieu',
  'ma_lua_chon',
  'ten_lua_chon',
  'gioi',
  'tu_tuoi',
  'den_tuoi',
  'bhyt',
] as const;
const COLUMN_HEADERS = ['ma_muc', 'tieu_de_cot', 'lua_chon'] as const;
const ROW_HEADERS = [
  'ma_muc',
  'ten_muc',
  'ma_chi_tieu',
  'stt',
  'ten_chi_tieu',
  'don_vi',
  'thut_le',
  'chi_so',
  'tham_so',
  'nhap_tay',
  'phan_to',
  'cong_don',
  'cong_duoc',
  'kieu',
  'ghi_chu',
] as const;
const RULE_HEADERS = [
  'ma',
  'loai',
  've_trai',
  've_phai',
  'chi_tieu',
  'cong_don',
  'muc_do',
  'thong_bao',
] as const;

const list = (values: readonly string[] | undefined): string => (values ?? []).join(', ');
const split = (text: string): string[] =>
  text
    .split(/[,;+]/)
    .map((part) => part.trim())
    .filter(Boolean);

function addTable(
  workbook: ExcelJS.Workbook,
  name: string,
  headers: readonly string[],
  rows: readonly (string | number | null)[][],
): void {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow([...headers]).font = { bold: true };
  for (const row of rows) sheet.addRow(row.map((value) => value ?? null));
  sheet.columns.forEach((column) => {
    column.width = 18;
  });
}

export async function definitionToXlsx(definition: ReportDefinition): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Tram';
  const { print } = definition;
  addTable(
    workbook,
    SHEETS.form,
    ['truong', 'gia_tri'],
    [
      ['format', definition.format],
      ['code', definition.code],
      ['version', definition.version],
      ['name', definition.name],
      ['legalBasis', definition.legalBasis],
      ['effectiveFrom', definition.effectiveFrom],
      ['effectiveTo', definition.effectiveTo],
      ['periodTypes', list(definition.periodTypes)],
      ['deadlineWorkingDays', definition.deadlineWorkingDays ?? null],
      ['description', definition.description ?? null],
      ['print.orientation', print.orientation],
      ['print.formNumber', print.formNumber ?? null],
      ['print.issuedWith', print.issuedWith ?? null],
      ['print.authority', print.authority ?? null],
      ['print.recipient', print.recipient ?? null],
      ['print.signatures', print.signatures.join(' | ')],
    ],
  );
  addTable(
    workbook,
    SHEETS.categories,
    CATEGORY_HEADERS,
    definition.categories.flatMap((category) =>
      category.options.map((option) => [
        category.code,
        category.name,
        category.dimension,
        option.code,
        option.name,
        option.sex ?? null,
        option.fromYears ?? null,
        option.toYears ?? null,
        option.insured === undefined ? null : option.insured ? 'co' : 'khong',
      ]),
    ),
  );
  addTable(
    workbook,
    SHEETS.columns,
    COLUMN_HEADERS,
    definition.sections.flatMap((section) =>
      section.columns.map((column) => [section.code, column.label, list(column.options)]),
    ),
  );
  addTable(
    workbook,
    SHEETS.rows,
    ROW_HEADERS,
    definition.sections.flatMap((section) =>
      section.rows.map((row) => {
        const indicator = row.indicator;
        const name = typeof indicator === 'string' ? indicator : (indicator?.name ?? null);
        const params =
          typeof indicator === 'object' && indicator.params
            ? JSON.stringify(indicator.params)
            : null;
        return [
          section.code,
          section.title,
          row.dataElement ?? null,
          row.number ?? null,
          row.name,
          row.unit ?? null,
          row.indent,
          name,
          params,
          row.entered ? 'x' : null,
          list(row.disaggregation),
          row.aggregation,
          row.summable ? 'x' : null,
          row.valueType,
          row.note ?? null,
        ];
      }),
    ),
  );
  addTable(
    workbook,
    SHEETS.rules,
    RULE_HEADERS,
    definition.rules.map((rule) => [
      rule.code,
      rule.kind,
      rule.kind === 'yearToDate' ? null : list(rule.left),
      rule.kind === 'yearToDate' ? null : list(rule.right),
      rule.kind === 'yearToDate' ? rule.dataElement : null,
      rule.kind === 'yearToDate' ? rule.cumulative : null,
      rule.severity,
      rule.message ?? null,
    ]),
  );
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

type Record_ = Record<string, string>;

function records(workbook: ExcelJS.Workbook, name: string): Record_[] | null {
  const sheet = workbook.getWorksheet(name);
  if (!sheet) return null;
  const headers: string[] = [];
  const out: Record_[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      cells[column - 1] = cellText(cell.value).trim();
    });
    if (rowNumber === 1) {
      headers.push(...Array.from(cells, (c) => (c ?? '').toLowerCase()));
      return;
    }
    const record: Record_ = {};
    headers.forEach((header, index) => {
      const value = cells[index];
      if (header && value) record[header] = value;
    });
    if (Object.keys(record).length > 0) out.push(record);
  });
  return out;
}

/** A number where the schema wants one ("1" in a text cell), else the text for zod to refuse. */
function numeric(text: string | undefined): number | string | undefined {
  if (text === undefined) return undefined;
  return /^-?\d+$/.test(text) ? Number(text) : text;
}

function json(text: string | undefined): unknown {
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** What the sheets say, in the JSON shape; the definition schema then checks every part. */
function fromSheets(workbook: ExcelJS.Workbook): unknown {
  const form = records(workbook, SHEETS.form);
  if (!form) return null;
  const field = new Map(form.map((r) => [r.truong ?? '', r.gia_tri]));
  const categories = new Map<string, Record<string, unknown> & { options: unknown[] }>();
  for (const r of records(workbook, SHEETS.categories) ?? []) {
    const code = r.ma_phan_to ?? '';
    const category = categories.get(code) ?? {
      code,
      name: r.ten_phan_to,
      dimension: r.chieu,
      options: [],
    };
    category.options.push({
      code: r.ma_lua_chon,
      name: r.ten_lua_chon,
      ...(r.gioi && { sex: r.gioi }),
      ...(r.tu_tuoi && { fromYears: numeric(r.tu_tuoi) }),
      ...(r.den_tuoi && { toYears: numeric(r.den_tuoi) }),
      ...(r.bhyt && { insured: r.bhyt === 'co' ? true : r.bhyt === 'khong' ? false : r.bhyt }),
    });
    categories.set(code, category);
  }
  const sections = new Map<
    string,
    { code: string; title?: string; columns: unknown[]; rows: unknown[] }
  >();
  const sectionOf = (code: string) => {
    const section = sections.get(code) ?? { code, columns: [], rows: [] };
    sections.set(code, section);
    return section;
  };
  for (const r of records(workbook, SHEETS.columns) ?? []) {
    sectionOf(r.ma_muc ?? '').columns.push({
      label: r.tieu_de_cot,
      options: split(r.lua_chon ?? ''),
    });
  }
  for (const r of records(workbook, SHEETS.rows) ?? []) {
    const section = sectionOf(r.ma_muc ?? '');
    section.title ??= r.ten_muc;
    const params = json(r.tham_so);
    section.rows.push({
      ...(r.ma_chi_tieu && { dataElement: r.ma_chi_tieu }),
      ...(r.stt && { number: r.stt }),
      name: r.ten_chi_tieu,
      ...(r.don_vi && { unit: r.don_vi }),
      ...(r.thut_le && { indent: numeric(r.thut_le) }),
      ...(r.chi_so && { indicator: params === undefined ? r.chi_so : { name: r.chi_so, params } }),
      entered: r.nhap_tay !== undefined,
      disaggregation: split(r.phan_to ?? ''),
      ...(r.cong_don && { aggregation: r.cong_don }),
      summable: r.cong_duoc !== undefined,
      ...(r.kieu && { valueType: r.kieu }),
      ...(r.ghi_chu && { note: r.ghi_chu }),
    });
  }
  const rules = (records(workbook, SHEETS.rules) ?? []).map((r) => ({
    code: r.ma,
    kind: r.loai,
    ...(r.ve_trai && { left: split(r.ve_trai) }),
    ...(r.ve_phai && { right: split(r.ve_phai) }),
    ...(r.chi_tieu && { dataElement: r.chi_tieu }),
    ...(r.cong_don && { cumulative: r.cong_don }),
    ...(r.muc_do && { severity: r.muc_do }),
    ...(r.thong_bao && { message: r.thong_bao }),
  }));
  const text = (key: string) => field.get(key);
  return {
    format: numeric(text('format')),
    code: text('code'),
    version: numeric(text('version')),
    name: text('name'),
    legalBasis: text('legalBasis'),
    effectiveFrom: text('effectiveFrom'),
    effectiveTo: text('effectiveTo') ?? null,
    periodTypes: split(text('periodTypes') ?? ''),
    ...(text('deadlineWorkingDays') && {
      deadlineWorkingDays: numeric(text('deadlineWorkingDays')),
    }),
    ...(text('description') && { description: text('description') }),
    categories: [...categories.values()],
    sections: [...sections.values()],
    rules,
    print: {
      ...(text('print.orientation') && { orientation: text('print.orientation') }),
      ...(text('print.formNumber') && { formNumber: text('print.formNumber') }),
      ...(text('print.issuedWith') && { issuedWith: text('print.issuedWith') }),
      ...(text('print.authority') && { authority: text('print.authority') }),
      ...(text('print.recipient') && { recipient: text('print.recipient') }),
      ...(text('print.signatures') && {
        signatures: (text('print.signatures') ?? '').split('|').map((s) => s.trim()),
      }),
    },
  };
}

export type WorkbookReading = { ok: true; value: unknown } | { ok: false };

/** The definition's JSON from a workbook, or not ok when it is no workbook of this layout. */
export async function definitionFromXlsx(data: Uint8Array): Promise<WorkbookReading> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(new Uint8Array(data).buffer);
  } catch {
    return { ok: false };
  }
  const value = fromSheets(workbook);
  return value === null ? { ok: false } : { ok: true, value };
}
