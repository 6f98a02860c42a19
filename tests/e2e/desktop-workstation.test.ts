import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Result } from '../../shared/api';
import { IPC_INVOKE_CHANNEL } from '../../shared/api/bridge';
import { SOURCE_ROOT } from '../../electron/backend/paths';
import { registerIpc, type IpcInvokeEvent, type IpcSender } from '../../electron/transport/ipc';
import { ensureRendererBuild } from '../../electron/transport/renderer-build';
import { desktopTargets } from '../../electron/workstation/desktop-link';
import { expectOk, makeBackend, tempDir } from '../helpers/backend';
import { billingClinic } from '../helpers/billing';
import { serve } from '../helpers/http';
import { fullScreenshot, launchBrowser, signIn } from './harness';

/**
 * The desktop app becoming a workstation, as its window shows it. Electron cannot run here,
 * so Chromium loads the built renderer and a stand-in preload hands `window.tram.invoke` to
 * the main process's real IPC transport and workstation link, in this Node process.
 */
const APP_ORIGIN = 'http://tram.desktop';
const APP_URL = `${APP_ORIGIN}/index.html`;

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser.close();
});

/** A Tram server in LAN mode on loopback: its own CA, HTTPS only (as in the integration test). */
async function lanServer() {
  const clinic = await billingClinic();
  expectOk(await clinic.call('settings.update', { network: { lanEnabled: true } }));
  const identity = await clinic.backend.services.tls.ensure(['127.0.0.1'], 'Trạm', new Date());
  const http = await serve(clinic.backend, {
    tls: { key: identity.key, cert: identity.cert },
    caCertificate: identity.caCertificate,
  });
  return { clinic, port: http.port, identity };
}

/** The desktop app's main process on a fresh PC, and its window in Chromium. */
async function desktopWindow(): Promise<Page> {
  const local = makeBackend({ dataDir: tempDir() });
  let handler: ((event: IpcInvokeEvent, ...args: unknown[]) => unknown) | undefined;
  const ipc = registerIpc(
    { handle: (channel, listener) => channel === IPC_INVOKE_CHANNEL && (handler = listener) },
    desktopTargets(local, (target) => ipc.switchTo(target)).initial,
    (url) => url?.startsWith(APP_ORIGIN) ?? false,
  );
  const renderer = await ensureRendererBuild(SOURCE_ROOT, () => undefined);
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  const sender: IpcSender = {
    id: 1,
    send: () => undefined, // server events are not needed here
    isDestroyed: () => page.isClosed(),
    once: () => undefined,
  };
  await page.exposeFunction('__tramInvoke', (name: string, input: unknown) =>
    handler?.({ sender, senderFrame: { url: page.url() } }, name, input),
  );
  await page.addInitScript(() => {
    const invoke = (window as unknown as { __tramInvoke: (n: string, i: unknown) => unknown })
      .__tramInvoke;
    (window as unknown as { tram: unknown }).tram = {
      invoke: (name: string, input: unknown) => invoke(name, input) as Promise<Result<unknown>>,
      on: () => () => undefined,
    };
  });
  // The window's page, as the packaged app loads it from its own files.
  await page.route(`${APP_ORIGIN}/**`, (route) => {
    const file = new URL(route.request().url()).pathname;
    return route.fulfill({ path: path.join(renderer, file === '/' ? 'index.html' : file) });
  });
  await page.goto(APP_URL);
  return page;
}

describe('the desktop app connects to a Tram server as a workstation', () => {
  it('from its first-run page: wrong code refused, right code pins the server, sign in there', async () => {
    const { clinic, port, identity } = await lanServer();
    const page = await desktopWindow();
    await page.getByRole('heading', { name: 'Thiết lập lần đầu' }).waitFor();
    // A desktop window needs no setup code typed: the main process passes it.
    expect(await page.getByRole('textbox', { name: 'Mã thiết lập', exact: true }).count()).toBe(0);
    await page.getByRole('button', { name: 'Kết nối tới máy chủ Tram' }).click();
    const dialog = page.getByRole('dialog', { name: 'Kết nối tới máy chủ Tram' });
    await dialog.getByRole('textbox', { name: 'Địa chỉ máy chủ' }).fill(`127.0.0.1:${port}`);
    await dialog.getByRole('textbox', { name: 'Mã ghép nối' }).fill('AAAA-BBBB-CCCC');
    await dialog.getByRole('textbox', { name: 'Tên máy này' }).fill('Quầy thu ngân');
    await dialog.getByRole('button', { name: 'Kết nối' }).click();
    await dialog.getByRole('alert').waitFor();
    await fullScreenshot(page, 'security-08-desktop-connect-wrong-code');

    const { code } = expectOk(await clinic.call('workstations.pairingCode', {}));
    await dialog.getByRole('textbox', { name: 'Mã ghép nối' }).fill(code);
    await dialog.getByRole('button', { name: 'Kết nối' }).click();
    // The window starts again on the server's sign-in page, its CA pinned.
    await page.getByText('Trạm Y tế xã An Bình').first().waitFor();
    await page.getByText(`Máy này là máy trạm của https://127.0.0.1:${port}/`).waitFor();
    await page.getByText(identity.caFingerprint).waitFor();
    await fullScreenshot(page, 'security-09-desktop-workstation-sign-in');
    await signIn(page, clinic.cashier.username, clinic.cashier.password);
    await page.getByRole('button', { name: 'Đăng xuất' }).waitFor();
    const [listed] = expectOk(await clinic.call('workstations.list', {}));
    expect(listed).toMatchObject({ name: 'Quầy thu ngân', lastUsername: clinic.cashier.username });
  }, 120_000);
});
