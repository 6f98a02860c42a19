import { describe, expect, it } from 'vitest';
import { formatVnd } from '../../shared/domain/money';
import { emvValue, parseEmv, verifyCrc } from '../../shared/domain/vietqr';
import { expectError, expectOk, makeUser, minutes } from '../helpers/backend';
import {
  asSeen,
  billingClinic,
  checkIn,
  seedVisitAtCashier,
  type Clinic,
} from '../helpers/billing';

/** An insured visit above the low-cost threshold: exam, a test, a drug, one item not covered. */
async function insuredVisit(clinic: Clinic) {
  const { visitId, patientId } = await checkIn(clinic, 'bhyt');
  const [itemId] = seedVisitAtCashier(clinic.backend.services.sqlite, {
    visitId,
    doctorId: clinic.doctor.id,
    diagnoses: ['J06.9'],
    services: [
      { code: 'KB01', unitPrice: 38_700 },
      { code: 'XN01', unitPrice: 250_000, quantity: 2, insuredPrice: 200_000 },
      { code: 'TT01', unitPrice: 40_000, scope: 2 },
    ],
    drugs: [{ drugId: clinic.drugId, prescribed: 30, dispensed: 21, unitPrice: 1_050 }],
  });
  return { visitId, patientId, itemId };
}

describe('invoices', () => {
  it('bills the orders and what was dispensed, splits every line and totals to the dong', async () => {
    const clinic = await billingClinic();
    const { visitId, itemId } = await insuredVisit(clinic);
    const invoice = expectOk(
      await clinic.call('billing.invoice', { visitId }, clinic.cashier.token),
    );

    expect(invoice.lines.map((l) => [l.kind, l.quantity, l.amount])).toEqual([
      ['service', 1, 38_700],
      ['service', 2, 500_000],
      ['service', 1, 40_000],
      ['drug', 21, 22_050],
    ]);
    expect(invoice.lines[3]?.refId).toBe(itemId);
    // Level 4 on route: 80% of the insured amount; price above the insured price and the
    // out-of-scope item are the patient's own.
    const [exam, test, outOfScope, drug] = invoice.lines;
    expect([exam?.insurancePays, exam?.coPay, exam?.patientPays]).toEqual([30_960, 7_740, 0]);
    expect([test?.insurancePays, test?.coPay, test?.patientPays]).toEqual([
      320_000, 80_000, 100_000,
    ]);
    expect([outOfScope?.insurancePays, outOfScope?.patientPays]).toEqual([0, 40_000]);
    expect([drug?.insurancePays, drug?.coPay]).toEqual([17_640, 4_410]);
    for (const line of invoice.lines) {
      expect(line.insurancePays + line.coPay + line.patientPays + line.otherSources).toBe(
        line.amount,
      );
    }
    expect(invoice.total).toBe(600_750);
    expect(invoice.insurancePays + invoice.coPay + invoice.patientPays + invoice.otherSources).toBe(
      invoice.total,
    );
    expect(invoice.patientDue).toBe(invoice.coPay + invoice.patientPays);
    expect(invoice.coverage).toMatchObject({ status: 'covered', benefitPercent: 80 });
    expect(invoice).toMatchObject({ paid: 0, due: invoice.patientDue, frozen: false });
  });

  it('is only read by billing.invoice; the write that changes the bill prices it again', async () => {
    const clinic = await billingClinic();
    const { visitId } = await insuredVisit(clinic);
    const { sqlite } = clinic.backend.services;
    const stored = () =>
      sqlite.prepare('SELECT total, computed_at FROM invoices WHERE visit_id = ?').get(visitId);
    const first = expectOk(await clinic.call('billing.invoice', { visitId }, clinic.cashier.token));
    const row = stored();

    // Reading never prices: a change made behind the house's back shows in no read.
    sqlite
      .prepare('UPDATE service_orders SET cancelled_at = ? WHERE unit_price = 40000000')
      .run(new Date().toISOString());
    const again = expectOk(await clinic.call('billing.invoice', { visitId }, clinic.cashier.token));
    expect(again.total).toBe(first.total);
    expect(stored()).toEqual(row);
    sqlite.prepare('UPDATE service_orders SET cancelled_at = NULL').run();
    const looked = expectOk(await clinic.call('audit.list', { action: 'billing.invoice' }));
    expect(looked.entries).toHaveLength(2);

    // The pharmacy hands over the 9 tablets still owed: that write prices the bill again.
    const [prescription] = expectOk(await clinic.call('stock.awaiting', {}));
    expectOk(
      await clinic.call('stock.dispense', { prescriptionId: prescription?.prescriptionId ?? 0 }),
    );
    const now = expectOk(await clinic.call('billing.invoice', { visitId }, clinic.cashier.token));
    expect(now.lines.at(-1)).toMatchObject({ kind: 'drug', quantity: 30, amount: 31_500 });
    expect(now.total).toBe(first.total + 9 * 1_050);

    // The cashier still shows the old bill: the payment is refused with the new figures.
    const stale = expectError(
      await clinic.call(
        'billing.pay',
        { ...asSeen(first), method: 'cash', amount: first.due },
        clinic.cashier.token,
      ),
      'CONFLICT',
    );
    expect(stale.messageKey).toBe('billing.pay.invoiceChanged');
    expect(stale.details).toMatchObject({ total: now.total, due: now.due, paid: 0 });
    expect(stale.message).toContain(formatVnd(now.total));
    expectOk(
      await clinic.call(
        'billing.pay',
        { ...asSeen(now), method: 'cash', amount: now.due },
        clinic.cashier.token,
      ),
    );
  });

  it('makes a fee-paying patient pay everything, and waits for the doctor before billing', async () => {
    const clinic = await billingClinic();
    const { visitId } = await checkIn(clinic, 'fee');
    const early = expectError(await clinic.call('billing.invoice', { visitId }), 'CONFLICT');
    expect(early.messageKey).toBe('billing.invoice.notReady');
    seedVisitAtCashier(clinic.backend.services.sqlite, {
      visitId,
      services: [{ code: 'KB01', unitPrice: 50_000, insuredPrice: 38_700 }],
    });
    const invoice = expectOk(await clinic.call('billing.invoice', { visitId }));
    expect(invoice).toMatchObject({ total: 50_000, insurancePays: 0, patientPays: 50_000 });
    expect(invoice.coverage.status).toBe('fee');
    const nurse = await clinic.call('billing.invoice', { visitId }, clinic.doctor.token);
    expectError(nurse, 'FORBIDDEN');
  });
});

describe('payments', () => {
  it('takes partial cash with change, then a transfer with a VietQR code, and finishes the visit', async () => {
    const clinic = await billingClinic();
    const { visitId } = await insuredVisit(clinic);
    const token = clinic.cashier.token;
    const invoice = expectOk(await clinic.call('billing.invoice', { visitId }, token));
    const due = invoice.patientDue;

    const over = expectError(
      await clinic.call(
        'billing.pay',
        { ...asSeen(invoice), method: 'cash', amount: due + 1 },
        token,
      ),
      'VALIDATION',
    );
    expect(over.fieldErrorKeys?.amount?.key).toBe('billing.pay.moreThanDue');
    const short = expectError(
      await clinic.call(
        'billing.pay',
        { ...asSeen(invoice), method: 'cash', amount: 100_000, tendered: 50_000 },
        token,
      ),
      'VALIDATION',
    );
    expect(short.fieldErrorKeys?.tendered?.key).toBe('billing.pay.tenderedShort');

    const cash = expectOk(
      await clinic.call(
        'billing.pay',
        { ...asSeen(invoice), method: 'cash', amount: 100_000, tendered: 200_000 },
        token,
      ),
    );
    expect(cash).toMatchObject({
      change: 100_000,
      paid: 100_000,
      due: due - 100_000,
      settled: false,
    });
    expect(cash.receipt).toMatchObject({ receiptBook: '01', receiptNumber: 1, tendered: 200_000 });
    expect(cash.visitStatus).toBe('awaiting_payment');

    const qr = expectOk(
      await clinic.call('billing.transferQr', { invoiceId: invoice.invoiceId }, token),
    );
    expect(qr.amount).toBe(due - 100_000);
    expect(verifyCrc(qr.payload)).toBe(true);
    const fields = parseEmv(qr.payload);
    if (!fields.ok) throw new Error('unreadable payload');
    expect(emvValue(fields.fields, '54')).toBe(String(due - 100_000));
    expect(emvValue(fields.fields, '38', '01', '00')).toBe('970405');
    expect(emvValue(fields.fields, '38', '01', '01')).toBe('1500201012345');
    expect(emvValue(fields.fields, '62', '08')).toBe(`HD${invoice.invoiceId}`);

    clinic.clock.advance(minutes(3));
    const transfer = expectOk(
      await clinic.call(
        'billing.pay',
        { ...asSeen(invoice), method: 'transfer', amount: due - 100_000 },
        token,
      ),
    );
    expect(transfer).toMatchObject({
      settled: true,
      due: 0,
      visitStatus: 'done',
      vietQr: qr.payload,
    });
    expect(transfer.receipt?.receiptNumber).toBe(2);
    const waiting = expectOk(await clinic.call('billing.awaiting', {}, token));
    expect(waiting.map((v) => v.visitId)).not.toContain(visitId);
    const nothing = expectError(
      await clinic.call('billing.pay', { ...asSeen(invoice), method: 'cash', amount: 1 }, token),
      'VALIDATION',
    );
    expect(nothing.fieldErrorKeys?.amount?.key).toBe('billing.pay.moreThanDue');
  });

  it('numbers receipts per book, and a zero share is settled without a receipt', async () => {
    const clinic = await billingClinic({ primaryCareFull: true });
    const pays = async (book?: string) => {
      if (book) expectOk(await clinic.call('settings.update', { cashier: { receiptBook: book } }));
      const { visitId } = await checkIn(clinic, 'fee');
      seedVisitAtCashier(clinic.backend.services.sqlite, {
        visitId,
        services: [{ code: 'KB01', unitPrice: 30_000 }],
      });
      const bill = expectOk(await clinic.call('billing.invoice', { visitId }));
      const paid = expectOk(
        await clinic.call('billing.pay', { ...asSeen(bill), method: 'cash', amount: 30_000 }),
      );
      return [paid.receipt?.receiptBook, paid.receipt?.receiptNumber];
    };
    expect([await pays(), await pays(), await pays('02'), await pays('01')]).toEqual([
      ['01', 1],
      ['01', 2],
      ['02', 1],
      ['01', 3],
    ]);

    const { visitId } = await checkIn(clinic, 'bhyt');
    seedVisitAtCashier(clinic.backend.services.sqlite, {
      visitId,
      diagnoses: ['I10'],
      services: [{ code: 'KB01', unitPrice: 38_700 }],
    });
    const invoice = expectOk(await clinic.call('billing.invoice', { visitId }));
    expect(invoice).toMatchObject({ insurancePays: 38_700, patientDue: 0 });
    const settled = expectOk(
      await clinic.call('billing.pay', { ...asSeen(invoice), method: 'cash', amount: 0 }),
    );
    expect(settled).toMatchObject({ receipt: null, settled: true, visitStatus: 'done', change: 0 });
  });
});

describe('voids and shifts', () => {
  it('reverses a payment (supervisors only), reopens the bill, and never touches a closed shift', async () => {
    const clinic = await billingClinic();
    const { backend, call, cashier } = clinic;
    const { visitId } = await insuredVisit(clinic);
    const invoice = expectOk(await call('billing.invoice', { visitId }, cashier.token));
    const paid = expectOk(
      await call(
        'billing.pay',
        { ...asSeen(invoice), method: 'cash', amount: invoice.patientDue },
        cashier.token,
      ),
    );
    const paymentId = paid.receipt?.id ?? 0;
    const before = expectOk(await call('billing.currentShift', {}, cashier.token));
    expect(before?.totals).toEqual([
      expect.objectContaining({
        cashierId: cashier.id,
        method: 'cash',
        payments: 1,
        net: invoice.patientDue,
      }),
    ]);

    const closed = expectOk(
      await call('billing.closeShift', { countedCash: invoice.patientDue - 5_000 }, cashier.token),
    );
    expect(closed).toMatchObject({ net: invoice.patientDue, cashDifference: -5_000 });
    expect(closed.closedAt).not.toBeNull();
    expect(expectOk(await call('billing.currentShift', {}, cashier.token))).toBeNull();

    // The ledger itself refuses to change a closed shift's payments, or to add to it.
    const { sqlite } = backend.services;
    expect(() =>
      sqlite.prepare('UPDATE payments SET amount = 1 WHERE id = ?').run(paymentId),
    ).toThrow(/append-only/);
    expect(() => sqlite.prepare('DELETE FROM payments').run()).toThrow(/append-only/);
    expect(() => sqlite.prepare('UPDATE shifts SET counted_cash = 0').run()).toThrow(
      /closed shift/,
    );
    expect(() =>
      sqlite
        .prepare(
          `INSERT INTO payments (invoice_id, shift_id, kind, method, amount, receipt_book, receipt_number, cashier_id, at)
           VALUES (?, ?, 'payment', 'cash', 1, 'X', 1, ?, 'now')`,
        )
        .run(invoice.invoiceId, closed.shiftId, cashier.id),
    ).toThrow(/shift is closed/);

    const refused = expectError(
      await call('billing.void', { paymentId, reason: 'Thu nhầm' }, cashier.token),
      'FORBIDDEN',
    );
    expect(refused.messageKey).toBe('billing.void.notAllowed');
    expectOk(await call('users.update', { id: cashier.id, cashierSupervisor: true }));
    const reversal = expectOk(
      await call('billing.void', { paymentId, reason: 'Thu nhầm số tiền' }, cashier.token),
    );
    expect(reversal).toMatchObject({
      kind: 'void',
      amount: -invoice.patientDue,
      reversesId: paymentId,
    });
    expect(reversal.shiftId).not.toBe(closed.shiftId);
    expectError(
      await call('billing.void', { paymentId, reason: 'Lần nữa' }, cashier.token),
      'CONFLICT',
    );

    // The closed shift still says what it said; the reversal lives in the new shift.
    const [latest, old] = expectOk(await call('billing.shifts', {}, cashier.token));
    expect(old).toMatchObject({ shiftId: closed.shiftId, net: closed.net, totals: closed.totals });
    expect(latest).toMatchObject({ net: -invoice.patientDue, closedAt: null });
    const reopened = expectOk(await call('billing.invoice', { visitId }, cashier.token));
    expect(reopened).toMatchObject({ paid: 0, settled: false, due: invoice.patientDue });
    expect(reopened.payments.find((p) => p.id === paymentId)?.voidedById).toBe(reversal.id);
    const waiting = expectOk(await call('billing.awaiting', {}, cashier.token));
    expect(waiting.find((v) => v.visitId === visitId)).toMatchObject({
      status: 'done',
      due: invoice.patientDue,
    });

    const audit = expectOk(await call('audit.list', { action: 'billing.void' }));
    expect(audit.entries[0]).toMatchObject({ entity: 'payment', entityId: String(paymentId) });
    expect(audit.entries[0]?.detail).toMatchObject({ reason: 'Thu nhầm số tiền' });
  });

  it('keeps one shift per cashier when the rule says so; others close it only as supervisors', async () => {
    const clinic = await billingClinic();
    const { backend, call, cashier, adminToken } = clinic;
    expectOk(await call('settings.update', { cashier: { shiftPerCashier: true } }));
    const second = await makeUser(backend, adminToken, ['cashier']);
    for (const who of [cashier, second]) {
      const { visitId } = await checkIn(clinic, 'fee');
      seedVisitAtCashier(backend.services.sqlite, {
        visitId,
        services: [{ code: 'KB01', unitPrice: 30_000 }],
      });
      const bill = expectOk(await call('billing.invoice', { visitId }, who.token));
      expectOk(
        await call('billing.pay', { ...asSeen(bill), method: 'cash', amount: 30_000 }, who.token),
      );
    }
    const mine = expectOk(await call('billing.currentShift', {}, cashier.token));
    const theirs = expectOk(await call('billing.currentShift', {}, second.token));
    expect(mine?.shiftId).not.toBe(theirs?.shiftId);
    expect(mine?.totals.map((t) => t.cashierId)).toEqual([cashier.id]);
    const notMine = expectError(
      await call('billing.closeShift', { shiftId: theirs?.shiftId ?? 0 }, cashier.token),
      'FORBIDDEN',
    );
    expect(notMine.messageKey).toBe('billing.shift.notYours');
    expectOk(await call('billing.closeShift', { shiftId: theirs?.shiftId ?? 0 }));
    expectError(await call('billing.closeShift', {}, second.token), 'CONFLICT');
  });
});
