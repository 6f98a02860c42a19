import type { billingApi } from '../../../shared/api/billing';
import type { HandlersFor, UserCtx } from '../context';
import { conflict } from '../errors';
import { pdfFile } from '../documents/pdf';
import { readSection } from '../settings/store';
import { costStatementDocument } from './cost-statement';
import { getInvoiceRow, invoiceForVisit } from './invoices';
import { awaitingVisits, invoiceView } from './invoice-view';
import { getPaymentRow, paidOn } from './ledger';
import { maySupervise, pay, transferReference, vietQrFor, voidPayment } from './payments';
import { receiptContent } from './receipt-content';
import { receiptPdfDocument } from './receipt-layouts';
import { closeShift, openShift, recentShifts, shiftScope, shiftView } from './shifts';
import { qrPng } from './vietqr-image';

const payContext = (ctx: UserCtx) => ({
  db: ctx.db,
  sqlite: ctx.sqlite,
  now: ctx.now,
  userId: ctx.user.id,
});

export const billingHandlers: HandlersFor<typeof billingApi> = {
  'billing.awaiting': (ctx) => awaitingVisits(ctx.db),

  'billing.invoice': (ctx, { visitId }) => {
    const invoice = invoiceForVisit(ctx.db, visitId, ctx.now);
    ctx.audit.note({
      patientId: invoice.patientId,
      entity: 'invoice',
      entityId: String(invoice.id),
      detail: { visitId, total: invoice.total, patientDue: invoice.patientDue },
    });
    return invoiceView(ctx.db, invoice);
  },

  'billing.pay': (ctx, input) => {
    const result = pay(payContext(ctx), input);
    const invoice = getInvoiceRow(ctx.db, input.invoiceId);
    ctx.audit.note({
      patientId: invoice.patientId,
      entity: 'payment',
      entityId: result.receipt ? String(result.receipt.id) : `invoice:${invoice.id}`,
      detail: {
        invoiceId: invoice.id,
        method: input.method,
        amount: input.amount,
        ...(result.receipt && {
          receipt: `${result.receipt.receiptBook}/${result.receipt.receiptNumber}`,
        }),
        settled: result.settled,
      },
    });
    return result;
  },

  'billing.transferQr': async (ctx, input) => {
    const invoice = getInvoiceRow(ctx.db, input.invoiceId);
    const amount = input.amount ?? invoice.patientDue - paidOn(ctx.db, invoice.id);
    if (amount <= 0) throw conflict('billing.pay.nothingDue');
    const payload = vietQrFor(ctx.db, invoice.id, amount);
    if (!payload) throw conflict('billing.vietqr.notConfigured');
    const bank = readSection(ctx.db, 'cashier');
    return {
      payload,
      png: await qrPng(payload),
      amount,
      reference: transferReference(invoice.id),
      bankName: bank.bankName,
      account: bank.bankAccount,
      payee: bank.payee,
    };
  },

  'billing.void': (ctx, input) => {
    const { payment, invoice } = voidPayment(payContext(ctx), input);
    ctx.audit.note({
      patientId: invoice.patientId,
      entity: 'payment',
      entityId: String(input.paymentId),
      detail: { voidId: payment.id, amount: payment.amount, reason: input.reason },
    });
    return payment;
  },

  'billing.currentShift': (ctx) => {
    const shift = openShift(ctx.db, shiftScope(ctx.db, ctx.user.id));
    return shift ? shiftView(ctx.db, shift) : null;
  },

  'billing.closeShift': (ctx, input) => {
    const closed = closeShift(
      ctx.db,
      input,
      { id: ctx.user.id, mayOverride: maySupervise(ctx.db, ctx.user.id) },
      ctx.now,
    );
    const view = shiftView(ctx.db, closed);
    ctx.audit.note({
      entity: 'shift',
      entityId: String(closed.id),
      detail: {
        net: view.net,
        netCash: view.netCash,
        netTransfer: view.netTransfer,
        countedCash: view.countedCash,
      },
    });
    return view;
  },

  'billing.shifts': (ctx, { limit }) =>
    recentShifts(ctx.db, limit).map((shift) => shiftView(ctx.db, shift)),

  'billing.shiftReport': (ctx, input) => ctx.jobs.run('billing.shiftReport', input),

  'billing.receipt': async (ctx, { paymentId, format }) => {
    const content = receiptContent(ctx.db, paymentId);
    const invoice = getInvoiceRow(ctx.db, getPaymentRow(ctx.db, paymentId).invoiceId);
    ctx.audit.record('billing.receipt', {
      patientId: invoice.patientId,
      entity: 'payment',
      entityId: String(paymentId),
    });
    return pdfFile(
      ctx.config.resourcesDir,
      `bien-lai-${content.fileStem}-${format}.pdf`,
      receiptPdfDocument(content, format),
    );
  },

  'billing.costStatement': async (ctx, { invoiceId }) => {
    const invoice = getInvoiceRow(ctx.db, invoiceId);
    ctx.audit.record('billing.costStatement', {
      patientId: invoice.patientId,
      entity: 'invoice',
      entityId: String(invoiceId),
    });
    return pdfFile(
      ctx.config.resourcesDir,
      `bang-ke-01bv-${invoiceId}.pdf`,
      costStatementDocument(ctx.db, invoice),
    );
  },
};
