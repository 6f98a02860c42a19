import { describe, expect, it } from 'vitest';
import { ledgerMismatches } from '../../electron/backend/pharmacy/movements';
import { dispensedByItem } from '../../electron/backend/pharmacy/ledger-queries';
import { expectError, expectOk, makeUser } from '../helpers/backend';
import { ledgerSum, pharmacyClinic } from '../helpers/pharmacy';

describe('dispensing first expiry first out', () => {
  it('takes the earliest-expiring usable batch first and crosses batches, never an expired one', async () => {
    const clinic = await pharmacyClinic();
    const { paracetamol } = clinic.drugs;
    const receipt = await clinic.receive([
      { drugId: paracetamol, lot: 'LATE', expiry: '2028-01-31', quantity: 100, unitCost: 500 },
      { drugId: paracetamol, lot: 'SOON', expiry: '2027-01-31', quantity: 6, unitCost: 450 },
      { drugId: paracetamol, lot: 'MID', expiry: '2027-06-30', quantity: 50, unitCost: 480 },
    ]);
    const [late, soon] = receipt.lines.map((l) => l.batchId);
    // A batch that expired yesterday, with stock: seeded straight in (a receipt refuses it).
    clinic.backend.services.sqlite
      .prepare("UPDATE stock_batches SET expiry = '2026-11-25' WHERE id = ?")
      .run(late);

    const { prescriptionId, itemIds, visitId } = await clinic.prescribe([
      { drugId: paracetamol, quantity: 20 },
    ]);
    const view = expectOk(await clinic.call('stock.prescription', { prescriptionId }));
    expect(view.items[0]).toMatchObject({ owed: 20, available: 56 });
    expect(view.items[0]?.plan.map((p) => [p.lot, p.quantity])).toEqual([
      ['SOON', 6],
      ['MID', 14],
    ]);

    const result = expectOk(await clinic.call('stock.dispense', { prescriptionId }));
    expect(result.allocations).toEqual([
      {
        itemId: itemIds[0],
        drugId: paracetamol,
        batchId: soon,
        lot: 'SOON',
        expiry: '2027-01-31',
        quantity: 6,
      },
      expect.objectContaining({ lot: 'MID', expiry: '2027-06-30', quantity: 14 }),
    ]);
    expect(result.owed).toEqual([]);
    expect(result.visitStatus).toBe('awaiting_payment');
    expect(clinic.visitStatus(visitId)).toBe('awaiting_payment');
    expect(ledgerSum(clinic.backend, late!)).toBe(100);
    expect(dispensedByItem(clinic.backend.services.db, prescriptionId)).toEqual(
      new Map([[itemIds[0], 20]]),
    );

    // The batches that went to the patient, for a recall.
    const after = expectOk(await clinic.call('stock.prescription', { prescriptionId }));
    expect(after.items[0]?.given.map((g) => [g.lot, g.quantity])).toEqual([
      ['SOON', 6],
      ['MID', 14],
    ]);
    const recipients = expectOk(await clinic.call('stock.batchRecipients', { batchId: soon! }));
    expect(recipients.map((r) => [r.prescriptionId, r.quantity, r.patient.fullName])).toEqual([
      [prescriptionId, 6, 'Người bệnh 1'],
    ]);
    expectError(await clinic.call('stock.dispense', { prescriptionId }), 'CONFLICT');
  });

  it('gives batches with the same expiry in the order they were received', async () => {
    const clinic = await pharmacyClinic();
    const { paracetamol } = clinic.drugs;
    await clinic.receive([
      { drugId: paracetamol, lot: 'A1', expiry: '2027-03-31', quantity: 4, unitCost: 500 },
    ]);
    await clinic.receive([
      { drugId: paracetamol, lot: 'B2', expiry: '2027-03-31', quantity: 4, unitCost: 500 },
    ]);
    const { prescriptionId } = await clinic.prescribe([{ drugId: paracetamol, quantity: 5 }]);
    const result = expectOk(await clinic.call('stock.dispense', { prescriptionId }));
    expect(result.allocations.map((a) => [a.lot, a.quantity])).toEqual([
      ['A1', 4],
      ['B2', 1],
    ]);
  });

  it('hands over part, keeps the rest owed, and gives what is owed later', async () => {
    const clinic = await pharmacyClinic();
    const { paracetamol, amlodipine } = clinic.drugs;
    await clinic.receive([
      { drugId: paracetamol, lot: 'P1', expiry: '2027-05-31', quantity: 8, unitCost: 500 },
    ]);
    const { prescriptionId, itemIds, visitId } = await clinic.prescribe([
      { drugId: paracetamol, quantity: 10 },
      { drugId: amlodipine, quantity: 30 },
    ]);
    const [para, amlo] = itemIds as [number, number];

    // Asking for more than is owed is refused on the line.
    const tooMuch = expectError(
      await clinic.call('stock.dispense', {
        prescriptionId,
        lines: [{ itemId: para, quantity: 11 }],
      }),
      'VALIDATION',
    );
    expect(tooMuch.fieldErrorKeys?.['lines.0.quantity']?.key).toBe(
      'pharmacy.dispense.moreThanOwed',
    );

    // Stock covers 8 of 10 paracetamol and none of the amlodipine.
    const first = expectOk(await clinic.call('stock.dispense', { prescriptionId }));
    expect(first.allocations.map((a) => [a.itemId, a.quantity])).toEqual([[para, 8]]);
    expect(first.owed).toEqual([
      { itemId: para, quantity: 2 },
      { itemId: amlo, quantity: 30 },
    ]);
    expect(clinic.visitStatus(visitId)).toBe('awaiting_payment');

    // Still on the pharmacist's list, as owed.
    const awaiting = expectOk(await clinic.call('stock.awaiting', {}));
    expect(awaiting).toEqual([
      expect.objectContaining({ prescriptionId, state: 'owed', items: 2, owedItems: 2 }),
    ]);

    await clinic.receive([
      { drugId: paracetamol, lot: 'P2', expiry: '2027-09-30', quantity: 50, unitCost: 520 },
      { drugId: amlodipine, lot: 'A1', expiry: '2027-09-30', quantity: 100, unitCost: 700 },
    ]);
    // The patient comes back for the amlodipine only, and takes 20 of the 30 now.
    const second = expectOk(
      await clinic.call('stock.dispense', {
        prescriptionId,
        lines: [{ itemId: amlo, quantity: 20 }],
      }),
    );
    expect(second.allocations.map((a) => [a.lot, a.quantity])).toEqual([['A1', 20]]);
    expect(second.owed).toEqual([
      { itemId: para, quantity: 2 },
      { itemId: amlo, quantity: 10 },
    ]);
    // The visit stays with the cashier.
    expect(second.visitStatus).toBe('awaiting_payment');

    const third = expectOk(await clinic.call('stock.dispense', { prescriptionId }));
    expect(third.owed).toEqual([]);
    expect(expectOk(await clinic.call('stock.awaiting', {}))).toEqual([]);
    expect(ledgerMismatches(clinic.backend.services.sqlite)).toEqual([]);
  });

  it('refuses a prescription the doctor is still writing', async () => {
    const clinic = await pharmacyClinic();
    const { prescriptionId } = await clinic.prescribe(
      [{ drugId: clinic.drugs.paracetamol, quantity: 1 }],
      'in_exam',
    );
    const error = expectError(await clinic.call('stock.dispense', { prescriptionId }), 'CONFLICT');
    expect(error.messageKey).toBe('pharmacy.dispense.notReady');
  });

  it('moves the visit on when nothing could be given, and closes what the patient will not come for', async () => {
    const clinic = await pharmacyClinic();
    const { prescriptionId, itemIds, visitId } = await clinic.prescribe([
      { drugId: clinic.drugs.amlodipine, quantity: 30 },
    ]);
    const result = expectOk(await clinic.call('stock.dispense', { prescriptionId }));
    expect(result).toMatchObject({ allocations: [], owed: [{ itemId: itemIds[0], quantity: 30 }] });
    expect(clinic.visitStatus(visitId)).toBe('awaiting_payment');

    expectError(
      await clinic.call('stock.closeOwed', { itemId: itemIds[0]!, reason: '' }),
      'VALIDATION',
    );
    const closed = expectOk(
      await clinic.call('stock.closeOwed', {
        itemId: itemIds[0]!,
        reason: 'Mua ở nhà thuốc ngoài',
      }),
    );
    expect(closed).toMatchObject({ closed: 30, visitStatus: 'awaiting_payment' });
    expect(expectOk(await clinic.call('stock.awaiting', {}))).toEqual([]);
    expectError(await clinic.call('stock.dispense', { prescriptionId }), 'CONFLICT');
  });

  it('lists visits waiting at the pharmacy first, by queue number', async () => {
    const clinic = await pharmacyClinic();
    const first = await clinic.prescribe([{ drugId: clinic.drugs.paracetamol, quantity: 2 }]);
    const second = await clinic.prescribe([{ drugId: clinic.drugs.paracetamol, quantity: 2 }]);
    await clinic.prescribe([{ drugId: clinic.drugs.paracetamol, quantity: 2 }], 'in_exam');
    const list = expectOk(await clinic.call('stock.awaiting', {}));
    expect(list.map((p) => [p.prescriptionId, p.state])).toEqual([
      [first.prescriptionId, 'new'],
      [second.prescriptionId, 'new'],
    ]);
    expect(list[0]?.patient.fullName).toBe('Người bệnh 1');
  });
});

describe('returns', () => {
  it('puts drugs back into the batch they came from, and asks which when there were several', async () => {
    const clinic = await pharmacyClinic();
    const { paracetamol } = clinic.drugs;
    const receipt = await clinic.receive([
      { drugId: paracetamol, lot: 'R1', expiry: '2027-01-31', quantity: 3, unitCost: 500 },
      { drugId: paracetamol, lot: 'R2', expiry: '2027-08-31', quantity: 20, unitCost: 500 },
    ]);
    const [r1, r2] = receipt.lines.map((l) => l.batchId) as [number, number];
    const { prescriptionId, itemIds } = await clinic.prescribe([
      { drugId: paracetamol, quantity: 10 },
    ]);
    const itemId = itemIds[0]!;
    expectOk(await clinic.call('stock.dispense', { prescriptionId }));

    const which = expectError(
      await clinic.call('stock.return', { itemId, quantity: 2 }),
      'VALIDATION',
    );
    expect(which.fieldErrorKeys?.batchId?.key).toBe('pharmacy.return.whichBatch');
    const tooMany = expectError(
      await clinic.call('stock.return', { itemId, batchId: r1, quantity: 4 }),
      'VALIDATION',
    );
    expect(tooMany.fieldErrorKeys?.quantity?.params).toEqual({ given: 3 });

    const returned = expectOk(
      await clinic.call('stock.return', { itemId, batchId: r2, quantity: 4, reason: 'Đổi thuốc' }),
    );
    expect(returned).toEqual({ itemId, batchId: r2, quantity: 4, dispensed: 6, owed: 0 });
    expect(ledgerSum(clinic.backend, r2)).toBe(20 - 7 + 4);
    const view = expectOk(await clinic.call('stock.prescription', { prescriptionId }));
    expect(view.items[0]).toMatchObject({ prescribed: 10, dispensed: 6, closed: 4, owed: 0 });

    // An exchange: the returned quantity is owed again and the next dispense gives it.
    const exchanged = expectOk(
      await clinic.call('stock.return', { itemId, batchId: r1, quantity: 1, reissue: true }),
    );
    expect(exchanged.owed).toBe(1);
    const again = expectOk(await clinic.call('stock.dispense', { prescriptionId }));
    expect(again.allocations.map((a) => [a.lot, a.quantity])).toEqual([['R1', 1]]);
    expect(ledgerMismatches(clinic.backend.services.sqlite)).toEqual([]);
  });
});

describe('who may dispense', () => {
  it('keeps dispensing to pharmacists and administrators; doctors may read stock', async () => {
    const clinic = await pharmacyClinic();
    const doctor = await makeUser(clinic.backend, clinic.adminToken, ['doctor']);
    const cashier = await makeUser(clinic.backend, clinic.adminToken, ['cashier']);
    const { prescriptionId } = await clinic.prescribe([
      { drugId: clinic.drugs.paracetamol, quantity: 1 },
    ]);
    expectError(await clinic.call('stock.dispense', { prescriptionId }, doctor.token), 'FORBIDDEN');
    expectOk(await clinic.call('stock.onHand', {}, doctor.token));
    expectError(await clinic.call('stock.onHand', {}, cashier.token), 'FORBIDDEN');
    expectError(
      await clinic.call('stock.adjust', { batchId: 1, quantity: 1, reason: 'Thừa' }, doctor.token),
      'FORBIDDEN',
    );
    expectOk(await clinic.call('stock.dispense', { prescriptionId }, clinic.adminToken));
  });
});
