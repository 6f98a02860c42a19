import type Database from 'better-sqlite3';
import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { invoices, payments, users, type InvoiceRow } from '../../../db/schema';
import type { ParsedInputOf, PaymentResult, PaymentView } from '../../../shared/api';
import { checkPayment } from '../../../shared/domain/payment';
import { VISIT_STEPS, visitIs } from '../../../shared/domain/queue';
import { buildVietQr } from '../../../shared/domain/vietqr';
import { AppError, conflict, invalidField } from '../errors';
import { nextSequence } from '../sequences';
import { readSection } from '../settings/store';
import { moveVisit } from '../visits/status';
import { getVisitRow } from '../visits/visits';
import { getInvoiceRow, invoiceIsStale, isFrozen } from './invoices';
import { getPaymentRow, paidOn, paymentView } from './ledger';
import { billedSnapshot } from './receipt-content';
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

function settle(ctx: PayContext, invoice: InvoiceRow): void {
  if (!invoice.settledAt) {
    ctx.db
      .update(invoices)
      .set({ settledAt: ctx.now.toISOString() })
      .where(eq(invoices.id, invoice.id))
      .run();
  }
  moveVisit(ctx.db, invoice.visitId, VISIT_STEPS.settle, ctx.now);
}

/**
 * Takes a payment on an invoice: checks it against what is owed, numbers its receipt in the
 * current receipt book, and finishes the visit when the patient's share is settled.
 */
export function pay(ctx: PayContext, input: ParsedInputOf<'billing.pay'>): PaymentResult {
  const { db } = ctx;
  const invoice = getInvoiceRow(db, input.invoiceId);
  const visit = getVisitRow(db, invoice.visitId);
  if (!visitIs(visit.status, 'billable')) {
    throw conflict('billing.invoice.notReady', { status: visit.status });
  }
  // What the cashier showed must still be the bill: orders or dispensing may have moved since.
  if (!isFrozen(db, invoice) && invoiceIsStale(db, invoice)) {
    throw conflict('billing.pay.invoiceChanged');
  }
  const paidBefore = paidOn(db, invoice.id);
  const check = checkPayment({
    due: invoice.patientDue - paidBefore,
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
  if (check.remaining === 0) settle(ctx, invoice);
  return {
    invoiceId: invoice.id,
    receipt,
    change: check.change,
    paid: paidBefore + input.amount,
    due: check.remaining,
    settled: check.remaining === 0,
    visitStatus: getVisitRow(db, invoice.visitId).status,
    vietQr,
  };
}

/** Admins and cashiers marked as supervisors may void. */
export function maySupervise(db: Db, userId: number): boolean {
  const row = db
    .select({ roles: users.roles, supervisor: users.cashierSupervisor })
    .from(users)
    .where(eq(users.id, userId))
    .get();
  return Boolean(row && (row.supervisor || row.roles.includes('admin')));
}

/**
 * Reverses a payment in full with a negative ledger row in the voiding user's open shift: the
 * payment and its (possibly closed) shift stay as they were. A settled bill that is owed
 * again is unsettled, and the cashier's list shows it until it is paid.
 */
export function voidPayment(
  ctx: PayContext,
  input: ParsedInputOf<'billing.void'>,
): { payment: PaymentView; invoice: InvoiceRow } {
  const { db } = ctx;
  if (!maySupervise(db, ctx.userId)) throw new AppError('FORBIDDEN', 'billing.void.notAllowed');
  const original = getPaymentRow(db, input.paymentId);
  if (original.kind !== 'payment') throw conflict('billing.void.notAPayment');
  const voided = db.select().from(payments).where(eq(payments.reversesId, original.id)).get();
  if (voided) throw conflict('billing.void.already', { id: voided.id });
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
  const invoice = getInvoiceRow(db, original.invoiceId);
  if (invoice.settledAt && paidOn(db, invoice.id) < invoice.patientDue) {
    db.update(invoices).set({ settledAt: null }).where(eq(invoices.id, invoice.id)).run();
  }
  return { payment: paymentView(db, row.id), invoice };
}
