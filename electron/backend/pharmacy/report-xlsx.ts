import type { MovementReport } from '../../../shared/api';
import { XLSX_MIME } from '../../../shared/api/files';
import { MOVEMENT_PARTS } from '../../../shared/api/stock';
import type { FileOutput } from '../files';
import { periodText, vi, type Facility } from './report-layout';

const FIXED = 4;
const LAST_COLUMN = FIXED + MOVEMENT_PARTS.length * 2;
const NUMBER = '#,##0';

/**
 * The nhập – xuất – tồn report as a workbook: a title block, two header rows (each column's
 * quantity and VND under its name), one row per drug, totals in VND. Numbers stay numbers, so
 * the district can add them up.
 */
export async function movementReportXlsx(
  report: MovementReport,
  facility: Facility,
): Promise<FileOutput> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Tram';
  const sheet = workbook.addWorksheet(vi('pharmacy.report.sheet'), {
    pageSetup: { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1 },
    views: [{ state: 'frozen', ySplit: 6 }],
  });
  sheet.columns = [
    { width: 5 },
    { width: 12 },
    { width: 34 },
    { width: 8 },
    ...MOVEMENT_PARTS.flatMap(() => [{ width: 10 }, { width: 14 }]),
  ];
  sheet.getCell('A1').value = facility.name.toUpperCase();
  sheet.getCell('A1').font = { bold: true };
  const title = sheet.getRow(2);
  title.getCell(1).value = vi('pharmacy.report.title').toUpperCase();
  title.font = { bold: true, size: 14 };
  sheet.getRow(3).getCell(1).value = periodText(report.from, report.to);
  for (const row of [2, 3]) {
    sheet.mergeCells(row, 1, row, LAST_COLUMN);
    sheet.getRow(row).alignment = { horizontal: 'center' };
  }

  const names = sheet.getRow(5);
  const units = sheet.getRow(6);
  [
    vi('pharmacy.doc.no'),
    vi('pharmacy.col.drugCode'),
    vi('pharmacy.col.drug'),
    vi('pharmacy.col.unit'),
  ].forEach((text, i) => {
    names.getCell(i + 1).value = text;
    sheet.mergeCells(5, i + 1, 6, i + 1);
  });
  MOVEMENT_PARTS.forEach((part, i) => {
    const column = FIXED + 1 + i * 2;
    names.getCell(column).value = vi(`pharmacy.report.${part}`);
    sheet.mergeCells(5, column, 5, column + 1);
    units.getCell(column).value = vi('pharmacy.doc.quantity');
    units.getCell(column + 1).value = vi('pharmacy.doc.value');
  });
  for (const row of [names, units]) {
    row.font = { bold: true };
    row.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  }

  report.rows.forEach((row, index) => {
    sheet.addRow([
      index + 1,
      row.drugCode,
      row.drugName,
      row.unit,
      ...MOVEMENT_PARTS.flatMap((part) => [row[part].quantity, row[part].value]),
    ]);
  });
  const totals = sheet.addRow([
    vi('pharmacy.doc.total'),
    null,
    null,
    null,
    ...MOVEMENT_PARTS.flatMap((part) => [null, report.totals[part].value]),
  ]);
  sheet.mergeCells(totals.number, 1, totals.number, FIXED);
  totals.font = { bold: true };
  for (let column = FIXED + 1; column <= LAST_COLUMN; column++) {
    sheet.getColumn(column).numFmt = NUMBER;
  }
  const bytes = await workbook.xlsx.writeBuffer();
  return {
    fileName: `bao-cao-nhap-xuat-ton-${report.from}-${report.to}.xlsx`,
    mimeType: XLSX_MIME,
    content: new Uint8Array(bytes),
  };
}
