import type Database from 'better-sqlite3';
import { and, eq, gte, inArray, or } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import {
  drugs,
  patients,
  prescriptionItems,
  prescriptions,
  users,
  visits,
} from '../../../db/schema';
import type {
  AwaitingPrescription,
  BatchRecipient,
  DispenseItemView,
  DispensePrescriptionView,
} from '../../../shared/api';
import { addDays } from '../../../shared/domain/dates';
import { statusesOf, visitIs } from '../../../shared/domain/queue';
import { planFefo } from '../../../shared/domain/fefo';
import { toSummary } from '../patients/rows';
import { usableBatches } from './batches';
import { givenByBatch, itemStates, itemStatesOf } from './items';
import { onHandByDrug } from './ledger-queries';

const header = {
  prescription: prescriptions,
  visit: visits,
  patient: patients,
  doctor: users.fullName,
};

function headerQuery(db: Db) {
  return db
    .select(header)
    .from(prescriptions)
    .innerJoin(visits, eq(visits.id, prescriptions.visitId))
    .innerJoin(patients, eq(patients.id, visits.patientId))
    .innerJoin(users, eq(users.id, prescriptions.prescribedBy));
}

/**
 * The pharmacist's list: visits waiting at the pharmacy (by day and queue number), then
 * prescriptions handed over within `owedDays` with drugs still owed (newest first).
 */
export function awaitingPrescriptions(
  sqlite: Database.Database,
  db: Db,
  today: string,
  owedDays: number,
): AwaitingPrescription[] {
  const rows = headerQuery(db)
    .where(
      or(
        inArray(visits.status, statusesOf('atPharmacy')),
        and(
          gte(visits.visitDate, addDays(today, -owedDays)),
          inArray(visits.status, statusesOf('billable')),
        ),
      ),
    )
    .all();
  const states = itemStatesOf(
    sqlite,
    rows.map((r) => r.prescription.id),
  );
  const counts = new Map<number, { items: number; owed: number }>();
  for (const s of states) {
    const count = counts.get(s.prescriptionId) ?? { items: 0, owed: 0 };
    count.items += 1;
    if (s.owed > 0) count.owed += 1;
    counts.set(s.prescriptionId, count);
  }
  return rows
    .map(({ prescription, visit, patient, doctor }): AwaitingPrescription => {
      const count = counts.get(prescription.id) ?? { items: 0, owed: 0 };
      return {
        prescriptionId: prescription.id,
        code: prescription.code,
        visitId: visit.id,
        visitDate: visit.visitDate,
        visitKind: visit.kind,
        queueNumber: visit.queueNumber,
        patient: toSummary(patient),
        doctor,
        createdAt: prescription.createdAt,
        state: visitIs(visit.status, 'atPharmacy') ? 'new' : 'owed',
        items: count.items,
        owedItems: count.owed,
      };
    })
    .filter((p) => p.state === 'new' || p.owedItems > 0)
    .sort((a, b) =>
      a.state !== b.state
        ? a.state === 'new'
          ? -1
          : 1
        : a.state === 'new'
          ? a.visitDate.localeCompare(b.visitDate) || a.queueNumber - b.queueNumber
          : b.createdAt.localeCompare(a.createdAt),
    );
}

/** A prescription as the pharmacist dispenses it, with the FEFO plan for what is owed. */
export function dispensePrescriptionView(
  sqlite: Database.Database,
  db: Db,
  prescriptionId: number,
  today: string,
): DispensePrescriptionView | null {
  const head = headerQuery(db).where(eq(prescriptions.id, prescriptionId)).get();
  if (!head) return null;
  const states = itemStates(sqlite, prescriptionId);
  const drugRows = db
    .select({
      itemId: prescriptionItems.id,
      code: drugs.code,
      name: drugs.name,
      ingredient: drugs.ingredientText,
      strength: drugs.strength,
      unit: prescriptionItems.unit,
    })
    .from(prescriptionItems)
    .innerJoin(drugs, eq(drugs.id, prescriptionItems.drugId))
    .where(eq(prescriptionItems.prescriptionId, prescriptionId))
    .all();
  const drugOf = new Map(drugRows.map((d) => [d.itemId, d]));
  const available = onHandByDrug(
    db,
    states.map((s) => s.drugId),
    today,
  );
  const given = givenByBatch(
    sqlite,
    states.map((s) => s.itemId),
  );
  const items = states.map((s): DispenseItemView => {
    const drug = drugOf.get(s.itemId);
    const batches = usableBatches(db, s.drugId, today);
    const byId = new Map(batches.map((b) => [b.id, b]));
    return {
      itemId: s.itemId,
      position: s.position,
      drugId: s.drugId,
      drugCode: drug?.code ?? '',
      drugName: drug?.name ?? '',
      ingredient: drug?.ingredient ?? '',
      strength: drug?.strength ?? '',
      unit: drug?.unit ?? '',
      usage: s.usage,
      prescribed: s.prescribed,
      dispensed: s.dispensed,
      closed: s.closed,
      owed: s.owed,
      available: available.get(s.drugId) ?? 0,
      plan: planFefo(batches, s.owed, today).takes.map((take) => ({
        batchId: take.batchId,
        lot: byId.get(take.batchId)?.lot ?? '',
        expiry: byId.get(take.batchId)?.expiry ?? '',
        quantity: take.quantity,
      })),
      given: given
        .filter((g) => g.itemId === s.itemId)
        .map(({ batchId, lot, expiry, quantity }) => ({ batchId, lot, expiry, quantity })),
    };
  });
  return {
    prescriptionId,
    code: head.prescription.code,
    visitId: head.visit.id,
    visitDate: head.visit.visitDate,
    visitKind: head.visit.kind,
    visitStatus: head.visit.status,
    queueNumber: head.visit.queueNumber,
    patient: toSummary(head.patient),
    doctor: head.doctor,
    createdAt: head.prescription.createdAt,
    items,
  };
}

/** Who holds drugs from a batch (net of returns), newest visit first: a recall's call list. */
export function batchRecipients(
  sqlite: Database.Database,
  db: Db,
  batchId: number,
): BatchRecipient[] {
  const given = sqlite
    .prepare<[number], { prescriptionId: number; quantity: number }>(
      `SELECT i.prescription_id AS prescriptionId, -sum(m.quantity) AS quantity
       FROM stock_movements m JOIN prescription_items i ON i.id = m.prescription_item_id
       WHERE m.batch_id = ? AND m.kind IN ('dispense', 'return')
       GROUP BY i.prescription_id HAVING -sum(m.quantity) > 0`,
    )
    .all(batchId);
  if (given.length === 0) return [];
  const quantityOf = new Map(given.map((g) => [g.prescriptionId, g.quantity]));
  return headerQuery(db)
    .where(inArray(prescriptions.id, [...quantityOf.keys()]))
    .all()
    .map(({ prescription, visit, patient }) => ({
      prescriptionId: prescription.id,
      prescriptionCode: prescription.code,
      visitDate: visit.visitDate,
      patient: toSummary(patient),
      quantity: quantityOf.get(prescription.id) ?? 0,
    }))
    .sort((a, b) => b.visitDate.localeCompare(a.visitDate) || b.prescriptionId - a.prescriptionId);
}
