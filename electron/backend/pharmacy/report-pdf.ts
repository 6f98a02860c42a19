import type { TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { MovementReport, OnHandRow, StockCountView } from '../../../shared/api';
import { formatIsoDate, formatLocalDateTime } from '../../../shared/domain/dates';
import type { GridCell, GridDocument } from '../documents/grid-pdf';
import { mm } from '../documents/pdf';
import { groupThousands } from '../../../shared/domain/money';
import { MOVEMENT_PARTS } from '../../../shared/api/stock';
import {
  documentHeader,
  headerCell,
  numberCell,
  periodText,
  signatures,
  vi,
  type Facility,
} from './report-layout';

const A4_MARGINS: [number, number, number, number] = [mm(12), mm(12), mm(12), mm(12)];

const THIN_LINES = { hLineWidth: () => 0.5, vLineWidth: () => 0.5 };

/** The columns every batch list starts with: number, drug, unit, lot, expiry. */
const BATCH_HEADERS = (): TableCell[] =>
  (
    [
      'pharmacy.doc.no',
      'pharmacy.col.drug',
      'pharmacy.col.unit',
      'pharmacy.col.lot',
      'pharmacy.col.expiry',
    ] as const
  ).map((key) => headerCell(vi(key)));

function batchCells(
  index: number,
  batch: { drugName: string; unit: string; lot: string; expiry: string },
  detail: string,
): TableCell[] {
  return [
    { text: String(index + 1), alignment: 'center' },
    { text: [{ text: batch.drugName, bold: true }, `\n${detail}`] },
    batch.unit,
    batch.lot,
    { text: formatIsoDate(batch.expiry), alignment: 'center' },
  ];
}

const footer = (current: number, total: number) => ({
  text: vi('pharmacy.doc.page', { page: current, pages: total }),
  alignment: 'center' as const,
  fontSize: 7,
});

/**
 * Báo cáo nhập – xuất – tồn: per drug, quantity and VND for each column; totals in VND.
 * A year is thousands of cells: drawn by the grid renderer, not pdfmake (see grid-pdf.ts).
 */
export function movementReportPdf(
  report: MovementReport,
  facility: Facility,
  now: Date,
): GridDocument {
  const heading = (text: string): GridCell => ({ text, bold: true });
  const title = vi('pharmacy.report.title');
  const period = periodText(report.from, report.to);
  return {
    title: `${title} ${report.from} – ${report.to}`,
    orientation: 'landscape',
    margin: mm(12),
    fontSize: 7.5,
    heading: [
      { text: facility.name.toUpperCase(), bold: true, gap: facility.address ? 0 : 8 },
      ...(facility.address ? [{ text: facility.address, size: 8, gap: 8 }] : []),
      { text: title.toUpperCase(), bold: true, size: 14, align: 'center' },
      { text: period, italics: true, align: 'center', gap: 8 },
    ],
    columns: [
      { width: 16, align: 'center' },
      { width: 36 },
      { width: '*' },
      { width: 28 },
      ...MOVEMENT_PARTS.flatMap(() => [
        { width: 32, align: 'right' as const },
        { width: 46, align: 'right' as const },
      ]),
    ],
    header: [
      [
        { ...heading(vi('pharmacy.doc.no')), rowSpan: 2 },
        { ...heading(vi('pharmacy.col.drugCode')), rowSpan: 2 },
        { ...heading(vi('pharmacy.col.drug')), rowSpan: 2 },
        { ...heading(vi('pharmacy.col.unit')), rowSpan: 2 },
        ...MOVEMENT_PARTS.map((part) => ({
          ...heading(vi(`pharmacy.report.${part}`)),
          colSpan: 2,
        })),
      ],
      MOVEMENT_PARTS.flatMap(() => [
        heading(vi('pharmacy.doc.quantity')),
        heading(vi('pharmacy.doc.value')),
      ]),
    ],
    rows: report.rows.map((row, index) => [
      String(index + 1),
      row.drugCode,
      row.drugName,
      row.unit,
      ...MOVEMENT_PARTS.flatMap((part) => [
        groupThousands(row[part].quantity),
        groupThousands(row[part].value),
      ]),
    ]),
    totals: [
      [
        { text: vi('pharmacy.doc.total'), bold: true, colSpan: 4, align: 'left' },
        ...MOVEMENT_PARTS.flatMap((part) => [
          { text: '' },
          { text: groupThousands(report.totals[part].value), bold: true },
        ]),
      ],
    ],
    closing: {
      line: { text: vi('pharmacy.doc.madeAt', { at: formatLocalDateTime(now.toISOString()) }) },
      signers: (
        ['pharmacy.doc.preparer', 'pharmacy.doc.pharmacist', 'pharmacy.doc.head'] as const
      ).map((role) => ({ title: vi(role), hint: vi('pharmacy.doc.signHint') })),
    },
    pageFooter: (page, pages) => vi('pharmacy.doc.page', { page, pages }),
  };
}

/** Batches in stock that have expired or expire soon, soonest first. */
export function expiryReportPdf(
  rows: readonly OnHandRow[],
  until: string,
  facility: Facility,
  now: Date,
): TDocumentDefinitions {
  const body: TableCell[][] = [
    [
      ...BATCH_HEADERS(),
      headerCell(vi('pharmacy.col.quantity')),
      headerCell(vi('pharmacy.col.unitCost')),
      headerCell(vi('pharmacy.doc.value')),
      headerCell(vi('pharmacy.col.state')),
    ],
    ...rows.map((row, index): TableCell[] => [
      ...batchCells(index, row, `${row.drugCode} · ${row.strength}`),
      numberCell(row.quantity),
      numberCell(row.unitCost),
      numberCell(row.value),
      row.expired ? { text: vi('pharmacy.expired'), bold: true } : vi('pharmacy.expiringSoon'),
    ]),
    [
      { text: vi('pharmacy.doc.total'), bold: true, colSpan: 7 },
      {},
      {},
      {},
      {},
      {},
      {},
      numberCell(
        rows.reduce((sum, row) => sum + row.value, 0),
        true,
      ),
      '',
    ],
  ];
  return {
    pageSize: 'A4',
    pageMargins: A4_MARGINS,
    info: { title: vi('pharmacy.expiryReport.title') },
    defaultStyle: { fontSize: 8.5 },
    footer,
    content: [
      ...documentHeader(
        facility,
        vi('pharmacy.expiryReport.title'),
        vi('pharmacy.expiryReport.until', { date: formatIsoDate(until) }),
      ),
      rows.length === 0
        ? { text: vi('pharmacy.expiryReport.none'), alignment: 'center', margin: [0, 10] }
        : {
            table: { headerRows: 1, widths: [18, '*', 34, 60, 52, 44, 48, 56, 48], body },
            layout: THIN_LINES,
          },
      ...signatures(['pharmacy.doc.preparer', 'pharmacy.doc.pharmacist'], now),
    ],
  };
}

/** Biên bản kiểm kê: the book quantity, and the counted one (blank to fill in by hand). */
export function countSheetPdf(
  count: StockCountView,
  facility: Facility,
  now: Date,
): TDocumentDefinitions {
  const body: TableCell[][] = [
    [
      ...BATCH_HEADERS(),
      headerCell(vi('pharmacy.count.book')),
      headerCell(vi('pharmacy.count.counted')),
      headerCell(vi('pharmacy.count.difference')),
      headerCell(vi('pharmacy.doc.note')),
    ],
    ...count.lines.map((line, index): TableCell[] => [
      ...batchCells(index, line, line.drugCode),
      numberCell(line.expected),
      numberCell(line.counted),
      numberCell(line.difference),
      '',
    ]),
  ];
  const state = vi(`pharmacy.count.status.${count.status}`);
  return {
    pageSize: 'A4',
    pageMargins: A4_MARGINS,
    info: { title: `${vi('pharmacy.count.sheetTitle')} ${count.id}` },
    defaultStyle: { fontSize: 8.5 },
    footer,
    content: [
      ...documentHeader(
        facility,
        vi('pharmacy.count.sheetTitle'),
        vi('pharmacy.count.sheetSubtitle', {
          id: count.id,
          at: formatLocalDateTime(count.startedAt),
          state,
        }),
      ),
      ...(count.note
        ? [{ text: count.note, margin: [0, 0, 0, 6] as [number, number, number, number] }]
        : []),
      {
        table: { headerRows: 1, widths: [18, '*', 34, 60, 52, 44, 44, 44, 60], body },
        layout: THIN_LINES,
      },
      ...(count.reason
        ? [
            {
              text: vi('pharmacy.count.reasonLine', { reason: count.reason }),
              margin: [0, 6, 0, 0] as [number, number, number, number],
            },
          ]
        : []),
      ...signatures(
        ['pharmacy.count.counter', 'pharmacy.doc.pharmacist', 'pharmacy.doc.head'],
        now,
      ),
    ],
  };
}
