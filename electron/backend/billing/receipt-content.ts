import { and, eq, lt, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { payments, users, type BilledSnapshot } from '../../../db/schema';
import { formatLocalDateTime } from '../../../shared/domain/dates';
import { formatVnd, vndInWords } from '../../../shared/domain/money';
import { formatUnitPrice, fromMilli } from '../../../shared/domain/unit-price';
import { formatReceiptNumber } from '../../../shared/domain/payment';
import { translate, type MessageKey, type MessageParams } from '../../../shared/i18n';
import { notFound } from '../errors';
import { getPatientRow } from '../patients/registry';
import { readSection } from '../settings/store';
import { getVisitRow } from '../visits/visits';
import { getInvoiceRow, invoiceLinesOf } from './invoices';
import { getPaymentRow } from './ledger';

export interface ReceiptItem {
  name: string;
  quantity: string;
  unitPrice: string;
  amount: string;
}

export interface ReceiptTotal {
  label: string;
  value: string;
  bold: boolean;
}

/**
 * Everything a receipt says, as text, made once: the PDF (80 mm and A5) and the thermal
 * printer lay out this same content, so what the patient holds never depends on the printer.
 * Receipts are the patient's, so they are in Vietnamese whatever the cashier's language.
 */
export interface ReceiptContent {
  facilityName: string;
  facilityLines: string[];
  title: string;
  /** Ký hiệu, quyển and số. */
  numberLine: string;
  issuedAt: string;
  /** "ĐÃ HỦY …" when the payment was voided. */
  voided: string | null;
  patientLines: string[];
  /** Headings of the item table (A5): number, item, quantity, unit price, amount. */
  columns: string[];
  items: ReceiptItem[];
  totals: ReceiptTotal[];
  words: string;
  method: string;
  cashierLabel: string;
  cashierName: string;
  payerLabel: string;
  footer: string;
  /** For file names: "01-0000012". */
  fileStem: string;
}

const vi = (key: MessageKey, params?: MessageParams): string => translate('vi', key, params);

/** The bill as it stands, for the receipt of a payment taken now. */
export function billedSnapshot(db: Db, invoiceId: number): BilledSnapshot {
  const invoice = getInvoiceRow(db, invoiceId);
  return {
    total: invoice.total,
    insurancePays: invoice.insurancePays,
    coPay: invoice.coPay,
    patientPays: invoice.patientPays,
    patientDue: invoice.patientDue,
    benefitPercent: invoice.benefitPercent,
    lines: invoiceLinesOf(db, invoiceId).map((line) => ({
      name: line.name,
      quantity: line.quantity,
      unit: line.unit,
      unitPrice: fromMilli(line.unitPriceMilli),
      total: line.total,
    })),
  };
}

/**
 * The content of the receipt of one payment, or of the phiếu chi of a refund (not of a void:
 * a void stamps the receipt it reverses).
 */
export function receiptContent(db: Db, paymentId: number): ReceiptContent {
  const payment = getPaymentRow(db, paymentId);
  if (payment.kind === 'void' || payment.receiptNumber === null || !payment.receiptBook) {
    throw notFound('billing.receipt.notAReceipt');
  }
  const isRefund = payment.kind === 'refund';
  const invoice = getInvoiceRow(db, payment.invoiceId);
  // What the bill was when this payment was taken, not what it became since.
  const billed = payment.billed ?? billedSnapshot(db, invoice.id);
  const visit = getVisitRow(db, invoice.visitId);
  const patient = getPatientRow(db, invoice.patientId);
  const facility = readSection(db, 'facility');
  const { receiptSeries } = readSection(db, 'cashier');
  const cashier = db.select().from(users).where(eq(users.id, payment.cashierId)).get();
  const before =
    db
      .select({ paid: sql<number>`coalesce(sum(${payments.amount}), 0)` })
      .from(payments)
      .where(and(eq(payments.invoiceId, invoice.id), lt(payments.id, payment.id)))
      .get()?.paid ?? 0;
  const voidRow = db.select().from(payments).where(eq(payments.reversesId, payment.id)).get();
  const number = formatReceiptNumber(payment.receiptNumber);
  const money = (label: MessageKey, amount: number, bold = false): ReceiptTotal => ({
    label: vi(label),
    value: formatVnd(amount),
    bold,
  });
  const insured = visit.kind === 'bhyt';
  const totals: ReceiptTotal[] = [
    money('billing.receipt.total', billed.total),
    ...(insured || billed.insurancePays > 0
      ? [
          money('billing.receipt.insurancePays', billed.insurancePays),
          money('billing.receipt.coPay', billed.coPay),
          money('billing.receipt.patientPays', billed.patientPays),
        ]
      : []),
    money('billing.receipt.patientDue', billed.patientDue, true),
    ...(isRefund
      ? [
          money('billing.refund.paidBefore', before),
          money('billing.refund.amount', -payment.amount, true),
        ]
      : [
          ...(before > 0 ? [money('billing.receipt.paidBefore', before)] : []),
          money('billing.receipt.amount', payment.amount, true),
        ]),
    ...(payment.tendered !== null && payment.change !== null
      ? [
          money('billing.receipt.tendered', payment.tendered),
          money('billing.receipt.change', payment.change),
        ]
      : []),
  ];
  const remaining = billed.patientDue - before - payment.amount;
  if (remaining > 0) totals.push(money('billing.receipt.remaining', remaining, true));
  const reason =
    isRefund && payment.reason ? [vi('billing.refund.reason', { reason: payment.reason })] : [];
  const card = visit.bhytCode
    ? [vi('billing.receipt.card', { code: visit.bhytCode, percent: billed.benefitPercent })]
    : [];
  return {
    facilityName: facility.name.toUpperCase(),
    facilityLines: [
      facility.address,
      facility.phone ? vi('billing.receipt.phone', { phone: facility.phone }) : '',
    ].filter(Boolean),
    title: vi(isRefund ? 'billing.refund.title' : 'billing.receipt.title'),
    numberLine: [
      receiptSeries && !isRefund ? vi('billing.receipt.series', { series: receiptSeries }) : '',
      vi(isRefund ? 'billing.refund.number' : 'billing.receipt.number', {
        book: payment.receiptBook,
        number,
      }),
    ]
      .filter(Boolean)
      .join(' - '),
    issuedAt: vi('billing.receipt.issuedAt', { at: formatLocalDateTime(payment.at) }),
    voided: voidRow ? vi('billing.receipt.voided', { reason: voidRow.reason ?? '' }) : null,
    patientLines: [
      vi('billing.receipt.patient', { name: patient.fullName, year: patient.birthYear }),
      vi('billing.receipt.patientCode', { code: patient.code, number: visit.queueNumber }),
      ...card,
      ...reason,
    ],
    columns: (
      [
        'billing.statement.col.no',
        'billing.statement.col.item',
        'billing.statement.col.quantity',
        'billing.statement.col.unitPrice',
        'billing.statement.col.amount',
      ] as const
    ).map((key) => vi(key)),
    items: billed.lines.map((line) => ({
      name: line.name,
      quantity: `${line.quantity} ${line.unit}`,
      unitPrice: formatUnitPrice(line.unitPrice),
      amount: formatVnd(line.total),
    })),
    totals,
    words: vi('billing.receipt.words', { words: vndInWords(Math.abs(payment.amount)) }),
    method: vi(`billing.method.${payment.method}`),
    cashierLabel: vi(isRefund ? 'billing.refund.payer' : 'billing.receipt.cashier'),
    cashierName: cashier?.fullName ?? '',
    payerLabel: vi(isRefund ? 'billing.refund.receiver' : 'billing.receipt.payer'),
    footer: vi('billing.receipt.footer'),
    fileStem: `${isRefund ? 'PC-' : ''}${payment.receiptBook}-${number}`,
  };
}
