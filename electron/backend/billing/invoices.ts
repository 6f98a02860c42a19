import { asc, eq } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import {
  invoiceLines,
  invoices,
  type InvoiceLineRow,
  type InvoiceRow,
  type VisitRow,
} from '../../../db/schema';
import {
  computeCoverage,
  type CoverageLineResult,
  type CoverageResult,
} from '../../../shared/domain/coverage';
import { toMilli } from '../../../shared/domain/unit-price';
import { AppError, notFound } from '../errors';
import { getVisitRow } from '../visits/visits';
import { coverageConfig } from './coverage-config';
import { billableItems, visitCard, type BillableItem } from './invoice-source';
import { activePayments, paidOn } from './ledger';

/** A visit is billed once the doctor (and pharmacist) have finished with it. */
const BILLABLE = new Set(['awaiting_payment', 'done']);

export interface PricedVisit {
  coverage: CoverageResult;
  items: BillableItem[];
}

/** Prices a visit's items with today's coverage settings; refuses settings that cannot price. */
export function priceVisit(db: Db, visit: VisitRow): PricedVisit {
  const { rules, facility } = coverageConfig(db);
  const items = billableItems(db, visit.id);
  const outcome = computeCoverage(
    {
      visitKind: visit.kind,
      visitDate: visit.visitDate,
      card: visitCard(visit),
      facility,
      lines: items.map((item) => item.line),
    },
    rules,
  );
  if (!outcome.ok) {
    const [first] = outcome.problems;
    throw new AppError('CONFLICT', first?.key ?? 'billing.invoice.cannotPrice', {
      ...(first?.params && { params: first.params }),
      details: { problems: outcome.problems },
    });
  }
  return { coverage: outcome.value, items };
}

export function getInvoiceRow(db: Db, id: number): InvoiceRow {
  const row = db.select().from(invoices).where(eq(invoices.id, id)).get();
  if (!row) throw notFound('billing.invoice.notFound');
  return row;
}

export function invoiceLinesOf(db: Db, invoiceId: number): InvoiceLineRow[] {
  return db
    .select()
    .from(invoiceLines)
    .where(eq(invoiceLines.invoiceId, invoiceId))
    .orderBy(asc(invoiceLines.position))
    .all();
}

/** Figures stay as they were once a payment stands on them or the bill was settled. */
export function isFrozen(db: Db, invoice: InvoiceRow): boolean {
  return invoice.settledAt !== null || activePayments(db, invoice.id) > 0;
}

function lineValues(
  invoiceId: number,
  item: BillableItem,
  r: CoverageLineResult,
  position: number,
) {
  return {
    invoiceId,
    position,
    kind: item.line.kind === 'drug' ? ('drug' as const) : ('service' as const),
    refId: item.line.refId,
    itemId: item.itemId,
    code: item.code,
    name: item.line.name,
    unit: item.unit,
    quantity: item.line.quantity,
    unitPriceMilli: toMilli(item.line.unitPrice),
    insuredUnitPriceMilli: toMilli(item.line.insuredUnitPrice),
    coverageRatio: item.line.coverageRatio,
    scope: item.line.scope,
    covered: r.covered,
    benefitPercent: r.benefitPercent,
    insuredAmount: r.insuredAmount,
    total: r.amount,
    insurancePays: r.insurancePays,
    coPay: r.coPay,
    patientPays: r.patientPays,
    otherSources: r.otherSources,
    notes: r.notes,
  };
}

function headerValues(priced: PricedVisit, at: string) {
  const { totals, ...coverage } = priced.coverage;
  return {
    total: totals.amount,
    insurancePays: totals.insurancePays,
    coPay: totals.coPay,
    patientPays: totals.patientPays,
    otherSources: totals.otherSources,
    patientDue: totals.coPay + totals.patientPays,
    coverageStatus: coverage.status,
    benefitLevel: coverage.benefitLevel,
    benefitPercent: coverage.benefitPercent,
    lowCostApplied: coverage.lowCostApplied,
    lowCostThreshold: coverage.lowCostThreshold,
    reasons: coverage.reasons,
    computedAt: at,
  };
}

/** Writes the priced invoice over the stored one (lines replaced), or creates it. */
function storeInvoice(
  db: Db,
  visit: VisitRow,
  existing: InvoiceRow | undefined,
  priced: PricedVisit,
  at: string,
): InvoiceRow {
  const header = headerValues(priced, at);
  const row = existing
    ? db.update(invoices).set(header).where(eq(invoices.id, existing.id)).returning().get()
    : db
        .insert(invoices)
        .values({ ...header, visitId: visit.id, patientId: visit.patientId, createdAt: at })
        .returning()
        .get();
  if (existing) db.delete(invoiceLines).where(eq(invoiceLines.invoiceId, row.id)).run();
  priced.items.forEach((item, index) => {
    const result = priced.coverage.lines[index];
    if (!result) throw new Error('coverage returned fewer lines than it was given');
    db.insert(invoiceLines)
      .values(lineValues(row.id, item, result, index))
      .run();
  });
  return row;
}

/**
 * The visit's invoice: priced afresh and stored while it is not frozen, so what the cashier
 * sees is what the orders and the dispensing say now; the stored figures once it is.
 */
export function invoiceForVisit(db: Db, visitId: number, now: Date): InvoiceRow {
  const visit = getVisitRow(db, visitId);
  if (!BILLABLE.has(visit.status)) {
    throw new AppError('CONFLICT', 'billing.invoice.notReady', {
      params: { status: visit.status },
      details: { status: visit.status },
    });
  }
  const existing = db.select().from(invoices).where(eq(invoices.visitId, visitId)).get();
  if (existing && isFrozen(db, existing)) return existing;
  return storeInvoice(db, visit, existing, priceVisit(db, visit), now.toISOString());
}

/**
 * Drugs handed over or brought back after the bill was paid (what was owed, a return) belong
 * to the same visit: its frozen invoice is priced again (the claim reads it), and unsettled
 * while the patient's share is not all paid. A patient who paid too much is refunded by a
 * void instead, after which the cashier's bill is priced afresh anyway.
 */
export function repriceAfterPayment(db: Db, visitId: number, now: Date): RepricedBill | null {
  const existing = db.select().from(invoices).where(eq(invoices.visitId, visitId)).get();
  if (!existing || !isFrozen(db, existing)) return null;
  const visit = getVisitRow(db, visitId);
  const priced = priceVisit(db, visit);
  const { coPay, patientPays } = priced.coverage.totals;
  const paid = paidOn(db, existing.id);
  if (coPay + patientPays < paid) return null;
  const row = storeInvoice(db, visit, existing, priced, now.toISOString());
  if (row.settledAt && paid < row.patientDue) {
    db.update(invoices).set({ settledAt: null }).where(eq(invoices.id, row.id)).run();
  }
  return {
    invoiceId: row.id,
    totalBefore: existing.total,
    total: row.total,
    patientDue: row.patientDue,
  };
}

/** A paid bill priced again, for the audit entry of the dispense or return that changed it. */
export interface RepricedBill {
  invoiceId: number;
  totalBefore: number;
  total: number;
  patientDue: number;
}

/** True when pricing the visit now gives other lines or figures than the stored invoice. */
export function invoiceIsStale(db: Db, invoice: InvoiceRow): boolean {
  const priced = priceVisit(db, getVisitRow(db, invoice.visitId));
  const fresh = priced.items.map((item, index) => {
    const r = priced.coverage.lines[index];
    return [
      item.line.kind,
      item.line.refId,
      item.line.quantity,
      r?.amount,
      r?.insurancePays,
      r?.coPay,
    ]
      .map(String)
      .join(':');
  });
  const stored = invoiceLinesOf(db, invoice.id).map((l) =>
    [l.kind, l.refId, l.quantity, l.total, l.insurancePays, l.coPay].map(String).join(':'),
  );
  return fresh.join('|') !== stored.join('|');
}
