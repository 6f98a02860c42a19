import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type {
  ApiError,
  AwaitingVisit,
  ClaimsExport,
  ClaimsValidation,
  DispenseResult,
  InputOf,
  InvoiceView,
  OutputOf,
  PaymentResult,
  ProcedureName,
  RefundResult,
} from '../../shared/api';
import { parseGiamDinhHs, type ParsedRow } from '../../shared/domain/claims/xml130';
import { serve } from '../helpers/http';
import { moneyClinic, visitAtPharmacy, type MoneyClinic } from '../helpers/money';
import { pdfText } from '../helpers/pdf';
import { ledgerSum, pharmacyClinic } from '../helpers/pharmacy';

type Answer<T> = { ok: true; value: T } | { ok: false; error: ApiError };

const NOVEMBER = { from: '2026-11-01', to: '2026-11-30' };

/** Typed calls over real HTTP; files come back as JSON (accept: application/json). */
async function overHttp(clinic: MoneyClinic) {
  const http = await serve(clinic.backend);
  const send = async <N extends ProcedureName>(
    name: N,
    input: InputOf<N>,
    token: string,
  ): Promise<{ status: number; answer: Answer<OutputOf<N>> }> => {
    const response = await fetch(`${http.url}/api/${name}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/json',
        authorization: `Bearer ${token}`,
      },
      body: JSON.stringify(input),
    });
    return { status: response.status, answer: (await response.json()) as Answer<OutputOf<N>> };
  };
  const ok = async <N extends ProcedureName>(
    name: N,
    input: InputOf<N>,
    token: string,
  ): Promise<OutputOf<N>> => {
    const { answer } = await send(name, input, token);
    if (!answer.ok) throw new Error(`${name}: ${answer.error.message}`);
    return answer.value;
  };
  return { send, ok };
}

const valueOf = (row: ParsedRow | undefined, field: string): string =>
  row?.find(([name]) => name === field)?.[1] ?? '';

function claimTables(file: ClaimsExport) {
  const parsed = parseGiamDinhHs(Buffer.from(file.content, 'base64').toString('utf8'));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problem));
  return parsed.value.records.map((hoso) => ({
    xml1: hoso.find((f) => f.type === 'XML1')?.rows[0],
    xml2: hoso.find((f) => f.type === 'XML2')?.rows ?? [],
  }));
}

/** The three money defects of issue 11, each driven over real HTTP on loopback. */
describe('money over HTTP', () => {
  it('refuses the same item twice in one hand-over, and gives out only what is owed', async () => {
    const clinic = await pharmacyClinic();
    const { paracetamol } = clinic.drugs;
    const [batchId] = (
      await clinic.receive([
        { drugId: paracetamol, lot: 'P1', expiry: '2028-01-31', quantity: 100, unitCost: 300 },
      ])
    ).lines.map((l) => l.batchId);
    const { prescriptionId, itemIds } = await clinic.prescribe([
      { drugId: paracetamol, quantity: 10 },
    ]);
    const itemId = itemIds[0] ?? 0;
    const http = await serve(clinic.backend);
    const token = clinic.pharmacist.token;

    const twice = await http.post(
      'stock.dispense',
      {
        prescriptionId,
        lines: [
          { itemId, quantity: 10 },
          { itemId, quantity: 10 },
        ],
      },
      token,
    );
    expect(twice.status).toBe(400);
    const refused = (await twice.json()) as Answer<never>;
    if (refused.ok) throw new Error('expected a refusal');
    expect(refused.error.code).toBe('VALIDATION');
    expect(refused.error.fieldErrorKeys?.lines?.key).toBe('pharmacy.dispense.itemTwice');
    expect(refused.error.fieldErrors?.lines).toBe('Mỗi thuốc chỉ ghi một dòng');
    expect(ledgerSum(clinic.backend, batchId ?? 0)).toBe(100);

    const once = await http.post(
      'stock.dispense',
      { prescriptionId, lines: [{ itemId, quantity: 10 }] },
      token,
    );
    const given = (await once.json()) as Answer<DispenseResult>;
    if (!given.ok) throw new Error(given.error.message);
    expect(given.value.allocations.map((a) => a.quantity)).toEqual([10]);
    expect(ledgerSum(clinic.backend, batchId ?? 0)).toBe(90);

    // Nothing more is owed: asking again gives nothing out.
    const again = await http.post(
      'stock.dispense',
      { prescriptionId, lines: [{ itemId, quantity: 10 }] },
      token,
    );
    expect(again.status).toBe(409);
    expect(ledgerSum(clinic.backend, batchId ?? 0)).toBe(90);
  });

  it('reprices a paid bill when drugs come back: refund due, a supervisor refunds, form 01/BV and the claim follow', async () => {
    const clinic = await moneyClinic();
    const { ok, send } = await overHttp(clinic);
    const { pharmacist, cashier, supervisor } = clinic;
    // 500 tablets at 800 đ and a 150,000 đ test: above the low-cost threshold either way.
    const { visitId, prescriptionId, itemIds } = await visitAtPharmacy(clinic, {
      services: [{ code: 'XN01', unitPrice: 150_000 }],
      drugs: [{ drugId: clinic.drugId, quantity: 500, unitPrice: 800 }],
    });
    await ok('stock.dispense', { prescriptionId, requestId: randomUUID() }, pharmacist.token);
    const bill = await ok('billing.invoice', { visitId }, cashier.token);
    expect(bill.lines.map((l) => [l.kind, l.quantity, l.insurancePays, l.coPay])).toEqual([
      ['service', 1, 120_000, 30_000],
      ['drug', 500, 320_000, 80_000],
    ]);
    expect(bill).toMatchObject({ total: 550_000, insurancePays: 440_000, patientDue: 110_000 });
    const paid = await ok(
      'billing.pay',
      {
        invoiceId: bill.invoiceId,
        expectedTotal: bill.total,
        requestId: randomUUID(),
        method: 'cash',
        amount: 110_000,
        tendered: 200_000,
      },
      cashier.token,
    );
    expect(paid).toMatchObject({ settled: true, visitStatus: 'done', change: 90_000 });

    // 200 tablets come back: the bill, paid, is priced again in the return's transaction.
    const [given] = (await ok('stock.prescription', { prescriptionId }, pharmacist.token)).items;
    await ok(
      'stock.return',
      { itemId: itemIds[0] ?? 0, batchId: given?.given[0]?.batchId ?? 0, quantity: 200 },
      pharmacist.token,
    );
    const repriced: InvoiceView = await ok('billing.invoice', { visitId }, cashier.token);
    expect(repriced.lines.map((l) => [l.kind, l.quantity, l.insurancePays, l.coPay])).toEqual([
      ['service', 1, 120_000, 30_000],
      ['drug', 300, 192_000, 48_000],
    ]);
    expect(repriced).toMatchObject({
      total: 390_000,
      insurancePays: 312_000,
      patientDue: 78_000,
      paid: 110_000,
      due: 0,
      refundDue: 32_000,
      settled: false,
    });
    const desk: AwaitingVisit[] = await ok('billing.awaiting', {}, cashier.token);
    expect(desk.find((d) => d.visitId === visitId)).toMatchObject({
      status: 'done',
      due: 0,
      refundDue: 32_000,
    });
    // The claim waits for the refund: the bill is not settled.
    const waiting: ClaimsValidation = await ok('claims.validate', NOVEMBER, cashier.token);
    expect(waiting.visits[0]?.problems.map((p) => p.key)).toEqual(['claims.problem.notSettled']);

    const refundInput = { invoiceId: repriced.invoiceId, requestId: randomUUID() };
    const notAllowed = await send('billing.refund', refundInput, cashier.token);
    expect(notAllowed.status).toBe(403);
    const refunded: RefundResult = await ok('billing.refund', refundInput, supervisor.token);
    expect(refunded.refund).toMatchObject({
      kind: 'refund',
      method: 'cash',
      amount: -32_000,
      receiptBook: '01',
      receiptNumber: 1,
      cashierId: supervisor.id,
    });
    expect(refunded).toMatchObject({ paid: 78_000, refundDue: 0, settled: true });
    // Sent again after a lost reply: the same voucher, no second cash out.
    const retried = await ok('billing.refund', refundInput, supervisor.token);
    expect(retried.refund.id).toBe(refunded.refund.id);
    const { sqlite } = clinic.backend.services;
    expect(
      sqlite.prepare("SELECT count(*) FROM payments WHERE kind = 'refund'").pluck().get(),
    ).toBe(1);
    const audit = await ok('audit.list', { action: 'billing.refund' }, clinic.adminToken);
    expect(audit.entries[0]).toMatchObject({ username: supervisor.username, entity: 'payment' });
    expect(audit.entries[0]?.detail).toMatchObject({ amount: -32_000, voucher: '01/1' });

    // The phiếu chi, form 01/BV and the claim all say 300 tablets.
    const voucher = await ok('billing.receipt', { paymentId: refunded.refund.id }, cashier.token);
    const voucherText = pdfText(Buffer.from(voucher.content, 'base64'));
    expect(voucherText).toContain('PHIẾU CHI HOÀN TRẢ TIỀN');
    expect(voucherText).toMatch(/Số tiền hoàn trả\s+32\.000 đ/);
    const statement = await ok(
      'billing.costStatement',
      { invoiceId: bill.invoiceId },
      cashier.token,
    );
    const statementText = pdfText(Buffer.from(statement.content, 'base64'));
    expect(statementText).toMatch(/Viên\s+300\s+800/);
    expect(statementText).not.toMatch(/Viên\s+500\s+800/);
    const file = await ok('claims.exportXml130', NOVEMBER, cashier.token);
    const [claim] = claimTables(file);
    expect(valueOf(claim?.xml2[0], 'SO_LUONG')).toBe('300');
    expect(valueOf(claim?.xml2[0], 'T_BHTT')).toBe('192000');
    expect(['T_TONGCHI_BV', 'T_BHTT', 'T_BNCCT'].map((f) => valueOf(claim?.xml1, f))).toEqual([
      '390000',
      '312000',
      '78000',
    ]);
  });

  it('answers a retried payment with its first receipt and refuses a bill that changed since', async () => {
    const clinic = await moneyClinic();
    const { ok, send } = await overHttp(clinic);
    const { visitId, prescriptionId, itemIds } = await visitAtPharmacy(clinic, {
      services: [{ code: 'XN01', unitPrice: 150_000 }],
      drugs: [{ drugId: clinic.drugId, quantity: 500, unitPrice: 800 }],
    });
    const handOver = {
      prescriptionId,
      lines: [{ itemId: itemIds[0] ?? 0, quantity: 300 }],
      requestId: randomUUID(),
    };
    const first: DispenseResult = await ok('stock.dispense', handOver, clinic.pharmacist.token);
    const again: DispenseResult = await ok('stock.dispense', handOver, clinic.pharmacist.token);
    expect(again).toEqual(first);
    expect(ledgerSumOf(clinic)).toBe(100_000 - 300);

    const bill = await ok('billing.invoice', { visitId }, clinic.cashier.token);
    const payment = {
      invoiceId: bill.invoiceId,
      expectedTotal: bill.total,
      requestId: randomUUID(),
      method: 'cash' as const,
      amount: 50_000,
    };
    const taken: PaymentResult = await ok('billing.pay', payment, clinic.cashier.token);
    const retried: PaymentResult = await ok('billing.pay', payment, clinic.cashier.token);
    expect(retried.receipt?.id).toBe(taken.receipt?.id);
    expect(retried.receipt?.receiptNumber).toBe(1);
    const { sqlite } = clinic.backend.services;
    expect(sqlite.prepare('SELECT count(*) FROM payments').pluck().get()).toBe(1);
    // The same id with another amount is a client bug, not a retry.
    const reused = await send('billing.pay', { ...payment, amount: 1_000 }, clinic.cashier.token);
    expect(reused.status).toBe(409);
    expect(reused.answer.ok ? null : reused.answer.error.messageKey).toBe('error.requestReused');

    // The other 200 tablets are handed over: the cashier's screen is now out of date.
    await ok(
      'stock.dispense',
      { prescriptionId, requestId: randomUUID() },
      clinic.pharmacist.token,
    );
    const stale = await send(
      'billing.pay',
      { ...payment, requestId: randomUUID(), amount: 10_000 },
      clinic.cashier.token,
    );
    expect(stale.status).toBe(409);
    if (stale.answer.ok) throw new Error('expected a refusal');
    expect(stale.answer.error.messageKey).toBe('billing.pay.invoiceChanged');
    expect(stale.answer.error.details).toMatchObject({ total: 550_000, paid: 50_000, due: 60_000 });
    expect(stale.answer.error.message).toContain('550.000');
    expect(sqlite.prepare('SELECT count(*) FROM payments').pluck().get()).toBe(1);
  });

  it('holds back from the claim a visit whose invoice lines differ from the stock ledger', async () => {
    const clinic = await moneyClinic();
    const { ok } = await overHttp(clinic);
    const settledVisit = async () => {
      const visit = await visitAtPharmacy(clinic, {
        drugs: [{ drugId: clinic.drugId, quantity: 500, unitPrice: 800 }],
      });
      await ok('stock.dispense', { prescriptionId: visit.prescriptionId }, clinic.pharmacist.token);
      const bill = await ok('billing.invoice', { visitId: visit.visitId }, clinic.cashier.token);
      await ok(
        'billing.pay',
        {
          invoiceId: bill.invoiceId,
          expectedTotal: bill.total,
          requestId: randomUUID(),
          method: 'cash',
          amount: bill.due,
        },
        clinic.cashier.token,
      );
      return visit;
    };
    const clean = await settledVisit();
    const drifted = await settledVisit();
    // A return written straight into the ledger, as Tram before this fix left them: the
    // invoice still bills 500.
    const { sqlite } = clinic.backend.services;
    const batchId = sqlite.prepare('SELECT id FROM stock_batches').pluck().get() as number;
    sqlite
      .prepare(
        `INSERT INTO stock_movements (batch_id, kind, quantity, prescription_item_id, user_id, at)
         VALUES (?, 'return', 200, ?, 1, '2026-11-26T03:00:00.000Z')`,
      )
      .run(batchId, drifted.itemIds[0]);
    sqlite.prepare('UPDATE stock_batches SET on_hand = on_hand + 200 WHERE id = ?').run(batchId);

    const checked: ClaimsValidation = await ok('claims.validate', NOVEMBER, clinic.cashier.token);
    const problems = (visitId: number) =>
      checked.visits.find((v) => v.visitId === visitId)?.problems;
    expect(problems(clean.visitId)).toEqual([]);
    const driftedCheck = checked.visits.find((v) => v.visitId === drifted.visitId);
    // Named like every claim problem: whose claim, which field, where it is put right.
    expect(problems(drifted.visitId)).toEqual([
      {
        key: 'claims.problem.ledgerMismatch',
        params: { name: 'Hapacol 500', billed: 500, given: 300 },
        subject: {
          key: 'claims.subject.visit',
          params: { link: driftedCheck?.link, patient: driftedCheck?.fullName },
        },
        fix: { key: 'claims.fix.prices' },
        table: 'XML2',
        field: 'SO_LUONG',
      },
    ]);
    expect(checked).toMatchObject({ ready: 1, withProblems: 1 });
    const file = await ok('claims.exportXml130', NOVEMBER, clinic.cashier.token);
    expect(file).toMatchObject({ count: 1, skippedVisitIds: [drifted.visitId] });
    expect(claimTables(file).map((c) => valueOf(c.xml1, 'MA_LK'))).toEqual([
      checked.visits.find((v) => v.visitId === clean.visitId)?.link,
    ]);
  });
});

function ledgerSumOf(clinic: MoneyClinic): number {
  return clinic.backend.services.sqlite
    .prepare('SELECT sum(quantity) FROM stock_movements')
    .pluck()
    .get() as number;
}
