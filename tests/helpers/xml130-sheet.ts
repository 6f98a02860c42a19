import fs from 'node:fs';
import path from 'node:path';

// An independent reading of the insurer's own sheets (../shared/reference/xml130): the BHXH
// gateway's check sheet for QĐ 4750 and the decision's appendix. Tests compare what Tram writes
// with these, never with Tram's own field lists.

const SHEET_FILE = 'bhxh-gateway-checks-qd4750.tsv';
const APPENDIX_FILE = 'qd4750-appendix.tsv';

/**
 * ../shared/reference/xml130 beside the repository (the CI clone), or beside a folder above it
 * (a worktree under /work/wt). Never the repository's own shared/ (code, no reference data).
 */
export function referenceDir(): string {
  let dir = path.resolve(import.meta.dirname, '../..');
  for (let i = 0; i < 4; i++) {
    const candidate = path.join(dir, '..', 'shared', 'reference', 'xml130');
    if (fs.existsSync(path.join(candidate, SHEET_FILE))) return candidate;
    dir = path.dirname(dir);
  }
  throw new Error('../shared/reference/xml130 not found beside the repository');
}

export interface SheetField {
  name: string;
  /** "Số" or "Chuỗi". */
  type: string;
  /** "n" or a number, as written. */
  size: string;
  /** Gateway sheet: the "Bắt buộc" column. Appendix: the amendment column. */
  note: string;
}

/** Sheets by their table number: "Check-in", "1" … "15". */
export type Workbook = Map<string, SheetField[]>;

const FIELD_NAME = /^[A-Z][A-Z0-9_]+$/;

function readWorkbook(file: string): { book: Workbook; repeated: string[] } {
  const book: Workbook = new Map();
  const repeated: string[] = [];
  let current: SheetField[] | null = null;
  let table = '';
  for (const line of fs.readFileSync(path.join(referenceDir(), file), 'utf8').split('\n')) {
    if (line.startsWith('#####')) {
      const title = line.split('SHEET')[1] ?? '';
      table = /^\s*bang\s*([^\s_(]+)/i.exec(title)?.[1] ?? title.trim();
      current = [];
      book.set(table, current);
      continue;
    }
    const cells = line.split('\t');
    const name = (cells[2] ?? '').trim();
    if (!current || !FIELD_NAME.test(name)) continue;
    // Both files list TT_THAU twice in a row for drugs (and the appendix for supplies).
    if (current.at(-1)?.name === name) {
      repeated.push(`${table}.${name}`);
      continue;
    }
    current.push({
      name,
      type: (cells[3] ?? '').trim(),
      size: (cells[4] ?? '').trim(),
      note: (cells[6] ?? '').trim(),
    });
  }
  return { book, repeated };
}

export const gatewaySheet = (): { book: Workbook; repeated: string[] } => readWorkbook(SHEET_FILE);
export const appendix = (): { book: Workbook; repeated: string[] } => readWorkbook(APPENDIX_FILE);

/** The appendix's maximum size after its own amendments ("Tăng kích thước tối đa lên 4 ký tự"). */
export function amendedSize(field: SheetField): string {
  return /tăng kích thước tối đa lên (\d+)/i.exec(field.note)?.[1] ?? field.size;
}

type Row = ReadonlyArray<readonly [string, string]>;

const filled = (row: Row, name: string): boolean =>
  (row.find(([n]) => n === name)?.[1] ?? '') !== '';
const valueOf = (row: Row, name: string): string => row.find(([n]) => n === name)?.[1] ?? '';
const list = (text: string): string[] => text.split(',').map((s) => s.trim());

/**
 * Whether the sheet's mark makes a field mandatory in this row, read from the mark's own words;
 * null where the sheet only says "as QĐ 4210" (not decidable from the sheet).
 */
export function sheetRequires(mark: string, row: Row): boolean | null {
  if (mark === 'x') return true;
  if (mark === '') return false;
  let m = /chỉ bắt buộc khi (\w+) not null/i.exec(mark);
  if (m?.[1] && !/ và /.test(mark)) return filled(row, m[1]);
  m = /bắt buộc khi (\w+) và (\w+) = null/i.exec(mark);
  if (m?.[1] && m[2]) return !filled(row, m[1]) && !filled(row, m[2]);
  m = /bắt buộc trừ mã nhóm ([\d, ]+)/i.exec(mark);
  if (m?.[1]) return !list(m[1]).includes(valueOf(row, 'MA_NHOM'));
  m = /bắt buộc (?:khi )?MA_NHOM\s*=\s*([\d, ]+)/i.exec(mark);
  if (m?.[1]) return list(m[1]).includes(valueOf(row, 'MA_NHOM'));
  m = /bắt buộc khi trường (\w+) có dữ liệu/i.exec(mark);
  if (m?.[1]) return filled(row, m[1]);
  if (/4210/.test(mark)) return null;
  throw new Error(`a mark this reader does not understand: ${mark}`);
}

export interface SheetFailure {
  table: string;
  row: number;
  field: string;
  problem: string;
}

/**
 * Checks one table's rows as the gateway would: field names in the sheet's order, every value
 * within both sizes, "Số" fields numeric, mandatory fields filled. `exempt` lists fields whose
 * mandatory mark Tram deliberately does not follow (with the decision's reason).
 */
export function checkRows(
  tableNumber: string,
  rows: readonly Row[],
  exempt: readonly string[] = [],
): SheetFailure[] {
  const sheet = gatewaySheet().book.get(tableNumber);
  const appx = appendix().book.get(tableNumber);
  if (!sheet || !appx) throw new Error(`no sheet for table ${tableNumber}`);
  const appxByName = new Map(appx.map((f) => [f.name, f]));
  const failures: SheetFailure[] = [];
  rows.forEach((row, index) => {
    const fail = (field: string, problem: string): void => {
      failures.push({ table: tableNumber, row: index + 1, field, problem });
    };
    const names = row.map(([n]) => n);
    const expected = sheet.map((f) => f.name);
    if (names.join(',') !== expected.join(',')) fail('*', `order ${names.join(',')}`);
    for (const field of sheet) {
      const value = valueOf(row, field.name);
      const length = [...value].length;
      const appxField = appxByName.get(field.name);
      for (const size of [field.size, appxField ? amendedSize(appxField) : 'n']) {
        if (size !== 'n' && length > Number(size)) fail(field.name, `${length} > ${size}`);
      }
      if (field.type === 'Số' && value !== '' && !/^-?\d+(\.\d+)?$/.test(value)) {
        fail(field.name, `not a number: ${value}`);
      }
      const required = exempt.includes(field.name) ? false : sheetRequires(field.note, row);
      if (required && value === '') fail(field.name, 'mandatory and empty');
    }
  });
  return failures;
}
