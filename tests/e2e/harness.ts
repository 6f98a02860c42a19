import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { SOURCE_ROOT } from '../../electron/backend/paths';

export const OUTPUT_DIR = path.join(SOURCE_ROOT, 'test-output', 'e2e');

export interface WebServer {
  /** The server's root (`http://127.0.0.1:PORT/`), without the setup code. */
  url: string;
  /** The address the ready line printed: the root with `?setup=CODE` until setup is done. */
  setupUrl: string;
  /** First-run setup's one-time code, read from the ready line (`auth.setup` needs it). */
  setupCode: string;
  dataDir: string;
  stop(): Promise<void>;
}

function groupAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Starts the real `npm run web` on a temp data folder and reads its ready line. */
export async function startWeb(
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tram-e2e-')),
  extraArgs: readonly string[] = [],
): Promise<WebServer> {
  const child: ChildProcess = spawn(
    'npm',
    ['run', '--silent', 'web', '--', '--port', '0', '--data-dir', dataDir, ...extraArgs],
    { cwd: SOURCE_ROOT, stdio: ['ignore', 'pipe', 'pipe'], detached: true },
  );
  let output = '';
  const printed = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`web did not start:\n${output}`)), 90_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /is ready: (https?:\/\/\S+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('exit', (code) => reject(new Error(`web exited with ${code}:\n${output}`)));
  });
  const ready = new URL(printed);
  return {
    url: `${ready.origin}/`,
    setupUrl: printed,
    setupCode: ready.searchParams.get('setup') ?? '',
    dataDir,
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      if (child.pid) process.kill(-child.pid, 'SIGTERM');
      await exited;
      // npm may exit before the Tram it started has closed its database and released the data
      // folder's lock: wait until the whole process group is gone.
      for (let i = 0; i < 300 && child.pid && groupAlive(child.pid); i++) {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
  };
}

/** The station most browser tests stand in. */
export const TEST_STATION = { name: 'Trạm Y tế xã An Bình', code: '01001', address: 'Xã An Bình' };

/** First-run setup over HTTP with the printed one-time code: the admin's session token. */
export async function setUpStation(
  server: Pick<WebServer, 'url' | 'setupCode'>,
  admin: { username: string; fullName: string; password: string },
  facility: { name: string; code: string; address?: string } = TEST_STATION,
): Promise<string> {
  const { token } = await callApi<{ token: string }>(server, 'auth.setup', {
    facility,
    admin,
    setupCode: server.setupCode,
  });
  return token;
}

/** Calls the API over HTTP as another PC of the station would, to set the scene for a test. */
export async function callApi<T>(
  server: Pick<WebServer, 'url'>,
  name: string,
  input: unknown,
  token?: string,
): Promise<T> {
  const response = await fetch(new URL(`api/${name}`, server.url), {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/json',
      ...(token && { authorization: `Bearer ${token}` }),
    },
    body: JSON.stringify(input),
  });
  const body = (await response.json()) as
    { ok: true; value: T } | { ok: false; error: { message: string } };
  if (!body.ok) throw new Error(`${name}: ${body.error.message}`);
  return body.value;
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

/** A page that records console errors and uncaught exceptions. */
export async function openPage(
  browser: Browser,
  url: string,
): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    locale: 'vi-VN',
  });
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  const errors: string[] = [];
  page.on('console', (message) => {
    // A refused call (wrong password: 401) is an answer the page handles, not an error.
    const handled = /^Failed to load resource: the server responded with a status of 4\d\d/;
    if (message.type() === 'error' && !handled.test(message.text())) errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(url);
  return { page, errors };
}

export async function screenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(OUTPUT_DIR, { recursive: true });
  await page.screenshot({ path: path.join(OUTPUT_DIR, `${name}.png`), fullPage: true });
}

/** The whole page in one frame: the app's fixed header would otherwise repeat down the image. */
export async function fullScreenshot(page: Page, name: string): Promise<void> {
  const viewport = page.viewportSize() ?? { width: 1280, height: 800 };
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width: viewport.width, height: Math.max(height, viewport.height) });
  await screenshot(page, name);
  await page.setViewportSize(viewport);
}

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown }[];
}

/** Runs axe-core in the page (through the DevTools protocol, so the page's CSP stays on). */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  const source = fs.readFileSync(
    path.join(SOURCE_ROOT, 'node_modules', 'axe-core', 'axe.min.js'),
    'utf8',
  );
  await page.evaluate(source);
  // Colours read mid-transition (a dialog fading in) are not the page's: let those finish
  // (a spinner's endless animation is left alone).
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((animation) => animation.effect?.getComputedTiming().endTime !== Infinity)
        .map((animation) => animation.finished.catch(() => null)),
    ),
  );
  return page.evaluate(async () => {
    const axe = (
      globalThis as unknown as { axe: { run: () => Promise<{ violations: AxeViolation[] }> } }
    ).axe;
    const result = await axe.run();
    return result.violations.map(({ id, impact, help, nodes }) => ({ id, impact, help, nodes }));
  });
}

/** Bytes of JavaScript the page has downloaded so far, as transferred (compressed). */
export async function javascriptTransferred(page: Page): Promise<number> {
  return page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .filter(
        (entry) =>
          (entry as PerformanceResourceTiming).initiatorType === 'script' ||
          entry.name.endsWith('.js'),
      )
      .reduce((sum, entry) => sum + (entry as PerformanceResourceTiming).transferSize, 0),
  );
}

/** The serious and critical accessibility problems on the page now. */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  return (await axeViolations(page)).filter(
    (v) => v.impact === 'serious' || v.impact === 'critical',
  );
}

/** Opens a page from the menu by its name (menu order changes as features are added). */
export async function openFromMenu(page: Page, name: string): Promise<void> {
  await page
    .getByRole('navigation')
    .getByRole('link', { name: new RegExp(`^${name}`) })
    .click();
  await page.getByRole('heading', { name, exact: true }).waitFor();
}

/** Signs in on the login page from the keyboard, as staff do. */
export async function signIn(page: Page, username: string, password: string): Promise<void> {
  await page.getByRole('heading', { name: 'Đăng nhập' }).waitFor();
  await page.keyboard.type(username);
  await page.keyboard.press('Tab');
  await page.keyboard.type(password);
  await page.keyboard.press('Enter');
}

/** Creates a user with these roles who has already chosen their own password; returns their id. */
export async function addStaff(
  server: WebServer,
  adminToken: string,
  user: { username: string; fullName: string; password: string; roles: string[] },
): Promise<number> {
  const { password, ...rest } = user;
  const { id } = await callApi<{ id: number }>(
    server,
    'users.create',
    { ...rest, password: 'tam-thoi-123' },
    adminToken,
  );
  const { token } = await callApi<{ token: string }>(server, 'auth.login', {
    username: user.username,
    password: 'tam-thoi-123',
  });
  await callApi(
    server,
    'auth.changePassword',
    { currentPassword: 'tam-thoi-123', newPassword: password },
    token,
  );
  return id;
}

/** A table row's cells after its first (the name), as "1 | 40.000 | 40.000". */
export async function rowCells(table: Locator, name: string): Promise<string> {
  const cells = await table
    .getByRole('row', { name: new RegExp(name) })
    .getByRole('cell')
    .allTextContents();
  return cells.slice(1).join(' | ');
}

export interface WedgeScanOptions {
  /** Milliseconds between keys as the scanner sends them. */
  intervalMs?: number;
  /** A key sent before the code (the scanner's configured prefix). */
  prefix?: string;
  /** The key after the code: Enter by default. */
  suffix?: 'Enter' | 'Tab';
  /** An old, busy PC: the keys stop this long after this many characters, then go on. */
  stall?: { after: number; ms: number };
}

const SPECIAL_KEYS: Record<string, { code: string; windowsVirtualKeyCode: number; text?: string }> =
  {
    Enter: { code: 'Enter', windowsVirtualKeyCode: 13, text: '\r' },
    Tab: { code: 'Tab', windowsVirtualKeyCode: 9 },
    Backspace: { code: 'Backspace', windowsVirtualKeyCode: 8 },
    F8: { code: 'F8', windowsVirtualKeyCode: 119 },
  };

/** One key: its name (a character, or Enter, Tab, Backspace, F8) and its gap after the last. */
export interface KeyStroke {
  key: string;
  /** Milliseconds after the key before it. */
  afterMs: number;
}

/**
 * Keys as a keyboard delivers them to the page: each its own keydown and keyup, any character
 * (ầ, Ữ) as a Vietnamese layout or input method sends it, stamped with the time it was sent.
 * At once (the default): all queued together, as a busy PC hands a USB device's reports over;
 * the page still sees their true rhythm in the timestamps. Paced: sent in real time.
 */
export async function sendKeys(
  page: Page,
  strokes: readonly KeyStroke[],
  options: { paced?: boolean } = {},
): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  let sends: Promise<unknown>[] = [];
  let clock = Date.now() / 1000;
  for (const { key, afterMs } of strokes) {
    if (options.paced || afterMs > 50) {
      // A real pause: what was sent so far arrives first.
      await Promise.all(sends);
      sends = [];
      await new Promise((resolve) => setTimeout(resolve, afterMs));
      clock = Date.now() / 1000;
    } else {
      clock += afterMs / 1000;
    }
    const timestamp = clock;
    const special = SPECIAL_KEYS[key];
    const down = special ? { key, ...special } : { key, text: key, unmodifiedText: key };
    sends.push(cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', timestamp, ...down }));
    sends.push(
      cdp.send('Input.dispatchKeyEvent', {
        type: 'keyUp',
        timestamp,
        key,
        ...(special && {
          code: special.code,
          windowsVirtualKeyCode: special.windowsVirtualKeyCode,
        }),
      }),
    );
    if (options.paced) await Promise.all(sends.splice(0));
  }
  await Promise.all(sends);
  await cdp.detach();
}

/** Text typed key by key, `intervalMs` apart. */
export const strokes = (text: string, intervalMs: number): KeyStroke[] =>
  [...text].map((key, index) => ({ key, afterMs: index === 0 ? 0 : intervalMs }));

/**
 * A keyboard-wedge scanner: the code's keys a few ms apart, then its suffix, optionally
 * framed by a prefix key, optionally stalling mid-code as an old, busy PC does.
 */
export async function wedgeScan(
  page: Page,
  text: string,
  options: WedgeScanOptions = {},
): Promise<void> {
  const { intervalMs = 4, prefix, suffix = 'Enter', stall } = options;
  const keys = [...(prefix ? [prefix] : []), ...text, suffix];
  const stallAt = stall ? stall.after + (prefix ? 1 : 0) : -1;
  await sendKeys(
    page,
    keys.map((key, index) => ({
      key,
      afterMs: index === 0 ? 0 : index === stallAt && stall ? stall.ms : intervalMs,
    })),
  );
}

/** After setup in the browser: the recovery code is shown once, to be kept before going on. */
export async function passRecoveryCode(page: Page): Promise<void> {
  await page.getByRole('heading', { name: 'Mã khôi phục dữ liệu' }).waitFor();
  await page.getByLabel('Tôi đã in (hoặc chép tay) mã này và cất ở nơi an toàn').check();
  await page.getByRole('button', { name: 'Tiếp tục' }).click();
}
