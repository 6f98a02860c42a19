import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { invoices, type InvoiceRow } from '../../../db/schema';
import { VISIT_STEPS, visitIs } from '../../../shared/domain/queue';
import { moveVisit } from '../visits/status';
import { getVisitRow } from '../visits/visits';
import { ledgerRows, paidOn } from './ledger';

/** Where an invoice stands against its ledger: what is still owed, or owed back. */
export interface Balance {
  /** Net of payments, refunds and voids. */
  paid: number;
  /** The patient's share not paid yet. */
  due: number;
  /** Paid beyond the share after the bill was repriced (a return): hoàn trả. */
  refundDue: number;
}

export function balanceOf(db: Db, invoice: InvoiceRow): Balance {
  const paid = paidOn(db, invoice.id);
  return {
    paid,
    due: Math.max(0, invoice.patientDue - paid),
    refundDue: Math.max(0, paid - invoice.patientDue),
  };
}

/**
 * After every change to a bill or its money: the bill is settled exactly when the net paid is
 * the patient's share, and a settled bill finishes the visit. A share of 0 that no one has
 * paid or refunded against waits for the cashier to settle it (`settleZero`); once money
 * moved on the bill, coming back square settles it (a refund of everything after a return
 * made the visit free). Anything else (owed again, or owed back) is unsettled and shows on
 * the cashier's list.
 */
export function syncSettlement(
  db: Db,
  invoice: InvoiceRow,
  now: Date,
  options: { settleZero?: boolean } = {},
): InvoiceRow {
  const paid = paidOn(db, invoice.id);
  const settles =
    paid === invoice.patientDue &&
    (paid > 0 ||
      invoice.settledAt !== null ||
      options.settleZero === true ||
      ledgerRows(db, invoice.id) > 0);
  const settledAt = settles ? (invoice.settledAt ?? now.toISOString()) : null;
  const row =
    settledAt === invoice.settledAt
      ? invoice
      : db.update(invoices).set({ settledAt }).where(eq(invoices.id, invoice.id)).returning().get();
  if (settles && visitIs(getVisitRow(db, invoice.visitId).status, 'atCashier')) {
    moveVisit(db, invoice.visitId, VISIT_STEPS.settle, now);
  }
  return row;
}
