import type { TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { ShiftView } from '../../../shared/api';
import { formatLocalDateTime } from '../../../shared/domain/dates';
import { formatVnd } from '../../../shared/domain/money';
import { formatReceiptNumber } from '../../../shared/domain/payment';
import { translate, type MessageKey, type MessageParams } from '../../../shared/i18n';
import { mm } from '../documents/pdf';

const vi = (key: MessageKey, params?: MessageParams): string => translate('vi', key, params);
const right = (text: string, bold = false): TableCell => ({ text, alignment: 'right', bold });
const head = (keys: MessageKey[]): TableCell[] =>
  keys.map((key) => ({ text: vi(key), bold: true, alignment: 'center' }));

/** The shift report for the drawer hand-over: totals by cashier and method, every receipt. */
export function shiftReportDocument(shift: ShiftView, facilityName: string): TDocumentDefinitions {
  const totals: TableCell[][] = [
    head([
      'billing.shift.col.cashier',
      'billing.shift.col.method',
      'billing.shift.col.receipts',
      'billing.shift.col.collected',
      'billing.shift.col.voids',
      'billing.shift.col.refunded',
      'billing.shift.col.net',
    ]),
    ...shift.totals.map((t) => [
      t.cashierName,
      vi(`billing.method.${t.method}`),
      right(String(t.payments)),
      right(formatVnd(t.collected)),
      right(String(t.voids)),
      right(formatVnd(t.refunded)),
      right(formatVnd(t.net), true),
    ]),
    [
      { text: vi('billing.shift.total'), colSpan: 6, bold: true },
      '',
      '',
      '',
      '',
      '',
      right(formatVnd(shift.net), true),
    ],
  ];
  const ledger: TableCell[][] = [
    head([
      'billing.shift.col.receipt',
      'billing.shift.col.time',
      'billing.shift.col.patient',
      'billing.shift.col.method',
      'billing.shift.col.amount',
    ]),
    ...shift.payments.map((p) => [
      p.receiptNumber === null
        ? vi('billing.shift.voidOf', { id: p.reversesId ?? 0 })
        : p.kind === 'refund'
          ? vi('billing.shift.refundNo', {
              book: p.receiptBook ?? '',
              number: formatReceiptNumber(p.receiptNumber),
            })
          : `${p.receiptBook}/${formatReceiptNumber(p.receiptNumber)}`,
      formatLocalDateTime(p.at),
      p.patientName,
      vi(`billing.method.${p.method}`),
      right(formatVnd(p.amount)),
    ]),
  ];
  const cash: Array<[MessageKey, string]> = [
    ['billing.shift.netCash', formatVnd(shift.netCash)],
    ['billing.shift.netTransfer', formatVnd(shift.netTransfer)],
    ...(shift.countedCash !== null && shift.cashDifference !== null
      ? ([
          ['billing.shift.countedCash', formatVnd(shift.countedCash)],
          ['billing.shift.difference', formatVnd(shift.cashDifference)],
        ] as Array<[MessageKey, string]>)
      : []),
  ];
  return {
    pageSize: 'A4',
    pageMargins: mm(15),
    info: { title: `${vi('billing.shift.reportTitle')} ${shift.shiftId}` },
    defaultStyle: { fontSize: 10 },
    content: [
      { text: facilityName.toUpperCase(), bold: true },
      {
        text: vi('billing.shift.reportTitle'),
        bold: true,
        fontSize: 14,
        alignment: 'center',
        margin: [0, 8, 0, 2],
      },
      {
        text: vi('billing.shift.period', {
          id: shift.shiftId,
          from: formatLocalDateTime(shift.openedAt),
          to: shift.closedAt ? formatLocalDateTime(shift.closedAt) : vi('billing.shift.stillOpen'),
        }),
        alignment: 'center',
        margin: [0, 0, 0, 10],
      },
      {
        table: {
          headerRows: 1,
          widths: ['*', 'auto', 'auto', 'auto', 'auto', 'auto', 'auto'],
          body: totals,
        },
      },
      {
        table: {
          widths: ['*', 'auto'],
          body: cash.map(([key, value]) => [vi(key), right(value, true)]),
        },
        layout: 'noBorders',
        margin: [0, 10, 0, 10],
      },
      ...(shift.note ? [{ text: vi('billing.shift.noteLine', { note: shift.note }) }] : []),
      { text: vi('billing.shift.ledger'), bold: true, margin: [0, 6, 0, 4] },
      {
        table: { headerRows: 1, widths: ['auto', 'auto', '*', 'auto', 'auto'], body: ledger },
        layout: 'lightHorizontalLines',
        fontSize: 9,
      },
      {
        columns: (
          [
            'billing.shift.sign.cashier',
            'billing.shift.sign.receiver',
            'billing.shift.sign.head',
          ] as const
        ).map((key) => ({
          stack: [
            { text: vi(key), bold: true },
            { text: vi('billing.statement.signHint'), italics: true, fontSize: 8 },
          ],
          alignment: 'center' as const,
        })),
        margin: [0, 24, 0, 0],
      },
    ],
  };
}
