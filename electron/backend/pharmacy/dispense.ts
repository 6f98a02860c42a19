import type Database from 'better-sqlite3';
import { owedClosures } from '../../../db/schema';
import type { Allocation, DispenseResult, ParsedInputOf, ReturnResult } from '../../../shared/api';
import { localDate } from '../../../shared/domain/dates';
import { planFefo } from '../../../shared/domain/fefo';
import { VISIT_STEPS, visitIs, type VisitStatus } from '../../../shared/domain/queue';
import { translate } from '../../../shared/i18n';
import { repriceVisit, type RepricedBill } from '../billing/invoices';
import { AppError, conflict, invalidField } from '../errors';
import { moveVisit } from '../visits/status';
import { usableBatches } from './batches';
import {
  givenByBatch,
  itemState,
  itemStates,
  prescriptionVisit,
  type ItemState,
  type PrescriptionVisit,
} from './items';
import { recordMovement, type StockWriter } from './movements';

export interface DispenseWriter extends StockWriter {
  sqlite: Database.Database;
}

function readyPrescription(w: DispenseWriter, prescriptionId: number): PrescriptionVisit {
  const visit = prescriptionVisit(w.sqlite, prescriptionId);
  if (!visitIs(visit.status, 'dispensable')) {
    throw conflict('pharmacy.dispense.notReady', undefined, { status: visit.status });
  }
  return visit;
}

/** The pharmacist's hand-over sends the patient on to the cashier. */
function handOver(w: DispenseWriter, visit: PrescriptionVisit): VisitStatus {
  if (!visitIs(visit.status, 'atPharmacy')) return visit.status;
  return moveVisit(w.db, visit.visitId, VISIT_STEPS.toCashier, w.now).status;
}

/** How much of each item to give now: as asked (at most what is owed), or all that is owed. */
function wanted(
  states: readonly ItemState[],
  lines: ParsedInputOf<'stock.dispense'>['lines'],
): Map<number, number> {
  if (!lines) return new Map(states.map((s) => [s.itemId, s.owed]));
  const byId = new Map(states.map((s) => [s.itemId, s]));
  const want = new Map<number, number>();
  lines.forEach((line, index) => {
    const state = byId.get(line.itemId);
    if (!state) throw invalidField(`lines.${index}.itemId`, 'pharmacy.item.notOnPrescription');
    // The contract refuses an item twice; this keeps it so for any other caller.
    if (want.has(line.itemId)) throw invalidField('lines', 'pharmacy.dispense.itemTwice');
    if (line.quantity > state.owed) {
      throw invalidField(`lines.${index}.quantity`, 'pharmacy.dispense.moreThanOwed', {
        owed: state.owed,
      });
    }
    want.set(line.itemId, line.quantity);
  });
  return want;
}

/**
 * Hands a prescription over: each item takes from the drug's batches not expired today,
 * earliest expiry first, across batches; what stock cannot cover stays owed. Runs inside the
 * dispatcher's IMMEDIATE transaction, so a second dispenser waits and then sees this one's
 * stock taken.
 */
export function dispense(
  w: DispenseWriter,
  input: ParsedInputOf<'stock.dispense'>,
): DispenseResult & { visit: PrescriptionVisit; repricedBill: RepricedBill | null } {
  const visit = readyPrescription(w, input.prescriptionId);
  const states = itemStates(w.sqlite, input.prescriptionId);
  if (states.every((s) => s.owed === 0)) throw conflict('pharmacy.dispense.nothingOwed');
  const want = wanted(states, input.lines);
  const today = localDate(w.now);
  const allocations: Allocation[] = [];
  for (const state of states) {
    const quantity = Math.min(want.get(state.itemId) ?? 0, state.owed);
    if (quantity === 0) continue;
    const batches = usableBatches(w.db, state.drugId, today);
    const byId = new Map(batches.map((b) => [b.id, b]));
    for (const take of planFefo(batches, quantity, today).takes) {
      recordMovement(w, {
        batchId: take.batchId,
        kind: 'dispense',
        quantity: -take.quantity,
        prescriptionItemId: state.itemId,
      });
      allocations.push({
        itemId: state.itemId,
        drugId: state.drugId,
        batchId: take.batchId,
        lot: byId.get(take.batchId)?.lot ?? '',
        expiry: byId.get(take.batchId)?.expiry ?? '',
        quantity: take.quantity,
      });
    }
  }
  const given = new Map<number, number>();
  for (const a of allocations) given.set(a.itemId, (given.get(a.itemId) ?? 0) + a.quantity);
  const owed = states
    .map((s) => ({ itemId: s.itemId, quantity: s.owed - (given.get(s.itemId) ?? 0) }))
    .filter((o) => o.quantity > 0);
  const visitStatus = handOver(w, visit);
  // The bill follows the ledger in the same transaction: paid or not, whatever the claim month.
  const repricedBill = repriceVisit(w.db, visit.visitId, w.now);
  return {
    prescriptionId: input.prescriptionId,
    allocations,
    owed,
    visitStatus,
    visit,
    repricedBill,
  };
}

/**
 * Drugs a patient brings back go into the batch they were given from. Unless the patient is
 * to get them again (an exchange), the quantity is no longer owed either.
 */
export function returnToBatch(
  w: DispenseWriter,
  input: ParsedInputOf<'stock.return'>,
): ReturnResult & { visit: PrescriptionVisit; repricedBill: RepricedBill | null } {
  const state = itemState(w.sqlite, input.itemId);
  const visit = prescriptionVisit(w.sqlite, state.prescriptionId);
  const given = givenByBatch(w.sqlite, [input.itemId]);
  if (given.length === 0) throw conflict('pharmacy.return.nothingGiven');
  let from = given[0];
  if (input.batchId !== undefined) {
    from = given.find((g) => g.batchId === input.batchId);
    if (!from) throw invalidField('batchId', 'pharmacy.return.notFromBatch');
  } else if (given.length > 1) {
    throw invalidField('batchId', 'pharmacy.return.whichBatch');
  }
  if (!from) throw new Error('unreachable: a batch was given');
  if (input.quantity > from.quantity) {
    throw invalidField('quantity', 'pharmacy.return.moreThanGiven', { given: from.quantity });
  }
  const reason = input.reason ?? translate('vi', 'pharmacy.return.defaultReason');
  recordMovement(w, {
    batchId: from.batchId,
    kind: 'return',
    quantity: input.quantity,
    prescriptionItemId: input.itemId,
    reason,
  });
  if (!input.reissue) closeItem(w, input.itemId, input.quantity, reason);
  const repricedBill = repriceVisit(w.db, visit.visitId, w.now);
  const after = itemState(w.sqlite, input.itemId);
  return {
    itemId: input.itemId,
    batchId: from.batchId,
    quantity: input.quantity,
    dispensed: after.dispensed,
    owed: after.owed,
    visit,
    repricedBill,
  };
}

function closeItem(w: StockWriter, itemId: number, quantity: number, reason: string): void {
  w.db
    .insert(owedClosures)
    .values({
      prescriptionItemId: itemId,
      quantity,
      reason,
      userId: w.userId,
      at: w.now.toISOString(),
    })
    .run();
}

/**
 * Stops owing the rest of an item. When nothing on the prescription is owed any more and it
 * was never handed over, the patient goes on to the cashier.
 */
export function closeOwed(
  w: DispenseWriter,
  itemId: number,
  reason: string,
): { itemId: number; closed: number; visitStatus: VisitStatus; visit: PrescriptionVisit } {
  const state = itemState(w.sqlite, itemId);
  if (state.owed === 0) throw new AppError('CONFLICT', 'pharmacy.owed.none');
  const visit = readyPrescription(w, state.prescriptionId);
  closeItem(w, itemId, state.owed, reason);
  const rest = itemStates(w.sqlite, state.prescriptionId);
  const visitStatus = rest.every((s) => s.owed === 0) ? handOver(w, visit) : visit.status;
  // Handed over with nothing given: the visit reaches the cashier and gets its bill now.
  repriceVisit(w.db, visit.visitId, w.now);
  return { itemId, closed: state.owed, visitStatus, visit };
}
