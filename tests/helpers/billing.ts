import type Database from 'better-sqlite3';
import { drizzleFor } from '../../db/client';
import { stockBatches, stockMovements } from '../../db/schema';
import { moveVisit } from '../../electron/backend/visits/status';
import { eq, sql } from 'drizzle-orm';
import { expectOk, makeBackend, makeUser, setUpClinic, testClock } from './backend';
import { drugInput } from './catalog';
import { insertBatch, insertExam, insertPrescription, insertServiceOrder } from './clinical';
import { makePatient } from './patients';

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
 * at their prices, a prescription with what was dispensed, and the visit awaiting payment.
 * Works on any database handle (a test backend's, or the file a browser test's server uses).
 */
export function seedVisitAtCashier(sqlite: Database.Database, seed: SeedVisit): number[] {
  const db = drizzleFor(sqlite);
  const at = seed.at ?? new Date();
  return sqlite.transaction(() => {
    moveVisit(db, seed.visitId, 'in_exam', at);
    insertExam(sqlite, {
      visitId: seed.visitId,
      codes: seed.diagnoses ?? [],
      ...(seed.doctorId && { doctorId: seed.doctorId }),
      ...(seed.reexamDate && { reexamDate: seed.reexamDate }),
    });
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
    return itemIds;
  })();
}

export type Clinic = Awaited<ReturnType<typeof billingClinic>>;

let cards = 0;

/** A card code no other test patient holds: level 4 (80%) unless told otherwise. */
export function cardCode(level: 1 | 2 | 3 | 4 | 5 = 4, group = 'DN'): string {
  return `${group}${level}01${String(3_000_000_000 + ++cards).padStart(10, '0')}`;
}

/**
 * A clinic at the cash desk on 26/11/2026: a cashier, a doctor with a practising code, a
 * drug, the station's bank and the head's claims code set, and the commune 100% rule off so
 * co-pays show (the low-cost rule still applies below 351,000 VND).
 */
export async function billingClinic(options: { primaryCareFull?: boolean } = {}) {
  const clock = testClock('2026-11-26T02:00:00.000Z');
  const backend = makeBackend({ clock });
  const clinic = await setUpClinic(backend);
  const { call, adminToken } = clinic;
  expectOk(
    await call('settings.update', {
      coverage: { primaryCareFull: options.primaryCareFull ?? false },
      cashier: {
        bankName: 'Agribank',
        bankBin: '970405',
        bankAccount: '1500201012345',
        payee: 'Tram Y te xa An Binh',
      },
      claims: { headCode: '0123456789' },
    }),
  );
  const cashier = await makeUser(backend, adminToken, ['cashier']);
  const doctor = await makeUser(backend, adminToken, ['doctor']);
  expectOk(await call('users.update', { id: doctor.id, practitionerCode: '000123/BYT-CCHN' }));
  const drug = expectOk(await call('catalog.drugs.save', drugInput()));
  return { backend, clock, ...clinic, cashier, doctor, drugId: drug.id };
}

/** Registers a patient (with a card valid all of 2026 for BHYT visits) and checks them in. */
export async function checkIn(
  clinic: Pick<Clinic, 'call'>,
  kind: 'bhyt' | 'fee',
  code = cardCode(),
): Promise<{ visitId: number; patientId: number; card: string }> {
  const patient = await makePatient(clinic.call, {
    ...(kind === 'bhyt' && {
      bhyt: { code, validFrom: '2026-01-01', validTo: '2026-12-31', facilityCode: '01001' },
    }),
  });
  const { visitId } = expectOk(await clinic.call('visits.create', { patientId: patient.id, kind }));
  return { visitId, patientId: patient.id, card: code };
}
