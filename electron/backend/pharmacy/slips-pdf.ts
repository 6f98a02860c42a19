import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { DispensePrescriptionView, GoodsReceiptView } from '../../../shared/api';
import { formatIsoDate, formatLocalDateTime } from '../../../shared/domain/dates';
import { groupThousands, vndInWords } from '../../../shared/domain/money';
import { nameWithStrength } from '../../../shared/domain/prescription';
import { translate, type MessageKey, type MessageParams } from '../../../shared/i18n';
import { mm } from '../documents/pdf';

/** Slips are kept with the station's papers: always Vietnamese. */
const vi = (key: MessageKey, params?: MessageParams): string => translate('vi', key, params);

const th = (text: string): TableCell => ({ text, bold: true, alignment: 'center' });
const right = (text: string, bold = false): TableCell => ({
  text,
  bold,
  alignment: 'right',
  noWrap: true,
});

function heading(facility: string, title: string, lines: string[]): Content[] {
  return [
    { text: facility.toUpperCase(), bold: true },
    { text: title, bold: true, fontSize: 14, alignment: 'center', margin: [0, 8, 0, 2] },
    ...lines.map((line): Content => ({ text: line, alignment: 'center' })),
  ];
}

/** Signature blocks side by side, each with room to sign and a place for the name. */
function signatures(roles: MessageKey[]): Content {
  return {
    columns: roles.map((role) => ({
      stack: [
        { text: vi(role), bold: true },
        { text: vi('pharmacy.slip.signHint'), italics: true, fontSize: 8 },
      ],
      alignment: 'center',
    })),
    margin: [0, 16, 0, 48],
  };
}

/** Phiếu nhập kho on A4: the receipt's lines, total in figures and words, four signatures. */
export function goodsReceiptSlip(
  receipt: GoodsReceiptView,
  facility: string,
): TDocumentDefinitions {
  const body: TableCell[][] = [
    [
      th(vi('pharmacy.slip.no')),
      th(vi('pharmacy.receipt.drug')),
      th(vi('pharmacy.slip.unit')),
      th(vi('pharmacy.receipt.lot')),
      th(vi('pharmacy.receipt.expiry')),
      th(vi('pharmacy.receipt.quantity')),
      th(vi('pharmacy.receipt.unitCost')),
      th(vi('pharmacy.slip.amount')),
    ],
    ...receipt.lines.map((line, index): TableCell[] => [
      { text: String(index + 1), alignment: 'center' },
      line.drugName,
      line.unit,
      line.lot,
      formatIsoDate(line.expiry),
      right(groupThousands(line.quantity)),
      right(groupThousands(line.unitCost)),
      right(groupThousands(line.amount)),
    ]),
    [
      { text: vi('pharmacy.slip.total'), bold: true, colSpan: 7 },
      '',
      '',
      '',
      '',
      '',
      '',
      right(groupThousands(receipt.total), true),
    ],
  ];
  return {
    pageSize: 'A4',
    pageMargins: [mm(15), mm(12), mm(12), mm(12)],
    info: { title: `${vi('pharmacy.slip.receiptTitle')} ${receipt.id}` },
    defaultStyle: { fontSize: 10 },
    content: [
      ...heading(facility, vi('pharmacy.slip.receiptTitle'), [
        vi('pharmacy.slip.number', { id: receipt.id, date: formatIsoDate(receipt.date) }),
      ]),
      {
        stack: [
          vi('pharmacy.slip.supplier', { supplier: receipt.supplier ?? '—' }),
          vi('pharmacy.slip.invoiceNo', { invoiceNo: receipt.invoiceNo ?? '—' }),
          vi('pharmacy.slip.receivedBy', {
            name: receipt.receivedBy,
            time: formatLocalDateTime(receipt.receivedAt),
          }),
        ],
        margin: [0, 10, 0, 6],
      },
      {
        table: { headerRows: 1, widths: [22, '*', 34, 50, 58, 46, 54, 62], body },
        layout: { paddingTop: () => 3, paddingBottom: () => 3 },
      },
      {
        text: vi('pharmacy.slip.inWords', { words: vndInWords(receipt.total) }),
        italics: true,
        margin: [0, 6, 0, 0],
      },
      signatures([
        'pharmacy.slip.sign.maker',
        'pharmacy.slip.sign.deliverer',
        'pharmacy.slip.sign.keeper',
        'pharmacy.slip.sign.head',
      ]),
    ],
  };
}

/** Phiếu phát thuốc on A5: what was handed over for one prescription, batch by batch. */
export function dispensingSlip(
  view: DispensePrescriptionView,
  facility: string,
  printedAt: Date,
): TDocumentDefinitions {
  const body: TableCell[][] = [
    [
      th(vi('pharmacy.slip.no')),
      th(vi('pharmacy.receipt.drug')),
      th(vi('pharmacy.slip.prescribed')),
      th(vi('pharmacy.slip.given')),
      th(vi('pharmacy.slip.batches')),
    ],
    ...view.items.map((item, index): TableCell[] => [
      { text: String(index + 1), alignment: 'center' },
      {
        stack: [
          { text: nameWithStrength(item.drugName, item.strength), bold: true },
          { text: item.usage, italics: true, fontSize: 8.5 },
          ...(item.owed > 0
            ? [{ text: vi('pharmacy.slip.owed', { quantity: item.owed, unit: item.unit }) }]
            : []),
        ],
      },
      right(`${item.prescribed} ${item.unit}`),
      right(`${item.dispensed} ${item.unit}`),
      {
        stack: item.given.map((g) =>
          vi('pharmacy.slip.batch', {
            lot: g.lot,
            expiry: formatIsoDate(g.expiry),
            quantity: g.quantity,
          }),
        ),
        fontSize: 8.5,
      },
    ]),
  ];
  return {
    pageSize: 'A5',
    pageMargins: [mm(10), mm(10), mm(10), mm(10)],
    info: { title: `${vi('pharmacy.slip.dispenseTitle')} ${view.code}` },
    defaultStyle: { fontSize: 9.5 },
    content: [
      ...heading(facility, vi('pharmacy.slip.dispenseTitle'), [
        vi('pharmacy.slip.prescription', {
          code: view.code,
          date: formatIsoDate(view.visitDate),
        }),
      ]),
      {
        stack: [
          vi('pharmacy.slip.patient', { name: view.patient.fullName, code: view.patient.code }),
          vi('pharmacy.slip.doctor', { name: view.doctor }),
        ],
        margin: [0, 8, 0, 6],
      },
      {
        table: { headerRows: 1, widths: [20, '*', 46, 46, 96], body },
        layout: { paddingTop: () => 2, paddingBottom: () => 2 },
      },
      {
        text: vi('pharmacy.slip.printedAt', { time: formatLocalDateTime(printedAt.toISOString()) }),
        fontSize: 8,
        margin: [0, 4, 0, 0],
      },
      signatures(['pharmacy.slip.sign.dispenser', 'pharmacy.slip.sign.receiver']),
    ],
  };
}

/** The slip's file name: ASCII, no spaces. */
export const slipFileName = (stem: string, id: string | number): string =>
  `${stem}-${String(id).replace(/[^0-9A-Za-z-]/g, '')}.pdf`;
