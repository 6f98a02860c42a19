import ExcelJS from 'exceljs';
import type { InputOf } from '../../shared/api';

export type Cells = readonly (string | number | null)[];

/** A CSV file as Excel's "CSV UTF-8" writes it: BOM, quoted where needed, CRLF. */
export function csvBase64(rows: readonly Cells[]): string {
  const quote = (cell: string | number | null): string => {
    const text = cell === null ? '' : String(cell);
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  const text = rows.map((row) => row.map(quote).join(',')).join('\r\n');
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]).toString(
    'base64',
  );
}

/** An xlsx workbook with the rows on its first sheet, starting at `firstRow`. */
export async function xlsxBase64(rows: readonly Cells[], firstRow = 1): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Danh mục');
  rows.forEach((row, i) => {
    sheet.getRow(firstRow + i).values = [...row];
  });
  return Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
}

/** Mẫu 03/DM headers as BHXH exports them. */
export const DRUG_HEADERS = [
  'MA_THUOC',
  'TEN_HOAT_CHAT',
  'TEN_THUOC',
  'DON_VI_TINH',
  'HAM_LUONG',
  'DUONG_DUNG',
  'MA_DUONG_DUNG',
  'DANG_BAO_CHE',
  'SO_DANG_KY',
  'DON_GIA',
  'DON_GIA_BH',
  'TYLE_TT_BH',
  'PHAM_VI',
] as const;

type DrugCells = Partial<Record<(typeof DRUG_HEADERS)[number], string | number>>;

/** One drug row in the BHXH layout: amlodipine 5 mg unless told otherwise. */
export function drugRow(over: DrugCells = {}): Cells {
  const row: Record<string, string | number> = {
    MA_THUOC: '40.472',
    TEN_HOAT_CHAT: 'Amlodipin',
    TEN_THUOC: 'Amlodipin Stada',
    DON_VI_TINH: 'Viên',
    HAM_LUONG: '5mg',
    DUONG_DUNG: 'Uống',
    MA_DUONG_DUNG: '1.01',
    DANG_BAO_CHE: 'Viên nén',
    SO_DANG_KY: 'VD-21205-14',
    DON_GIA: '1.050',
    DON_GIA_BH: 1050,
    TYLE_TT_BH: 100,
    PHAM_VI: 1,
    ...over,
  };
  return DRUG_HEADERS.map((h) => row[h] ?? '');
}

/** A drug as the save form sends it. */
export function drugInput(
  over: Partial<InputOf<'catalog.drugs.save'>> = {},
): InputOf<'catalog.drugs.save'> {
  return {
    code: '40.17',
    name: 'Hapacol 500',
    ingredients: [{ name: 'Paracetamol', strength: '500mg' }],
    dosageForm: 'Viên nén',
    unit: 'Viên',
    route: 'Uống',
    routeCode: '1.01',
    registrationNo: 'VD-20570-14',
    price: 800,
    insuredPrice: 800,
    ...over,
  };
}
