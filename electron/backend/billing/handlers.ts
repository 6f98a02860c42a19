import type { ShiftView } from '../../../shared/api';
import type { billingApi } from '../../../shared/api/billing';
import { anchorAuditHead } from '../audit/anchors';
import { patientsOf } from '../audit/patients-of';
import type { HandlersFor, UserCtx } from '../context';
import { conflict } from '../errors';
import { pdfFile } from '../documents/pdf';
import { readSection } from '../settings/store';
import { costStatementDocument } from './cost-statement';
import { getInvoiceRow, readInvoice } from './invoices';
import { awaitingVisits, invoiceView } from './invoice-view';
import { getPaymentRow } from './ledger';
import { maySupervise, pay, transferReference, vietQrFor, voidPayment } from './payments';
import { receiptContent } from './receipt-content';
import { refund } from './refunds';
import { balanceOf } from './settlement';
import { receiptPdfDocument } from './receipt-layouts';
import { shiftReportDocument } from './shift-report';
import { closeShift, getShiftRow, openShift, recentShifts, shiftScope, shiftView } from './shifts';
import { qrPng } from './vietqr-image';

/** The patients named on shifts' payment lists (for the read entry). */
function shiftPatients(ctx: UserCtx, views: readonly ShiftView[]): number[] {
  const invoiceIds = views.flatMap((view) => view.payments.map((p) => p.invoiceId));
  return patientsOf(ctx.sqlite, 'invoices', invoiceIds);
}

const payContext = (ctx: UserCtx) => ({
  db: ctx.db,
  sqlite: ctx.sqlite,
  now: ctx.now,
  userId: ctx.user.id,
});

export const billingHandlers: HandlersFor<typeof billingApi> = {
  'billing.awaiting': (ctx) => {
    const visits = awaitingVisits(ctx.db);
    ctx.audit.read(visits.map((visit) => visit.patientId));
    return visits;
  },

  // A read: the bill was priced by the write that last changed it. Who looked is recorded.
  'billing.invoice': (ctx, { visitId }) => {
    const invoice = readInvoice(ctx.db, visitId);
    ctx.audit.record('billing.invoice', {
      patientId: invoice.patientId,
      entity: 'invoice',
      entityId: String(invoice.id),
      detail: { visitId, total: invoice.total, patientDue: invoice.patientDue },
    });
    return invoiceView(ctx.db, invoice);
  },

  'billing.pay': (ctx, input) => {
    const { value: result, replayed } = pay(payContext(ctx), input);
    const invoice = getInvoiceRow(ctx.db, input.invoiceId);
    ctx.audit.note({
      patientId: invoice.patientId,
      entity: 'payment',
      entityId: result.receipt ? String(result.receipt.id) : `invoice:${invoice.id}`,
      detail: {
        invoiceId: invoice.id,
        method: input.method,
        amount: input.amount,
        requestId: input.requestId,
        ...(replayed && { replayed: true }),
        ...(result.receipt && {
          receipt: `${result.receipt.receiptBook}/${result.receipt.receiptNumber}`,
        }),
        settled: result.settled,
      },
    });
    return result;
  },

  'billing.refund': (ctx, input) => {
    const { value: result, replayed } = refund(payContext(ctx), input);
    const invoice = getInvoiceRow(ctx.db, input.invoiceId);
    ctx.audit.note({
      patientId: invoice.patientId,
      entity: 'payment',
      entityId: String(result.refund.id),
      detail: {
        invoiceId: invoice.id,
        amount: result.refund.amount,
        voucher: `${result.refund.receiptBook}/${result.refund.receiptNumber}`,
        reason: result.refund.reason,
        requestId: input.requestId,
        ...(replayed && { replayed: true }),
      },
    });
    return result;
  },

  'billing.transferQr': async (ctx, input) => {
    const invoice = getInvoiceRow(ctx.db, input.invoiceId);
    const amount = input.amount ?? balanceOf(ctx.db, invoice).due;
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
    const { value: payment, replayed } = voidPayment(payContext(ctx), input);
    const invoice = getInvoiceRow(ctx.db, payment.invoiceId);
    ctx.audit.note({
      patientId: invoice.patientId,
      entity: 'payment',
      entityId: String(input.paymentId),
      detail: {
        voidId: payment.id,
        amount: payment.amount,
        reason: input.reason,
        ...(input.requestId && { requestId: input.requestId }),
        ...(replayed && { replayed: true }),
      },
    });
    return payment;
  },

  'billing.currentShift': (ctx) => {
    const shift = openShift(ctx.db, shiftScope(ctx.db, ctx.user.id));
    const view = shift ? shiftView(ctx.db, shift) : null;
    ctx.audit.read(shiftPatients(ctx, view ? [view] : []));
    return view;
  },

  'billing.closeShift': (ctx, input) => {
    const closed = closeShift(
      ctx.db,
      input,
      { id: ctx.user.id, mayOverride: maySupervise(ctx.db, ctx.user.id) },
      ctx.now,
    );
    const view = shiftView(ctx.db, closed);
    // The audit chain's head, copied outside the database at every shift close.
    ctx.afterCommit(() => anchorAuditHead(ctx, 'shiftClose', { ref: `shift:${closed.id}` }));
    ctx.audit.note({
      patientIds: shiftPatients(ctx, [view]),
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

  'billing.shifts': (ctx, { limit }) => {
    const views = recentShifts(ctx.db, limit).map((shift) => shiftView(ctx.db, shift));
    ctx.audit.read(shiftPatients(ctx, views));
    return views;
  },

  'billing.shiftReport': async (ctx, { shiftId }) => {
    const view = shiftView(ctx.db, getShiftRow(ctx.db, shiftId));
    ctx.audit.read(shiftPatients(ctx, [view]), { entity: 'shift', entityId: String(shiftId) });
    return pdfFile(
      ctx.config.resourcesDir,
      `bao-cao-ket-ca-${shiftId}.pdf`,
      shiftReportDocument(view, readSection(ctx.db, 'facility').name),
    );
  },

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
