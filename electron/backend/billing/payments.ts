import type Database from 'better-sqlite3';
import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { payments, users, type InvoiceRow } from '../../../db/schema';
import type { ParsedInputOf, PaymentResult, PaymentView } from '../../../shared/api';
import { checkPayment } from '../../../shared/domain/payment';
import { visitIs } from '../../../shared/domain/queue';
import { buildVietQr } from '../../../shared/domain/vietqr';
import { formatVnd } from '../../../shared/domain/money';
import { assertMoneyOpen } from '../claims/freeze';
import { AppError, conflict, invalidField } from '../errors';
import { once, type Once } from '../requests';
import { nextSequence } from '../sequences';
import { readSection } from '../settings/store';
import { getVisitRow } from '../visits/visits';
import { getInvoiceRow } from './invoices';
import { getPaymentRow, paidOn, paymentView } from './ledger';
import { billedSnapshot } from './receipt-content';
import { balanceOf, syncSettlement } from './settlement';
import { shiftForPayment } from './shifts';

export interface PayContext {
  db: Db;
  sqlite: Database.Database;
  now: Date;
  userId: number;
}

/** The transfer note a bank statement shows, so a transfer can be matched to its bill. */
export function transferReference(invoiceId: number): string {
  return `HD${invoiceId}`;
}

/** The VietQR payload for paying `amount` on an invoice, or null while no bank is set. */
export function vietQrFor(db: Db, invoiceId: number, amount: number): string | null {
  const bank = readSection(db, 'cashier');
  if (!bank.bankBin || !bank.bankAccount) return null;
  const outcome = buildVietQr({
    bankBin: bank.bankBin,
    accountNumber: bank.bankAccount,
    amount,
    reference: transferReference(invoiceId),
    merchantName: bank.payee,
  });
  if (outcome.ok) return outcome.payload;
  const [first] = outcome.problems;
  throw new AppError('CONFLICT', first?.key ?? 'billing.vietqr.notConfigured', {
    ...(first?.params && { params: first.params }),
  });
}

/** The bill the cashier saw: anything else is refused with the figures as they are now. */
function assertAsSeen(db: Db, invoice: InvoiceRow, expectedTotal: number): void {
  if (invoice.total === expectedTotal) return;
  const balance = balanceOf(db, invoice);
  throw new AppError('CONFLICT', 'billing.pay.invoiceChanged', {
    params: { total: formatVnd(invoice.total), due: formatVnd(balance.due) },
    details: {
      invoiceId: invoice.id,
      total: invoice.total,
      patientDue: invoice.patientDue,
      ...balance,
    },
  });
}

/**
 * Takes a payment on an invoice: checks it against the bill the cashier saw and what is owed,
 * numbers its receipt in the current receipt book, and finishes the visit when the patient's
 * share is settled. A retry with the same requestId gives the first receipt back.
 */
export function pay(ctx: PayContext, input: ParsedInputOf<'billing.pay'>): Once<PaymentResult> {
  return once(ctx, 'billing.pay', input, () => takePayment(ctx, input));
}

function takePayment(ctx: PayContext, input: ParsedInputOf<'billing.pay'>): PaymentResult {
  const { db } = ctx;
  const invoice = getInvoiceRow(db, input.invoiceId);
  const visit = getVisitRow(db, invoice.visitId);
  if (!visitIs(visit.status, 'billable')) {
    throw conflict('billing.invoice.notReady', { status: visit.status });
  }
  assertAsSeen(db, invoice, input.expectedTotal);
  const before = balanceOf(db, invoice);
  if (before.refundDue > 0) {
    throw conflict('billing.pay.refundDue', { amount: formatVnd(before.refundDue) });
  }
  const check = checkPayment({
    due: before.due,
    method: input.method,
    amount: input.amount,
    ...(input.tendered !== undefined && { tendered: input.tendered }),
  });
  if (!check.ok) throw invalidField(check.field, check.problem.key, check.problem.params);

  let receipt: PaymentView | null = null;
  let vietQr: string | null = null;
  if (input.amount > 0) {
    const shift = shiftForPayment(db, ctx.userId, ctx.now);
    const book = readSection(db, 'cashier').receiptBook;
    const reference = input.method === 'transfer' ? transferReference(invoice.id) : null;
    if (input.method === 'transfer') vietQr = vietQrFor(db, invoice.id, input.amount);
    const row = db
      .insert(payments)
      .values({
        invoiceId: invoice.id,
        shiftId: shift.id,
        kind: 'payment',
        method: input.method,
        amount: input.amount,
        tendered: check.tendered,
        change: check.tendered === null ? null : check.change,
        receiptBook: book,
        receiptNumber: nextSequence(ctx.sqlite, `receipt:${book}`),
        reference,
        cashierId: ctx.userId,
        at: ctx.now.toISOString(),
        billed: billedSnapshot(db, invoice.id),
      })
      .returning()
      .get();
    receipt = paymentView(db, row.id);
  }
  const settled = syncSettlement(db, invoice, ctx.now, { settleZero: input.amount === 0 });
  const after = balanceOf(db, settled);
  return {
    invoiceId: invoice.id,
    receipt,
    change: check.change,
    paid: after.paid,
    due: after.due,
    refundDue: after.refundDue,
    settled: settled.settledAt !== null,
    visitStatus: getVisitRow(db, invoice.visitId).status,
    vietQr,
  };
}

/** Admins and cashiers marked as supervisors may void and refund. */
export function maySupervise(db: Db, userId: number): boolean {
  const row = db
    .select({ roles: users.roles, supervisor: users.cashierSupervisor })
    .from(users)
    .where(eq(users.id, userId))
    .get();
  return Boolean(row && (row.supervisor || row.roles.includes('admin')));
}

/**
 * Reverses a payment or a refund in full with a ledger row of the opposite sign in the voiding
 * user's open shift: the original and its (possibly closed) shift stay as they were. The bill
 * is owed (or owed back) again and the cashier's list shows it. A payment a refund stands on
 * is refused until the refund is voided, so the net paid never goes below zero.
 */
export function voidPayment(
  ctx: PayContext,
  input: ParsedInputOf<'billing.void'>,
): Once<PaymentView> {
  const { db } = ctx;
  if (!maySupervise(db, ctx.userId)) throw new AppError('FORBIDDEN', 'billing.void.notAllowed');
  return once(ctx, 'billing.void', input, () => {
    const original = getPaymentRow(db, input.paymentId);
    if (original.kind === 'void') throw conflict('billing.void.notAPayment');
    const voided = db.select().from(payments).where(eq(payments.reversesId, original.id)).get();
    if (voided) throw conflict('billing.void.already', { id: voided.id });
    const invoice = getInvoiceRow(db, original.invoiceId);
    assertMoneyOpen(db, getVisitRow(db, invoice.visitId));
    if (paidOn(db, invoice.id) - original.amount < 0) throw conflict('billing.void.refundFirst');
    const shift = shiftForPayment(db, ctx.userId, ctx.now);
    const row = db
      .insert(payments)
      .values({
        invoiceId: original.invoiceId,
        shiftId: shift.id,
        kind: 'void',
        method: original.method,
        amount: -original.amount,
        reference: original.reference,
        reversesId: original.id,
        reason: input.reason,
        cashierId: ctx.userId,
        at: ctx.now.toISOString(),
      })
      .returning()
      .get();
    syncSettlement(db, invoice, ctx.now);
    return paymentView(db, row.id);
  });
}
