import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { drugs } from './catalog';
import { prescriptionItems } from './clinical';
import { users } from './users';

export const STOCK_MOVEMENT_KINDS = [
  'receipt',
  'dispense',
  'return',
  'adjustment',
  'expiry',
  'transfer',
] as const;

/** A goods receipt (phiếu nhập): one supplier invoice, several batch lines (movements). */
export const goodsReceipts = sqliteTable('goods_receipts', {
  id: integer().primaryKey({ autoIncrement: true }),
  supplier: text(),
  invoiceNo: text(),
  /** YYYY-MM-DD on the supplier's invoice. */
  invoiceDate: text(),
  receivedBy: integer()
    .notNull()
    .references(() => users.id),
  receivedAt: text().notNull(),
  note: text(),
});

/**
 * One lot of one drug with its expiry. `onHand` is a cache of the ledger's sum for the batch,
 * kept by the one write path (pharmacy's stock movement function) and proven equal to the
 * ledger by tests; the CHECK makes negative stock impossible.
 */
export const stockBatches = sqliteTable(
  'stock_batches',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    drugId: integer()
      .notNull()
      .references(() => drugs.id),
    lot: text().notNull(),
    /** YYYY-MM-DD. */
    expiry: text().notNull(),
    unitCost: integer().notNull(),
    onHand: integer().notNull().default(0),
    createdAt: text().notNull(),
  },
  (t) => [
    uniqueIndex('stock_batches_lot').on(t.drugId, t.lot, t.expiry),
    index('stock_batches_fefo').on(t.drugId, t.expiry, t.id),
    check('stock_batches_on_hand', sql`${t.onHand} >= 0`),
    check('stock_batches_unit_cost', sql`${t.unitCost} >= 0`),
  ],
);

/**
 * The append-only stock ledger (triggers in the migration abort UPDATE and DELETE). Quantity
 * is signed: receipts and returns add, dispenses and write-offs take away. Dispenses and
 * returns name the prescription item, so billing and recalls know which batch went to whom.
 */
export const stockMovements = sqliteTable(
  'stock_movements',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    batchId: integer()
      .notNull()
      .references(() => stockBatches.id),
    kind: text({ enum: STOCK_MOVEMENT_KINDS }).notNull(),
    quantity: integer().notNull(),
    reason: text(),
    goodsReceiptId: integer().references(() => goodsReceipts.id),
    prescriptionItemId: integer().references(() => prescriptionItems.id),
    userId: integer()
      .notNull()
      .references(() => users.id),
    at: text().notNull(),
  },
  (t) => [
    index('stock_movements_batch').on(t.batchId, t.id),
    index('stock_movements_item').on(t.prescriptionItemId),
    index('stock_movements_at').on(t.at),
    // Covers the movement report (per batch, by time and kind) without reading the rows.
    index('stock_movements_report').on(t.batchId, t.at, t.kind, t.quantity),
    check(
      'stock_movements_kind',
      sql`${t.kind} IN ('receipt', 'dispense', 'return', 'adjustment', 'expiry', 'transfer')`,
    ),
    check('stock_movements_nonzero', sql`${t.quantity} <> 0`),
    check(
      'stock_movements_direction',
      sql`(${t.kind} IN ('receipt', 'return') AND ${t.quantity} > 0)
        OR (${t.kind} IN ('dispense', 'expiry') AND ${t.quantity} < 0)
        OR ${t.kind} IN ('adjustment', 'transfer')`,
    ),
    check(
      'stock_movements_refs',
      sql`(${t.kind} <> 'receipt' OR ${t.goodsReceiptId} IS NOT NULL)
        AND (${t.kind} NOT IN ('dispense', 'return') OR ${t.prescriptionItemId} IS NOT NULL)
        AND (${t.kind} NOT IN ('adjustment', 'expiry') OR ${t.reason} IS NOT NULL)`,
    ),
  ],
);
