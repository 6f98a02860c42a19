import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  readTable,
  readTableFile,
  type ReadTable,
  type ReadTableResult,
} from '../../electron/backend/catalog/read-table';
import { isCatalogHeader, mapDrugRows, mapIcdRows } from '../../shared/domain/catalog-rows';

let dir = '';

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tram-catalog-'));
});

afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

function write(name: string, data: string | Uint8Array): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, data);
  return file;
}

function table(result: ReadTableResult): ReadTable {
  if (!result.ok) throw new Error(`expected a table: ${result.error.key}`);
  return result.value;
}

async function writeXlsx(name: string, fill: (sheet: ExcelJS.Worksheet) => void): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('Bìa'); // an empty cover sheet, as exports often have
  fill(workbook.addWorksheet('Danh mục thuốc'));
  const file = path.join(dir, name);
  await workbook.xlsx.writeFile(file);
  return file;
}

describe('reading xlsx', () => {
  it('reads the first sheet with data, with row numbers as Excel shows them', async () => {
    const file = await writeXlsx('thuoc.xlsx', (sheet) => {
      sheet.getRow(2).values = [
        'Mã thuốc',
        'Tên hoạt chất',
        'Tên thuốc',
        'Đơn vị tính',
        'Hàm lượng',
        'Đơn giá',
        'Đơn giá BH',
      ];
      sheet.getRow(3).values = ['40.17', 'Paracetamol', 'Panadol', 'Viên', '500mg', 1200, 1200];
      sheet.getRow(4).values = [
        '40.18',
        { richText: [{ text: 'Paracetamol + ' }, { text: 'Codein phosphat' }] },
        'Efferalgan Codein',
        'Viên',
        '500mg + 30mg',
        { formula: '2000*2', result: 4000 },
        4000,
      ];
      // Row 5 is left blank between records.
      sheet.getRow(6).values = ['40.19', 'Ibuprofen', 'Gofen', 'Viên', '400mg', -5, ''];
      sheet.getRow(7).values = ['40.17', 'Paracetamol', 'Panadol', 'Viên', '500mg', 1200, 1200];
      sheet.getRow(8).values = ['  ', '', null, '', '', '', ''];
    });
    const read = table(await readTableFile(file));
    expect(read.format).toBe('xlsx');
    expect(read.headers).toEqual([
      'MA_THUOC',
      'TEN_HOAT_CHAT',
      'TEN_THUOC',
      'DON_VI_TINH',
      'HAM_LUONG',
      'DON_GIA',
      'DON_GIA_BH',
    ]);
    expect(read.sourceHeaders[0]).toBe('Mã thuốc');
    expect(read.rows.map((r) => r.rowNumber)).toEqual([3, 4, 6, 7]);
    expect(read.rows[1]?.cells).toMatchObject({
      TEN_HOAT_CHAT: 'Paracetamol + Codein phosphat',
      DON_GIA: '4000',
    });

    const mapped = mapDrugRows(read);
    expect(mapped.ok && mapped.records.map((r) => r.row)).toEqual([3, 4]);
    expect(mapped.ok && mapped.records[1]?.record.ingredients).toEqual([
      { name: 'Paracetamol', strength: '500mg' },
      { name: 'Codein phosphat', strength: '30mg' },
    ]);
    expect(mapped.ok && mapped.rejects).toEqual([
      {
        row: 6,
        reason: { key: 'catalog.row.negative', params: { column: 'DON_GIA', value: '-5' } },
      },
      { row: 7, reason: { key: 'catalog.row.duplicate', params: { code: '40.17', firstRow: 3 } } },
    ]);
  });

  it('writes dates as YYYY-MM-DD and keeps both of two headers that fold alike', async () => {
    const file = await writeXlsx('ngay.xlsx', (sheet) => {
      sheet.addRow(['Mã', 'Từ ngày', 'Tên', 'TEN']);
      sheet.addRow(['X1', new Date(Date.UTC(2025, 6, 1)), 'a', 'b']);
    });
    const read = table(await readTableFile(file));
    expect(read.headers).toEqual(['MA', 'TU_NGAY', 'TEN', 'TEN_2']);
    expect(read.rows[0]?.cells).toEqual({ MA: 'X1', TU_NGAY: '2025-07-01', TEN: 'a', TEN_2: 'b' });
  });

  it('refuses a damaged xlsx, an old .xls and a workbook with nothing in it', async () => {
    const zipGarbage = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5]);
    expect(await readTableFile(write('hong.xlsx', zipGarbage))).toMatchObject({
      ok: false,
      error: { key: 'catalog.file.unreadable' },
    });
    expect(await readTableFile(write('khong-phai.xlsx', 'just text'))).toMatchObject({
      ok: false,
      error: { key: 'catalog.file.unreadable' },
    });
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    expect(await readTableFile(write('cu.xls', ole))).toMatchObject({
      ok: false,
      error: { key: 'catalog.file.oldExcel' },
    });
    const empty = await writeXlsx('trong.xlsx', () => undefined);
    expect(await readTableFile(empty)).toMatchObject({
      ok: false,
      error: { key: 'catalog.file.empty' },
    });
  });
});

describe('reading csv', () => {
  it('reads UTF-8 with BOM, ";" separators, quoted fields and CRLF', async () => {
    const text =
      '\uFEFFMã bệnh;Tên bệnh;Chương\r\n' +
      'I10;"Bệnh tăng huyết áp vô căn; ""nguyên phát""";IX\r\n' +
      '\r\n' +
      'J06.9;"Nhiễm trùng đường hô hấp trên cấp,\r\nkhông đặc hiệu";X\r\n' +
      'XYZ;Sai mã;I\r\n' +
      'I10;Trùng;IX';
    const read = table(await readTableFile(write('icd.csv', text)));
    expect(read.format).toBe('csv');
    expect(read.headers).toEqual(['MA_BENH', 'TEN_BENH', 'CHUONG']);
    expect(read.rows.map((r) => r.rowNumber)).toEqual([2, 4, 5, 6]);
    expect(read.rows[0]?.cells.TEN_BENH).toBe('Bệnh tăng huyết áp vô căn; "nguyên phát"');
    expect(read.rows[1]?.cells.TEN_BENH).toBe(
      'Nhiễm trùng đường hô hấp trên cấp,\r\nkhông đặc hiệu',
    );

    const mapped = mapIcdRows(read);
    expect(mapped.ok && mapped.records.map((r) => r.record.code)).toEqual(['I10', 'J06.9']);
    expect(mapped.ok && mapped.rejects.map((r) => [r.row, r.reason.key])).toEqual([
      [5, 'catalog.row.badIcdCode'],
      [6, 'catalog.row.duplicate'],
    ]);
  });

  it('finds the header below title rows when told what it looks like', async () => {
    const text =
      'DANH MỤC BỆNH ICD-10;;\n' +
      'Kèm theo Quyết định số 4469/QĐ-BYT;ngày 28/10/2020;\n' +
      'Mã bệnh;Tên bệnh;Chương\n' +
      'I10;Bệnh tăng huyết áp vô căn;IX\n';
    const file = write('icd-title.csv', text);
    const found = table(
      await readTableFile(file, { isHeader: (headers) => isCatalogHeader('icd', headers) }),
    );
    expect(found.headers).toEqual(['MA_BENH', 'TEN_BENH', 'CHUONG']);
    expect(found.rows).toEqual([
      {
        rowNumber: 4,
        cells: { MA_BENH: 'I10', TEN_BENH: 'Bệnh tăng huyết áp vô căn', CHUONG: 'IX' },
      },
    ]);
    // Without the hint, or when no row matches, the first row is the header as before.
    expect(table(await readTableFile(file)).headers).toEqual(['DANH_MUC_BENH_ICD_10']);
    const unmatched = await readTableFile(file, { isHeader: () => false });
    expect(table(unmatched).headers).toEqual(['DANH_MUC_BENH_ICD_10']);
  });

  it('reads "," separated UTF-8 without BOM and honours a "sep=" line', async () => {
    const comma = table(
      await readTableFile(
        write('dv.csv', 'MA_DICH_VU,TEN_DICH_VU,DON_GIA\nKB01,"Khám, tư vấn","30,000"\n'),
      ),
    );
    expect(comma.rows[0]?.cells).toEqual({
      MA_DICH_VU: 'KB01',
      TEN_DICH_VU: 'Khám, tư vấn',
      DON_GIA: '30,000',
    });
    const hinted = table(await readTableFile(write('sep.csv', 'sep=;\nA;B\n1,5;2\n')));
    expect(hinted.headers).toEqual(['A', 'B']);
    expect(hinted.rows[0]).toEqual({ rowNumber: 3, cells: { A: '1,5', B: '2' } });
  });

  it('reads UTF-16 tab-separated text as Excel saves "Unicode Text"', async () => {
    const text = 'Mã\tTên\r\nKB01\tKhám bệnh\r\n';
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const read = table(await readTable({ fileName: 'dv.txt', data: bytes }));
    expect(read.rows[0]?.cells).toEqual({ MA: 'KB01', TEN: 'Khám bệnh' });
  });

  it('refuses text that is not UTF-8, an unclosed quote, an empty file and other formats', async () => {
    const latin1 = Buffer.from('Mã;Tên\nKB01;Khám\n', 'latin1');
    expect(await readTable({ fileName: 'a.csv', data: latin1 })).toMatchObject({
      ok: false,
      error: { key: 'catalog.file.encoding' },
    });
    expect(await readTableFile(write('quote.csv', 'A,B\n1,"chưa đóng\n2,3\n'))).toEqual({
      ok: false,
      error: { key: 'catalog.file.unclosedQuote', params: { row: 2 } },
    });
    expect(await readTableFile(write('empty.csv', ''))).toMatchObject({
      ok: false,
      error: { key: 'catalog.file.empty' },
    });
    expect(await readTableFile(write('blank.csv', ' ; \n\n'))).toMatchObject({
      ok: false,
      error: { key: 'catalog.file.empty' },
    });
    expect(await readTableFile(write('doc.pdf', '%PDF-1.4'))).toMatchObject({
      ok: false,
      error: { key: 'catalog.file.unsupported' },
    });
  });
});
