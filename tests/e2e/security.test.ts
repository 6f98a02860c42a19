import Database from 'better-sqlite3';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pairWithServer } from '../../electron/workstation/pairing';
import { RemoteTram } from '../../electron/workstation/remote';
import {
  callApi,
  fullScreenshot,
  launchBrowser,
  openFromMenu,
  openPage,
  screenshot,
  signIn,
  startWeb,
  type WebServer,
} from './harness';

const ADMIN = { username: 'truongtram', password: 'matkhau-admin' };
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser.close();
});

async function fillSetup(page: Page): Promise<void> {
  await page.getByRole('textbox', { name: 'Tên cơ sở', exact: true }).fill('Trạm Y tế xã An Bình');
  await page.getByRole('textbox', { name: 'Mã cơ sở KCB (MA_CSKCB)', exact: true }).fill('01001');
  await page.getByRole('textbox', { name: 'Tên đăng nhập', exact: true }).fill(ADMIN.username);
  await page.getByRole('textbox', { name: 'Họ và tên', exact: true }).fill('Nguyễn Thị Hoa');
  await page.getByRole('textbox', { name: 'Mật khẩu', exact: true }).fill(ADMIN.password);
  await page.getByRole('textbox', { name: 'Nhập lại mật khẩu', exact: true }).fill(ADMIN.password);
}

/** A page on another origin that tries to drive Tram: a form post and a no-cors fetch. */
async function evilSite(target: string): Promise<{ url: string; close: () => Promise<void> }> {
  const html = `<!doctype html><html><body>
<form id="f" method="POST" action="${target}api/auth.setup" enctype="text/plain">
<input name='{"facility":{"name":"X","code":"99999"},"admin":{"username":"attacker","fullName":"X","password":"mat-khau-1"},"setupCode":"x","y":"' value='"}'>
</form>
<script>
fetch('${target}api/auth.setup', { method: 'POST', mode: 'no-cors',
  headers: { 'content-type': 'text/plain' },
  body: JSON.stringify({ facility: { name: 'X', code: '99999' },
    admin: { username: 'attacker', fullName: 'X', password: 'mat-khau-1' }, setupCode: 'x' }) })
  .finally(() => document.getElementById('f').submit());
</script></body></html>`;
  const server = http.createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

describe('a browser against Tram’s first run and settings', () => {
  let server: WebServer;

  beforeAll(async () => {
    server = await startWeb();
  });

  afterAll(async () => {
    await server.stop();
  });

  it('another site’s form and fetch cannot set Tram up; the page asks for the printed code', async () => {
    const evil = await evilSite(server.url);
    const { page: attack } = await openPage(browser, evil.url);
    await attack.waitForURL(/api\/auth\.setup/).catch(() => undefined);
    await attack.close();
    await evil.close();
    expect(await callApi<{ setUp: boolean }>(server, 'auth.status', {})).toEqual({
      setUp: false,
      facilityName: null,
    });

    // Opened without the code in its address, the setup page asks for it.
    const bare = await openPage(browser, server.url);
    await bare.page.getByRole('textbox', { name: 'Mã thiết lập', exact: true }).waitFor();
    await bare.page.close();

    // An address from an earlier start carries a spent code: refused, then the field shows.
    const stale = new URL(server.url);
    stale.searchParams.set('setup', 'ma-cua-lan-khoi-dong-truoc');
    const { page, errors } = await openPage(browser, stale.href);
    await page.getByRole('heading', { name: 'Thiết lập lần đầu' }).waitFor();
    await fillSetup(page);
    expect(await page.getByRole('textbox', { name: 'Mã thiết lập', exact: true }).count()).toBe(0);
    await page.getByRole('button', { name: 'Hoàn tất thiết lập' }).click();
    await page.getByText('Mã thiết lập không đúng').first().waitFor();
    await screenshot(page, 'security-01-setup-wrong-code');
    await page.getByRole('textbox', { name: 'Mã thiết lập', exact: true }).fill(server.setupCode);
    await page.getByRole('button', { name: 'Hoàn tất thiết lập' }).click();
    await page.getByRole('heading', { name: 'Tiếp đón' }).waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows the network tab, the session limit and the audit anchors to the admin', async () => {
    const { page, errors } = await openPage(browser, server.url);
    await signIn(page, ADMIN.username, ADMIN.password);
    await page.getByRole('heading', { name: 'Tiếp đón' }).waitFor();
    await openFromMenu(page, 'Cài đặt');
    await page.getByRole('textbox', { name: 'Phiên đăng nhập dài tối đa (giờ)' }).waitFor();
    expect(
      await page.getByRole('textbox', { name: 'Phiên đăng nhập dài tối đa (giờ)' }).inputValue(),
    ).toBe('12');
    await page.getByRole('tab', { name: 'Mạng & máy trạm' }).click();
    await page.getByText('Truy cập qua mạng LAN đang tắt').waitFor();
    await page.getByRole('button', { name: 'Tạo mã ghép nối' }).click();
    await page.getByText('Chưa bật truy cập qua mạng LAN (HTTPS)').waitFor();
    await screenshot(page, 'security-02-network-tab-lan-off');
    await openFromMenu(page, 'Nhật ký hệ thống');
    await page.getByRole('button', { name: 'Kiểm tra toàn vẹn' }).click();
    await page.getByText('Nhật ký nguyên vẹn').waitFor();
    await page.getByText(/Đã đối chiếu \d+ bản sao đầu chuỗi/).waitFor();
    await screenshot(page, 'security-03-audit-verified');
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('the audit page after someone cut the log with a SQL tool', () => {
  it('says which anchor failed, up to when the log held, and how many rows are missing', async () => {
    let server = await startWeb();
    const { token } = await callApi<{ token: string }>(server, 'auth.setup', {
      facility: { name: 'Trạm Y tế xã An Bình', code: '01001' },
      admin: { ...ADMIN, fullName: 'Nguyễn Thị Hoa' },
      setupCode: server.setupCode,
    });
    for (const minutesIdle of [5, 6, 7]) {
      await callApi(
        server,
        'settings.update',
        { security: { idleLockMinutes: minutesIdle } },
        token,
      );
    }
    await server.stop();
    server = await startWeb(server.dataDir); // this start anchors the head (entry 4)
    await server.stop();
    const sqlite = new Database(path.join(server.dataDir, 'tram.sqlite'));
    sqlite.exec(`DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log WHERE id > 2;
      CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
      BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;`);
    sqlite.close();
    server = await startWeb(server.dataDir);
    try {
      const { page, errors } = await openPage(browser, server.url);
      await signIn(page, ADMIN.username, ADMIN.password);
      await openFromMenu(page, 'Nhật ký hệ thống');
      await page.getByRole('button', { name: 'Kiểm tra toàn vẹn' }).click();
      await page.getByText(/không còn khớp: thiếu dòng nhật ký/).waitFor();
      await page.getByText(/Thiếu ít nhất \d+ bản ghi ở cuối nhật ký/).waitFor();
      await screenshot(page, 'security-05-audit-cut');
      expect(errors).toEqual([]);
    } finally {
      await server.stop();
    }
  }, 120_000);
});

describe('LAN mode in the browser', () => {
  it('serves HTTPS only with Tram’s own CA, shows its fingerprint and a pairing code', async () => {
    const server = await startWeb(undefined, ['--host', '0.0.0.0']);
    try {
      expect(server.setupUrl).toMatch(/^https:\/\/127\.0\.0\.1:\d+\/\?setup=/);
      const context = await browser.newContext({
        viewport: { width: 1280, height: 900 },
        locale: 'vi-VN',
        ignoreHTTPSErrors: true,
      });
      const page = await context.newPage();
      await page.goto(server.setupUrl);
      await page.getByRole('heading', { name: 'Thiết lập lần đầu' }).waitFor();
      await fillSetup(page);
      // The printed address carries the code: nothing to type.
      expect(await page.getByRole('textbox', { name: 'Mã thiết lập', exact: true }).count()).toBe(
        0,
      );
      await fullScreenshot(page, 'security-00-setup-from-ready-line');
      await page.getByRole('button', { name: 'Hoàn tất thiết lập' }).click();
      await page.getByRole('heading', { name: 'Tiếp đón' }).waitFor();
      expect(page.url()).not.toContain('setup=');
      // LAN on (the server already serves HTTPS because it listens beyond loopback).
      await openFromMenu(page, 'Cài đặt');
      const lan = page.getByRole('switch', {
        name: 'Cho máy khác trong trạm dùng Tram qua trình duyệt',
      });
      await lan.check({ force: true });
      await page.locator('form').filter({ has: lan }).getByRole('button', { name: 'Lưu' }).click();
      await page.getByText('Đã lưu').first().waitFor();
      await page.getByRole('tab', { name: 'Mạng & máy trạm' }).click();
      await page.getByRole('button', { name: 'Xem chứng chỉ' }).click();
      const fingerprint = page.locator('pre').first();
      await fingerprint.waitFor();
      expect(await fingerprint.textContent()).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
      await page.getByRole('button', { name: 'Tạo mã ghép nối' }).click();
      const shownCode = page.getByText(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
      await shownCode.waitFor();
      await screenshot(page, 'security-04-lan-certificate-and-pairing-code');

      // A second PC pairs with the code shown, pins this CA and signs in through the server.
      const config = await pairWithServer(
        {
          address: `127.0.0.1:${new URL(server.url).port}`,
          code: (await shownCode.textContent()) ?? '',
          name: 'Quầy thu ngân',
        },
        new Date(),
      );
      const bare = (hex: string | null) => hex?.replaceAll(':', '').toUpperCase();
      expect(bare(config.caFingerprint)).toBe(bare(await fingerprint.textContent()));
      const remote = new RemoteTram(config);
      const signedIn = await remote.call('auth.login', ADMIN, undefined);
      if (!signedIn.ok) expect.fail(JSON.stringify(signedIn.error));
      const { token } = signedIn.value as { token: string };
      expect((await remote.call('auth.me', {}, token)).ok).toBe(true);
      await page.reload();
      await page.getByRole('tab', { name: 'Mạng & máy trạm' }).click();
      const row = page.getByRole('row').filter({ hasText: 'Quầy thu ngân' });
      await row.getByRole('cell', { name: '127.0.0.1' }).waitFor();
      await row.getByRole('cell', { name: ADMIN.username }).waitFor();
      await fullScreenshot(page, 'security-06-workstations-listed');
      page.once('dialog', (dialog) => void dialog.accept());
      await row.getByRole('button', { name: 'Thu hồi' }).click();
      await row.getByText(/^Đã thu hồi/).waitFor();
      await fullScreenshot(page, 'security-07-workstation-revoked');
      expect(await remote.call('auth.status', {}, undefined)).toMatchObject({
        ok: false,
        error: { messageKey: 'workstations.revoked' },
      });
      remote.close();
      // The CA certificate is offered for download at /ca.crt.
      const ca = await page.request.get(new URL('ca.crt', server.url).href);
      expect(ca.status()).toBe(200);
      expect(await ca.text()).toContain('BEGIN CERTIFICATE');
      await context.close();
    } finally {
      await server.stop();
    }
  }, 120_000);
});
