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
import { visitIs } from '../../../shared/domain/queue';
import { assertMoneyOpen } from '../claims/freeze';
import { AppError, conflict, notFound } from '../errors';
import { canonicalJson } from '../requests';
import { getVisitRow } from '../visits/visits';
import { coverageConfig } from './coverage-config';
import { billableItems, visitCard, type BillableItem } from './invoice-source';
import { syncSettlement } from './settlement';

export interface PricedVisit {
  coverage: CoverageResult;
  items: BillableItem[];
}

/** Prices a visit's items with the rules in force on its date; refuses settings that cannot price. */
export function priceVisit(db: Db, visit: VisitRow): PricedVisit {
  const { rules, facility } = coverageConfig(db, visit.visitDate);
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

export function invoiceOfVisit(db: Db, visitId: number): InvoiceRow | undefined {
  return db.select().from(invoices).where(eq(invoices.visitId, visitId)).get();
}

export function invoiceLinesOf(db: Db, invoiceId: number): InvoiceLineRow[] {
  return db
    .select()
    .from(invoiceLines)
    .where(eq(invoiceLines.invoiceId, invoiceId))
    .orderBy(asc(invoiceLines.position))
    .all();
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

function headerValues(priced: PricedVisit) {
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
  };
}

/** Everything a stored bill says, so a repricing that changes nothing writes nothing. */
function fingerprint(header: object, lines: readonly object[]): string {
  return canonicalJson([header, lines]);
}

function storedFingerprint(db: Db, invoice: InvoiceRow): string {
  const { id, visitId, patientId, computedAt, settledAt, createdAt, ...header } = invoice;
  const lines = invoiceLinesOf(db, id).map(({ id: _lineId, ...line }) => line);
  return fingerprint(header, lines);
}

/** Writes the priced invoice over the stored one (lines replaced), or creates it. */
function storeInvoice(
  db: Db,
  visit: VisitRow,
  existing: InvoiceRow | undefined,
  priced: PricedVisit,
  at: string,
): InvoiceRow {
  const header = { ...headerValues(priced), computedAt: at };
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

/** A bill priced again by the write that changed it, for that write's audit entry. */
export interface RepricedBill {
  invoiceId: number;
  totalBefore: number;
  total: number;
  insurancePaysBefore: number;
  insurancePays: number;
  patientDueBefore: number;
  patientDue: number;
}

/**
 * Prices a visit's bill again, in the transaction of the write that changed it (an order, a
 * dispense or return, the coverage rules): paid or not, the invoice, form 01/BV and the claim
 * always say what the orders and the stock ledger say now. A visit the doctor has not finished
 * has no bill yet (null), and a bill that prices the same is left as it is (null). A change to
 * a visit whose claim was sent is refused until its month is reopened.
 */
export function repriceVisit(db: Db, visitId: number, now: Date): RepricedBill | null {
  const visit = getVisitRow(db, visitId);
  if (!visitIs(visit.status, 'billable')) return null;
  const existing = invoiceOfVisit(db, visitId);
  const priced = priceVisit(db, visit);
  if (existing) {
    const fresh = fingerprint(
      headerValues(priced),
      priced.items.map((item, index) => {
        const result = priced.coverage.lines[index];
        if (!result) throw new Error('coverage returned fewer lines than it was given');
        return lineValues(existing.id, item, result, index);
      }),
    );
    if (fresh === storedFingerprint(db, existing)) return null;
    assertMoneyOpen(db, visit);
  }
  const row = syncSettlement(db, storeInvoice(db, visit, existing, priced, now.toISOString()), now);
  return {
    invoiceId: row.id,
    totalBefore: existing?.total ?? 0,
    total: row.total,
    insurancePaysBefore: existing?.insurancePays ?? 0,
    insurancePays: row.insurancePays,
    patientDueBefore: existing?.patientDue ?? 0,
    patientDue: row.patientDue,
  };
}

/** The bill of a visit as stored: billing.invoice only reads, it never prices. */
export function readInvoice(db: Db, visitId: number): InvoiceRow {
  const visit = getVisitRow(db, visitId);
  if (!visitIs(visit.status, 'billable')) {
    throw new AppError('CONFLICT', 'billing.invoice.notReady', {
      params: { status: visit.status },
      details: { status: visit.status },
    });
  }
  const invoice = invoiceOfVisit(db, visitId);
  if (!invoice) throw conflict('billing.invoice.notPriced');
  return invoice;
}
