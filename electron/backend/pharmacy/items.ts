import type Database from 'better-sqlite3';
import type { VisitStatus } from '../../../shared/domain/queue';
import { notFound } from '../errors';
import { stockStatements, type ItemStateRow } from './statements';

/** Where a prescribed item stands: owed = prescribed − dispensed − closed, never below 0. */
export interface ItemState extends ItemStateRow {
  owed: number;
}

const withOwed = (row: ItemStateRow): ItemState => ({
  ...row,
  owed: Math.max(0, row.prescribed - row.dispensed - row.closed),
});

export function itemStates(sqlite: Database.Database, prescriptionId: number): ItemState[] {
  return stockStatements(sqlite).itemsOf.all(prescriptionId).map(withOwed);
}

/** Item states of many prescriptions at once (the dispensing list). */
export function itemStatesOf(
  sqlite: Database.Database,
  prescriptionIds: readonly number[],
): ItemState[] {
  if (prescriptionIds.length === 0) return [];
  return stockStatements(sqlite).itemsOfMany.all(JSON.stringify(prescriptionIds)).map(withOwed);
}

export function itemState(sqlite: Database.Database, itemId: number): ItemState {
  const row = stockStatements(sqlite).item.get(itemId);
  if (!row) throw notFound('pharmacy.item.notFound', { id: itemId });
  return withOwed(row);
}

/** The visit a prescription belongs to, as dispensing needs it. */
export interface PrescriptionVisit {
  prescriptionId: number;
  visitId: number;
  status: VisitStatus;
  patientId: number;
}

export function prescriptionVisit(
  sqlite: Database.Database,
  prescriptionId: number,
): PrescriptionVisit {
  const row = stockStatements(sqlite).prescriptionVisit.get(prescriptionId);
  if (!row) throw notFound('pharmacy.prescription.notFound', { id: prescriptionId });
  return row;
}

/** What an item has been given from each batch, net of returns (batches still with some). */
export function givenByBatch(
  sqlite: Database.Database,
  itemIds: readonly number[],
): { itemId: number; batchId: number; lot: string; expiry: string; quantity: number }[] {
  if (itemIds.length === 0) return [];
  return sqlite
    .prepare<
      [string],
      { itemId: number; batchId: number; lot: string; expiry: string; quantity: number }
    >(
      `SELECT m.prescription_item_id AS itemId, m.batch_id AS batchId, b.lot AS lot,
              b.expiry AS expiry, -sum(m.quantity) AS quantity
       FROM stock_movements m JOIN stock_batches b ON b.id = m.batch_id
       WHERE m.prescription_item_id IN (SELECT value FROM json_each(?))
         AND m.kind IN ('dispense', 'return')
       GROUP BY m.prescription_item_id, m.batch_id
       HAVING -sum(m.quantity) > 0
       ORDER BY b.expiry, m.batch_id`,
    )
    .all(JSON.stringify(itemIds));
}
