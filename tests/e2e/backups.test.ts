import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startWebProcess, type WebProcess } from '../helpers/web-process';
import {
  callApi,
  fullScreenshot,
  launchBrowser,
  openFromMenu,
  openPage,
  seriousViolations,
  signIn,
  startWeb,
  type WebServer,
} from './harness';

vi.setConfig({ testTimeout: 180_000 });

let browser: Browser;
const processes: WebProcess[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  for (const p of processes) await p.stop();
});

const ADMIN = { username: 'truongtram', fullName: 'Nguyễn Thị Hoa', password: 'matkhau-admin' };

async function setUp(server: WebServer): Promise<string> {
  const { token } = await callApi<{ token: string }>(server, 'auth.setup', {
    facility: { name: 'Trạm Y tế xã An Bình', code: '01001', address: 'Xã An Bình' },
    admin: ADMIN,
  });
  await callApi(server, 'backups.recoveryCodeSaved', {}, token);
  return token;
}

async function rowsOf(page: Page): Promise<number> {
  return page.getByRole('table').getByRole('row').count();
}

describe('Sao lưu', () => {
  it('lists the day’s backup taken by itself, backs up, checks, and restores', async () => {
    const server = await startWeb();
    try {
      const token = await setUp(server);
      await callApi(
        server,
        'patients.create',
        { fullName: 'Trước Sao Lưu', sex: 'male', birthYear: 1960 },
        token,
      );

      const { page, errors } = await openPage(browser, server.url);
      await signIn(page, ADMIN.username, ADMIN.password);
      await page.getByRole('heading', { name: 'Tiếp đón' }).waitFor();
      // The off-site warning on the admin's home page: no copy outside this PC yet.
      await page.getByText('Chưa có bản sao lưu nào nằm ngoài máy này').waitFor();
      const usb = fs.mkdtempSync(path.join(os.tmpdir(), 'tram-usb-'));
      await callApi(server, 'backups.settings', { secondPlace: usb }, token);
      await openFromMenu(page, 'Sao lưu');
      // The first start of the day took one by itself.
      await page.getByRole('cell', { name: 'Hằng ngày' }).waitFor();
      await page.getByRole('button', { name: 'Sao lưu ngay' }).click();
      await page.getByRole('cell', { name: 'Sao lưu tay' }).waitFor({ timeout: 60_000 });
      await expect.poll(() => rowsOf(page)).toBeGreaterThanOrEqual(3);
      const manual = page.getByRole('row', { name: /Sao lưu tay/ });
      await manual.getByText('Nơi thứ hai').waitFor();
      await manual.getByRole('button', { name: 'Kiểm tra lại' }).click();
      await manual.getByText('Bản sao lưu còn tốt.').waitFor({ timeout: 60_000 });
      expect(await seriousViolations(page)).toEqual([]);
      await fullScreenshot(page, 'backups-01-page');

      await callApi(
        server,
        'patients.create',
        { fullName: 'Sau Sao Lưu', sex: 'female', birthYear: 1970 },
        token,
      );
      await manual.getByRole('button', { name: 'Khôi phục' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByText('1 bệnh nhân').waitFor();
      await fullScreenshot(page, 'backups-02-restore-dialog');
      await dialog.getByRole('button', { name: 'Khôi phục' }).click();
      // Everyone signs in again, on the restored data.
      await page.getByRole('heading', { name: 'Đăng nhập' }).waitFor({ timeout: 60_000 });
      const { token: again } = await callApi<{ token: string }>(server, 'auth.login', {
        username: ADMIN.username,
        password: ADMIN.password,
      });
      const names = await callApi<{ fullName: string }[]>(
        server,
        'patients.search',
        { q: 'sao luu' },
        again,
      );
      expect(names.map((p) => p.fullName)).toEqual(['Trước Sao Lưu']);
      expect((await callApi<{ ok: boolean }>(server, 'audit.verify', {}, again)).ok).toBe(true);
      expect(errors).toEqual([]);
    } finally {
      await server.stop();
    }
  });

  it('offers a restore from the error screen when the data file is damaged', async () => {
    const server = await startWeb();
    const token = await setUp(server);
    await callApi(
      server,
      'patients.create',
      { fullName: 'Còn Lại Sau Sự Cố', sex: 'male', birthYear: 1955 },
      token,
    );
    await callApi(server, 'backups.create', {}, token);
    await server.stop();
    const file = path.join(server.dataDir, 'tram.sqlite');
    const bytes = fs.readFileSync(file);
    bytes.fill(0x41, 0, 4096); // page 1 scribbled over: the key no longer opens it
    fs.writeFileSync(file, bytes);

    const tram = startWebProcess(['--data-dir', server.dataDir, '--port', '0'], {
      withInterface: true,
    });
    processes.push(tram);
    const url = await tram.waitFor(/cần khôi phục/);
    const { page } = await openPage(browser, url);
    await page.getByRole('heading', { name: 'Tram không mở được dữ liệu' }).waitFor();
    await page.getByRole('alert').filter({ hasText: 'không phải cơ sở dữ liệu' }).waitFor();
    const row = page.getByRole('row', { name: /Sao lưu tay/ });
    await row.getByRole('button', { name: 'Kiểm tra lại' }).click();
    await row.getByText('Đạt').waitFor({ timeout: 60_000 });
    expect(await seriousViolations(page)).toEqual([]);
    await fullScreenshot(page, 'backups-03-error-screen');
    await row.getByRole('button', { name: 'Khôi phục' }).click();
    // The same address becomes Tram itself once the backup is in place.
    await page.getByRole('heading', { name: 'Đăng nhập' }).waitFor({ timeout: 90_000 });
    await tram.waitFor(/is ready/);
    const unopenable = fs
      .readdirSync(path.join(server.dataDir, 'backups'))
      .filter((f) => f.startsWith('unopenable-'));
    expect(unopenable).toHaveLength(1);
    const restarted: WebServer = {
      url,
      setupUrl: url,
      setupCode: '',
      dataDir: server.dataDir,
      stop: () => Promise.resolve(),
    };
    const { token: again } = await callApi<{ token: string }>(restarted, 'auth.login', {
      username: ADMIN.username,
      password: ADMIN.password,
    });
    const found = await callApi<{ fullName: string }[]>(
      restarted,
      'patients.search',
      { q: 'su co' },
      again,
    );
    expect(found.map((p) => p.fullName)).toEqual(['Còn Lại Sau Sự Cố']);
  });

  it('restores on another PC with the recovery code', async () => {
    const server = await startWeb();
    const { token } = await callApi<{ token: string }>(server, 'auth.setup', {
      facility: { name: 'Trạm Y tế xã An Bình', code: '01001', address: '' },
      admin: ADMIN,
    });
    const { code } = await callApi<{ code: string }>(server, 'backups.recoveryCode', {}, token);
    await callApi(
      server,
      'patients.create',
      { fullName: 'Chuyển Sang Máy Mới', sex: 'female', birthYear: 1966 },
      token,
    );
    await callApi(server, 'backups.create', {}, token);
    await server.stop();
    // The other PC: only the backups folder, copied from the USB stick; no key, no database.
    const other = fs.mkdtempSync(path.join(os.tmpdir(), 'tram-other-pc-'));
    fs.cpSync(path.join(server.dataDir, 'backups'), path.join(other, 'backups'), {
      recursive: true,
    });

    const tram = startWebProcess(['--data-dir', other, '--port', '0'], { withInterface: true });
    processes.push(tram);
    const url = await tram.waitFor(/cần khôi phục/);
    const { page } = await openPage(browser, url);
    await page.getByRole('heading', { name: 'Tram không mở được dữ liệu' }).waitFor();
    const row = page.getByRole('row', { name: /Sao lưu tay/ });
    await row.getByRole('button', { name: 'Khôi phục' }).click();
    await page.getByText('nhập mã khôi phục').first().waitFor();
    const field = page.getByRole('textbox', { name: 'Mã khôi phục (in khi cài đặt)' });
    // One character mistyped: the check characters name the group before anything is tried.
    await field.fill(code.slice(0, 2) + (code[2] === 'X' ? 'Y' : 'X') + code.slice(3));
    await row.getByRole('button', { name: 'Khôi phục' }).click();
    await page.getByText('Mã khôi phục gõ chưa đúng ở nhóm 1').waitFor();
    await fullScreenshot(page, 'backups-04-other-pc-code');
    await field.fill(code.replace(/-/g, ' ').toLowerCase());
    await row.getByRole('button', { name: 'Khôi phục' }).click();
    await page.getByRole('heading', { name: 'Đăng nhập' }).waitFor({ timeout: 90_000 });
    expect(fs.existsSync(path.join(other, 'tram.key'))).toBe(true);
  });
});
