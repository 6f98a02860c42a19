import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ledgerMismatches } from '../../electron/backend/pharmacy/movements';
import type { ApiError, InputOf, OutputOf, ProcedureName, Result } from '../../shared/api';
import { parseGiamDinhHs, type ParsedRow } from '../../shared/domain/claims/xml130';
import { expectOk } from '../helpers/backend';
import { moneyClinic, visitAtPharmacy, type MoneyClinic } from '../helpers/money';

/** What the cash desk and the pharmacy may do to one visit, in any order. */
type Op =
  | { op: 'dispense'; item: number; share: number }
  | { op: 'return'; item: number; share: number }
  | { op: 'pay'; share: number; retry: boolean }
  | { op: 'refund'; share: number }
  | { op: 'void'; pick: number };

const share = fc.integer({ min: 1, max: 100 });
/** Paying all that is owed is the usual case. */
const payShare = fc.oneof(fc.constant(100), share);
// Quantities and amounts are shares of what is owed, given or paid, so most steps can happen.
const op: fc.Arbitrary<Op> = fc.oneof(
  {
    arbitrary: fc.record({ op: fc.constant('dispense' as const), item: fc.nat(1), share }),
    weight: 3,
  },
  {
    arbitrary: fc.record({ op: fc.constant('return' as const), item: fc.nat(1), share }),
    weight: 3,
  },
  {
    arbitrary: fc.record({ op: fc.constant('pay' as const), share: payShare, retry: fc.boolean() }),
    weight: 3,
  },
  { arbitrary: fc.record({ op: fc.constant('refund' as const), share }), weight: 2 },
  { arbitrary: fc.record({ op: fc.constant('void' as const), pick: fc.nat(20) }), weight: 2 },
);

/** Usually a hand-over and a payment first, so returns, refunds and voids have something to act on. */
const sequence: fc.Arbitrary<Op[]> = fc
  .tuple(
    fc.array(
      fc.oneof(
        fc.record({ op: fc.constant('dispense' as const), item: fc.nat(1), share }),
        fc.record({ op: fc.constant('pay' as const), share: payShare, retry: fc.constant(false) }),
      ),
      { maxLength: 3 },
    ),
    fc.array(op, { minLength: 1, maxLength: 16, size: 'large' }),
  )
  .map(([start, rest]) => [...start, ...rest]);

/** Refusals a random sequence may meet; anything else (INTERNAL above all) is a bug. */
const EXPECTED: readonly ApiError['code'][] = ['VALIDATION', 'CONFLICT', 'FORBIDDEN'];

type Row = Record<string, number | string | null>;

const valueOf = (row: ParsedRow | undefined, field: string): number =>
  Number(row?.find(([name]) => name === field)?.[1] ?? NaN);

/** Runs one random sequence on a fresh visit and checks the books after every step. */
async function playOut(clinic: MoneyClinic, ops: readonly Op[]): Promise<void> {
  const { call, pharmacist, cashier, supervisor } = clinic;
  const { sqlite } = clinic.backend.services;
  const visit = await visitAtPharmacy(clinic, {
    services: [{ code: 'XN01', unitPrice: 300_000 }],
    drugs: [
      { drugId: clinic.drugId, quantity: 60, unitPrice: 1_050 },
      { drugId: clinic.drugId, quantity: 30, unitPrice: 2_730 },
    ],
  });
  const attempt = async <N extends ProcedureName>(
    name: N,
    input: InputOf<N>,
    token: string,
  ): Promise<OutputOf<N> | null> => {
    const result: Result<OutputOf<N>> = await call(name, input, token);
    if (result.ok) return result.value;
    expect(EXPECTED, `${name}: ${result.error.message}`).toContain(result.error.code);
    return null;
  };
  const invoice = () =>
    sqlite.prepare('SELECT * FROM invoices WHERE visit_id = ?').get(visit.visitId) as
      Row | undefined;
  const net = (kind: string) =>
    sqlite
      .prepare(
        `SELECT coalesce(sum(p.amount), 0) + coalesce(sum(v.amount), 0) FROM payments p
         JOIN invoices i ON i.id = p.invoice_id
         LEFT JOIN payments v ON v.reverses_id = p.id
         WHERE i.visit_id = ? AND p.kind = ?`,
      )
      .pluck()
      .get(visit.visitId, kind) as number;
  const given = (itemId: number) =>
    sqlite
      .prepare(
        `SELECT coalesce(-sum(quantity), 0) FROM stock_movements
         WHERE prescription_item_id = ? AND kind IN ('dispense', 'return')`,
      )
      .pluck()
      .get(itemId) as number;

  const check = () => {
    expect(ledgerMismatches(sqlite)).toEqual([]);
    const bill = invoice();
    if (!bill) return;
    const lines = sqlite
      .prepare('SELECT * FROM invoice_lines WHERE invoice_id = ? ORDER BY position')
      .all(bill.id) as Row[];
    // Invoice lines = ledger quantities, item by item.
    for (const itemId of visit.itemIds) {
      const line = lines.find((l) => l.kind === 'drug' && l.ref_id === itemId);
      expect(line?.quantity ?? 0).toBe(given(itemId));
    }
    const sum = (rows: Row[], field: string) => rows.reduce((s, r) => s + Number(r[field]), 0);
    for (const field of ['total', 'insurance_pays', 'co_pay', 'patient_pays', 'other_sources']) {
      expect(bill[field]).toBe(sum(lines, field));
    }
    // T_BHTT + T_BNCCT + T_BNTT + T_NGUONKHAC = T_TONGCHI_BV.
    expect(
      Number(bill.insurance_pays) +
        Number(bill.co_pay) +
        Number(bill.patient_pays) +
        Number(bill.other_sources),
    ).toBe(bill.total);
    // Money never runs below zero, and a settled bill is paid exactly.
    const paid = net('payment') + net('refund');
    expect(paid).toBeGreaterThanOrEqual(0);
    if (bill.settled_at !== null) expect(paid).toBe(bill.patient_due);
  };

  let lastPay: InputOf<'billing.pay'> | null = null;
  for (const step of ops) {
    const bill = invoice();
    const view = bill
      ? await attempt('billing.invoice', { visitId: visit.visitId }, cashier.token)
      : null;
    switch (step.op) {
      case 'dispense': {
        const itemId = visit.itemIds[step.item] ?? 0;
        const item = expectOk(
          await call(
            'stock.prescription',
            { prescriptionId: visit.prescriptionId },
            pharmacist.token,
          ),
        ).items.find((i) => i.itemId === itemId);
        await attempt(
          'stock.dispense',
          {
            prescriptionId: visit.prescriptionId,
            lines: [{ itemId, quantity: Math.ceil(((item?.owed ?? 0) * step.share) / 100) }],
            requestId: randomUUID(),
          },
          pharmacist.token,
        );
        break;
      }
      case 'return': {
        const itemId = visit.itemIds[step.item] ?? 0;
        const has = given(itemId);
        if (has === 0) break;
        const [batch] = expectOk(
          await call(
            'stock.prescription',
            { prescriptionId: visit.prescriptionId },
            pharmacist.token,
          ),
        ).items.find((i) => i.itemId === itemId)!.given;
        await attempt(
          'stock.return',
          {
            itemId,
            batchId: batch?.batchId ?? 0,
            quantity: Math.max(1, Math.floor((has * step.share) / 100)),
          },
          pharmacist.token,
        );
        break;
      }
      case 'pay': {
        if (!view) break;
        if (step.retry && lastPay) {
          const count = sqlite.prepare('SELECT count(*) FROM payments').pluck().get();
          await attempt('billing.pay', lastPay, cashier.token);
          expect(sqlite.prepare('SELECT count(*) FROM payments').pluck().get()).toBe(count);
          break;
        }
        lastPay = {
          invoiceId: view.invoiceId,
          expectedTotal: view.total,
          requestId: randomUUID(),
          method: 'cash',
          amount: view.due === 0 ? 0 : Math.max(1, Math.floor((view.due * step.share) / 100)),
        };
        await attempt('billing.pay', lastPay, cashier.token);
        break;
      }
      case 'refund': {
        if (!view || view.refundDue === 0) break;
        await attempt(
          'billing.refund',
          {
            invoiceId: view.invoiceId,
            amount: Math.max(1, Math.floor((view.refundDue * step.share) / 100)),
            requestId: randomUUID(),
          },
          supervisor.token,
        );
        break;
      }
      case 'void': {
        const open = (view?.payments ?? []).filter((p) => p.kind !== 'void' && !p.voidedById);
        const target = open[step.pick % Math.max(1, open.length)];
        if (!target) break;
        await attempt(
          'billing.void',
          { paymentId: target.id, reason: 'Thu nhầm', requestId: randomUUID() },
          supervisor.token,
        );
        break;
      }
    }
    check();
  }

  // The patient leaves square: what is owed is paid, what is owed back is given back.
  const owed = expectOk(
    await call('stock.prescription', { prescriptionId: visit.prescriptionId }, pharmacist.token),
  );
  if (owed.items.some((i) => i.owed > 0) && !invoice()) {
    expectOk(
      await call('stock.dispense', { prescriptionId: visit.prescriptionId }, pharmacist.token),
    );
  }
  const last = expectOk(await call('billing.invoice', { visitId: visit.visitId }, cashier.token));
  if (last.refundDue > 0) {
    expectOk(
      await call(
        'billing.refund',
        { invoiceId: last.invoiceId, requestId: randomUUID() },
        supervisor.token,
      ),
    );
  } else if (!last.settled) {
    expectOk(
      await call(
        'billing.pay',
        {
          invoiceId: last.invoiceId,
          expectedTotal: last.total,
          requestId: randomUUID(),
          method: 'cash',
          amount: last.due,
        },
        cashier.token,
      ),
    );
  }
  check();
  const settled = invoice()!;
  expect(settled.settled_at).not.toBeNull();
  // Cash received − refunds = the patient's share settled.
  expect(net('payment') + net('refund')).toBe(settled.patient_due);

  // The claim sent for the visit repeats the ledger and splits its total to the dong.
  const file = expectOk(
    await call('claims.exportXml130', { from: '2026-11-26', to: '2026-11-26' }, cashier.token),
  );
  const parsed = parseGiamDinhHs(Buffer.from(file.content, 'base64').toString('utf8'));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problem));
  const link = sqlite
    .prepare('SELECT link FROM claim_export_visits WHERE visit_id = ? ORDER BY export_id DESC')
    .pluck()
    .get(visit.visitId) as string | undefined;
  if (Number(settled.total) === 0 || !link) return;
  const hoso = parsed.value.records.find((files) =>
    files.some(
      (f) => f.type === 'XML1' && f.rows[0]?.some(([n, v]) => n === 'MA_LK' && v === link),
    ),
  );
  const xml1 = hoso?.find((f) => f.type === 'XML1')?.rows[0];
  const xml2 = hoso?.find((f) => f.type === 'XML2')?.rows ?? [];
  expect(
    valueOf(xml1, 'T_BHTT') +
      valueOf(xml1, 'T_BNCCT') +
      valueOf(xml1, 'T_BNTT') +
      valueOf(xml1, 'T_NGUONKHAC'),
  ).toBe(valueOf(xml1, 'T_TONGCHI_BV'));
  expect(valueOf(xml1, 'T_TONGCHI_BV')).toBe(settled.total);
  expect(xml2.map((row) => valueOf(row, 'SO_LUONG'))).toEqual(
    visit.itemIds.map(given).filter((quantity) => quantity > 0),
  );
}

describe('money property', () => {
  it('keeps the books for any sequence of dispense, return, pay, refund and void', async () => {
    const clinic = await moneyClinic();
    await fc.assert(
      fc.asyncProperty(sequence, (ops) => playOut(clinic, ops)),
      { numRuns: 40 },
    );
  }, 300_000);
});
