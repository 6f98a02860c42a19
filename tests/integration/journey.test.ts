import { describe, expect, it } from 'vitest';
import { receiptContent } from '../../electron/backend/billing/receipt-content';
import type { InvoiceView } from '../../shared/api';
import { parseGiamDinhHs, type ParsedRow } from '../../shared/domain/claims/xml130';
import { ADMIN, expectOk, makeUser, minutes } from '../helpers/backend';
import { asSeen, CLAIM_READY_PATIENT, TEST_BHXH_CODES, cardCode } from '../helpers/billing';
import { EXAM_DRUGS, eachMorning, examClinic, type ExamClinic } from '../helpers/exam';
import { makePatient } from '../helpers/patients';

const TODAY = { from: '2026-11-26', to: '2026-11-26' };
/** A shared-list code standing in for the ECG's (QĐ 7603 form). */
const ECG_BHXH_CODE = '02.0085.1778';

/** The station with its staff: each procedure below runs as the person who does it. */
async function station() {
  const clinic = await examClinic();
  const { backend, adminToken, call } = clinic;
  expectOk(await call('settings.update', { claims: { headCode: '0123456789' } }));
  expectOk(
    await call('users.update', { id: clinic.doctor.id, practitionerCode: '000123/BYT-CCHN' }),
  );
  const reception = await makeUser(backend, adminToken, ['receptionist'], 'letan');
  const pharmacist = await makeUser(backend, adminToken, ['pharmacist'], 'duocsi');
  const cashier = await makeUser(backend, adminToken, ['cashier'], 'thungan');
  const ecg = expectOk(
    await call('catalog.services.save', {
      code: 'DT01',
      name: 'Điện tim thường',
      unit: 'Lần',
      category: 'procedure',
      bhxhCode: ECG_BHXH_CODE,
      price: 40_000,
      insuredPrice: 40_000,
    }),
  );
  // What a claim needs of the catalogue: the exam fee's shared-list code, each drug's tender.
  const [exam] = expectOk(await call('catalog.services.search', { q: 'KB01' }));
  expectOk(await call('catalog.services.save', { ...exam!, bhxhCode: TEST_BHXH_CODES.KB01 }));
  for (const [key, input] of Object.entries(EXAM_DRUGS)) {
    expectOk(
      await call('catalog.drugs.save', {
        ...input,
        id: clinic.drugs[key as keyof typeof EXAM_DRUGS],
        tenderInfo: '57/QĐ-TTMS;G1;N1;2022',
      }),
    );
  }
  return { ...clinic, reception, pharmacist, cashier, ecgId: ecg.id };
}
type Station = Awaited<ReturnType<typeof station>>;

/** Reception registers the patient and checks them in. */
async function checkIn(
  s: Station,
  kind: 'bhyt' | 'fee',
  fullName: string,
  sex: 'male' | 'female' = 'male',
): Promise<number> {
  const patient = await makePatient(
    s.call,
    {
      ...CLAIM_READY_PATIENT,
      fullName,
      sex,
      ...(kind === 'bhyt' && {
        bhyt: {
          code: cardCode(4),
          validFrom: '2026-01-01',
          validTo: '2026-12-31',
          facilityCode: '01001',
        },
      }),
    },
    s.reception.token,
  );
  return expectOk(
    await s.call(
      'visits.create',
      { patientId: patient.id, kind, reason: 'Khám định kỳ' },
      s.reception.token,
    ),
  ).visitId;
}

/** The doctor's part: vitals, diagnosis, an ECG, a prescription, finish. */
async function examine(
  s: ExamClinic & { ecgId: number },
  visitId: number,
  icd: string,
  items: { drugId: number; dose: Record<string, string>; days: number }[],
) {
  const { asDoctor } = s;
  expectOk(await asDoctor('visits.start', { visitId }));
  expectOk(
    await asDoctor('visits.recordVitals', {
      visitId,
      pulse: 82,
      systolic: 150,
      diastolic: 95,
      temperatureC: 36.8,
      weightKg: 62,
      heightCm: 160,
    }),
  );
  expectOk(await asDoctor('visits.setDiagnoses', { visitId, primary: { code: icd } }));
  expectOk(
    await asDoctor('visits.orderServices', {
      visitId,
      services: [{ serviceId: s.ecgId, quantity: 1 }],
    }),
  );
  const saved = expectOk(await asDoctor('prescriptions.save', { visitId, items }));
  return saved;
}

/** Staff sign in again on another day. */
async function signIn<U extends { username: string; password: string; token: string }>(
  s: Station,
  user: U,
): Promise<U> {
  const { username, password } = user;
  const { token } = expectOk(await s.call('auth.login', { username, password }));
  return { ...user, token };
}

const valueOf = (row: ParsedRow | undefined, field: string): string =>
  row?.find(([name]) => name === field)?.[1] ?? '';

function shares(invoice: InvoiceView): number {
  return invoice.insurancePays + invoice.coPay + invoice.patientPays + invoice.otherSources;
}

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

describe('a prescription the pharmacy cannot fill at once', () => {
  it('bills what was given; what is given later or brought back reaches the bill and the claim', async () => {
    const s = await station();
    const { call, drugs } = s;
    let { pharmacist, cashier } = s;
    // Drugs only: this station charges no exam fee.
    expectOk(await call('settings.update', { clinical: { examServiceCode: '' } }));
    const receive = async (drugId: number, lot: string, quantity: number) =>
      expectOk(
        await call(
          'stock.receive',
          { lines: [{ drugId, lot, expiry: '2027-09-30', quantity, unitCost: 400 }] },
          pharmacist.token,
        ),
      );
    await receive(drugs.metformin, 'MF1', 40);
    await receive(drugs.amoxicillin, 'AM1', 6);
    const insured = await checkIn(s, 'bhyt', 'Đỗ Thị Dung', 'female');
    const fee = await checkIn(s, 'fee', 'Vũ Văn Em');
    await examine(s, insured, 'E11', [
      { drugId: drugs.metformin, dose: { morning: '1', evening: '1' }, days: 30 },
    ]);
    await examine(s, fee, 'J02.9', [
      { drugId: drugs.amoxicillin, dose: { morning: '1', evening: '1' }, days: 5 },
    ]);
    for (const visitId of [insured, fee]) expectOk(await s.asDoctor('visits.finish', { visitId }));
    const [insuredRx, feeRx] = expectOk(await call('stock.awaiting', {}, pharmacist.token)).map(
      (a) => a.prescriptionId,
    );

    // Stock covers 40 of 60 and 6 of 10: the patients go to the cashier with the rest owed.
    const partial = expectOk(
      await call('stock.dispense', { prescriptionId: insuredRx! }, pharmacist.token),
    );
    expect(partial.owed.map((o) => o.quantity)).toEqual([20]);
    expect(partial.visitStatus).toBe('awaiting_payment');
    expectOk(await call('stock.dispense', { prescriptionId: feeRx! }, pharmacist.token));
    expect(
      expectOk(await call('stock.awaiting', {}, pharmacist.token)).map((a) => [a.visitId, a.state]),
    ).toEqual([
      [insured, 'owed'],
      [fee, 'owed'],
    ]);

    const insuredBill = expectOk(
      await call('billing.invoice', { visitId: insured }, cashier.token),
    );
    expect(insuredBill.lines.map((l) => [l.kind, l.quantity, l.amount])).toEqual([
      ['service', 1, 40_000],
      ['drug', 40, 24_000],
    ]);
    expect(insuredBill).toMatchObject({ total: 64_000, insurancePays: 64_000, patientDue: 0 });
    expectOk(
      await call(
        'billing.pay',
        { ...asSeen(insuredBill), method: 'cash', amount: 0 },
        cashier.token,
      ),
    );
    const feeBill = expectOk(await call('billing.invoice', { visitId: fee }, cashier.token));
    expect(feeBill.lines.map((l) => [l.kind, l.quantity, l.amount])).toEqual([
      ['service', 1, 40_000],
      ['drug', 6, 5_400],
    ]);
    const firstReceipt = expectOk(
      await call(
        'billing.pay',
        { ...asSeen(feeBill), method: 'cash', amount: 45_400, tendered: 50_000 },
        cashier.token,
      ),
    ).receipt!;

    // Days later the stock comes and the patients fetch what they were owed.
    s.clock.advance(minutes(60 * 24 * 2));
    pharmacist = await signIn(s, pharmacist);
    cashier = await signIn(s, cashier);
    await receive(drugs.metformin, 'MF2', 100);
    await receive(drugs.amoxicillin, 'AM2', 100);
    for (const prescriptionId of [insuredRx!, feeRx!]) {
      const rest = expectOk(await call('stock.dispense', { prescriptionId }, pharmacist.token));
      expect(rest).toMatchObject({ owed: [], visitStatus: 'done' });
    }
    expect(expectOk(await call('stock.awaiting', {}, pharmacist.token))).toEqual([]);
    // The audit log says which dispense changed a paid bill, and by how much.
    const repriced = s.backend.services.sqlite
      .prepare(
        "SELECT json_extract(detail, '$.repricedBill') FROM audit_log WHERE action = 'stock.dispense' ORDER BY id",
      )
      .pluck()
      .all()
      .filter((bill) => bill !== null)
      .map((bill) => JSON.parse(bill as string) as Record<string, number>);
    // The first hand-overs made the bills; the later ones priced them again.
    expect(repriced).toMatchObject([
      { totalBefore: 0, total: 64_000, patientDue: 0 },
      { totalBefore: 0, total: 45_400, patientDue: 45_400 },
      { totalBefore: 64_000, total: 76_000, patientDue: 0 },
      { totalBefore: 45_400, total: 49_000, patientDue: 49_000 },
    ]);

    // The fee patient owes the 4 capsules given since; the insured one owes nothing more.
    const desk = expectOk(await call('billing.awaiting', {}, cashier.token));
    expect(desk.map((d) => [d.visitId, d.due])).toEqual([[fee, 3_600]]);
    const feeAgain = expectOk(await call('billing.invoice', { visitId: fee }, cashier.token));
    expect(feeAgain.lines.map((l) => [l.kind, l.quantity, l.amount])).toEqual([
      ['service', 1, 40_000],
      ['drug', 10, 9_000],
    ]);
    expect(feeAgain).toMatchObject({ total: 49_000, paid: 45_400, due: 3_600, settled: false });
    expect(
      expectOk(
        await call(
          'billing.pay',
          { ...asSeen(feeAgain), method: 'cash', amount: 3_600, tendered: 5_000 },
          cashier.token,
        ),
      ),
    ).toMatchObject({ change: 1_400, settled: true, visitStatus: 'done' });

    // The first receipt, reprinted, still says what was paid for then; the second one says
    // what came since.
    const { db } = s.backend.services;
    const [first, second] = [firstReceipt.id, firstReceipt.id + 1].map((id) => {
      const content = receiptContent(db, id);
      return {
        items: content.items.map((i) => i.quantity),
        totals: Object.fromEntries(content.totals.map((t) => [t.label, t.value])),
      };
    });
    expect(first?.items).toEqual(['1 Lần', '6 Viên']);
    expect(first?.totals).toMatchObject({ 'Tổng chi phí': '45.400 đ', 'Số tiền thu': '45.400 đ' });
    expect(second?.items).toEqual(['1 Lần', '10 Viên']);
    expect(second?.totals).toMatchObject({
      'Tổng chi phí': '49.000 đ',
      'Đã nộp trước': '45.400 đ',
    });

    const insuredAgain = expectOk(
      await call('billing.invoice', { visitId: insured }, cashier.token),
    );
    expect(insuredAgain).toMatchObject({ total: 76_000, insurancePays: 76_000, settled: true });
    const file = expectOk(await call('claims.exportXml130', TODAY, cashier.token));
    const parsed = parseGiamDinhHs(Buffer.from(file.content, 'base64').toString('utf8'));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problem));
    const [hoso] = parsed.value.records;
    const xml1 = hoso?.find((f) => f.type === 'XML1')?.rows[0];
    const xml2 = hoso?.find((f) => f.type === 'XML2')?.rows ?? [];
    expect(xml2.map((r) => valueOf(r, 'SO_LUONG'))).toEqual(['60']);
    expect(['T_TONGCHI_BV', 'T_BHTT'].map((f) => valueOf(xml1, f))).toEqual(['76000', '76000']);

    // Ten tablets brought back unused: the claim was sent, so the month must be reopened first.
    const [item] = expectOk(
      await call('stock.prescription', { prescriptionId: insuredRx! }, pharmacist.token),
    ).items;
    const bringBack = {
      itemId: item!.itemId,
      batchId: item!.given[0]!.batchId,
      quantity: 10,
    };
    const frozen = await call('stock.return', bringBack, pharmacist.token);
    expect(frozen.ok ? null : frozen.error.messageKey).toBe('claims.month.frozen');
    const admin = await signIn(s, { ...ADMIN, token: '' });
    expectOk(
      await call(
        'claims.reopenMonth',
        { month: '2026-11', reason: 'Người bệnh trả 10 viên' },
        admin.token,
      ),
    );
    expectOk(await call('stock.return', bringBack, pharmacist.token));
    // They come off the insured bill and the claim, which the next export sends again.
    const claimed = expectOk(await call('claims.validate', TODAY, cashier.token)).visits;
    expect(claimed.map((v) => [v.visitId, v.total, v.problems, v.sentBefore])).toEqual([
      [insured, 70_000, [], true],
    ]);
    const again = expectOk(await call('claims.exportXml130', TODAY, cashier.token));
    expect(again.resentVisitIds).toEqual([insured]);
  });
});
