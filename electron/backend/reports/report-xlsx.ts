import ExcelJS from 'exceljs';
import type { ReportDefinition } from '../../../shared/domain/reports/definition';
import { formLayout } from '../../../shared/domain/reports/layout';
import { parsePeriod, periodLabel } from '../../../shared/domain/reports/periods';
import { valueMap, type ValueSet } from '../../../shared/domain/reports/value-set';
import { vi } from '../pharmacy/report-layout';
import { dateLine, statusLineOf, type PrintContext } from './report-pdf';

export const VALUES_SHEET = 'DuLieu';
const FIXED = 4;
const NUMBER = '#,##0';

/**
 * The report as a workbook: the form's layout on the first sheet (numbers stay numbers, so a
 * district can add them up) and every value flat on a second sheet, as DHIS2 keys them.
 */
export async function reportXlsx(
  definition: ReportDefinition,
  valueSet: ValueSet,
  context: PrintContext,
): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Tram';
  const width = FIXED + Math.max(...definition.sections.map((s) => s.columns.length));
  const sheet = workbook.addWorksheet(vi('reports.xlsx.sheet'), {
    pageSetup: {
      paperSize: 9,
      orientation: definition.print.orientation,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    },
  });
  sheet.columns = [
    { width: 6 },
    { width: 52 },
    { width: 16 },
    { width: 8 },
    ...Array.from({ length: width - FIXED }, () => ({ width: 13 })),
  ];
  const authority = definition.print.authority ?? context.authority;
  const line = (text: string, bold = false, size?: number) => {
    const row = sheet.addRow([text]);
    sheet.mergeCells(row.number, 1, row.number, width);
    row.font = { bold, ...(size && { size }) };
    row.alignment = { horizontal: 'center' };
  };
  if (authority) sheet.addRow([authority.toUpperCase()]);
  sheet.addRow([context.facility.name.toUpperCase()]).font = { bold: true };
  sheet.addRow([vi('reports.print.facilityCode', { code: context.facility.code })]);
  if (context.keyFingerprint) {
    sheet.addRow([vi('bundles.print.fingerprint', { fingerprint: context.keyFingerprint })]);
  }
  if (definition.print.formNumber)
    sheet.addRow([definition.print.formNumber]).font = { italic: true };
  sheet.addRow([]);
  line(definition.name.toUpperCase(), true, 14);
  const period = parsePeriod(valueSet.period);
  line(period ? periodLabel(period, 'vi') : valueSet.period, true);
  line(statusLineOf(valueSet, context));

  for (const { section, rows } of formLayout(definition, valueMap(valueSet.dataValues))) {
    sheet.addRow([]);
    sheet.addRow([section.title]).font = { bold: true };
    const head = sheet.addRow([
      vi('reports.col.number'),
      vi('reports.col.indicator'),
      vi('reports.col.code'),
      vi('reports.col.unit'),
      ...section.columns.map((column) => column.label),
    ]);
    head.font = { bold: true };
    head.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    for (const { row, cells } of rows) {
      const added = sheet.addRow([
        row.number ?? '',
        `${'  '.repeat(row.indent)}${row.name}`,
        row.dataElement ?? '',
        row.unit ?? '',
        ...cells.map((cell) => (cell.applicable ? cell.value : 'x')),
      ]);
      if (!row.dataElement) added.font = { italic: true };
      for (let column = FIXED + 1; column <= FIXED + cells.length; column++) {
        added.getCell(column).numFmt = NUMBER;
      }
    }
  }
  sheet.addRow([]);
  const date = sheet.addRow([dateLine(context.printedAt)]);
  sheet.mergeCells(date.number, 1, date.number, width);
  date.alignment = { horizontal: 'right' };
  date.font = { italic: true };
  const signers = sheet.addRow([...(context.signatures ?? definition.print.signatures)]);
  signers.font = { bold: true };

  const data = workbook.addWorksheet(VALUES_SHEET);
  data.columns = [
    { header: 'dataSet', width: 18 },
    { header: 'period', width: 10 },
    { header: 'orgUnit', width: 10 },
    { header: 'dataElement', width: 20 },
    { header: 'categoryOptionCombo', width: 20 },
    { header: 'value', width: 14 },
    { header: 'source', width: 10 },
  ];
  for (const value of valueSet.dataValues) {
    data.addRow([
      valueSet.dataset,
      valueSet.period,
      valueSet.orgUnit,
      value.dataElement,
      value.categoryOptionCombo ?? '',
      value.value,
      value.source,
    ]);
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
