import { describe, expect, it } from 'vitest';
import { receiptContent } from '../../electron/backend/billing/receipt-content';
import { parseGiamDinhHs } from '../../shared/domain/claims/xml130';
import { ADMIN, expectOk, minutes } from '../helpers/backend';
import { asSeen } from '../helpers/billing';
import { TODAY, station, checkIn, examine, signIn, valueOf } from '../helpers/journey';

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
