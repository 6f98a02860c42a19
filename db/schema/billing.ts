import { sql } from 'drizzle-orm';
import {
  check,
  index,
  integer,
  sqliteTable,
  text,
  uniqueIndex,
  type AnySQLiteColumn,
} from 'drizzle-orm/sqlite-core';
import type { LocalizedText } from '../../shared/api/result';
import { patients } from './patients';
import { users } from './users';
import { visits } from './visits';

export const COVERAGE_STATUSES = [
  'covered',
  'fee',
  'noCard',
  'cardInvalid',
  'cardNotYetValid',
  'cardExpired',
] as const;
export const INVOICE_LINE_KINDS = ['service', 'drug'] as const;
/** Money in (payment), money given back on a repriced bill (refund), or a reversal (void). */
export const PAYMENT_KINDS = ['payment', 'refund', 'void'] as const;
export const PAYMENT_METHODS = ['cash', 'transfer'] as const;

/** The four parts of an amount (T_BHTT, T_BNCCT, T_BNTT, T_NGUONKHAC) always make the total. */
const split = () => ({
  total: integer().notNull(),
  insurancePays: integer().notNull(),
  coPay: integer().notNull(),
  patientPays: integer().notNull(),
  otherSources: integer().notNull(),
});

/**
 * A visit's bill. It is recomputed from the visit's orders and dispensed drugs while nothing
 * is paid on it; from the first payment it is frozen, so receipts and claims keep its figures.
 */
export const invoices = sqliteTable(
  'invoices',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    visitId: integer()
      .notNull()
      .unique()
      .references(() => visits.id),
    patientId: integer()
      .notNull()
      .references(() => patients.id),
    ...split(),
    /** What the patient owes: co-pay plus self-pay. */
    patientDue: integer().notNull(),
    coverageStatus: text({ enum: COVERAGE_STATUSES }).notNull(),
    benefitLevel: integer(),
    /** MUC_HUONG of in-scope lines. */
    benefitPercent: integer().notNull(),
    lowCostApplied: integer({ mode: 'boolean' }).notNull(),
    lowCostThreshold: integer().notNull(),
    reasons: text({ mode: 'json' }).$type<LocalizedText[]>().notNull(),
    computedAt: text().notNull(),
    /** Set when payments cover patientDue (or it is zero and the cashier settled it). */
    settledAt: text(),
    createdAt: text().notNull(),
  },
  (t) => [
    check(
      'invoices_parts',
      sql`${t.insurancePays} + ${t.coPay} + ${t.patientPays} + ${t.otherSources} = ${t.total}`,
    ),
    check('invoices_due', sql`${t.patientDue} = ${t.coPay} + ${t.patientPays}`),
    check(
      'invoices_nonnegative',
      sql`${t.insurancePays} >= 0 AND ${t.coPay} >= 0 AND ${t.patientPays} >= 0 AND ${t.otherSources} >= 0`,
    ),
    check('invoices_coverage_status', sql`${t.coverageStatus} IN (${inList(COVERAGE_STATUSES)})`),
    index('invoices_settled').on(t.settledAt),
  ],
);

/** One billed item: a service order or a dispensed prescription item, priced at its snapshot. */
export const invoiceLines = sqliteTable(
  'invoice_lines',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    invoiceId: integer()
      .notNull()
      .references(() => invoices.id),
    position: integer().notNull(),
    kind: text({ enum: INVOICE_LINE_KINDS }).notNull(),
    /** service_orders.id or prescription_items.id. */
    refId: integer().notNull(),
    /** services.id or drugs.id. */
    itemId: integer().notNull(),
    code: text().notNull(),
    name: text().notNull(),
    unit: text().notNull(),
    quantity: integer().notNull(),
    /** Thousandths of a dong (DON_GIA may carry 3 decimals); amounts below are whole dong. */
    unitPriceMilli: integer('unit_price').notNull(),
    insuredUnitPriceMilli: integer('insured_unit_price').notNull(),
    coverageRatio: integer().notNull(),
    scope: integer().notNull(),
    covered: integer({ mode: 'boolean' }).notNull(),
    benefitPercent: integer().notNull(),
    insuredAmount: integer().notNull(),
    ...split(),
    notes: text({ mode: 'json' }).$type<LocalizedText[]>().notNull(),
  },
  (t) => [
    uniqueIndex('invoice_lines_position').on(t.invoiceId, t.position),
    uniqueIndex('invoice_lines_ref').on(t.invoiceId, t.kind, t.refId),
    check(
      'invoice_lines_parts',
      sql`${t.insurancePays} + ${t.coPay} + ${t.patientPays} + ${t.otherSources} = ${t.total}`,
    ),
    check('invoice_lines_kind', sql`${t.kind} IN ('service', 'drug')`),
    check('invoice_lines_quantity', sql`${t.quantity} > 0`),
    check('invoice_lines_scope', sql`${t.scope} IN (1, 2, 3)`),
  ],
);

/**
 * A cash drawer's working period. `scope` is 'station' (one shift for everyone) or
 * 'cashier:<id>' (one per cashier), per the shift rule in settings; one open shift per scope.
 * Triggers in the migration keep a closed shift closed and refuse payments into it.
 */
export const shifts = sqliteTable(
  'shifts',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    scope: text().notNull(),
    openedAt: text().notNull(),
    openedBy: integer()
      .notNull()
      .references(() => users.id),
    closedAt: text(),
    closedBy: integer().references(() => users.id),
    /** Cash counted in the drawer at closing, to compare with the takings. */
    countedCash: integer(),
    note: text(),
  },
  (t) => [
    uniqueIndex('shifts_open_scope')
      .on(t.scope)
      .where(sql`closed_at IS NULL`),
    index('shifts_opened').on(t.openedAt),
    check('shifts_closed', sql`(${t.closedAt} IS NULL) = (${t.closedBy} IS NULL)`),
    check('shifts_counted', sql`${t.countedCash} IS NULL OR ${t.countedCash} >= 0`),
  ],
);

/** The bill as a receipt states it when it is handed over. */
export interface BilledSnapshot {
  total: number;
  insurancePays: number;
  coPay: number;
  patientPays: number;
  patientDue: number;
  benefitPercent: number;
  lines: { name: string; quantity: number; unit: string; unitPrice: number; total: number }[];
}

/**
 * The append-only payments ledger (triggers abort UPDATE and DELETE). A payment carries its
 * receipt number (quyển/số); a refund is cash given back when a repriced bill asks less than
 * was paid (negative, with its own phiếu chi number in the same book); a void reverses exactly
 * one payment or refund, written into the voiding cashier's open shift, so a closed shift's
 * figures never change.
 */
export const payments = sqliteTable(
  'payments',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    invoiceId: integer()
      .notNull()
      .references(() => invoices.id),
    shiftId: integer()
      .notNull()
      .references(() => shifts.id),
    kind: text({ enum: PAYMENT_KINDS }).notNull(),
    method: text({ enum: PAYMENT_METHODS }).notNull(),
    /** Signed: payments add, voids take away. */
    amount: integer().notNull(),
    /** Cash handed over; the change is tendered − amount. */
    tendered: integer(),
    change: integer(),
    receiptBook: text(),
    receiptNumber: integer(),
    /** The transfer note shown in the VietQR code. */
    reference: text(),
    reversesId: integer().references((): AnySQLiteColumn => payments.id),
    reason: text(),
    cashierId: integer()
      .notNull()
      .references(() => users.id),
    at: text().notNull(),
    /**
     * A payment's bill as its receipt states it: drugs handed over later reprice the visit's
     * invoice, but a receipt already in the patient's hand is reprinted as it was.
     */
    billed: text({ mode: 'json' }).$type<BilledSnapshot>(),
  },
  (t) => [
    index('payments_invoice').on(t.invoiceId),
    index('payments_shift').on(t.shiftId, t.id),
    // Receipts (biên lai) and refund vouchers (phiếu chi) are numbered apart in each book.
    uniqueIndex('payments_receipt').on(t.kind, t.receiptBook, t.receiptNumber),
    uniqueIndex('payments_reverses').on(t.reversesId),
    check('payments_kind', sql`${t.kind} IN (${inList(PAYMENT_KINDS)})`),
    check('payments_method', sql`${t.method} IN ('cash', 'transfer')`),
    check(
      'payments_shape',
      sql`(${t.kind} = 'payment' AND ${t.amount} > 0 AND ${t.receiptBook} IS NOT NULL
          AND ${t.receiptNumber} > 0 AND ${t.reversesId} IS NULL)
        OR (${t.kind} = 'refund' AND ${t.amount} < 0 AND ${t.method} = 'cash'
          AND ${t.receiptBook} IS NOT NULL AND ${t.receiptNumber} > 0
          AND ${t.reversesId} IS NULL AND ${t.reason} IS NOT NULL)
        OR (${t.kind} = 'void' AND ${t.amount} <> 0 AND ${t.reversesId} IS NOT NULL
          AND ${t.reason} IS NOT NULL AND ${t.receiptNumber} IS NULL)`,
    ),
    check(
      'payments_change',
      sql`(${t.tendered} IS NULL AND ${t.change} IS NULL)
        OR (${t.method} = 'cash' AND ${t.tendered} >= ${t.amount} AND ${t.change} = ${t.tendered} - ${t.amount})`,
    ),
  ],
);

function inList(values: readonly string[]) {
  return sql.raw(values.map((v) => `'${v}'`).join(', '));
}

export type InvoiceRow = typeof invoices.$inferSelect;
export type InvoiceLineRow = typeof invoiceLines.$inferSelect;
export type ShiftRow = typeof shifts.$inferSelect;
export type PaymentRow = typeof payments.$inferSelect;
