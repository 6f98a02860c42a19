import type Database from 'better-sqlite3';
import { drizzleFor } from '../../db/client';
import { stockBatches, stockMovements, visitVitals } from '../../db/schema';
import { repriceVisit } from '../../electron/backend/billing/invoices';
import { moveVisit } from '../../electron/backend/visits/status';
import { eq, sql } from 'drizzle-orm';
import { insertBatch, insertExam, insertPrescription, insertServiceOrder } from './clinical';

export interface SeedService {
  /** A service code of the starter catalogue (KB01 exam, XN01 glucose…). */
  code: string;
  quantity?: number;
  unitPrice: number;
  insuredPrice?: number | null;
  insuranceRatio?: number;
  scope?: number;
}

export interface SeedDrug {
  drugId: number;
  prescribed: number;
  /** What the pharmacy handed over; the prescribed quantity unless told otherwise. */
  dispensed?: number;
  unitPrice: number;
  insuredPrice?: number | null;
  insuranceRatio?: number;
  scope?: number;
}

export interface SeedVisit {
  visitId: number;
  doctorId?: number;
  services?: readonly SeedService[];
  drugs?: readonly SeedDrug[];
  /** ICD-10 codes, primary first; none leaves the visit without a diagnosis. */
  diagnoses?: readonly string[];
  reexamDate?: string;
  /** Measured by the nurse (CAN_NANG); null leaves the visit without vitals. */
  weightKg?: number | null;
  /** When the doctor and pharmacy did their part (the visit moves at this instant). */
  at?: Date;
}

/** The id of a starter-catalogue service by its code. */
export function serviceId(sqlite: Database.Database, code: string): number {
  const row = sqlite.prepare('SELECT id FROM services WHERE code = ?').get(code) as
    { id: number } | undefined;
  if (!row) throw new Error(`no service ${code}`);
  return row.id;
}

/** Hands `quantity` of a drug to a prescription item from its batch: ledger row and cache. */
function dispense(sqlite: Database.Database, batchId: number, itemId: number, quantity: number) {
  const db = drizzleFor(sqlite);
  db.insert(stockMovements)
    .values({
      batchId,
      kind: 'dispense',
      quantity: -quantity,
      prescriptionItemId: itemId,
      userId: 1,
      at: new Date().toISOString(),
    })
    .run();
  db.update(stockBatches)
    .set({ onHand: sql`${stockBatches.onHand} - ${quantity}` })
    .where(eq(stockBatches.id, batchId))
    .run();
}

let lots = 0;

/**
 * What the exam and pharmacy slices leave behind for the cashier: diagnoses, service orders
 * at their prices, a prescription with what was dispensed, and the visit awaiting payment
 * with its invoice.
 * Works on any database handle (a test backend's, or the file a browser test's server uses).
 */
export function seedVisitAtCashier(sqlite: Database.Database, seed: SeedVisit): number[] {
  const db = drizzleFor(sqlite);
  const at = seed.at ?? new Date();
  // Immediate: beside a running server a deferred read-then-write can meet a stale snapshot.
  return sqlite
    .transaction(() => {
      moveVisit(db, seed.visitId, 'in_exam', at);
      insertExam(sqlite, {
        visitId: seed.visitId,
        codes: seed.diagnoses ?? [],
        ...(seed.doctorId && { doctorId: seed.doctorId }),
        ...(seed.reexamDate && { reexamDate: seed.reexamDate }),
      });
      if (seed.weightKg !== null) {
        db.insert(visitVitals)
          .values({
            visitId: seed.visitId,
            weightKg: seed.weightKg ?? 62.5,
            recordedBy: seed.doctorId ?? 1,
            recordedAt: at.toISOString(),
          })
          .run();
      }
      for (const service of seed.services ?? []) {
        insertServiceOrder(sqlite, {
          visitId: seed.visitId,
          serviceId: serviceId(sqlite, service.code),
          unitPrice: service.unitPrice,
          ...(service.quantity !== undefined && { quantity: service.quantity }),
          ...(service.insuredPrice !== undefined && { insuredPrice: service.insuredPrice }),
          ...(service.insuranceRatio !== undefined && { insuranceRatio: service.insuranceRatio }),
          ...(service.scope !== undefined && { scope: service.scope }),
          ...(seed.doctorId && { doctorId: seed.doctorId }),
        });
      }
      const drugs = seed.drugs ?? [];
      let itemIds: number[] = [];
      if (drugs.length > 0) {
        itemIds = insertPrescription(sqlite, {
          visitId: seed.visitId,
          ...(seed.doctorId && { doctorId: seed.doctorId }),
          items: drugs.map((d) => ({
            drugId: d.drugId,
            quantity: d.prescribed,
            unitPrice: d.unitPrice,
            ...(d.insuredPrice !== undefined && { insuredPrice: d.insuredPrice }),
            ...(d.insuranceRatio !== undefined && { insuranceRatio: d.insuranceRatio }),
            ...(d.scope !== undefined && { scope: d.scope }),
          })),
        }).itemIds;
        moveVisit(db, seed.visitId, 'awaiting_pharmacy', at);
        drugs.forEach((d, index) => {
          const given = d.dispensed ?? d.prescribed;
          const itemId = itemIds[index];
          if (given <= 0 || itemId === undefined) return;
          const batchId = insertBatch(sqlite, {
            drugId: d.drugId,
            lot: `L${++lots}`,
            expiry: '2030-12-31',
            quantity: given + 10,
          });
          dispense(sqlite, batchId, itemId, given);
        });
      }
      moveVisit(db, seed.visitId, 'awaiting_payment', at);
      // As the exam and pharmacy writes do: the visit reaches the cashier with its bill priced.
      repriceVisit(db, seed.visitId, at);
      return itemIds;
    })
    .immediate();
}

/** Shared-list codes (QĐ 7603 form) for the starter services the billing tests order. */
export const TEST_BHXH_CODES: Readonly<Record<string, string>> = {
  KB01: '02.1896',
  XN01: '23.0075.1494',
  XN02: '23.0206.1596',
  TT01: '03.3911.0208',
  TT02: '10.9001.0202',
  TT03: '10.9002.0203',
  TT04: '01.0218.0075',
};

/** patients.create input of an insured patient (level 4 card) with what a claim needs of them. */
export const INSURED_PATIENT = {
  fullName: 'Lê Văn Bình',
  sex: 'male',
  birthDate: '1958-04-02',
  ethnicityCode: '01',
  occupationCode: '61110',
  address: { text: 'Số 1 Nguyễn Văn Cừ', wardCode: '00118', provinceCode: '01' },
  bhyt: {
    code: 'HT4010120878811',
    validFrom: '2025-01-01',
    validTo: '2030-12-31',
    facilityCode: '01001',
  },
} as const;
