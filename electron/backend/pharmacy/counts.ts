import { and, eq, gt, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { Db } from '../../../db/client';
import {
  stockBatches,
  stockCountLines,
  stockCounts,
  users,
  type StockCountRow,
} from '../../../db/schema';
import type { ParsedInputOf, StockCountLine, StockCountView } from '../../../shared/api';
import { translate } from '../../../shared/i18n';
import { AppError, conflict, invalidField, notFound } from '../errors';
import { recordMovement, type StockWriter } from './movements';

function countRow(db: Db, countId: number): StockCountRow {
  const row = db.select().from(stockCounts).where(eq(stockCounts.id, countId)).get();
  if (!row) throw notFound('pharmacy.count.notFound', { id: countId });
  return row;
}

function openCount(db: Db, countId: number): StockCountRow {
  const row = countRow(db, countId);
  if (row.status !== 'open') throw conflict('pharmacy.count.notOpen', { id: countId });
  return row;
}

/** Starts a stock-take listing every batch that holds stock, with its book quantity now. */
export function startCount(w: StockWriter, note: string | undefined): number {
  const open = w.db
    .select({ id: stockCounts.id })
    .from(stockCounts)
    .where(eq(stockCounts.status, 'open'))
    .get();
  if (open) throw conflict('pharmacy.count.alreadyOpen', { id: open.id }, { countId: open.id });
  const count = w.db
    .insert(stockCounts)
    .values({ note: note ?? null, startedBy: w.userId, startedAt: w.now.toISOString() })
    .returning({ id: stockCounts.id })
    .get();
  w.db
    .insert(stockCountLines)
    .select(
      w.db
        .select({
          countId: sql<number>`${count.id}`.as('count_id'),
          batchId: stockBatches.id,
          expected: stockBatches.onHand,
          counted: sql<null>`NULL`.as('counted'),
          countedBy: sql<null>`NULL`.as('counted_by'),
          countedAt: sql<null>`NULL`.as('counted_at'),
          adjusted: sql<null>`NULL`.as('adjusted'),
        })
        .from(stockBatches)
        .where(gt(stockBatches.onHand, 0)),
    )
    .run();
  return count.id;
}

/**
 * Enters counted quantities. The book quantity is taken again as each count is entered, so
 * dispensing while the shelves are counted does not show up as a difference.
 */
export function enterCounts(w: StockWriter, input: ParsedInputOf<'stock.count'>): void {
  openCount(w.db, input.countId);
  const at = w.now.toISOString();
  input.lines.forEach((line, index) => {
    const batch = w.db
      .select({ onHand: stockBatches.onHand })
      .from(stockBatches)
      .where(eq(stockBatches.id, line.batchId))
      .get();
    if (!batch) throw invalidField(`lines.${index}.batchId`, 'pharmacy.batch.notFound');
    const values = {
      expected: batch.onHand,
      counted: line.counted,
      countedBy: line.counted === null ? null : w.userId,
      countedAt: line.counted === null ? null : at,
    };
    w.db
      .insert(stockCountLines)
      .values({ countId: input.countId, batchId: line.batchId, ...values })
      .onConflictDoUpdate({
        target: [stockCountLines.countId, stockCountLines.batchId],
        set: values,
      })
      .run();
  });
}

/** Each counted difference becomes an adjustment of the batch; the stock-take closes. */
export function confirmCount(w: StockWriter, countId: number, reason: string): void {
  openCount(w.db, countId);
  const lines = w.db
    .select()
    .from(stockCountLines)
    .where(and(eq(stockCountLines.countId, countId), sql`${stockCountLines.counted} IS NOT NULL`))
    .all();
  if (lines.length === 0) throw new AppError('CONFLICT', 'pharmacy.count.nothingCounted');
  const why = translate('vi', 'pharmacy.count.adjustReason', { id: countId, reason });
  for (const line of lines) {
    const difference = (line.counted ?? line.expected) - line.expected;
    if (difference !== 0) {
      recordMovement(w, {
        batchId: line.batchId,
        kind: 'adjustment',
        quantity: difference,
        reason: why,
      });
    }
    w.db
      .update(stockCountLines)
      .set({ adjusted: difference })
      .where(and(eq(stockCountLines.countId, countId), eq(stockCountLines.batchId, line.batchId)))
      .run();
  }
  closeCount(w, countId, 'confirmed', reason);
}

export function closeCount(
  w: StockWriter,
  countId: number,
  status: 'confirmed' | 'cancelled',
  reason: string | null = null,
): void {
  openCount(w.db, countId);
  w.db
    .update(stockCounts)
    .set({ status, reason, closedBy: w.userId, closedAt: w.now.toISOString() })
    .where(eq(stockCounts.id, countId))
    .run();
}

export function openCountId(db: Db): number | null {
  return (
    db.select({ id: stockCounts.id }).from(stockCounts).where(eq(stockCounts.status, 'open')).get()
      ?.id ?? null
  );
}

/** A stock-take with its lines by drug name and expiry. */
export function countView(db: Db, countId: number): StockCountView {
  const starter = alias(users, 'starter');
  const closer = alias(users, 'closer');
  const head = db
    .select({ count: stockCounts, startedBy: starter.fullName, closedBy: closer.fullName })
    .from(stockCounts)
    .innerJoin(starter, eq(starter.id, stockCounts.startedBy))
    .leftJoin(closer, eq(closer.id, stockCounts.closedBy))
    .where(eq(stockCounts.id, countId))
    .get();
  if (!head) throw notFound('pharmacy.count.notFound', { id: countId });
  const lines = db.$client
    .prepare<[number], Omit<StockCountLine, 'difference' | 'differenceValue'>>(
      `SELECT l.batch_id AS batchId, b.drug_id AS drugId, d.code AS drugCode, d.name AS drugName,
              d.unit AS unit, b.lot AS lot, b.expiry AS expiry, b.unit_cost AS unitCost,
              l.expected AS expected, l.counted AS counted, l.adjusted AS adjusted
       FROM stock_count_lines l
       JOIN stock_batches b ON b.id = l.batch_id
       JOIN drugs d ON d.id = b.drug_id
       WHERE l.count_id = ?
       ORDER BY d.name_folded, d.id, b.expiry, b.id`,
    )
    .all(countId)
    .map((line): StockCountLine => {
      const difference = line.counted === null ? null : line.counted - line.expected;
      return {
        ...line,
        difference,
        differenceValue: difference === null ? null : difference * line.unitCost,
      };
    });
  const { count } = head;
  return {
    id: count.id,
    status: count.status,
    note: count.note,
    startedAt: count.startedAt,
    startedBy: head.startedBy,
    reason: count.reason,
    closedAt: count.closedAt,
    closedBy: head.closedBy,
    lines,
    countedLines: lines.filter((l) => l.counted !== null).length,
    differences: lines.filter((l) => l.difference !== null && l.difference !== 0).length,
  };
}
