import { describe, expect, it } from 'vitest';
import { ledgerMismatches } from '../../electron/backend/pharmacy/movements';
import { expectError, expectOk } from '../helpers/backend';
import { ledgerSum, pharmacyClinic } from '../helpers/pharmacy';

describe('goods receipts', () => {
  it('saves a receipt in one piece and adds a known lot to its batch', async () => {
    const clinic = await pharmacyClinic();
    const { paracetamol, amlodipine } = clinic.drugs;
    const first = await clinic.receive(
      [
        { drugId: paracetamol, lot: 'PA01', expiry: '2027-12-31', quantity: 200, unitCost: 450 },
        { drugId: amlodipine, lot: 'AM01', expiry: '2027-06-30', quantity: 60, unitCost: 700 },
      ],
      { invoiceNo: 'HD0012', date: '2026-11-25' },
    );
    expect(first).toMatchObject({
      supplier: 'Công ty Dược Hậu Giang',
      invoiceNo: 'HD0012',
      date: '2026-11-25',
      total: 200 * 450 + 60 * 700,
    });
    const again = await clinic.receive([
      { drugId: paracetamol, lot: 'PA01', expiry: '2027-12-31', quantity: 100, unitCost: 450 },
    ]);
    expect(again.lines[0]?.batchId).toBe(first.lines[0]?.batchId);
    expect(again.date).toBe('2026-11-26');

    const stock = expectOk(await clinic.call('stock.onHand', { drugId: paracetamol }));
    expect(stock).toEqual([
      expect.objectContaining({
        drugId: paracetamol,
        lot: 'PA01',
        expiry: '2027-12-31',
        quantity: 300,
        unitCost: 450,
        value: 135_000,
        expired: false,
      }),
    ]);
  });

  it('refuses the whole receipt when one line is wrong', async () => {
    const clinic = await pharmacyClinic();
    const { paracetamol, amlodipine } = clinic.drugs;
    await clinic.receive([
      { drugId: paracetamol, lot: 'PA01', expiry: '2027-12-31', quantity: 10, unitCost: 450 },
    ]);
    const otherCost = expectError(
      await clinic.call('stock.receive', {
        lines: [
          { drugId: amlodipine, lot: 'AM01', expiry: '2027-06-30', quantity: 60, unitCost: 700 },
          { drugId: paracetamol, lot: 'PA01', expiry: '2027-12-31', quantity: 5, unitCost: 500 },
        ],
      }),
      'VALIDATION',
    );
    expect(otherCost.fieldErrorKeys?.['lines.1.unitCost']).toEqual({
      key: 'pharmacy.receive.otherCost',
      params: { lot: 'PA01', cost: '450 đ' },
    });
    const expired = expectError(
      await clinic.call('stock.receive', {
        lines: [
          { drugId: amlodipine, lot: 'AM01', expiry: '2026-11-25', quantity: 60, unitCost: 700 },
        ],
      }),
      'VALIDATION',
    );
    expect(expired.fieldErrorKeys?.['lines.0.expiry']?.key).toBe('pharmacy.receive.expired');
    expectError(
      await clinic.call('stock.receive', {
        lines: [{ drugId: 9999, lot: 'X', expiry: '2027-06-30', quantity: 1, unitCost: 1 }],
      }),
      'VALIDATION',
    );
    expectError(
      await clinic.call('stock.receive', {
        lines: [{ drugId: amlodipine, lot: 'X', expiry: '2027-02-30', quantity: 0, unitCost: 1 }],
      }),
      'VALIDATION',
    );
    // Nothing of the refused receipts stayed: no amlodipine batch, paracetamol unchanged.
    expect(expectOk(await clinic.call('stock.onHand', {})).map((r) => [r.lot, r.quantity])).toEqual(
      [['PA01', 10]],
    );
  });
});

describe('on hand', () => {
  it('leaves out expired batches unless asked, and empty batches always', async () => {
    const clinic = await pharmacyClinic();
    const { paracetamol } = clinic.drugs;
    const receipt = await clinic.receive([
      { drugId: paracetamol, lot: 'OLD', expiry: '2026-12-31', quantity: 5, unitCost: 400 },
      { drugId: paracetamol, lot: 'NEW', expiry: '2027-12-31', quantity: 5, unitCost: 400 },
      { drugId: paracetamol, lot: 'GONE', expiry: '2027-10-31', quantity: 1, unitCost: 400 },
    ]);
    expectOk(
      await clinic.call('stock.adjust', {
        batchId: receipt.lines[2]!.batchId,
        quantity: -1,
        reason: 'Vỡ lọ',
      }),
    );
    await clinic.laterDays(40);
    const usable = expectOk(await clinic.call('stock.onHand', {}));
    expect(usable.map((r) => r.lot)).toEqual(['NEW']);
    const all = expectOk(await clinic.call('stock.onHand', { includeExpired: true }));
    expect(all.map((r) => [r.lot, r.expired])).toEqual([
      ['OLD', true],
      ['NEW', false],
    ]);
  });
});

describe('adjustments and write-offs', () => {
  it('needs a reason and never takes a batch below zero', async () => {
    const clinic = await pharmacyClinic();
    const { lines } = await clinic.receive([
      {
        drugId: clinic.drugs.paracetamol,
        lot: 'PA',
        expiry: '2027-12-31',
        quantity: 10,
        unitCost: 450,
      },
    ]);
    const batchId = lines[0]!.batchId;
    const noReason = expectError(
      await clinic.call('stock.adjust', { batchId, quantity: -2, reason: '  ' }),
      'VALIDATION',
    );
    expect(noReason.fieldErrorKeys?.reason?.key).toBe('pharmacy.reason.required');
    expectError(
      await clinic.call('stock.adjust', { batchId, quantity: 0, reason: 'x' }),
      'VALIDATION',
    );
    const tooMuch = expectError(
      await clinic.call('stock.adjust', { batchId, quantity: -11, reason: 'Mất' }),
      'CONFLICT',
    );
    expect(tooMuch.messageKey).toBe('pharmacy.stock.notEnough');
    const row = expectOk(
      await clinic.call('stock.adjust', { batchId, quantity: -3, reason: 'Vỡ 3 viên' }),
    );
    expect(row.quantity).toBe(7);
    expect(ledgerSum(clinic.backend, batchId)).toBe(7);
  });

  it('writes off only batches past their expiry day', async () => {
    const clinic = await pharmacyClinic();
    const { lines } = await clinic.receive([
      {
        drugId: clinic.drugs.paracetamol,
        lot: 'E1',
        expiry: '2026-11-30',
        quantity: 12,
        unitCost: 450,
      },
    ]);
    const batchId = lines[0]!.batchId;
    await clinic.laterDays(4);
    const early = expectError(
      await clinic.call('stock.writeOffExpired', { batchIds: [batchId] }),
      'CONFLICT',
    );
    expect(early.messageKey).toBe('pharmacy.writeOff.notExpired');
    await clinic.laterDays(1);
    expect(expectOk(await clinic.call('stock.writeOffExpired', { batchIds: [batchId] }))).toEqual([
      { batchId, quantity: 12 },
    ]);
    const reason = clinic.backend.services.sqlite
      .prepare("SELECT reason FROM stock_movements WHERE kind = 'expiry'")
      .pluck()
      .get();
    expect(reason).toBe('Hủy thuốc hết hạn sử dụng');
    expect(ledgerSum(clinic.backend, batchId)).toBe(0);
  });
});

describe('alerts', () => {
  it('shows batches expiring within the window and drugs below their minimum', async () => {
    const clinic = await pharmacyClinic();
    const { paracetamol, amlodipine } = clinic.drugs;
    await clinic.receive([
      { drugId: paracetamol, lot: 'SOON', expiry: '2027-02-20', quantity: 30, unitCost: 450 },
      { drugId: paracetamol, lot: 'LATER', expiry: '2027-03-01', quantity: 30, unitCost: 450 },
      { drugId: amlodipine, lot: 'AM', expiry: '2028-01-01', quantity: 20, unitCost: 700 },
    ]);
    expectOk(await clinic.call('stock.setMinimum', { drugId: amlodipine, minimum: 50 }));
    expectOk(await clinic.call('stock.setMinimum', { drugId: paracetamol, minimum: 60 }));

    const alerts = expectOk(await clinic.call('stock.alerts', {}));
    expect(alerts.expiryWindowDays).toBe(90);
    // 90 days from 26/11/2026 is 24/02/2027.
    expect(alerts.expiring.map((r) => r.lot)).toEqual(['SOON']);
    expect(alerts.low).toEqual([
      {
        drugId: amlodipine,
        drugCode: '40.472',
        drugName: 'Amlodipin Stada',
        unit: 'Viên',
        minimum: 50,
        onHand: 20,
      },
    ]);

    expectOk(await clinic.asAdmin('settings.update', { pharmacy: { expiryAlertDays: 100 } }));
    expectOk(await clinic.call('stock.setMinimum', { drugId: amlodipine, minimum: null }));
    const wider = expectOk(await clinic.call('stock.alerts', {}));
    expect(wider.expiring.map((r) => r.lot)).toEqual(['SOON', 'LATER']);
    expect(wider.low).toEqual([]);
  });
});

describe('stock-take', () => {
  it('counts, shows differences, and confirms them as adjustments', async () => {
    const clinic = await pharmacyClinic();
    const { paracetamol, amlodipine } = clinic.drugs;
    const { lines } = await clinic.receive([
      { drugId: paracetamol, lot: 'PA', expiry: '2027-12-31', quantity: 100, unitCost: 450 },
      { drugId: amlodipine, lot: 'AM', expiry: '2027-06-30', quantity: 40, unitCost: 700 },
    ]);
    const [pa, am] = lines.map((l) => l.batchId) as [number, number];

    const started = expectOk(
      await clinic.call('stock.count.start', { note: 'Kiểm kê cuối tháng' }),
    );
    expect(started.lines.map((l) => [l.batchId, l.expected, l.counted])).toEqual([
      [am, 40, null],
      [pa, 100, null],
    ]);
    expectError(await clinic.call('stock.count.start', {}), 'CONFLICT');

    // Counting while the pharmacy keeps working: 5 dispensed before the paracetamol is counted.
    const { prescriptionId } = await clinic.prescribe([{ drugId: paracetamol, quantity: 5 }]);
    expectOk(await clinic.call('stock.dispense', { prescriptionId }));
    const counted = expectOk(
      await clinic.call('stock.count', {
        countId: started.id,
        lines: [
          { batchId: pa, counted: 93 },
          { batchId: am, counted: 40 },
        ],
      }),
    );
    expect(counted.lines.map((l) => [l.batchId, l.expected, l.counted, l.difference])).toEqual([
      [am, 40, 40, 0],
      [pa, 95, 93, -2],
    ]);
    expect(counted).toMatchObject({ countedLines: 2, differences: 1 });
    expect(expectOk(await clinic.call('stock.count.get', {}))?.id).toBe(started.id);

    const sheet = expectOk(await clinic.call('stock.count.sheet', { countId: started.id }));
    expect(sheet.mimeType).toBe('application/pdf');

    expectError(
      await clinic.call('stock.count.confirm', { countId: started.id, reason: '' }),
      'VALIDATION',
    );
    const confirmed = expectOk(
      await clinic.call('stock.count.confirm', { countId: started.id, reason: 'Hao hụt' }),
    );
    expect(confirmed).toMatchObject({ status: 'confirmed', reason: 'Hao hụt' });
    expect(confirmed.lines.find((l) => l.batchId === pa)?.adjusted).toBe(-2);
    expect(ledgerSum(clinic.backend, pa)).toBe(93);
    const reason = clinic.backend.services.sqlite
      .prepare("SELECT reason FROM stock_movements WHERE kind = 'adjustment'")
      .pluck()
      .get();
    expect(reason).toBe(`Kiểm kê số ${started.id}: Hao hụt`);
    expect(expectOk(await clinic.call('stock.count.get', {}))).toBeNull();
    expectError(
      await clinic.call('stock.count', {
        countId: started.id,
        lines: [{ batchId: pa, counted: 1 }],
      }),
      'CONFLICT',
    );
    expect(ledgerMismatches(clinic.backend.services.sqlite)).toEqual([]);
  });

  it('confirms nothing until something is counted, and can be abandoned', async () => {
    const clinic = await pharmacyClinic();
    await clinic.receive([
      {
        drugId: clinic.drugs.paracetamol,
        lot: 'PA',
        expiry: '2027-12-31',
        quantity: 100,
        unitCost: 450,
      },
    ]);
    const count = expectOk(await clinic.call('stock.count.start', {}));
    const empty = expectError(
      await clinic.call('stock.count.confirm', { countId: count.id, reason: 'Cuối tháng' }),
      'CONFLICT',
    );
    expect(empty.messageKey).toBe('pharmacy.count.nothingCounted');
    const cancelled = expectOk(await clinic.call('stock.count.cancel', { countId: count.id }));
    expect(cancelled.status).toBe('cancelled');
    expect(expectOk(await clinic.call('stock.count.start', {})).id).not.toBe(count.id);
  });
});
