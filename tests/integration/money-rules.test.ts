import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { readSection } from '../../electron/backend/settings/store';
import { ADMIN, expectError, expectOk } from '../helpers/backend';
import { coveragePeriods } from '../helpers/billing';
import { moneyClinic, payInFull, visitAtPharmacy, type MoneyClinic } from '../helpers/money';

const NOVEMBER = { from: '2026-11-01', to: '2026-11-30' };

/** A visit handed 500 tablets and paid in full; returns the ids a return needs. */
async function paidVisit(clinic: MoneyClinic) {
  const { call, pharmacist } = clinic;
  const visit = await visitAtPharmacy(clinic, {
    services: [{ code: 'XN01', unitPrice: 150_000 }],
    drugs: [{ drugId: clinic.drugId, quantity: 500, unitPrice: 800 }],
  });
  expectOk(
    await call('stock.dispense', { prescriptionId: visit.prescriptionId }, pharmacist.token),
  );
  const { bill, paid } = await payInFull(clinic, visit.visitId);
  const [item] = expectOk(
    await call('stock.prescription', { prescriptionId: visit.prescriptionId }, pharmacist.token),
  ).items;
  const back = (quantity: number) => ({
    itemId: item?.itemId ?? 0,
    batchId: item?.given[0]?.batchId ?? 0,
    quantity,
  });
  return { ...visit, bill, paymentId: paid.receipt?.id ?? 0, back };
}

describe('claim months', () => {
  it('freeze the money of exported visits until an admin reopens the month; the next export resends', async () => {
    const clinic = await moneyClinic();
    const { call, pharmacist, cashier, supervisor } = clinic;
    const visit = await paidVisit(clinic);
    const file = expectOk(await call('claims.exportXml130', NOVEMBER, cashier.token));
    expect(file).toMatchObject({ count: 1, resentVisitIds: [] });
    const validated = expectOk(await call('claims.validate', NOVEMBER, cashier.token));
    expect(validated.months).toEqual([
      expect.objectContaining({ month: '2026-11', frozen: true, sent: 1, reopenedAt: null }),
    ]);
    expect(validated.visits[0]).toMatchObject({ sentBefore: true, frozen: true });
    expect(
      expectOk(await call('billing.invoice', { visitId: visit.visitId }, cashier.token)).frozen,
    ).toBe(true);

    // Returns and voids of the sent visit are refused, and nothing moves.
    const { sqlite } = clinic.backend.services;
    const before = sqlite.prepare('SELECT sum(quantity) FROM stock_movements').pluck().get();
    const returned = expectError(
      await call('stock.return', visit.back(200), pharmacist.token),
      'CONFLICT',
    );
    expect(returned.messageKey).toBe('claims.month.frozen');
    expect(returned.message).toContain('11/2026');
    expect(sqlite.prepare('SELECT sum(quantity) FROM stock_movements').pluck().get()).toBe(before);
    const voided = expectError(
      await call(
        'billing.void',
        { paymentId: visit.paymentId, reason: 'Thu nhầm' },
        supervisor.token,
      ),
      'CONFLICT',
    );
    expect(voided.messageKey).toBe('claims.month.frozen');
    // A coverage change leaves the sent bill as it was sent.
    expectOk(
      await call('settings.update', {
        coverage: { periods: coveragePeriods({ primaryCareFull: true }) },
      }),
    );
    const kept = expectOk(await call('billing.invoice', { visitId: visit.visitId }, cashier.token));
    expect(kept.insurancePays).toBe(visit.bill.insurancePays);
    expectOk(
      await call('settings.update', {
        coverage: { periods: coveragePeriods({ primaryCareFull: false }) },
      }),
    );

    // Only an admin reopens, and only with a reason; the reason is in the audit log.
    expectError(
      await call('claims.reopenMonth', { month: '2026-11', reason: 'Trả thuốc' }, cashier.token),
      'FORBIDDEN',
    );
    expectError(await call('claims.reopenMonth', { month: '2026-11', reason: ' ' }), 'VALIDATION');
    const reopened = expectOk(
      await call('claims.reopenMonth', { month: '2026-11', reason: 'Người bệnh trả 200 viên' }),
    );
    expect(reopened).toMatchObject({ frozen: false, reopenReason: 'Người bệnh trả 200 viên' });
    const audit = expectOk(await call('audit.list', { action: 'claims.reopenMonth' }));
    expect(audit.entries[0]).toMatchObject({ username: ADMIN.username, entityId: '2026-11' });
    expect(audit.entries[0]?.detail).toMatchObject({ reason: 'Người bệnh trả 200 viên' });
    const twice = expectError(
      await call('claims.reopenMonth', { month: '2026-11', reason: 'Lần nữa' }),
      'CONFLICT',
    );
    expect(twice.messageKey).toBe('claims.month.notFrozen');

    // Now the return goes through, the refund settles it, and the next export resends the HOSO.
    expectOk(await call('stock.return', visit.back(200), pharmacist.token));
    expectOk(
      await call(
        'billing.refund',
        { invoiceId: visit.bill.invoiceId, requestId: randomUUID() },
        supervisor.token,
      ),
    );
    const resent = expectOk(await call('claims.exportXml130', NOVEMBER, cashier.token));
    expect(resent).toMatchObject({ count: 1, resentVisitIds: [visit.visitId] });
    expect(
      sqlite.prepare('SELECT resent, total FROM claim_export_visits ORDER BY export_id').all(),
    ).toEqual([
      { resent: 0, total: 550_000 },
      { resent: 1, total: 390_000 },
    ]);
    const after = expectOk(await call('claims.validate', NOVEMBER, cashier.token));
    expect(after.months[0]).toMatchObject({
      frozen: true,
      reopenReason: 'Người bệnh trả 200 viên',
    });
    // The records of what was sent, and why a month was reopened, cannot be rewritten.
    expect(() => sqlite.prepare('DELETE FROM claim_month_reopens').run()).toThrow(/append-only/);
    expect(() => sqlite.prepare('UPDATE claim_export_visits SET total = 0').run()).toThrow(
      /append-only/,
    );
  });
});

describe('coverage rules by date', () => {
  it('reprice an old bill with the rules of its visit date, and a new visit with today’s', async () => {
    const clinic = await moneyClinic();
    const { call, pharmacist, cashier } = clinic;
    const old = await paidVisit(clinic);
    expect(old.bill.insurancePays).toBe(440_000);

    // From 27/11 the commune 100% rule applies: a new period, dated.
    const periods = [
      ...coveragePeriods({ primaryCareFull: false }),
      { ...coveragePeriods({ primaryCareFull: true })[1]!, from: '2026-11-27' },
    ];
    expectOk(await call('settings.update', { coverage: { periods } }));
    clinic.clock.advance(86_400_000);
    const login = async (user: { username: string; password: string }) =>
      expectOk(await call('auth.login', user)).token;
    const pharmacistToken = await login(pharmacist);
    const cashierToken = await login(cashier);
    const adminToken = await login(ADMIN);

    expectOk(await call('stock.return', old.back(200), pharmacistToken));
    const repriced = expectOk(
      await call('billing.invoice', { visitId: old.visitId }, cashierToken),
    );
    expect(repriced).toMatchObject({ total: 390_000, insurancePays: 312_000, refundDue: 32_000 });
    expect(repriced.coverage.benefitPercent).toBe(80);

    const fresh = await visitAtPharmacy(
      { ...clinic, call: (name, input, token = adminToken) => call(name, input, token) },
      { drugs: [{ drugId: clinic.drugId, quantity: 500, unitPrice: 800 }] },
    );
    expectOk(
      await call('stock.dispense', { prescriptionId: fresh.prescriptionId }, pharmacistToken),
    );
    const today = expectOk(await call('billing.invoice', { visitId: fresh.visitId }, cashierToken));
    expect(today).toMatchObject({ total: 400_000, insurancePays: 400_000, patientDue: 0 });
  });

  it('read settings saved before the flags were dated, and refuse an undated flag', async () => {
    const clinic = await moneyClinic();
    const { sqlite, db } = clinic.backend.services;
    const stored = {
      periods: [{ from: '2024-07-01', baseSalary: 2_340_000, lowCostPercent: 15, rates: [] }],
      primaryCareFull: false,
      offRoute: { kind: 'percentOfLevel', percent: 40 },
      lowCostBasis: 'total',
    };
    stored.periods[0]!.rates = coveragePeriods()[1]!.rates as never;
    sqlite
      .prepare("UPDATE settings SET value = ? WHERE key = 'coverage'")
      .run(JSON.stringify(stored));
    expect(readSection(db, 'coverage').periods).toEqual([
      expect.objectContaining({
        from: '2024-07-01',
        primaryCareFull: false,
        offRoute: { kind: 'percentOfLevel', percent: 40 },
        lowCostBasis: 'total',
      }),
    ]);
    const undated = expectError(
      await clinic.call('settings.update', {
        coverage: { primaryCareFull: true } as never,
      }),
      'VALIDATION',
    );
    expect(Object.keys(undated.fieldErrors ?? {})).toEqual(['coverage']);
  });
});
