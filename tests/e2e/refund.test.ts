import { visitVitals } from '../../db/schema';
import { TEST_BHXH_CODES } from '../helpers/billing-seed';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { drizzleFor } from '../../db/client';
import { connectToDataFolder } from '../../electron/backend/backups/key-store';
import { moveVisit } from '../../electron/backend/visits/status';
import { serviceId } from '../helpers/billing-seed';
import { insertExam, insertPrescription, insertServiceOrder } from '../helpers/clinical';
import { coveragePeriods } from '../helpers/coverage';
import {
  addStaff,
  callApi,
  launchBrowser,
  openFromMenu,
  openPage,
  screenshot,
  seriousViolations,
  signIn,
  setUpStation,
  startWeb,
  type WebServer,
} from './harness';

vi.setConfig({ testTimeout: 180_000 });

let server: WebServer;
let browser: Browser;
let adminToken: string;
const tokens: Record<string, string> = {};

const api = <T = unknown>(name: string, input: unknown, token = adminToken): Promise<T> =>
  callApi<T>(server, name, input, token);

async function staff(username: string, fullName: string, roles: string[]): Promise<number> {
  const password = `${username}-rieng-1`;
  const id = await addStaff(server, adminToken, { username, fullName, password, roles });
  tokens[username] = (await api<{ token: string }>('auth.login', { username, password }, '')).token;
  return id;
}

/**
 * A level-4 insured patient handed 500 tablets (800 đ) and a 150,000 đ test, who paid the
 * 110,000 đ share and then brought 200 tablets back: the bill is 78,000 đ, 32,000 đ is owed back.
 */
async function paidThenReturned(): Promise<number> {
  const drug = await api<{ id: number }>('catalog.drugs.save', {
    code: '40.17',
    name: 'Metformin Stada 500',
    ingredients: [{ name: 'Metformin', strength: '500mg' }],
    unit: 'Viên',
    routeCode: '1.01',
    registrationNo: 'VD-20570-14',
    tenderInfo: '57/QĐ-TTMS;G1;N1;2022',
    price: 800,
    insuredPrice: 800,
  });
  await api(
    'stock.receive',
    {
      lines: [{ drugId: drug.id, lot: 'MF1', expiry: '2029-12-31', quantity: 1000, unitCost: 500 }],
    },
    tokens.duocsi,
  );
  const patient = await api<{ id: number }>('patients.create', {
    fullName: 'Đỗ Thị Dung',
    sex: 'female',
    birthDate: '1961-09-12',
    ethnicityCode: '01',
    occupationCode: '61110',
    address: { text: 'Số 1 Nguyễn Văn Cừ', wardCode: '00118', provinceCode: '01' },
    bhyt: {
      code: 'HT4010120878822',
      validFrom: '2025-01-01',
      validTo: '2030-12-31',
      facilityCode: '01001',
    },
  });
  const { visitId } = await api<{ visitId: number }>('visits.create', {
    patientId: patient.id,
    kind: 'bhyt',
    reason: 'Tái khám đái tháo đường',
  });
  // What the exam room leaves behind, written into the server's file (WAL allows it).
  const sqlite = connectToDataFolder(server.dataDir);
  let prescriptionId = 0;
  try {
    sqlite.pragma('busy_timeout = 5000');
    sqlite.pragma('foreign_keys = ON');
    const db = drizzleFor(sqlite);
    sqlite
      .transaction(() => {
        moveVisit(db, visitId, 'in_exam', new Date());
        insertExam(sqlite, { visitId, codes: ['E11.9'] });
        // What the claim needs: her weight, the test's shared-list code.
        db.insert(visitVitals)
          .values({ visitId, weightKg: 58, recordedBy: 1, recordedAt: new Date().toISOString() })
          .run();
        sqlite
          .prepare('UPDATE services SET bhxh_code = ? WHERE code = ?')
          .run(TEST_BHXH_CODES.XN01, 'XN01');
        insertServiceOrder(sqlite, {
          visitId,
          serviceId: serviceId(sqlite, 'XN01'),
          unitPrice: 150_000,
        });
        prescriptionId = insertPrescription(sqlite, {
          visitId,
          items: [{ drugId: drug.id, quantity: 500, unitPrice: 800 }],
        }).prescriptionId;
        moveVisit(db, visitId, 'awaiting_pharmacy', new Date());
      })
      .immediate();
  } finally {
    sqlite.close();
  }
  await api('stock.dispense', { prescriptionId, requestId: 'e2e-dispense-1' }, tokens.duocsi);
  const bill = await api<{ invoiceId: number; total: number; due: number }>(
    'billing.invoice',
    { visitId },
    tokens.thungan,
  );
  await api(
    'billing.pay',
    {
      invoiceId: bill.invoiceId,
      expectedTotal: bill.total,
      requestId: 'e2e-payment-1',
      method: 'cash',
      amount: bill.due,
    },
    tokens.thungan,
  );
  const view = await api<{ items: { itemId: number; given: { batchId: number }[] }[] }>(
    'stock.prescription',
    { prescriptionId },
    tokens.duocsi,
  );
  const [item] = view.items;
  await api(
    'stock.return',
    { itemId: item?.itemId, batchId: item?.given[0]?.batchId, quantity: 200 },
    tokens.duocsi,
  );
  return visitId;
}

beforeAll(async () => {
  [server, browser] = await Promise.all([startWeb(), launchBrowser()]);
  adminToken = await setUpStation(server, {
    username: 'truongtram',
    fullName: 'Nguyễn Thị Hoa',
    password: 'matkhau-admin',
  });
  await api('settings.update', {
    coverage: { periods: coveragePeriods({ primaryCareFull: false }) },
    claims: { headCode: '0123456789' },
  });
  await api('users.update', { id: 1, practitionerCode: '000123/BYT-CCHN' });
  await staff('thungan', 'Trần Thị Lan', ['cashier']);
  const supervisor = await staff('giamsat', 'Phạm Văn Minh', ['cashier']);
  await api('users.update', { id: supervisor, cashierSupervisor: true });
  await staff('duocsi', 'Lê Thị Thu', ['pharmacist']);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('a refund at the cash desk', () => {
  it('shows what is owed back after a return, and lets a supervisor pay it out', async () => {
    const visitId = await paidThenReturned();

    // A cashier sees the refund due, but may not pay it out.
    const cashier = await openPage(browser, server.url);
    await signIn(cashier.page, 'thungan', 'thungan-rieng-1');
    await openFromMenu(cashier.page, 'Thu ngân');
    const entry = cashier.page.getByRole('button', { name: /Đỗ Thị Dung/ });
    await entry.getByText('Hoàn trả tiền thừa').waitFor();
    await entry.getByText('−32.000 đ').waitFor();
    await entry.click();
    await cashier.page.getByText('Cần hoàn trả tiền cho người bệnh').waitFor();
    await cashier.page
      .getByText('Chỉ quản trị hoặc thu ngân giám sát được chi hoàn trả.')
      .waitFor();
    expect(await cashier.page.getByRole('button', { name: /^Hoàn trả/ }).count()).toBe(0);
    expect(await cashier.page.getByRole('button', { name: 'Thu tiền (Enter)' }).count()).toBe(0);
    expect(await seriousViolations(cashier.page)).toEqual([]);
    await screenshot(cashier.page, 'refund-01-cashier-sees-refund-due');
    expect(cashier.errors).toEqual([]);

    // The supervisor pays it out: a numbered phiếu chi, the bill settled.
    const { page, errors } = await openPage(browser, server.url);
    await signIn(page, 'giamsat', 'giamsat-rieng-1');
    await openFromMenu(page, 'Thu ngân');
    await page.getByRole('button', { name: /Đỗ Thị Dung/ }).click();
    await page.getByText(/người bệnh đã nộp 110\.000 đ, nay chỉ phải trả 78\.000 đ/).waitFor();
    await page.getByRole('button', { name: 'Hoàn trả 32.000 đ' }).click();
    const dialog = page.getByRole('dialog', { name: 'Hoàn trả tiền: Đỗ Thị Dung' });
    await dialog.waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'refund-02-supervisor-dialog');
    await dialog.getByRole('textbox', { name: 'Lý do' }).fill('Người bệnh trả lại 200 viên');
    await dialog.getByRole('button', { name: 'Chi hoàn trả' }).click();
    const voucher = page.getByRole('dialog', { name: 'Phiếu chi quyển 01 · số 0000001' });
    await voucher.waitFor();
    await voucher.locator('iframe').waitFor();
    await screenshot(page, 'refund-03-voucher');
    await voucher.getByRole('button', { name: 'Đóng' }).last().click();
    await page.getByText('Đã thanh toán xong').waitFor();
    const ledger = page.getByRole('table', { name: 'Phiếu thu' });
    await ledger.getByText('Phiếu chi quyển 01 · số 0000001').waitFor();
    await ledger.getByText('-32.000 đ').waitFor();
    await screenshot(page, 'refund-04-settled');
    expect(errors).toEqual([]);

    const invoice = await api<{ paid: number; refundDue: number; settled: boolean }>(
      'billing.invoice',
      { visitId },
    );
    expect(invoice).toMatchObject({ paid: 78_000, refundDue: 0, settled: true });
  });

  it('shows a sent claim month locked, and lets the admin reopen it with a reason', async () => {
    const checked = await api<{ visits: { problems: unknown[] }[] }>(
      'claims.validate',
      thisMonth(),
      tokens.thungan,
    );
    expect(checked.visits.flatMap((v) => v.problems)).toEqual([]);
    await api('claims.exportXml130', thisMonth(), tokens.thungan);
    const { page, errors } = await openPage(browser, server.url);
    await signIn(page, 'truongtram', 'matkhau-admin');
    await openFromMenu(page, 'Giám định BHYT');
    await page.getByRole('button', { name: 'Kiểm tra' }).press('Enter');
    await page.getByText(/: đã khóa$/).waitFor();
    await page.getByText('Đã gửi', { exact: true }).waitFor();
    await screenshot(page, 'refund-05-claims-locked');
    await page.getByRole('button', { name: 'Mở lại tháng' }).click();
    const dialog = page.getByRole('dialog', { name: /^Mở lại tháng/ });
    await dialog.getByRole('textbox', { name: 'Lý do mở lại' }).fill('Sửa số lượng thuốc trả lại');
    await dialog.getByRole('button', { name: 'Mở lại tháng' }).click();
    await page.getByText(/: đã mở lại$/).waitFor();
    await page.getByText('Gửi lại', { exact: true }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'refund-06-claims-reopened');
    expect(errors).toEqual([]);
  });
});

function thisMonth(): { from: string; to: string } {
  const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
  return { from: `${today.slice(0, 8)}01`, to: today };
}
