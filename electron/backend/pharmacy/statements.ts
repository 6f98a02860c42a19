import type Database from 'better-sqlite3';
import type { VisitStatus } from '../../../shared/domain/queue';

/** A prescribed item with what it was given (net of returns) and what was closed. */
export interface ItemStateRow {
  itemId: number;
  prescriptionId: number;
  position: number;
  drugId: number;
  usage: string;
  prescribed: number;
  dispensed: number;
  closed: number;
}

const ITEM_STATE = `
  SELECT i.id AS itemId, i.prescription_id AS prescriptionId, i.position AS position,
         i.drug_id AS drugId, i.usage AS usage, i.quantity AS prescribed,
         coalesce((SELECT -sum(m.quantity) FROM stock_movements m
                   WHERE m.prescription_item_id = i.id AND m.kind IN ('dispense', 'return')), 0)
           AS dispensed,
         coalesce((SELECT sum(c.quantity) FROM owed_closures c
                   WHERE c.prescription_item_id = i.id), 0) AS closed
  FROM prescription_items i`;

/**
 * The statements dispensing runs several times per call, compiled once per database handle:
 * building a query through drizzle costs more than running it (≈0.4 ms against ≈0.05 ms).
 */
export class StockStatements {
  readonly batch;
  readonly moveBatch;
  readonly insertMovement;
  readonly usableBatches;
  readonly itemsOf;
  readonly itemsOfMany;
  readonly item;
  readonly prescriptionVisit;

  constructor(sqlite: Database.Database) {
    this.batch = sqlite.prepare<[number], { onHand: number; lot: string }>(
      'SELECT on_hand AS onHand, lot FROM stock_batches WHERE id = ?',
    );
    this.moveBatch = sqlite.prepare<[number, number]>(
      'UPDATE stock_batches SET on_hand = on_hand + ? WHERE id = ?',
    );
    this.insertMovement = sqlite.prepare<
      [
        {
          batchId: number;
          kind: string;
          quantity: number;
          reason: string | null;
          goodsReceiptId: number | null;
          prescriptionItemId: number | null;
          userId: number;
          at: string;
        },
      ]
    >(
      `INSERT INTO stock_movements
         (batch_id, kind, quantity, reason, goods_receipt_id, prescription_item_id, user_id, at)
       VALUES (@batchId, @kind, @quantity, @reason, @goodsReceiptId, @prescriptionItemId,
         @userId, @at)`,
    );
    // The stock_batches_fefo index (drug_id, expiry, id) serves both the filter and the order.
    this.usableBatches = sqlite.prepare<
      [number, string],
      { id: number; lot: string; expiry: string; onHand: number }
    >(
      `SELECT id, lot, expiry, on_hand AS onHand FROM stock_batches
       WHERE drug_id = ? AND expiry >= ? AND on_hand > 0
       ORDER BY expiry, id`,
    );
    this.itemsOf = sqlite.prepare<[number], ItemStateRow>(
      `${ITEM_STATE} WHERE i.prescription_id = ? ORDER BY i.position`,
    );
    this.itemsOfMany = sqlite.prepare<[string], ItemStateRow>(
      `${ITEM_STATE} WHERE i.prescription_id IN (SELECT value FROM json_each(?))`,
    );
    this.item = sqlite.prepare<[number], ItemStateRow>(`${ITEM_STATE} WHERE i.id = ?`);
    this.prescriptionVisit = sqlite.prepare<
      [number],
      { prescriptionId: number; visitId: number; status: VisitStatus; patientId: number }
    >(
      `SELECT p.id AS prescriptionId, v.id AS visitId, v.status AS status,
              v.patient_id AS patientId
       FROM prescriptions p JOIN visits v ON v.id = p.visit_id WHERE p.id = ?`,
    );
  }
}

const cache = new WeakMap<Database.Database, StockStatements>();

export function stockStatements(sqlite: Database.Database): StockStatements {
  let statements = cache.get(sqlite);
  if (!statements) {
    statements = new StockStatements(sqlite);
    cache.set(sqlite, statements);
  }
  return statements;
}
