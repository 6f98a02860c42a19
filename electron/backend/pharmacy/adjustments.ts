import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { drugs, stockMinimums } from '../../../db/schema';
import type { LowStock, OnHandRow, StockAlerts } from '../../../shared/api';
import { addDays, localDate } from '../../../shared/domain/dates';
import { translate } from '../../../shared/i18n';
import { conflict, notFound } from '../errors';
import { batchRow, expiringBatches } from './batches';
import { recordMovement, type StockWriter } from './movements';

/** A correction outside dispensing (broken, found, miscounted), with its reason. */
export function adjustBatch(
  w: StockWriter,
  batchId: number,
  quantity: number,
  reason: string,
): OnHandRow {
  recordMovement(w, { batchId, kind: 'adjustment', quantity, reason });
  return batchRow(w.db, batchId, localDate(w.now));
}

/** Writes off all that is left of expired batches (a batch is usable on its expiry day). */
export function writeOffExpired(
  w: StockWriter,
  batchIds: readonly number[],
  reason: string | undefined,
): { batchId: number; quantity: number; lot: string }[] {
  const today = localDate(w.now);
  const why = reason ?? translate('vi', 'pharmacy.writeOff.defaultReason');
  const written: { batchId: number; quantity: number; lot: string }[] = [];
  for (const batchId of new Set(batchIds)) {
    const batch = batchRow(w.db, batchId, today);
    if (!batch.expired) {
      throw conflict('pharmacy.writeOff.notExpired', { lot: batch.lot }, { batchId });
    }
    if (batch.quantity === 0) continue;
    recordMovement(w, { batchId, kind: 'expiry', quantity: -batch.quantity, reason: why });
    written.push({ batchId, quantity: batch.quantity, lot: batch.lot });
  }
  return written;
}

export function setMinimum(w: StockWriter, drugId: number, minimum: number | null): void {
  const drug = w.db.select({ id: drugs.id }).from(drugs).where(eq(drugs.id, drugId)).get();
  if (!drug) throw notFound('pharmacy.drug.notFound');
  if (!minimum) {
    w.db.delete(stockMinimums).where(eq(stockMinimums.drugId, drugId)).run();
    return;
  }
  const values = { minimum, updatedBy: w.userId, updatedAt: w.now.toISOString() };
  w.db
    .insert(stockMinimums)
    .values({ drugId, ...values })
    .onConflictDoUpdate({ target: stockMinimums.drugId, set: values })
    .run();
}

/** Drugs whose usable stock today is below their minimum, emptiest first. */
export function lowStock(db: Db, today: string): LowStock[] {
  return db.$client
    .prepare<[string], LowStock>(
      `SELECT m.drug_id AS drugId, d.code AS drugCode, d.name AS drugName, d.unit AS unit,
              m.minimum AS minimum,
              coalesce((SELECT sum(b.on_hand) FROM stock_batches b
                        WHERE b.drug_id = m.drug_id AND b.expiry >= ?), 0) AS onHand
       FROM stock_minimums m JOIN drugs d ON d.id = m.drug_id
       WHERE onHand < m.minimum
       ORDER BY onHand * 1.0 / m.minimum, d.name_folded`,
    )
    .all(today);
}

export function stockAlerts(db: Db, now: Date, windowDays: number): StockAlerts {
  const today = localDate(now);
  return {
    expiryWindowDays: windowDays,
    expiring: expiringBatches(db, addDays(today, windowDays), today),
    low: lowStock(db, today),
  };
}
