import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { ReceiptFormat } from '../../../shared/api';
import { feed, row, rule, text, type Block, type PrintDocument } from '../../devices/print/layout';
import { mm } from '../documents/pdf';
import type { ReceiptContent } from './receipt-content';

/** The thermal printer's layout of a receipt: the same lines as the PDF, one after another. */
export function receiptPrintDocument(content: ReceiptContent): PrintDocument {
  const blocks: Block[] = [
    text(content.facilityName, { align: 'center', bold: true }),
    ...content.facilityLines.map((line) => text(line, { align: 'center' })),
    text(content.title, { align: 'center', bold: true, size: 'large' }),
    text(content.numberLine, { align: 'center' }),
    text(content.issuedAt, { align: 'center' }),
    ...(content.voided ? [text(content.voided, { align: 'center', bold: true })] : []),
    rule(),
    ...content.patientLines.map((line) => text(line)),
    rule(),
    ...content.items.map((item) =>
      row(`${item.name} (${item.quantity} x ${item.unitPrice})`, item.amount),
    ),
    rule(),
    ...content.totals.map((total) => row(total.label, total.value, { bold: total.bold })),
    text(content.method),
    text(content.words),
    feed(1),
    text(`${content.cashierLabel}: ${content.cashierName}`),
    text(content.footer, { align: 'center' }),
    feed(1),
  ];
  return { blocks };
}

const noBorders = { hLineWidth: () => 0, vLineWidth: () => 0, paddingLeft: () => 0 };

function totalsTable(content: ReceiptContent, widths: [string | number, string | number]): Content {
  return {
    table: {
      widths,
      body: content.totals.map((total) => [
        { text: total.label, bold: total.bold },
        { text: total.value, bold: total.bold, alignment: 'right', noWrap: true },
      ]),
    },
    layout: noBorders,
    margin: [0, 4, 0, 4],
  };
}

function header(content: ReceiptContent, titleSize: number): Content[] {
  return [
    { text: content.facilityName, bold: true, alignment: 'center' },
    ...content.facilityLines.map((line): Content => ({ text: line, alignment: 'center' })),
    {
      text: content.title,
      bold: true,
      fontSize: titleSize,
      alignment: 'center',
      margin: [0, 6, 0, 2],
    },
    { text: content.numberLine, alignment: 'center' },
    { text: content.issuedAt, alignment: 'center' },
    ...(content.voided
      ? [{ text: content.voided, bold: true, color: '#c92a2a', alignment: 'center' } as Content]
      : []),
  ];
}

/** An 80 mm roll, as long as its content: for printing through the OS driver. */
function rollReceipt(content: ReceiptContent): TDocumentDefinitions {
  return {
    pageSize: { width: mm(80), height: 'auto' },
    pageMargins: mm(4),
    info: { title: `${content.title} ${content.fileStem}` },
    defaultStyle: { fontSize: 8.5 },
    content: [
      ...header(content, 12),
      { canvas: [{ type: 'line', x1: 0, y1: 4, x2: mm(72), y2: 4, lineWidth: 0.5 }] },
      { stack: content.patientLines, margin: [0, 6, 0, 4] },
      {
        table: {
          widths: ['*', 'auto'],
          body: content.items.map((item) => [
            {
              text: [item.name, { text: `\n${item.quantity} x ${item.unitPrice}`, color: '#444' }],
            },
            { text: item.amount, alignment: 'right', noWrap: true },
          ]),
        },
        layout: { ...noBorders, paddingBottom: () => 2 },
      },
      totalsTable(content, ['*', 'auto']),
      { text: content.method },
      { text: content.words, italics: true, margin: [0, 2, 0, 8] },
      { text: content.cashierLabel, alignment: 'right' },
      { text: content.cashierName, bold: true, alignment: 'right', margin: [0, 24, 0, 8] },
      { text: content.footer, alignment: 'center', italics: true },
    ],
  };
}

function itemRows(content: ReceiptContent): TableCell[][] {
  const head = content.columns.map((label): TableCell => ({
    text: label,
    bold: true,
    alignment: 'center',
  }));
  const right = (text: string): TableCell => ({ text, alignment: 'right' });
  return [
    head,
    ...content.items.map((item, index): TableCell[] => [
      { text: String(index + 1), alignment: 'center' },
      item.name,
      right(item.quantity),
      right(item.unitPrice),
      right(item.amount),
    ]),
  ];
}

/** A5 portrait: the same content with the items in a ruled table and two signatures. */
function sheetReceipt(content: ReceiptContent): TDocumentDefinitions {
  return {
    pageSize: 'A5',
    pageMargins: [mm(12), mm(10), mm(12), mm(10)],
    info: { title: `${content.title} ${content.fileStem}` },
    defaultStyle: { fontSize: 10 },
    content: [
      ...header(content, 15),
      { stack: content.patientLines, margin: [0, 8, 0, 6] },
      {
        table: {
          headerRows: 1,
          widths: [24, '*', 'auto', 'auto', 'auto'],
          body: itemRows(content),
        },
        layout: 'lightHorizontalLines',
      },
      totalsTable(content, ['*', 'auto']),
      { text: content.method },
      { text: content.words, italics: true, margin: [0, 2, 0, 12] },
      {
        columns: [
          { text: content.payerLabel, alignment: 'center', bold: true },
          {
            stack: [
              { text: content.cashierLabel, bold: true },
              { text: content.cashierName, margin: [0, 36, 0, 0] },
            ],
            alignment: 'center',
          },
        ],
      },
      { text: content.footer, alignment: 'center', italics: true, margin: [0, 16, 0, 0] },
    ],
  };
}

export function receiptPdfDocument(
  content: ReceiptContent,
  format: ReceiptFormat,
): TDocumentDefinitions {
  return format === 'A5' ? sheetReceipt(content) : rollReceipt(content);
}
