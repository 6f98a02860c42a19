import { describe, expect, it } from 'vitest';
import {
  prescriptionItems,
  prescriptions,
  stockBatches,
  stockMovements,
  goodsReceipts,
} from '../../db/schema';
import { dispensedByItem, onHandByDrug } from '../../electron/backend/pharmacy/ledger-queries';
import { moveVisit } from '../../electron/backend/visits/status';
import { AppError } from '../../electron/backend/errors';
import { expectOk, makeBackend, setUpClinic } from '../helpers/backend';
import { drugInput } from '../helpers/catalog';
import { makePatient } from '../helpers/patients';

async function clinicWithVisit() {
  const backend = makeBackend();
  const clinic = await setUpClinic(backend);
  const patient = await makePatient(clinic.call);
  const { visitId } = expectOk(
    await clinic.call('visits.create', { patientId: patient.id, kind: 'fee' }),
  );
  const drug = expectOk(await clinic.call('catalog.drugs.save', drugInput()));
  return { backend, visitId, drugId: drug.id, ...clinic };
}

describe('visit status moves', () => {
  it('follows the way through the station and refuses shortcuts', async () => {
    const { backend, visitId } = await clinicWithVisit();
    const { db } = backend.services;
    const now = new Date();
    expect(() => moveVisit(db, visitId, 'done', now)).toThrow(AppError);
    expect(moveVisit(db, visitId, 'in_exam', now).examStartedAt).toBe(now.toISOString());
    expect(moveVisit(db, visitId, 'awaiting_pharmacy', now).status).toBe('awaiting_pharmacy');
    expect(() => moveVisit(db, visitId, 'cancelled', now)).toThrow(AppError);
    moveVisit(db, visitId, 'awaiting_payment', now);
    const done = moveVisit(db, visitId, 'done', now);
    expect(done).toMatchObject({ status: 'done', doneAt: now.toISOString() });
  });
});

describe('stock ledger reads', () => {
  it('sums usable stock per drug and what each prescribed item was given', async () => {
    const { backend, visitId, drugId } = await clinicWithVisit();
    const { db, sqlite } = backend.services;
    const at = new Date().toISOString();
    const { itemId, receiptId, fresh, old } = sqlite.transaction(() => {
      const receipt = db
        .insert(goodsReceipts)
        .values({ supplier: 'Công ty Dược', receivedBy: 1, receivedAt: at })
        .returning()
        .get();
      const batch = (lot: string, expiry: string, onHand: number) =>
        db
          .insert(stockBatches)
          .values({ drugId, lot, expiry, unitCost: 500, onHand, createdAt: at })
          .returning()
          .get().id;
      const prescription = db
        .insert(prescriptions)
        .values({ visitId, code: '01001A000001-c', prescribedBy: 1, createdAt: at, updatedAt: at })
        .returning()
        .get();
      const item = db
        .insert(prescriptionItems)
        .values({
          prescriptionId: prescription.id,
          position: 0,
          drugId,
          doseMorning: '1',
          days: 10,
          quantity: 10,
          unit: 'Viên',
          usage: 'Sáng 1 viên',
          // Thousandths of a dong: 800 đ.
          unitPriceMilli: 800_000,
          insuredPriceMilli: 800_000,
          insuranceRatio: 100,
          scope: 1,
        })
        .returning()
        .get();
      return {
        itemId: item.id,
        receiptId: receipt.id,
        fresh: batch('L1', '2027-06-30', 90),
        old: batch('L0', '2026-01-31', 40),
      };
    })();
    expect(onHandByDrug(db, [drugId], '2026-11-26')).toEqual(new Map([[drugId, 90]]));
    expect(onHandByDrug(db, [drugId], '2026-01-31')).toEqual(new Map([[drugId, 130]]));

    const move = (kind: 'dispense' | 'return', quantity: number) =>
      db
        .insert(stockMovements)
        .values({ batchId: fresh, kind, quantity, prescriptionItemId: itemId, userId: 1, at })
        .run();
    move('dispense', -8);
    move('return', 2);
    expect(dispensedByItem(db, 1)).toEqual(new Map([[itemId, 6]]));

    // The ledger's own rules: direction, references, append-only.
    expect(() => move('dispense', 3)).toThrow(/CHECK/);
    expect(() =>
      db
        .insert(stockMovements)
        .values({ batchId: old, kind: 'adjustment', quantity: -1, userId: 1, at })
        .run(),
    ).toThrow(/CHECK/);
    expect(() =>
      db
        .insert(stockMovements)
        .values({ batchId: old, kind: 'receipt', quantity: 5, userId: 1, at })
        .run(),
    ).toThrow(/CHECK/);
    db.insert(stockMovements)
      .values({
        batchId: old,
        kind: 'receipt',
        quantity: 5,
        goodsReceiptId: receiptId,
        userId: 1,
        at,
      })
      .run();
    expect(() => sqlite.exec('UPDATE stock_movements SET quantity = 1')).toThrow(/append-only/);
    expect(() => sqlite.exec('DELETE FROM stock_movements')).toThrow(/append-only/);
    expect(() => sqlite.exec(`UPDATE stock_batches SET on_hand = -1 WHERE id = ${old}`)).toThrow(
      /CHECK/,
    );
  });
});
