import { readFile } from 'node:fs/promises';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { LocalizedText } from '../../../shared/api/result';
import { normalizeHeader, type CatalogTable } from '../../../shared/domain/catalog-rows';

/** The full ICD-10 list is about 12,000 rows and a drug catalogue a few thousand. */
export const MAX_TABLE_ROWS = 100_000;

export interface ReadTable extends CatalogTable {
  format: 'xlsx' | 'csv';
  /** Header cells as written in the file, in the order of `headers`, for messages. */
  sourceHeaders: string[];
}

export type ReadTableResult = { ok: true; value: ReadTable } | { ok: false; error: LocalizedText };

type Grid = { rowNumber: number; values: string[] }[];

const fail = (key: LocalizedText['key'], params?: LocalizedText['params']): ReadTableResult => ({
  ok: false,
  error: params ? { key, params } : { key },
});

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
/** OLE compound file: the pre-2007 .xls format, which exceljs cannot read. */
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];
const EXCEL_EXTENSIONS = new Set(['.xlsx', '.xlsm', '.xls']);
const TEXT_EXTENSIONS = new Set(['.csv', '.txt', '.tsv', '']);

function startsWith(data: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((byte, i) => data[i] === byte);
}

type CellValue = ExcelJS.CellValue;

export function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value !== 'object') return String(value);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('hyperlink' in value) return typeof value.text === 'string' ? value.text : '';
  if ('result' in value) return cellText(value.result);
  return '';
}

async function readXlsx(data: Uint8Array): Promise<Grid | ReadTableResult> {
  const workbook = new ExcelJS.Workbook();
  try {
    // A copy as a plain ArrayBuffer: exceljs's typings declare their own Buffer over ArrayBuffer.
    await workbook.xlsx.load(new Uint8Array(data).buffer);
  } catch {
    return fail('catalog.file.unreadable');
  }
  // Catalogues sit on the first sheet that has anything; cover sheets are usually empty.
  const sheet = workbook.worksheets.find((ws) => ws.actualRowCount > 0);
  if (!sheet) return fail('catalog.file.empty');
  if (sheet.actualRowCount > MAX_TABLE_ROWS + 1) {
    return fail('catalog.file.tooManyRows', { max: MAX_TABLE_ROWS });
  }
  const grid: Grid = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const values: string[] = [];
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      values[column - 1] = cellText(cell.value).trim();
    });
    grid.push({ rowNumber, values: Array.from(values, (v) => v ?? '') });
  });
  return grid;
}

function decodeText(data: Uint8Array): string | null {
  if (startsWith(data, [0xff, 0xfe])) return new TextDecoder('utf-16le').decode(data.subarray(2));
  const body = startsWith(data, [0xef, 0xbb, 0xbf]) ? data.subarray(3) : data;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    return null;
  }
}

/** The separator that occurs most often outside quotes on the first line with content. */
function detectSeparator(text: string): string {
  const firstLine = text.split(/\r\n|\n|\r/).find((line) => line.trim() !== '') ?? '';
  const unquoted = firstLine.replace(/"[^"]*"/g, '');
  const counts = [',', ';', '\t'].map((sep) => ({ sep, n: unquoted.split(sep).length - 1 }));
  counts.sort((a, b) => b.n - a.n);
  return counts[0] && counts[0].n > 0 ? counts[0].sep : ',';
}

/** RFC 4180 records: quoted fields may hold separators, doubled quotes and line breaks. */
function parseCsv(text: string): Grid | ReadTableResult {
  let body = text;
  let separator: string;
  // Excel writes "sep=;" as a first line when asked to; honour it and drop it.
  const hint = /^sep=(.)\r?\n/i.exec(body);
  if (hint?.[1]) {
    separator = hint[1];
    body = body.slice(hint[0].length);
  } else {
    separator = detectSeparator(body);
  }
  const grid: Grid = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  let quoteStartRow = 0;
  const endRecord = (): void => {
    record.push(field);
    grid.push({ rowNumber: grid.length + 1 + (hint ? 1 : 0), values: record.map((v) => v.trim()) });
    field = '';
    record = [];
  };
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (quoted) {
      if (ch === '"' && body[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field.trim() === '') {
      quoted = true;
      quoteStartRow = grid.length + 1;
      field = '';
    } else if (ch === separator) {
      record.push(field);
      field = '';
    } else if (ch === '\r' || ch === '\n') {
      if (ch === '\r' && body[i + 1] === '\n') i++;
      endRecord();
    } else field += ch;
    if (grid.length > MAX_TABLE_ROWS + 1)
      return fail('catalog.file.tooManyRows', { max: MAX_TABLE_ROWS });
  }
  if (quoted) return fail('catalog.file.unclosedQuote', { row: quoteStartRow });
  if (field !== '' || record.length > 0) endRecord();
  return grid;
}

export interface ReadTableOptions {
  /**
   * Recognises the header row by its normalised cells, for files with title rows above it.
   * Without it, or when none of the first rows matches, the first non-empty row is the header.
   */
  isHeader?: (headers: string[]) => boolean;
}

/** How far down title rows may push the header. */
const HEADER_SEARCH_ROWS = 20;

function toTable(
  grid: Grid,
  format: ReadTable['format'],
  { isHeader }: ReadTableOptions,
): ReadTableResult {
  const nonEmpty = grid.filter((row) => row.values.some((v) => v !== ''));
  const found = isHeader
    ? nonEmpty
        .slice(0, HEADER_SEARCH_ROWS)
        .findIndex((row) => isHeader(row.values.map(normalizeHeader)))
    : -1;
  const [headerRow, ...dataRows] = nonEmpty.slice(Math.max(found, 0));
  if (!headerRow) return fail('catalog.file.empty');
  if (dataRows.length > MAX_TABLE_ROWS)
    return fail('catalog.file.tooManyRows', { max: MAX_TABLE_ROWS });
  const headers: string[] = [];
  const sourceHeaders: string[] = [];
  const columns: { index: number; header: string }[] = [];
  headerRow.values.forEach((raw, index) => {
    const base = normalizeHeader(raw);
    if (base === '') return;
    let header = base;
    // Two columns folding to the same name keep both: the second becomes NAME_2.
    for (let n = 2; headers.includes(header); n++) header = `${base}_${n}`;
    headers.push(header);
    sourceHeaders.push(raw);
    columns.push({ index, header });
  });
  const rows: CatalogTable['rows'] = [];
  for (const { rowNumber, values } of dataRows) {
    const cells: Record<string, string> = {};
    for (const { index, header } of columns) cells[header] = values[index] ?? '';
    if (Object.values(cells).some((v) => v !== '')) rows.push({ rowNumber, cells });
  }
  return { ok: true, value: { format, headers, sourceHeaders, rows } };
}

/**
 * Reads an uploaded catalogue (xlsx, or csv in UTF-8 / UTF-16 with `,` `;` or tab) into
 * normalised headers and text cells. The first non-empty row is the header row (unless
 * `isHeader` picks a later one); blank rows are skipped and row numbers are the ones the user
 * sees in Excel.
 */
export async function readTable(
  file: { fileName: string; data: Uint8Array },
  options: ReadTableOptions = {},
): Promise<ReadTableResult> {
  const ext = path.extname(file.fileName).toLowerCase();
  const { data } = file;
  if (data.byteLength === 0) return fail('catalog.file.empty');
  if (startsWith(data, ZIP_MAGIC)) {
    const grid = await readXlsx(data);
    return Array.isArray(grid) ? toTable(grid, 'xlsx', options) : grid;
  }
  if (startsWith(data, OLE_MAGIC)) return fail('catalog.file.oldExcel');
  if (EXCEL_EXTENSIONS.has(ext)) return fail('catalog.file.unreadable');
  if (!TEXT_EXTENSIONS.has(ext)) return fail('catalog.file.unsupported');
  const text = decodeText(data);
  if (text === null) return fail('catalog.file.encoding');
  const grid = parseCsv(text);
  return Array.isArray(grid) ? toTable(grid, 'csv', options) : grid;
}

/** The same, from a file on disk (imports from a USB stick, tests). */
export async function readTableFile(
  filePath: string,
  options: ReadTableOptions = {},
): Promise<ReadTableResult> {
  return readTable({ fileName: path.basename(filePath), data: await readFile(filePath) }, options);
}
