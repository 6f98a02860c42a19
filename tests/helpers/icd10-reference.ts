import ExcelJS from 'exceljs';
import fs from 'node:fs';
import path from 'node:path';
import { SOURCE_ROOT } from '../../electron/backend/paths';

/**
 * The public reference data (../shared/reference beside the main checkout; worktrees sit one
 * level deeper, so the nearest one up the tree). Null where it is not on the machine.
 */
function referenceDir(): string | null {
  for (let dir = SOURCE_ROOT; dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const candidate = path.join(path.dirname(dir), 'shared', 'reference');
    if (fs.existsSync(candidate)) return candidate;
  }
  return null;
}

const REFERENCE = referenceDir();

/** The Ministry's ICD-10 workbook (QĐ 4469/QĐ-BYT) and its CSV export, when present. */
export const QD4469_XLSX = REFERENCE && path.join(REFERENCE, 'icd10', 'qd4469-icd10.xlsx');
export const QD4469_CSV = REFERENCE && path.join(REFERENCE, 'icd10', 'qd4469-icd10.csv');

export interface Qd4469Code {
  code: string;
  name: string;
  nameEn: string;
  chapter: string;
  group: string;
}

export interface Qd4469 {
  /** Rows of the list sheet that hold a code (some codes are listed twice). */
  rows: number;
  chapters: { chapter: string; range: string; name: string; nameEn: string }[];
  groups: { group: string; chapter: string; name: string; nameEn: string }[];
  codes: Qd4469Code[];
  /** Appendix A2: never the main diagnosis. */
  notMain: string[];
  /** Appendix A4.1 and A4.2. */
  sexOnly: { female: string[]; male: string[] };
  /** Appendix A3.1–A3.10, by list. */
  ageLists: Record<string, string[]>;
}

/** Text of a cell however exceljs holds it (rich text, a formula's cached result). */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') {
    if ('richText' in value)
      return value.richText
        .map((r) => r.text)
        .join('')
        .trim();
    if ('result' in value) return cellText(value.result);
    if ('text' in value) return String(value.text).trim();
    if (value instanceof Date) return value.toISOString();
    return '';
  }
  return String(value).trim();
}

/**
 * "A066" → "A06.6", "A33" stays (the appendix sheets write codes without the dot); the
 * list's dagger and asterisk marks ("A17.0†", "G01*") are not part of the code BHXH takes.
 */
export function dotted(code: string): string {
  const compact = code.replace(/[.\s†*+]/g, '').toUpperCase();
  return compact.length > 3 ? `${compact.slice(0, 3)}.${compact.slice(3)}` : compact;
}

const CODE = /^[A-Z]\d{2}(\.\d{1,2})?$/;

function sheetCodes(sheet: ExcelJS.Worksheet): { heading: string; code: string }[] {
  const out: { heading: string; code: string }[] = [];
  let heading = '';
  sheet.eachRow((row) => {
    const first = cellText(row.getCell(1).value);
    if (first.startsWith('Phụ lục')) heading = first;
    const code = dotted(first);
    if (CODE.test(code)) out.push({ heading, code });
  });
  return out;
}

/** The appendix number a heading names: "Phụ lục A3.2 Bệnh trẻ nhỏ …" → "A3.2". */
const appendixOf = (heading: string): string => /Phụ lục (A\d(?:\.\d+)?)/.exec(heading)?.[1] ?? '';

/** Reads the whole workbook: the list, its chapters and groups, and the rule sheets. */
export async function readQd4469(file = QD4469_XLSX): Promise<Qd4469> {
  if (!file) throw new Error('../shared/reference/icd10 is not on this machine');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const main = workbook.getWorksheet('ICD10');
  if (!main) throw new Error('no ICD10 sheet');
  const chapters = new Map<string, Qd4469['chapters'][number]>();
  const groups = new Map<string, Qd4469['groups'][number]>();
  const codes: Qd4469Code[] = [];
  const rowsByCode = new Map<string, number>();
  let rows = 0;
  main.eachRow((row, number) => {
    if (number < 4) return;
    const cell = (column: number) => cellText(row.getCell(column).value);
    const code = dotted(cell(17));
    if (!CODE.test(code)) return;
    const chapter = cell(1);
    const group = cell(5);
    if (!chapters.has(chapter)) {
      chapters.set(chapter, { chapter, range: cell(2), name: cell(4), nameEn: cell(3) });
    }
    if (!groups.has(group)) groups.set(group, { group, chapter, name: cell(7), nameEn: cell(6) });
    rows += 1;
    rowsByCode.set(code, (rowsByCode.get(code) ?? 0) + 1);
    // 82 codes are listed twice, plain and again with their dagger or asterisk: one code.
    if (rowsByCode.get(code) === 1) {
      codes.push({ code, name: cell(20), nameEn: cell(19), chapter, group });
    }
  });
  const notMain: string[] = [];
  const sexOnly = { female: [] as string[], male: [] as string[] };
  const ageLists: Record<string, string[]> = {};
  for (const sheet of workbook.worksheets) {
    for (const { heading, code } of sheetCodes(sheet)) {
      const appendix = appendixOf(heading);
      if (appendix === 'A2') notMain.push(code);
      else if (appendix === 'A4.1') sexOnly.female.push(code);
      else if (appendix === 'A4.2') sexOnly.male.push(code);
      else if (appendix.startsWith('A3.')) (ageLists[appendix] ??= []).push(code);
    }
  }
  return {
    rows,
    chapters: [...chapters.values()],
    groups: [...groups.values()],
    codes,
    notMain,
    sexOnly,
    ageLists,
  };
}
