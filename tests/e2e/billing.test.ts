import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { readBarcodes } from 'zxing-wasm/reader';
import { connectToDataFolder } from '../../electron/backend/backups/key-store';
import { verifyCrc } from '../../shared/domain/vietqr';
import { INSURED_PATIENT, seedVisitAtCashier, TEST_BHXH_CODES } from '../helpers/billing-seed';
import { coveragePeriods } from '../helpers/coverage';
import { fakePrinter, type FakePrinter } from '../helpers/printer';
import { prepareZxingOffline } from '../helpers/zxing';
import {
  addStaff,
  callApi,
  launchBrowser,
  openFromMenu,
  openPage,
  rowCells,
  screenshot,
  seriousViolations,
  setUpStation,
  startWeb,
  type WebServer,
} from './harness';

vi.setConfig({ testTimeout: 180_000 });

let server: WebServer;
let browser: Browser;
let adminToken: string;
let printer: FakePrinter;
let visitId: number;

/** Calls the API the way a second PC would (HTTP), for the setup the browser flow needs. */
const api = <T = unknown>(name: string, input: unknown, token = adminToken): Promise<T> =>
  callApi<T>(server, name, input, token);

async function staff(username: string, roles: string[], password: string): Promise<void> {
  await addStaff(server, adminToken, {
    username,
    fullName: `Trần Thị ${username}`,
    password,
    roles,
  });
}

/**
 * An insured patient (level 4 card, 80%) whose exam, test, out-of-scope procedure and
 * dispensed drug the exam and pharmacy slices would have written: seeded into the server's
 * database file (WAL lets a second connection write while the server runs).
 */
async function insuredVisitAtTheDesk(): Promise<number> {
  const drug = await api<{ id: number }>('catalog.drugs.save', {
    code: '40.17',
    name: 'Hapacol 500',
    ingredients: [{ name: 'Paracetamol', strength: '500mg' }],
    unit: 'Viên',
    routeCode: '1.01',
    registrationNo: 'VD-20570-14',
    tenderInfo: '57/QĐ-TTMS;G1;N1;2022',
    price: 1_000,
    insuredPrice: 1_000,
  });
  // What the claim needs of the catalogue: the shared-list codes of the services ordered.
  for (const code of ['KB01', 'TT03', 'XN01']) {
    const [service] = await api<Record<string, unknown>[]>('catalog.services.search', { q: code });
    await api('catalog.services.save', { ...service, bhxhCode: TEST_BHXH_CODES[code] });
  }
  const patient = await api<{ id: number }>('patients.create', INSURED_PATIENT);
  const { visitId: id } = await api<{ visitId: number }>('visits.create', {
    patientId: patient.id,
    kind: 'bhyt',
    reason: 'Tái khám tăng huyết áp',
  });
  const sqlite = connectToDataFolder(server.dataDir);
  try {
    sqlite.pragma('busy_timeout = 5000');
    sqlite.pragma('foreign_keys = ON');
    seedVisitAtCashier(sqlite, {
      visitId: id,
      diagnoses: ['I10'],
      services: [
        { code: 'KB01', unitPrice: 38_700 },
        { code: 'TT03', unitPrice: 150_000, quantity: 2 },
        { code: 'XN01', unitPrice: 200_000, scope: 2 },
      ],
      drugs: [{ drugId: drug.id, prescribed: 30, unitPrice: 1_000 }],
    });
  } finally {
    sqlite.close();
  }
  return id;
}

beforeAll(async () => {
  [server, browser, printer] = await Promise.all([startWeb(), launchBrowser(), fakePrinter()]);
  await prepareZxingOffline();
  adminToken = await setUpStation(server, {
    username: 'truongtram',
    fullName: 'Nguyễn Thị Hoa',
    password: 'matkhau-admin',
  });
  await api('settings.update', {
    coverage: { periods: coveragePeriods({ primaryCareFull: false }) },
    cashier: {
      bankName: 'Agribank',
      bankBin: '970405',
      bankAccount: '1500201012345',
      payee: 'Tram Y te xa An Binh',
    },
  });
  await api('devices.printers.save', {
    name: 'Máy in quầy thu ngân',
    widthDots: 576,
    transport: { kind: 'tcp', host: '127.0.0.1', port: printer.port },
    cut: true,
    timeoutSeconds: 3,
    roles: ['receipt'],
  });
  await staff('thungan', ['cashier'], 'thu-ngan-rieng-1');
  visitId = await insuredVisitAtTheDesk();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function signIn(page: Page, username: string, password: string): Promise<void> {
  await page.getByRole('heading', { name: 'Đăng nhập' }).waitFor();
  await page.keyboard.type(username);
  await page.keyboard.press('Tab');
  await page.keyboard.type(password);
  await page.keyboard.press('Enter');
}

const describeViolations = async (page: Page): Promise<string[]> =>
  (await seriousViolations(page)).map(
    (v) => `${v.id}: ${v.help} ${JSON.stringify(v.nodes.map((n) => n.target))}`,
  );

describe('the cash desk in the browser', () => {
  it('opens a waiting insured visit, shows both shares, takes cash, prints the receipt, closes the shift', async () => {
    const { page, errors } = await openPage(browser, server.url);
    await signIn(page, 'thungan', 'thu-ngan-rieng-1');
    await openFromMenu(page, 'Thu ngân');
    const open = page.getByRole('button', { name: /^1\s*Lê Văn Bình/ });
    await open.waitFor();
    expect(await describeViolations(page)).toEqual([]);
    await screenshot(page, 'billing-01-waiting');

    await open.click();
    await page.getByRole('heading', { name: 'Hóa đơn: Lê Văn Bình' }).waitFor();
    const lines = page.getByRole('table', { name: 'Các khoản chi phí' });
    const row = (name: string) => rowCells(lines, name);
    expect(await row('Khám bệnh tại trạm')).toBe('1 | 38.700 | 38.700 | 30.960 | 7.740 | 0');
    expect(await row('Định lượng glucose')).toBe('1 | 200.000 | 200.000 | 0 | 0 | 200.000');
    expect(await row('Tổng chi phí')).toBe('568.700 | 294.960 | 73.740 | 200.000');
    await page.getByText('Mức hưởng BHYT 80% (mã quyền lợi 4).').waitFor();
    await page.getByText('273.740 đ').first().waitFor();
    expect(await describeViolations(page)).toEqual([]);
    await screenshot(page, 'billing-02-invoice');

    // Cash: the tendered field has the focus; the change shows as it is typed; Enter takes it.
    const tendered = page.getByRole('textbox', { name: 'Khách đưa' });
    await expect.poll(() => tendered.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('300000');
    await page.getByText('26.260 đ').waitFor();
    await screenshot(page, 'billing-03-cash');
    await page.keyboard.press('Enter');

    const receipt = page.getByRole('dialog', { name: 'Biên lai Quyển 01 · số 0000001' });
    await receipt.waitFor();
    await receipt.locator('iframe').waitFor();
    await screenshot(page, 'billing-04-receipt');
    await receipt.getByRole('button', { name: 'In máy in nhiệt' }).click();
    await page.getByText('Đã gửi biên lai đến máy in.').waitFor();
    expect(printer.jobs()).toHaveLength(1);
    await receipt.getByRole('button', { name: 'Đóng' }).last().click();
    await page.getByText('Đã thanh toán xong').waitFor();
    await expect.poll(() => open.count()).toBe(0);
    await screenshot(page, 'billing-05-settled');

    // Closing the shift (F9): count the drawer, then the report.
    await page.keyboard.press('F9');
    const close = page.getByRole('dialog', { name: 'Kết ca số 1' });
    await close.getByText('273.740 đ').waitFor();
    await page.keyboard.type('273740');
    expect(await describeViolations(page)).toEqual([]);
    await screenshot(page, 'billing-06-close-shift');
    await page.keyboard.press('Enter');
    const report = page.getByRole('dialog', { name: 'Báo cáo kết ca 1' });
    await report.locator('iframe').waitFor();
    await screenshot(page, 'billing-07-shift-report');
    await report.getByRole('button', { name: 'Đóng' }).last().click();
    await page.getByText('Chưa mở ca: ca mở khi thu phiếu đầu tiên.').waitFor();

    const invoice = await api<{ settled: boolean; paid: number }>('billing.invoice', { visitId });
    expect(invoice).toMatchObject({ settled: true, paid: 273_740 });
    expect(errors).toEqual([]);
  });

  it('checks the month for the insurer and downloads the XML 130 file', async () => {
    await api('settings.update', { claims: { headCode: '0123456789' } });
    const { page, errors } = await openPage(browser, server.url);
    await signIn(page, 'truongtram', 'matkhau-admin');
    await openFromMenu(page, 'Giám định BHYT');
    // The period starts as this month: check it from the keyboard.
    await page.getByRole('button', { name: 'Kiểm tra' }).press('Enter');
    await page.getByText('1 hồ sơ: 0 hợp lệ, 1 có lỗi.').waitFor();
    // Named by the item and the patient, with where to fix it.
    await page
      .getByText('Dịch vụ Khám bệnh tại trạm y tế xã (KB01) của Lê Văn Bình:')
      .first()
      .waitFor();
    await page
      .getByText(/thiếu MA_BAC_SI \(bắt buộc theo Cổng giám định\)/)
      .first()
      .waitFor();
    await screenshot(page, 'billing-08-claims');
    expect(await describeViolations(page)).toEqual([]);

    // The doctor's practising certificate number, as the Users page would save it.
    await api('users.update', { id: 1, practitionerCode: '000123/BYT-CCHN' });
    await page.getByRole('button', { name: 'Kiểm tra' }).press('Enter');
    await page.getByText('1 hồ sơ: 1 hợp lệ, 0 có lỗi.').waitFor();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Xuất XML 130' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^GIAMDINHHS_01001_\d{8}_\d{8}\.xml$/);
    await page.getByText(/Đã xuất 1 hồ sơ/).waitFor();
    expect(errors).toEqual([]);
  });

  it('shows the VietQR code of a transfer and takes it when the money has arrived', async () => {
    const patient = await api<{ id: number }>('patients.create', {
      fullName: 'Phạm Thị Cúc',
      sex: 'female',
      birthYear: 1990,
    });
    const visit = await api<{ visitId: number }>('visits.create', {
      patientId: patient.id,
      kind: 'fee',
    });
    const sqlite = connectToDataFolder(server.dataDir);
    sqlite.pragma('busy_timeout = 5000');
    seedVisitAtCashier(sqlite, {
      visitId: visit.visitId,
      services: [{ code: 'KB01', unitPrice: 50_000 }],
    });
    sqlite.close();

    const { page, errors } = await openPage(browser, server.url);
    await signIn(page, 'thungan', 'thu-ngan-rieng-1');
    await openFromMenu(page, 'Thu ngân');
    await page.getByRole('button', { name: /Phạm Thị Cúc/ }).click();
    await page.getByText('Chuyển khoản', { exact: true }).click();
    const code = page.getByRole('img', { name: /^Mã VietQR chuyển 50.000 đ/ });
    await code.waitFor();
    const src = (await code.getAttribute('src')) ?? '';
    const [scanned] = await readBarcodes(
      new Uint8Array(Buffer.from(src.replace(/^data:image\/png;base64,/, ''), 'base64')),
      { formats: ['QRCode'] },
    );
    expect(verifyCrc(scanned?.text ?? '')).toBe(true);
    expect(scanned?.text).toContain('5405500005802VN');
    await screenshot(page, 'billing-09-transfer');
    expect(await describeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Đã nhận chuyển khoản' }).click();
    await page.getByRole('dialog', { name: 'Biên lai Quyển 01 · số 0000002' }).waitFor();
    expect(errors).toEqual([]);
  });

  it('lets the admin set the bank, receipt book and coverage periods', async () => {
    const { page, errors } = await openPage(browser, server.url);
    await signIn(page, 'truongtram', 'matkhau-admin');
    await openFromMenu(page, 'Cài đặt');
    await page.getByRole('tab', { name: 'Thu ngân & BHYT' }).click();
    await expect
      .poll(() => page.getByRole('textbox', { name: 'Số tài khoản' }).inputValue())
      .toBe('1500201012345');
    await page.getByRole('textbox', { name: 'Quyển biên lai số' }).fill('02');
    await page.getByRole('textbox', { name: 'Quyển biên lai số' }).press('Enter');
    await page.getByText('Đã lưu').first().waitFor();
    await screenshot(page, 'billing-10-settings');
    expect(await describeViolations(page)).toEqual([]);
    const settings = await api<{ cashier: { receiptBook: string } }>('settings.get', {});
    expect(settings.cashier.receiptBook).toBe('02');
    expect(errors).toEqual([]);
  });
});
