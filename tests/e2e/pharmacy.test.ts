import ExcelJS from 'exceljs';
import fs from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { connectToDataFolder } from '../../electron/backend/backups/key-store';
import { addDays, formatIsoDate, localDate } from '../../shared/domain/dates';
import { tcpPrinter } from '../helpers/devices';
import { decodeJob, fakePrinter } from '../helpers/printer';
import {
  addStaff,
  callApi,
  launchBrowser,
  openFromMenu,
  openPage,
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
let prescriptionId: number;

const PHARMACIST = { username: 'duocsi', password: 'duoc-si-rieng-1' };
const DOCTOR = { username: 'bacsi', password: 'bac-si-rieng-1' };
const today = localDate(new Date());
/** Three batches of one drug, received out of expiry order. */
const BATCHES = [
  { lot: 'HG-LATE', expiry: addDays(today, 700), quantity: 100, cost: '520' },
  { lot: 'HG-SOON', expiry: addDays(today, 150), quantity: 8, cost: '450' },
  { lot: 'HG-MID', expiry: addDays(today, 400), quantity: 50, cost: '480' },
];

const api = <T = unknown>(name: string, input: unknown, token?: string): Promise<T> =>
  callApi<T>(server, name, input, token);

beforeAll(async () => {
  [server, browser] = await Promise.all([startWeb(), launchBrowser()]);
  adminToken = await setUpStation(server, {
    username: 'truongtram',
    fullName: 'Nguyễn Thị Hoa',
    password: 'matkhau-admin',
  });
  await addStaff(server, adminToken, {
    ...PHARMACIST,
    fullName: 'Phạm Văn Dược',
    roles: ['pharmacist'],
  });
  await addStaff(server, adminToken, { ...DOCTOR, fullName: 'Trần Văn Đức', roles: ['doctor'] });
  const doctorToken = (await api<{ token: string }>('auth.login', DOCTOR)).token;
  const drug = await api<{ id: number }>(
    'catalog.drugs.save',
    {
      code: '40.17',
      name: 'Hapacol 500',
      ingredients: [{ name: 'Paracetamol', strength: '500mg' }],
      unit: 'Viên',
      route: 'Uống',
      registrationNo: 'VD-20570-14',
      price: 800,
      insuredPrice: 800,
    },
    adminToken,
  );
  // The doctor examines and prescribes: 20 tablets for her, then 2 for the next in line.
  const prescribe = async (fullName: string, birthDate: string, days: number) => {
    const patient = await api<{ id: number }>(
      'patients.create',
      { fullName, sex: 'female', birthDate },
      adminToken,
    );
    const { visitId } = await api<{ visitId: number }>(
      'visits.create',
      { patientId: patient.id, kind: 'fee' },
      adminToken,
    );
    await api('visits.start', { visitId }, doctorToken);
    await api('visits.setDiagnoses', { visitId, primary: { code: 'R51' } }, doctorToken);
    const saved = await api<{ prescriptionId: number }>(
      'prescriptions.save',
      { visitId, items: [{ drugId: drug.id, dose: { morning: '1' }, days }] },
      doctorToken,
    );
    await api('visits.finish', { visitId }, doctorToken);
    return saved.prescriptionId;
  };
  prescriptionId = await prescribe('Trần Thị Mai', '1962-04-09', 20);
  await prescribe('Đỗ Thị Na', '1970-01-15', 2);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function signIn(page: Page): Promise<void> {
  await page.getByRole('heading', { name: 'Đăng nhập' }).waitFor();
  await page.keyboard.type(PHARMACIST.username);
  await page.keyboard.press('Tab');
  await page.keyboard.type(PHARMACIST.password);
  await page.keyboard.press('Enter');
}

/**
 * Typing at a person's pace: six fast keys and Enter look like a keyboard-wedge scanner,
 * which the app takes away from the field.
 */
const type = (page: Page, text: string) => page.keyboard.type(text, { delay: 60 });

const focused = (page: Page) =>
  page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');

describe('Nhà thuốc in the browser', () => {
  it('receives three batches, dispenses the earliest expiry first, exports the movement report', async () => {
    const { page, errors } = await openPage(browser, server.url);
    await signIn(page);
    await openFromMenu(page, 'Nhà thuốc');
    await page.getByRole('button', { name: /Trần Thị Mai/ }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    // Phiếu nhập by keyboard: Enter walks along each line and opens the next one.
    await page.getByRole('tab', { name: 'Nhập kho' }).click();
    await page.getByRole('textbox', { name: 'Nhà cung cấp' }).fill('Công ty Dược Hậu Giang');
    await page.getByRole('textbox', { name: 'Số hóa đơn' }).fill('HD-0042');
    for (const [index, batch] of BATCHES.entries()) {
      const n = index + 1;
      await page.getByRole('combobox', { name: `Thuốc ${n}` }).focus();
      await type(page, 'hapa');
      await page.getByRole('option', { name: /Hapacol 500/ }).waitFor();
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      await expect.poll(() => focused(page)).toBe(`Số lô ${n}`);
      await type(page, batch.lot);
      await page.keyboard.press('Enter');
      await expect.poll(() => focused(page)).toBe(`Hạn dùng ${n}`);
      await type(page, formatIsoDate(batch.expiry));
      await page.keyboard.press('Enter');
      await expect.poll(() => focused(page)).toBe(`Số lượng ${n}`);
      await type(page, String(batch.quantity));
      await page.keyboard.press('Enter');
      await expect.poll(() => focused(page)).toBe(`Đơn giá nhập ${n}`);
      await type(page, batch.cost);
      if (n < BATCHES.length) {
        await page.keyboard.press('Enter');
        await expect.poll(() => focused(page)).toBe(`Thuốc ${n + 1}`);
      }
    }
    await screenshot(page, 'pharmacy-01-receipt');
    await page.keyboard.press('Control+Enter');
    await page.getByText(/Đã lưu phiếu nhập số 1 .*3 dòng, 79\.600 đ/).waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    // Tồn kho: three batches, earliest expiry first.
    await page.getByRole('tab', { name: 'Tồn kho' }).click();
    const stock = page.getByRole('table', { name: 'Tồn kho' });
    await stock.getByRole('cell', { name: 'HG-SOON', exact: true }).waitFor();
    const lots = await stock.getByRole('cell', { name: /^HG-[A-Z]+$/ }).allInnerTexts();
    expect(lots).toEqual(['HG-SOON', 'HG-MID', 'HG-LATE']);
    await screenshot(page, 'pharmacy-02-stock');

    // Phát thuốc: the plan takes all 8 of the earliest batch, then 12 of the next.
    // A label printer is set up (the counter's buttons follow the printers there are).
    const printer = await fakePrinter();
    await api(
      'devices.printers.save',
      tcpPrinter(printer.port, { name: 'Máy in nhãn', widthDots: 384, roles: ['label'] }),
      adminToken,
    );
    await page.getByRole('tab', { name: 'Phát thuốc' }).click();
    await page.getByRole('button', { name: /Trần Thị Mai/ }).click();
    const items = page.getByRole('table', { name: 'Thuốc trong đơn' });
    await items.getByText(`Lô HG-SOON (HD ${formatIsoDate(BATCHES[1]!.expiry)}): 8`).waitFor();
    await items.getByText(`Lô HG-MID (HD ${formatIsoDate(BATCHES[2]!.expiry)}): 12`).waitFor();
    const give = page.getByRole('textbox', { name: 'Phát lần này: Hapacol 500' });
    await expect.poll(() => give.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await give.inputValue()).toBe('20');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'pharmacy-03-dispense-plan');
    await page.keyboard.press('Enter');
    const done = page.getByRole('status').filter({ hasText: 'Đã phát thuốc' });
    await done.waitFor();
    expect(await done.innerText()).toContain('Hapacol 500: Lô HG-SOON');
    await items.getByText(/Đã phát từ: Lô HG-SOON .*: 8; Lô HG-MID .*: 12/).waitFor();
    // Handed over: focus waits on the next prescription, Enter away.
    const next = page.getByRole('button', { name: /Đỗ Thị Na/ });
    await expect.poll(() => next.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await page.getByRole('button', { name: /Trần Thị Mai/ }).count()).toBe(0);
    await screenshot(page, 'pharmacy-04-dispensed');

    // The bag's label goes to the printer holding the label role.
    try {
      await items.getByRole('button', { name: 'In nhãn Hapacol 500' }).click();
      await page.getByText('Đã gửi tới máy in.').waitFor();
      const [job] = printer.jobs();
      expect((await decodeJob(job!)).bitmap?.width).toBe(384);
    } finally {
      await printer.close();
    }

    // The server agrees: the earliest-expiring batch went first.
    const view = await api<{ items: { given: { lot: string; quantity: number }[] }[] }>(
      'stock.prescription',
      { prescriptionId },
      adminToken,
    );
    expect(view.items[0]?.given).toEqual([
      expect.objectContaining({ lot: 'HG-SOON', quantity: 8 }),
      expect.objectContaining({ lot: 'HG-MID', quantity: 12 }),
    ]);

    // Báo cáo: this month on screen, then the xlsx download.
    await page.getByRole('tab', { name: 'Báo cáo' }).click();
    const report = page.getByRole('table', { name: 'Báo cáo nhập – xuất – tồn kho thuốc' });
    await report.getByRole('cell', { name: /Hapacol 500/ }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'pharmacy-05-report');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Xuất Excel' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^bao-cao-nhap-xuat-ton-.*\.xlsx$/);
    const saved = await file.path();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(fs.readFileSync(saved) as unknown as ArrayBuffer);
    const row = (workbook.worksheets[0]?.getRow(7).values as unknown[]).slice(1);
    // Received 158 (79.600 đ), dispensed 20 (8 × 450 + 12 × 480), closing 138.
    expect(row).toEqual([
      1,
      '40.17',
      'Hapacol 500',
      'Viên',
      0,
      0,
      158,
      79_600,
      20,
      9_360,
      0,
      0,
      0,
      0,
      138,
      70_240,
    ]);
    expect(errors).toEqual([]);
  });

  it('shows alerts, writes off an expired batch, adjusts one and takes stock', async () => {
    const drug = await api<{ id: number }>(
      'catalog.drugs.save',
      {
        code: '40.472',
        name: 'Amlodipin Stada',
        ingredients: [{ name: 'Amlodipin', strength: '5mg' }],
        unit: 'Viên',
        registrationNo: 'VD-21205-14',
        price: 1050,
        insuredPrice: 1050,
      },
      adminToken,
    );
    const receipt = await api<{ lines: { batchId: number }[] }>(
      'stock.receive',
      {
        supplier: 'Công ty Dược',
        lines: [
          {
            drugId: drug.id,
            lot: 'AM-OLD',
            expiry: addDays(today, 20),
            quantity: 6,
            unitCost: 700,
          },
          {
            drugId: drug.id,
            lot: 'AM-NEW',
            expiry: addDays(today, 500),
            quantity: 14,
            unitCost: 700,
          },
        ],
      },
      adminToken,
    );
    await api('stock.setMinimum', { drugId: drug.id, minimum: 50 }, adminToken);
    // A batch that has since expired, as time would have it.
    const sqlite = connectToDataFolder(server.dataDir);
    try {
      sqlite.pragma('busy_timeout = 5000');
      sqlite
        .prepare('UPDATE stock_batches SET expiry = ? WHERE id = ?')
        .run(addDays(today, -3), receipt.lines[0]!.batchId);
    } finally {
      sqlite.close();
    }

    const { page, errors } = await openPage(browser, server.url);
    await signIn(page);
    await openFromMenu(page, 'Nhà thuốc');
    await page.getByRole('tab', { name: /Cảnh báo/ }).click();
    const expiring = page.getByRole('table', { name: 'Lô sắp hết hạn' });
    await expiring.getByRole('cell', { name: 'AM-OLD', exact: true }).waitFor();
    await page
      .getByRole('table', { name: 'Thuốc dưới mức tối thiểu' })
      .getByText('14 Viên')
      .waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'pharmacy-06-alerts');
    await page.getByRole('checkbox', { name: 'Chọn hủy Amlodipin Stada AM-OLD' }).check();
    await page.getByRole('button', { name: 'Hủy 1 lô hết hạn' }).click();
    const writeOff = page.getByRole('dialog', { name: 'Hủy 1 lô hết hạn' });
    await writeOff.getByText('Amlodipin Stada · AM-OLD: 6 Viên').waitFor();
    await page.keyboard.press('Enter');
    await writeOff.waitFor({ state: 'detached' });
    await expiring
      .getByRole('cell', { name: 'AM-OLD', exact: true })
      .waitFor({ state: 'detached' });

    // Tồn kho: two tablets broken.
    await page.getByRole('tab', { name: 'Tồn kho' }).click();
    await page.getByRole('searchbox', { name: 'Tìm thuốc hoặc số lô' }).fill('amlo');
    await page.getByRole('button', { name: 'Điều chỉnh Amlodipin Stada · AM-NEW' }).click();
    const adjust = page.getByRole('dialog', { name: /Điều chỉnh Amlodipin Stada/ });
    await type(page, '-2');
    await page.keyboard.press('Tab');
    await type(page, 'Vỡ vỉ');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'pharmacy-07-adjust');
    await page.keyboard.press('Enter');
    await adjust.waitFor({ state: 'detached' });
    await page.getByText('Tồn dùng được: 12 Viên').waitFor();

    // Kiểm kê: start, count by keyboard (Enter goes down the column), confirm the difference.
    await page.getByRole('tab', { name: 'Kiểm kê' }).click();
    await page.getByRole('button', { name: 'Bắt đầu kiểm kê' }).click();
    const sheet = page.getByRole('table', { name: 'Các lô cần kiểm kê' });
    const first = sheet.getByRole('textbox', { name: 'Thực đếm Amlodipin Stada lô AM-NEW' });
    await first.waitFor();
    await expect.poll(() => first.evaluate((el) => el === document.activeElement)).toBe(true);
    await type(page, '11');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Lưu số đếm' }).click();
    await page.getByText(/^Đã đếm 1\/\d+ lô, 1 lô chênh lệch$/).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'pharmacy-08-count');
    await page.getByRole('button', { name: 'Xác nhận điều chỉnh' }).click();
    const confirm = page.getByRole('dialog', { name: /Xác nhận kiểm kê/ });
    await type(page, 'Hao hụt');
    await page.keyboard.press('Enter');
    await confirm.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Bắt đầu kiểm kê' }).waitFor();
    const stock = await api<{ lot: string; quantity: number }[]>(
      'stock.onHand',
      { drugId: drug.id },
      adminToken,
    );
    expect(stock.map((b) => [b.lot, b.quantity])).toEqual([['AM-NEW', 11]]);
    expect(errors).toEqual([]);
  });
});
