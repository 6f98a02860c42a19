import { asc, eq, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { Db } from '../../../db/client';
import { invoices, patients, payments, shifts, users, type PaymentRow } from '../../../db/schema';
import type { PaymentView } from '../../../shared/api';
import { notFound } from '../errors';

/** Net amount paid on an invoice: payments less the voids that reversed them. */
export function paidOn(db: Db, invoiceId: number): number {
  return (
    db
      .select({ paid: sql<number>`coalesce(sum(${payments.amount}), 0)` })
      .from(payments)
      .where(eq(payments.invoiceId, invoiceId))
      .get()?.paid ?? 0
  );
}

/** Rows of any kind on an invoice: whether money has moved on it at all. */
export function ledgerRows(db: Db, invoiceId: number): number {
  return (
    db
      .select({ n: sql<number>`count(*)` })
      .from(payments)
      .where(eq(payments.invoiceId, invoiceId))
      .get()?.n ?? 0
  );
}

export function getPaymentRow(db: Db, id: number): PaymentRow {
  const row = db.select().from(payments).where(eq(payments.id, id)).get();
  if (!row) throw notFound('billing.payment.notFound');
  return row;
}

/** Ledger rows as the screens and documents show them, oldest first. */
export function paymentViews(db: Db, where: SQL): PaymentView[] {
  const voids = alias(payments, 'voids');
  return db
    .select({
      row: payments,
      cashierName: users.fullName,
      patientName: patients.fullName,
      shiftClosedAt: shifts.closedAt,
      voidedById: voids.id,
    })
    .from(payments)
    .innerJoin(users, eq(users.id, payments.cashierId))
    .innerJoin(invoices, eq(invoices.id, payments.invoiceId))
    .innerJoin(patients, eq(patients.id, invoices.patientId))
    .innerJoin(shifts, eq(shifts.id, payments.shiftId))
    .leftJoin(voids, eq(voids.reversesId, payments.id))
    .where(where)
    .orderBy(asc(payments.id))
    .all()
    .map(({ row, cashierName, patientName, shiftClosedAt, voidedById }) => ({
      id: row.id,
      invoiceId: row.invoiceId,
      kind: row.kind,
      method: row.method,
      amount: row.amount,
      tendered: row.tendered,
      change: row.change,
      receiptBook: row.receiptBook,
      receiptNumber: row.receiptNumber,
      reference: row.reference,
      reason: row.reason,
      reversesId: row.reversesId,
      voidedById,
      cashierId: row.cashierId,
      cashierName,
      patientName,
      shiftId: row.shiftId,
      shiftClosed: shiftClosedAt !== null,
      at: row.at,
    }));
}

export function paymentView(db: Db, id: number): PaymentView {
  const [view] = paymentViews(db, eq(payments.id, id));
  if (!view) throw notFound('billing.payment.notFound');
  return view;
}
