import { and, eq, inArray } from 'drizzle-orm';
import { drugs, goodsReceipts, stockBatches, users } from '../../../db/schema';
import type { GoodsReceiptView, ParsedInputOf, ReceiptLineView } from '../../../shared/api';
import { localDate } from '../../../shared/domain/dates';
import { formatVnd } from '../../../shared/domain/money';
import { AppError, invalidField } from '../errors';
import { recordMovement, type StockWriter } from './movements';

type ReceiveInput = ParsedInputOf<'stock.receive'>;

function lineError(
  index: number,
  field: string,
  key: 'pharmacy.receive.expired' | 'pharmacy.receive.otherCost' | 'pharmacy.drug.notFound',
  params?: Record<string, string | number>,
): AppError {
  return new AppError('VALIDATION', key, {
    ...(params && { params }),
    fieldErrors: { [`lines.${index}.${field}`]: { key, ...(params && { params }) } },
  });
}

/**
 * A goods receipt (phiếu nhập) and its lines, all or nothing. A line for a drug, lot and expiry
 * already in the store adds to that batch; its unit cost must then be the batch's, since the
 * report values each batch at one cost (a different one is most likely a typing slip).
 */
export function receiveGoods(w: StockWriter, input: ReceiveInput): GoodsReceiptView {
  const today = localDate(w.now);
  const at = w.now.toISOString();
  if (input.date !== undefined && input.date > today) {
    throw invalidField('date', 'pharmacy.receive.futureDate');
  }
  const known = new Set(
    w.db
      .select({ id: drugs.id })
      .from(drugs)
      .where(
        inArray(
          drugs.id,
          input.lines.map((line) => line.drugId),
        ),
      )
      .all()
      .map((row) => row.id),
  );
  const receipt = w.db
    .insert(goodsReceipts)
    .values({
      supplier: input.supplier ?? null,
      invoiceNo: input.invoiceNo ?? null,
      invoiceDate: input.date ?? today,
      note: input.note ?? null,
      receivedBy: w.userId,
      receivedAt: at,
    })
    .returning()
    .get();
  input.lines.forEach((line, index) => {
    if (!known.has(line.drugId)) throw lineError(index, 'drugId', 'pharmacy.drug.notFound');
    if (line.expiry < today) throw lineError(index, 'expiry', 'pharmacy.receive.expired');
    const existing = w.db
      .select()
      .from(stockBatches)
      .where(
        and(
          eq(stockBatches.drugId, line.drugId),
          eq(stockBatches.lot, line.lot),
          eq(stockBatches.expiry, line.expiry),
        ),
      )
      .get();
    if (existing && existing.unitCost !== line.unitCost) {
      throw lineError(index, 'unitCost', 'pharmacy.receive.otherCost', {
        lot: line.lot,
        cost: formatVnd(existing.unitCost),
      });
    }
    const batchId =
      existing?.id ??
      w.db
        .insert(stockBatches)
        .values({
          drugId: line.drugId,
          lot: line.lot,
          expiry: line.expiry,
          unitCost: line.unitCost,
          createdAt: at,
        })
        .returning({ id: stockBatches.id })
        .get().id;
    recordMovement(w, {
      batchId,
      kind: 'receipt',
      quantity: line.quantity,
      goodsReceiptId: receipt.id,
    });
  });
  return getReceipt(w, receipt.id);
}

/** A goods receipt as saved, with its lines in the order they were entered. */
export function getReceipt(w: Pick<StockWriter, 'db'>, receiptId: number): GoodsReceiptView {
  const rows = w.db.$client
    .prepare<[number], Omit<ReceiptLineView, 'amount'>>(
      `SELECT m.batch_id AS batchId, b.drug_id AS drugId, d.name AS drugName, d.unit AS unit,
              b.lot AS lot, b.expiry AS expiry, m.quantity AS quantity, b.unit_cost AS unitCost
       FROM stock_movements m
       JOIN stock_batches b ON b.id = m.batch_id
       JOIN drugs d ON d.id = b.drug_id
       WHERE m.goods_receipt_id = ? AND m.kind = 'receipt'
       ORDER BY m.id`,
    )
    .all(receiptId);
  const receipt = w.db
    .select({ receipt: goodsReceipts, by: users.fullName })
    .from(goodsReceipts)
    .innerJoin(users, eq(users.id, goodsReceipts.receivedBy))
    .where(eq(goodsReceipts.id, receiptId))
    .get();
  if (!receipt) throw new Error(`goods receipt ${receiptId} vanished`);
  const lines = rows.map((row) => ({ ...row, amount: row.quantity * row.unitCost }));
  return {
    id: receiptId,
    supplier: receipt.receipt.supplier,
    invoiceNo: receipt.receipt.invoiceNo,
    date: receipt.receipt.invoiceDate ?? localDate(new Date(receipt.receipt.receivedAt)),
    receivedAt: receipt.receipt.receivedAt,
    receivedBy: receipt.by,
    lines,
    total: lines.reduce((sum, line) => sum + line.amount, 0),
  };
}
