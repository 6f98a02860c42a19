import { and, asc, eq, gt, gte, lte, type SQL } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { drugs, stockBatches, stockMinimums } from '../../../db/schema';
import type { OnHandRow } from '../../../shared/api/stock';
import type { FefoBatch } from '../../../shared/domain/fefo';
import { notFound } from '../errors';
import { stockStatements } from './statements';

const columns = {
  batch: stockBatches,
  drug: {
    code: drugs.code,
    name: drugs.name,
    ingredient: drugs.ingredientText,
    strength: drugs.strength,
    unit: drugs.unit,
  },
  minimum: stockMinimums.minimum,
};

type Joined = {
  batch: typeof stockBatches.$inferSelect;
  drug: { code: string; name: string; ingredient: string; strength: string; unit: string };
  minimum: number | null;
};

function toOnHandRow({ batch, drug, minimum }: Joined, today: string): OnHandRow {
  return {
    batchId: batch.id,
    drugId: batch.drugId,
    drugCode: drug.code,
    drugName: drug.name,
    ingredient: drug.ingredient,
    strength: drug.strength,
    unit: drug.unit,
    lot: batch.lot,
    expiry: batch.expiry,
    quantity: batch.onHand,
    unitCost: batch.unitCost,
    value: batch.onHand * batch.unitCost,
    expired: batch.expiry < today,
    minimum,
  };
}

function batchRows(db: Db, where: SQL | undefined, today: string): OnHandRow[] {
  return db
    .select(columns)
    .from(stockBatches)
    .innerJoin(drugs, eq(drugs.id, stockBatches.drugId))
    .leftJoin(stockMinimums, eq(stockMinimums.drugId, stockBatches.drugId))
    .where(where)
    .orderBy(asc(drugs.nameFolded), asc(drugs.id), asc(stockBatches.expiry), asc(stockBatches.id))
    .all()
    .map((row) => toOnHandRow(row, today));
}

/** Batches holding stock, by drug name then earliest expiry. */
export function onHand(
  db: Db,
  filter: { drugId?: number | undefined; includeExpired: boolean },
  today: string,
): OnHandRow[] {
  return batchRows(
    db,
    and(
      gt(stockBatches.onHand, 0),
      filter.drugId === undefined ? undefined : eq(stockBatches.drugId, filter.drugId),
      filter.includeExpired ? undefined : gte(stockBatches.expiry, today),
    ),
    today,
  );
}

/** Batches in stock that expire on or before `until` (expired ones included). */
export function expiringBatches(db: Db, until: string, today: string): OnHandRow[] {
  return batchRows(
    db,
    and(gt(stockBatches.onHand, 0), lte(stockBatches.expiry, until)),
    today,
  ).sort((a, b) => a.expiry.localeCompare(b.expiry) || a.batchId - b.batchId);
}

export function batchRow(db: Db, batchId: number, today: string): OnHandRow {
  const [row] = batchRows(db, eq(stockBatches.id, batchId), today);
  if (!row) throw notFound('pharmacy.batch.notFound', { id: batchId });
  return row;
}

/** A drug's batches that may be handed out today, in FEFO order. */
export function usableBatches(
  db: Db,
  drugId: number,
  today: string,
): (FefoBatch & { lot: string })[] {
  return stockStatements(db.$client).usableBatches.all(drugId, today);
}
