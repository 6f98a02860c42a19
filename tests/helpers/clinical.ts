import type Database from 'better-sqlite3';
import { drizzleFor } from '../../db/client';
import {
  goodsReceipts,
  prescriptionItems,
  prescriptions,
  serviceOrders,
  stockBatches,
  stockMovements,
  visitDiagnoses,
  visitExams,
} from '../../db/schema';
import { toMilli, toMilliOrNull } from '../../shared/domain/unit-price';

/**
 * Rows of the clinical core written straight into a database (a backend's, or a file the
 * browser tests' server uses), for slices that read what another slice writes. Prices are
 * the catalogue's at the time, as the exam slice copies them.
 */
export interface SeedItem {
  drugId: number;
  quantity: number;
  unitPrice?: number;
  insuredPrice?: number | null;
  insuranceRatio?: number;
  scope?: number;
  doseMorning?: string;
  days?: number;
}

/** When the row was written: the test's clock when given, else now. */
const at = (when?: Date): string => (when ?? new Date()).toISOString();

function run<T>(sqlite: Database.Database, write: () => T): T {
  return sqlite.inTransaction ? write() : sqlite.transaction(write)();
}

/** A prescription for a visit, with its items; returns the prescription and item ids. */
export function insertPrescription(
  sqlite: Database.Database,
  input: {
    visitId: number;
    doctorId?: number;
    code?: string;
    items: readonly SeedItem[];
    at?: Date;
  },
): { prescriptionId: number; itemIds: number[] } {
  const db = drizzleFor(sqlite);
  return run(sqlite, () => {
    const prescription = db
      .insert(prescriptions)
      .values({
        visitId: input.visitId,
        code: input.code ?? `01001A${String(input.visitId).padStart(6, '0')}-c`,
        prescribedBy: input.doctorId ?? 1,
        createdAt: at(input.at),
        updatedAt: at(input.at),
      })
      .returning()
      .get();
    const itemIds = input.items.map(
      (item, position) =>
        db
          .insert(prescriptionItems)
          .values({
            prescriptionId: prescription.id,
            position,
            drugId: item.drugId,
            doseMorning: item.doseMorning ?? '1',
            days: item.days ?? item.quantity,
            quantity: item.quantity,
            unit: 'Viên',
            usage: `Sáng ${item.doseMorning ?? '1'} viên`,
            unitPriceMilli: toMilli(item.unitPrice ?? 1000),
            insuredPriceMilli: toMilliOrNull(
              item.insuredPrice === undefined ? (item.unitPrice ?? 1000) : item.insuredPrice,
            ),
            insuranceRatio: item.insuranceRatio ?? 100,
            scope: item.scope ?? 1,
          })
          .returning()
          .get().id,
    );
    return { prescriptionId: prescription.id, itemIds };
  });
}

/** A service ordered in a visit at the given prices. */
export function insertServiceOrder(
  sqlite: Database.Database,
  input: {
    visitId: number;
    serviceId: number;
    quantity?: number;
    unitPrice: number;
    insuredPrice?: number | null;
    insuranceRatio?: number;
    scope?: number;
    doctorId?: number;
    at?: Date;
  },
): number {
  const db = drizzleFor(sqlite);
  return run(
    sqlite,
    () =>
      db
        .insert(serviceOrders)
        .values({
          visitId: input.visitId,
          serviceId: input.serviceId,
          quantity: input.quantity ?? 1,
          unitPriceMilli: toMilli(input.unitPrice),
          insuredPriceMilli: toMilliOrNull(
            input.insuredPrice === undefined ? input.unitPrice : input.insuredPrice,
          ),
          insuranceRatio: input.insuranceRatio ?? 100,
          scope: input.scope ?? 1,
          orderedBy: input.doctorId ?? 1,
          orderedAt: at(input.at),
        })
        .returning()
        .get().id,
  );
}

/** The doctor's record with a primary (and optional secondary) diagnosis. */
export function insertExam(
  sqlite: Database.Database,
  input: {
    visitId: number;
    doctorId?: number;
    codes: readonly string[];
    reexamDate?: string;
    at?: Date;
  },
): void {
  const db = drizzleFor(sqlite);
  run(sqlite, () => {
    db.insert(visitExams)
      .values({
        visitId: input.visitId,
        doctorId: input.doctorId ?? 1,
        reexamDate: input.reexamDate ?? null,
        startedAt: at(input.at),
        finishedAt: at(input.at),
        updatedAt: at(input.at),
      })
      .run();
    input.codes.forEach((icdCode, position) =>
      db.insert(visitDiagnoses).values({ visitId: input.visitId, position, icdCode }).run(),
    );
  });
}

/** A received batch with stock on hand, recorded in the ledger as a goods receipt. */
export function insertBatch(
  sqlite: Database.Database,
  input: { drugId: number; lot: string; expiry: string; quantity: number; unitCost?: number },
): number {
  const db = drizzleFor(sqlite);
  return run(sqlite, () => {
    const receipt = db
      .insert(goodsReceipts)
      .values({ supplier: 'Nhà cung cấp mẫu', receivedBy: 1, receivedAt: at() })
      .returning()
      .get();
    const batchId = db
      .insert(stockBatches)
      .values({
        drugId: input.drugId,
        lot: input.lot,
        expiry: input.expiry,
        unitCost: input.unitCost ?? 500,
        onHand: input.quantity,
        createdAt: at(),
      })
      .returning()
      .get().id;
    db.insert(stockMovements)
      .values({
        batchId,
        kind: 'receipt',
        quantity: input.quantity,
        goodsReceiptId: receipt.id,
        userId: 1,
        at: at(),
      })
      .run();
    return batchId;
  });
}
