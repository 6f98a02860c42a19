import { and, eq, gte, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { prescriptionItems, stockBatches, stockMovements } from '../../../db/schema';

/**
 * Usable stock per drug on a date: the sum over batches not yet expired (a batch expiring on
 * the date itself is still usable that day).
 */
export function onHandByDrug(
  db: Db,
  drugIds: readonly number[],
  date: string,
): Map<number, number> {
  if (drugIds.length === 0) return new Map();
  const rows = db
    .select({ drugId: stockBatches.drugId, quantity: sql<number>`sum(${stockBatches.onHand})` })
    .from(stockBatches)
    .where(and(inArray(stockBatches.drugId, [...drugIds]), gte(stockBatches.expiry, date)))
    .groupBy(stockBatches.drugId)
    .all();
  return new Map(rows.map((row) => [row.drugId, row.quantity]));
}

/**
 * What each item of a prescription has actually been given (dispensed minus returned), as
 * the stock ledger records it: the quantities invoices and claims bill for.
 */
export function dispensedByItem(db: Db, prescriptionId: number): Map<number, number> {
  const rows = db
    .select({
      itemId: stockMovements.prescriptionItemId,
      quantity: sql<number>`-sum(${stockMovements.quantity})`,
    })
    .from(stockMovements)
    .innerJoin(prescriptionItems, eq(prescriptionItems.id, stockMovements.prescriptionItemId))
    .where(
      and(
        eq(prescriptionItems.prescriptionId, prescriptionId),
        inArray(stockMovements.kind, ['dispense', 'return']),
      ),
    )
    .groupBy(stockMovements.prescriptionItemId)
    .all();
  return new Map(rows.flatMap((row) => (row.itemId === null ? [] : [[row.itemId, row.quantity]])));
}
