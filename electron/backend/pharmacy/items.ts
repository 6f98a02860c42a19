import type Database from 'better-sqlite3';
import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { prescriptions, visits, type VisitRow } from '../../../db/schema';
import { notFound } from '../errors';

/** Where a prescribed item stands: owed = prescribed − dispensed − closed, never below 0. */
export interface ItemState {
  itemId: number;
  prescriptionId: number;
  position: number;
  drugId: number;
  usage: string;
  prescribed: number;
  dispensed: number;
  closed: number;
  owed: number;
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

type StateRow = Omit<ItemState, 'owed'>;

const withOwed = (row: StateRow): ItemState => ({
  ...row,
  owed: Math.max(0, row.prescribed - row.dispensed - row.closed),
});

export function itemStates(sqlite: Database.Database, prescriptionId: number): ItemState[] {
  return sqlite
    .prepare<[number], StateRow>(`${ITEM_STATE} WHERE i.prescription_id = ? ORDER BY i.position`)
    .all(prescriptionId)
    .map(withOwed);
}

/** Item states of many prescriptions at once (the dispensing list). */
export function itemStatesOf(
  sqlite: Database.Database,
  prescriptionIds: readonly number[],
): ItemState[] {
  if (prescriptionIds.length === 0) return [];
  return sqlite
    .prepare<[string], StateRow>(
      `${ITEM_STATE} WHERE i.prescription_id IN (SELECT value FROM json_each(?))`,
    )
    .all(JSON.stringify(prescriptionIds))
    .map(withOwed);
}

export function itemState(sqlite: Database.Database, itemId: number): ItemState {
  const row = sqlite.prepare<[number], StateRow>(`${ITEM_STATE} WHERE i.id = ?`).get(itemId);
  if (!row) throw notFound('pharmacy.item.notFound', { id: itemId });
  return withOwed(row);
}

export interface PrescriptionWithVisit {
  prescription: typeof prescriptions.$inferSelect;
  visit: VisitRow;
}

export function prescriptionWithVisit(db: Db, prescriptionId: number): PrescriptionWithVisit {
  const row = db
    .select({ prescription: prescriptions, visit: visits })
    .from(prescriptions)
    .innerJoin(visits, eq(visits.id, prescriptions.visitId))
    .where(eq(prescriptions.id, prescriptionId))
    .get();
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
