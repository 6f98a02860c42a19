import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { toPng } from '../../electron/devices/print/render';
import { testPageQrData } from '../../electron/devices/print/test-page';
import { decodeJob, fakePrinter, readQrCodes } from '../helpers/printer';
import {
  launchBrowser,
  openPage,
  OUTPUT_DIR,
  screenshot,
  startWeb,
  type WebServer,
  openFromMenu,
  wedgeScan,
} from './harness';

vi.setConfig({ testTimeout: 120_000 });

const FACILITY = { name: 'Trạm Y tế xã Tân Hòa', code: '79001', address: 'Xã Tân Hòa' };
const CCCD =
  '001090123456|012345678|Nguyễn Văn Á|01011990|Nam|Phường Bến Nghé, Quận 1, TP. Hồ Chí Minh|15042021';

let server: WebServer;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await Promise.all([startWeb(), launchBrowser()]);
  const setup = await fetch(`${server.url}api/auth.setup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      facility: FACILITY,
      admin: { username: 'admin', fullName: 'Nguyễn Thị Hoa', password: 'matkhau-admin' },
      setupCode: server.setupCode,
    }),
  });
  expect(setup.status).toBe(200);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function signInToSettings(page: Page): Promise<void> {
  await page.getByRole('heading', { name: 'Đăng nhập' }).waitFor();
  await page.keyboard.type('admin');
  await page.keyboard.press('Tab');
  await page.keyboard.type('matkhau-admin');
  await page.keyboard.press('Enter');
  await openFromMenu(page, 'Cài đặt');
}

describe('devices in the browser', () => {
  it('adds a network printer, prints the test page to it, and shows the job', async () => {
    const printer = await fakePrinter();
    const { page, errors } = await openPage(browser, server.url);
    await signInToSettings(page);
    await page.getByRole('tab', { name: 'Máy in' }).click();
    await page.getByRole('button', { name: 'Thêm máy in' }).click();

    const dialog = page.getByRole('dialog', { name: 'Thêm máy in' });
    await dialog.getByRole('textbox', { name: 'Tên máy in' }).fill('Máy in quầy');
    await dialog.getByRole('textbox', { name: 'Địa chỉ IP của máy in' }).fill('127.0.0.1');
    await dialog.getByRole('textbox', { name: 'Cổng' }).fill(String(printer.port));
    await dialog.getByRole('checkbox', { name: 'Biên lai thu tiền' }).check();
    await screenshot(page, 'devices-01-add-printer');
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('cell', { name: 'Máy in quầy', exact: true }).waitFor();

    await page.getByRole('button', { name: 'In thử Máy in quầy' }).click();
    await page.getByText(/Đã in trang thử trên Máy in quầy \([\d.]+ byte\)\./).waitFor();
    await page.getByRole('cell', { name: 'Trang in thử' }).waitFor();
    await screenshot(page, 'devices-02-test-printed');

    // The bytes that reached the printer: ESC/POS an independent parser reads, and the QR.
    const [job] = printer.jobs();
    const decoded = await decodeJob(job!);
    expect(decoded.commands[0]).toBe('ESC@');
    expect(decoded.commands.slice(-2)).toEqual(['ESCd', 'GSV']);
    expect(decoded.bitmap?.width).toBe(576);
    expect(await readQrCodes(decoded.bitmap!)).toEqual([
      testPageQrData({
        facilityName: FACILITY.name,
        profile: {
          name: 'Máy in quầy',
          widthDots: 576,
          cut: 'partial',
          feedLines: 3,
          mode: { kind: 'raster' },
          transport: { kind: 'tcp', host: '127.0.0.1', port: printer.port },
        },
      }),
    ]);
    fs.writeFileSync(
      path.join(OUTPUT_DIR, 'devices-printed-test-page.png'),
      toPng(decoded.bitmap!),
    );

    await page.getByRole('button', { name: 'Xem trước trang thử của Máy in quầy' }).click();
    const preview = page.getByRole('dialog', { name: 'Xem trước trang thử của Máy in quầy' });
    const image = preview.getByRole('img', {
      name: 'Hình ảnh bản in, đúng từng điểm như máy in nhận',
    });
    await image.waitFor();
    await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(576);
    await screenshot(page, 'devices-03-preview');
    await page.keyboard.press('Escape');
    await preview.waitFor({ state: 'detached' });

    // The printer is switched off: the reason shows, and the job waits in the history.
    await printer.close();
    await page.getByRole('button', { name: 'In thử Máy in quầy' }).click();
    await page
      .getByRole('alert')
      .filter({ hasText: `Máy in 127.0.0.1:${printer.port} từ chối kết nối.` })
      .waitFor();
    await page.getByText('Lỗi', { exact: true }).waitFor();
    await screenshot(page, 'devices-04-printer-off');

    const back = await fakePrinter(undefined, printer.port);
    const failedJob = page.getByRole('row').filter({ hasText: 'Lỗi' });
    await failedJob.getByRole('button', { name: /^In lại/ }).click();
    await page.getByText('Đã in lại trên Máy in quầy.').waitFor();
    expect(back.jobs()).toHaveLength(1);
    expect(errors).toEqual([]);
  });

  it('reads a keyboard-wedge scan in the armed test box and names its kind', async () => {
    const { page, errors } = await openPage(browser, server.url);
    await signInToSettings(page);
    await page.getByRole('tab', { name: 'Máy quét mã' }).click();
    const box = page.getByRole('status', { name: 'Quét thử' });

    // Longer pauses allowed than a real scanner needs: the test's keys travel through DevTools.
    const pause = page.getByRole('textbox', { name: 'Ngắt quãng tối đa giữa hai phím (ms)' });
    await pause.fill('400');
    await page.getByRole('button', { name: 'Lưu' }).first().click();
    await page.getByText('Đã lưu').first().waitFor();

    await page.getByRole('button', { name: 'Quét thử' }).click();
    await box.getByText('Đang chờ quét').waitFor();
    await wedgeScan(page, 'DN4797912345678');
    await box.getByText('Thẻ bảo hiểm y tế').waitFor();
    expect(await box.locator('pre').innerText()).toBe('DN4797912345678');
    await screenshot(page, 'devices-05-scan-bhyt');

    // Hex mode keeps the Vietnamese name of a CCCD QR intact through the keyboard.
    await page.getByRole('button', { name: 'Dừng quét thử' }).click();
    await page.getByRole('switch', { name: /gửi mã dạng hex/ }).check();
    await page.getByRole('button', { name: 'Lưu' }).first().click();
    await page.getByText('Đã lưu').first().waitFor();
    await page.getByRole('button', { name: 'Quét thử' }).click();
    await wedgeScan(page, Buffer.from(CCCD).toString('hex'));
    await box.getByText('Căn cước công dân (CCCD)').waitFor();
    await box.getByText('Họ tên: Nguyễn Văn Á').waitFor();
    expect(await box.locator('pre').innerText()).toBe(CCCD);
    await screenshot(page, 'devices-06-scan-cccd-hex');
    expect(errors).toEqual([]);
  });
});

describe('queue tickets on the receipt printer', () => {
  it('prints the ticket of a new check-in from reception', async () => {
    const printer = await fakePrinter();
    const api = async (name: string, body: unknown, token?: string): Promise<unknown> => {
      const response = await fetch(`${server.url}api/${name}`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(token && { authorization: `Bearer ${token}` }),
        },
        body: JSON.stringify(body),
      });
      return ((await response.json()) as { value: unknown }).value;
    };
    const { token } = (await api('auth.login', {
      username: 'admin',
      password: 'matkhau-admin',
    })) as { token: string };
    await api(
      'devices.printers.save',
      {
        name: 'Máy in tiếp đón',
        widthDots: 384,
        transport: { kind: 'tcp', host: '127.0.0.1', port: printer.port },
        cut: true,
        roles: ['queueTicket'],
      },
      token,
    );
    await api(
      'patients.create',
      { fullName: 'Lê Thị Hồng', sex: 'female', birthYear: 1960 },
      token,
    );

    const { page, errors } = await openPage(browser, server.url);
    await signInToSettings(page);
    // The administrator turns on the automatic ticket; the browser sees no OS printers.
    await page.getByRole('tab', { name: 'Máy in' }).click();
    await page.getByText('Không thấy máy in nào của hệ điều hành').waitFor();
    const auto = page.getByRole('switch', { name: /Tự in phiếu số thứ tự/ });
    await auto.check();
    await page.locator('form').filter({ has: auto }).getByRole('button', { name: 'Lưu' }).click();
    await page.getByText('Đã lưu').first().waitFor();
    await screenshot(page, 'devices-07-pdf-printers');
    expect(
      ((await api('settings.get', {}, token)) as { reception: { autoPrintTicket: boolean } })
        .reception.autoPrintTicket,
    ).toBe(true);

    await openFromMenu(page, 'Tiếp đón');
    await page.getByRole('combobox', { name: 'Tìm người bệnh' }).fill('le thi hong');
    await page.getByRole('option', { name: /Lê Thị Hồng/ }).waitFor();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Lê Thị Hồng' }).waitFor();
    await page.getByRole('button', { name: 'Tạo lượt khám (F4)' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('Khám thu phí', { exact: true }).click();
    await dialog.getByRole('button', { name: 'Lấy số thứ tự' }).click();
    // Printed as soon as the number is given, without a key.
    await page.getByText('Đã gửi tới máy in.').waitFor();
    await expect.poll(() => printer.jobs().length).toBe(1);
    await screenshot(page, 'devices-08-queue-ticket-sent');
    // Once more on request.
    await dialog.getByRole('button', { name: 'In máy in nhiệt' }).click();
    await expect.poll(() => printer.jobs().length).toBe(2);

    const [job] = printer.jobs();
    const decoded = await decodeJob(job!);
    expect(decoded.commands[0]).toBe('ESC@');
    expect(decoded.bitmap?.width).toBe(384);
    fs.writeFileSync(
      path.join(OUTPUT_DIR, 'devices-printed-queue-ticket.png'),
      toPng(decoded.bitmap!),
    );
    expect(errors).toEqual([]);
  });
});
