import { describe, expect, it } from 'vitest';
import { parseGiamDinhHs } from '../../shared/domain/claims/xml130';
import { expectOk, minutes } from '../helpers/backend';
import { asSeen, TEST_BHXH_CODES } from '../helpers/billing';
import { EXAM_DRUGS, eachMorning } from '../helpers/exam';
import {
  TODAY,
  ECG_BHXH_CODE,
  station,
  checkIn,
  examine,
  valueOf,
  shares,
} from '../helpers/journey';

describe('a patient through the station', () => {
  it('goes from reception to the exam room, the pharmacy, the cash desk and the claim', async () => {
    const s = await station();
    const { call, drugs, pharmacist, cashier } = s;
    const asPharmacist = pharmacist.token;
    const asCashier = cashier.token;

    const insured = await checkIn(s, 'bhyt', 'Lê Thị Bình', 'female');
    const fee = await checkIn(s, 'fee', 'Phạm Văn Cường');
    const queue = expectOk(await call('queue.today', {}, s.reception.token));
    expect(queue.map((q) => [q.visitId, q.status])).toEqual([
      [insured, 'waiting'],
      [fee, 'waiting'],
    ]);

    // Stock arrives in two batches of amlodipine, the earlier-expiring one too small alone.
    const receipt = expectOk(
      await call(
        'stock.receive',
        {
          supplier: 'Công ty Dược Hậu Giang',
          invoiceNo: 'HD-1102',
          lines: [
            {
              drugId: drugs.amlodipine,
              lot: 'LATE',
              expiry: '2028-06-30',
              quantity: 100,
              unitCost: 800,
            },
            {
              drugId: drugs.amlodipine,
              lot: 'SOON',
              expiry: '2027-03-31',
              quantity: 20,
              unitCost: 750,
            },
            {
              drugId: drugs.vitaminC,
              lot: 'VC1',
              expiry: '2027-12-31',
              quantity: 50,
              unitCost: 300,
            },
            {
              drugId: drugs.amoxicillin,
              lot: 'AM1',
              expiry: '2027-08-31',
              quantity: 40,
              unitCost: 600,
            },
          ],
        },
        asPharmacist,
      ),
    );
    const [lateBatch, soonBatch] = receipt.lines.map((l) => l.batchId);

    await examine(s, insured, 'I10', [
      eachMorning(drugs.amlodipine, 30),
      eachMorning(drugs.vitaminC, 10),
    ]);
    await examine(s, fee, 'J02.9', [
      { drugId: drugs.amoxicillin, dose: { morning: '1', evening: '1' }, days: 5 },
    ]);
    // The catalogue price changes after prescribing: the bill keeps the prescribed price.
    expectOk(
      await call('catalog.drugs.save', {
        ...EXAM_DRUGS.amlodipine,
        id: drugs.amlodipine,
        tenderInfo: '57/QĐ-TTMS;G1;N1;2022',
        price: 1_300,
        insuredPrice: 1_300,
      }),
    );

    // Nothing reaches the pharmacy until the doctor finishes.
    expect(expectOk(await call('stock.awaiting', {}, asPharmacist))).toEqual([]);
    for (const visitId of [insured, fee]) {
      expect(expectOk(await s.asDoctor('visits.finish', { visitId })).status).toBe(
        'awaiting_pharmacy',
      );
    }
    const awaiting = expectOk(await call('stock.awaiting', {}, asPharmacist));
    expect(awaiting.map((a) => [a.visitId, a.state])).toEqual([
      [insured, 'new'],
      [fee, 'new'],
    ]);
    expect(expectOk(await call('billing.awaiting', {}, asCashier))).toEqual([]);

    s.clock.advance(minutes(10));
    const insuredRx = awaiting[0]!.prescriptionId;
    const handed = expectOk(
      await call('stock.dispense', { prescriptionId: insuredRx }, asPharmacist),
    );
    expect(handed.owed).toEqual([]);
    expect(handed.visitStatus).toBe('awaiting_payment');
    expect(
      handed.allocations
        .filter((a) => a.drugId === drugs.amlodipine)
        .map((a) => [a.batchId, a.lot, a.quantity]),
    ).toEqual([
      [soonBatch, 'SOON', 20],
      [lateBatch, 'LATE', 10],
    ]);
    expectOk(
      await call('stock.dispense', { prescriptionId: awaiting[1]!.prescriptionId }, asPharmacist),
    );
    expect(expectOk(await call('stock.awaiting', {}, asPharmacist))).toEqual([]);

    const desk = expectOk(await call('billing.awaiting', {}, asCashier));
    expect(desk.map((d) => [d.visitId, d.kind, d.status])).toEqual([
      [insured, 'bhyt', 'awaiting_payment'],
      [fee, 'fee', 'awaiting_payment'],
    ]);

    // The insured bill: the exam fee (ordered when the doctor took her in), the ECG and both
    // drugs at what was given and prescribed for.
    const bill = expectOk(await call('billing.invoice', { visitId: insured }, asCashier));
    expect(bill.lines.map((l) => [l.kind, l.name, l.quantity, l.unitPrice, l.amount])).toEqual([
      ['service', 'Khám bệnh tại trạm y tế xã', 1, 30_000, 30_000],
      ['service', 'Điện tim thường', 1, 40_000, 40_000],
      ['drug', 'Amlodipin Stada 5mg', 30, 1_050, 31_500],
      ['drug', 'Vitamin C 500', 10, 500, 5_000],
    ]);
    expect(bill.total).toBe(106_500);
    expect(shares(bill)).toBe(bill.total);
    for (const line of bill.lines) {
      expect(line.insurancePays + line.coPay + line.patientPays + line.otherSources).toBe(
        line.amount,
      );
    }
    // Vitamin C is outside BHYT: the patient pays it; the fund pays the rest.
    expect(bill).toMatchObject({ insurancePays: 101_500, coPay: 0, patientPays: 5_000 });
    expect(bill.patientDue).toBe(5_000);

    const paid = expectOk(
      await call(
        'billing.pay',
        { ...asSeen(bill), method: 'cash', amount: 5_000, tendered: 10_000 },
        asCashier,
      ),
    );
    expect(paid).toMatchObject({ change: 5_000, due: 0, settled: true, visitStatus: 'done' });

    const feeBill = expectOk(await call('billing.invoice', { visitId: fee }, asCashier));
    expect(feeBill.lines.map((l) => [l.kind, l.quantity, l.amount])).toEqual([
      ['service', 1, 30_000],
      ['service', 1, 40_000],
      ['drug', 10, 9_000],
    ]);
    expect(feeBill).toMatchObject({ total: 79_000, insurancePays: 0, coPay: 0 });
    expect(feeBill.patientDue).toBe(79_000);
    expect(shares(feeBill)).toBe(feeBill.total);
    const feePaid = expectOk(
      await call(
        'billing.pay',
        { ...asSeen(feeBill), method: 'cash', amount: 79_000, tendered: 80_000 },
        asCashier,
      ),
    );
    expect(feePaid).toMatchObject({ change: 1_000, settled: true, visitStatus: 'done' });

    expect(expectOk(await call('billing.awaiting', {}, asCashier))).toEqual([]);
    const done = expectOk(await call('queue.today', {}, s.reception.token));
    expect(done.map((q) => q.status)).toEqual(['done', 'done']);

    const shift = expectOk(await call('billing.closeShift', { countedCash: 84_000 }, asCashier));
    expect(shift).toMatchObject({
      net: 84_000,
      netCash: 84_000,
      netTransfer: 0,
      cashDifference: 0,
    });
    expect(shift.totals).toEqual([
      expect.objectContaining({ cashierId: cashier.id, method: 'cash', payments: 2, net: 84_000 }),
    ]);

    const checked = expectOk(await call('claims.validate', TODAY, asCashier));
    expect(checked.problems).toEqual([]);
    expect(checked.visits.map((v) => [v.visitId, v.problems])).toEqual([[insured, []]]);
    expect(checked.visits[0]).toMatchObject({ total: bill.total, insurancePays: 101_500 });

    const file = expectOk(await call('claims.exportXml130', TODAY, asCashier));
    expect(file).toMatchObject({ count: 1, skippedVisitIds: [] });
    const parsed = parseGiamDinhHs(Buffer.from(file.content, 'base64').toString('utf8'));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problem));
    expect(parsed.value.records).toHaveLength(1);
    const [hoso] = parsed.value.records;
    const xml1 = hoso?.find((f) => f.type === 'XML1')?.rows[0];
    const xml2 = hoso?.find((f) => f.type === 'XML2')?.rows ?? [];
    const xml3 = hoso?.find((f) => f.type === 'XML3')?.rows ?? [];
    expect(valueOf(xml1, 'HO_TEN')).toBe('Lê Thị Bình');
    expect(valueOf(xml1, 'GIOI_TINH')).toBe('2');
    expect(valueOf(xml1, 'MA_BENH_CHINH')).toBe('I10');
    expect(
      ['T_TONGCHI_BV', 'T_BHTT', 'T_BNCCT', 'T_BNTT', 'T_THUOC'].map((f) => valueOf(xml1, f)),
    ).toEqual(['106500', '101500', '0', '5000', '36500']);
    expect(xml2.map((r) => [valueOf(r, 'MA_THUOC'), valueOf(r, 'SO_LUONG')])).toEqual([
      ['40.472', '30'],
      ['40.999', '10'],
    ]);
    expect(xml3.map((r) => [valueOf(r, 'MA_DICH_VU'), valueOf(r, 'SO_LUONG')])).toEqual([
      [TEST_BHXH_CODES.KB01, '1'],
      [ECG_BHXH_CODE, '1'],
    ]);
  });
});
