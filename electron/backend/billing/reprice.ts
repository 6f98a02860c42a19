import { and, eq, inArray, isNull, or } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { invoices, visits } from '../../../db/schema';
import { statusesOf } from '../../../shared/domain/queue';
import { frozenBy } from '../claims/freeze';
import type { Services } from '../context';
import { AppError } from '../errors';
import { repriceVisit, type RepricedBill } from './invoices';

/** Billable visits with no bill yet, or one not settled: the bills still at the desk. */
function openBillVisits(db: Db): { id: number; visitDate: string }[] {
  return db
    .select({ id: visits.id, visitDate: visits.visitDate })
    .from(visits)
    .leftJoin(invoices, eq(invoices.visitId, visits.id))
    .where(
      and(
        inArray(visits.status, statusesOf('billable')),
        or(isNull(invoices.id), isNull(invoices.settledAt)),
      ),
    )
    .all();
}

/**
 * After the coverage rules change, in the same transaction: the bills still at the desk are
 * priced with the rules of their visit date. Settled bills keep theirs (a dispense or return
 * reprices them); a bill whose claim was sent is left to its month's reopening.
 */
export function repriceOpenBills(db: Db, now: Date): RepricedBill[] {
  return openBillVisits(db).flatMap((visit) => {
    if (frozenBy(db, visit)) return [];
    const repriced = repriceVisit(db, visit.id, now);
    return repriced ? [repriced] : [];
  });
}

/**
 * At start: an older Tram priced a bill only when the cashier opened it, so a database may hold
 * billable visits without one, or with one the orders and dispensing have moved past since.
 * billing.invoice only reads, so they are priced here, once, with an audit entry. A visit the
 * settings cannot price stays as it is (the cashier sees why) and does not stop the start.
 */
export function priceOpenBillsAtStart(services: Services): number {
  const { db, sqlite, auditChain, clock } = services;
  const now = clock();
  const repriced: RepricedBill[] = [];
  const skipped: { visitId: number; problem: string }[] = [];
  sqlite
    .transaction(() => {
      for (const visit of openBillVisits(db)) {
        try {
          // A savepoint per visit: one that cannot be priced leaves the others priced.
          const bill = sqlite.transaction(() => repriceVisit(db, visit.id, now))();
          if (bill) repriced.push(bill);
        } catch (error) {
          if (!(error instanceof AppError)) throw error;
          skipped.push({ visitId: visit.id, problem: error.messageKey });
        }
      }
      if (repriced.length + skipped.length === 0) return;
      auditChain.append({
        at: now.toISOString(),
        userId: null,
        username: null,
        action: 'billing.backfill',
        outcome: 'ok',
        patientId: null,
        entity: 'invoice',
        entityId: null,
        detail: { repriced, skipped },
      });
    })
    .immediate();
  return repriced.length;
}
