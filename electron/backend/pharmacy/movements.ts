import type Database from 'better-sqlite3';
import type { Db } from '../../../db/client';
import type { STOCK_MOVEMENT_KINDS } from '../../../db/schema';
import { AppError, notFound } from '../errors';
import { stockStatements } from './statements';

export type MovementKind = (typeof STOCK_MOVEMENT_KINDS)[number];

/** Who writes to the store, and when: every stock write takes one. */
export interface StockWriter {
  db: Db;
  now: Date;
  userId: number;
}

export interface Movement {
  batchId: number;
  kind: MovementKind;
  /** Signed: receipts and returns add, dispenses and write-offs take away. */
  quantity: number;
  reason?: string | null;
  goodsReceiptId?: number | null;
  prescriptionItemId?: number | null;
}

/**
 * The one way stock changes: appends the movement to the ledger and moves the batch's cached
 * on-hand by the same amount, in the caller's write transaction. Taking more than a batch
 * holds is refused here (and by the CHECK on on_hand, should anything else try).
 */
export function recordMovement(w: StockWriter, movement: Movement): number {
  const sqlite = w.db.$client;
  if (!sqlite.inTransaction) throw new Error('recordMovement runs inside a write transaction');
  const statements = stockStatements(sqlite);
  const batch = statements.batch.get(movement.batchId);
  if (!batch) throw notFound('pharmacy.batch.notFound', { id: movement.batchId });
  const onHand = batch.onHand + movement.quantity;
  if (onHand < 0) {
    throw new AppError('CONFLICT', 'pharmacy.stock.notEnough', {
      params: { lot: batch.lot, onHand: batch.onHand, quantity: -movement.quantity },
      details: { batchId: movement.batchId, onHand: batch.onHand },
    });
  }
  statements.moveBatch.run(movement.quantity, movement.batchId);
  statements.insertMovement.run({
    batchId: movement.batchId,
    kind: movement.kind,
    quantity: movement.quantity,
    reason: movement.reason ?? null,
    goodsReceiptId: movement.goodsReceiptId ?? null,
    prescriptionItemId: movement.prescriptionItemId ?? null,
    userId: w.userId,
    at: w.now.toISOString(),
  });
  return onHand;
}

/** Batches whose cached on-hand differs from their ledger sum: always empty, and tests say so. */
export function ledgerMismatches(
  sqlite: Database.Database,
): { batchId: number; onHand: number; ledger: number }[] {
  return sqlite
    .prepare<[], { batchId: number; onHand: number; ledger: number }>(
      `SELECT b.id AS batchId, b.on_hand AS onHand, coalesce(sum(m.quantity), 0) AS ledger
       FROM stock_batches b LEFT JOIN stock_movements m ON m.batch_id = b.id
       GROUP BY b.id HAVING b.on_hand <> coalesce(sum(m.quantity), 0)`,
    )
    .all();
}
