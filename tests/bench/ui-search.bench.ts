import Database from 'better-sqlite3';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { launchBrowser } from '../e2e/harness';
import { percentile, type BenchResult } from './measure';
import { BENCH_RECEPTIONIST, cachedClinic, clinicFolder } from './clinic-cache';
import { random } from './patient-generator';
import { startServer, type RunningServer } from './web-server';

/** `BENCH_PATIENTS=50000 npm run bench -- ui.search` for a quick run. */
const N = Number(process.env.BENCH_PATIENTS ?? 1_000_000);
/** An old clinic PC: Chromium's CPU slowed four times. */
const CPU_THROTTLE = 4;
/** A quick receptionist's pace between keys. */
const KEY_GAP_MS = 120;
const LIMIT = 20;

/** Names as receptionists type them: no accents, sometimes initials ("ng v an"). */
const NAMES = [
  'nguyen van an',
  'ng v an',
  'tran thi huong',
  'le van nam',
  'pham thi lan',
  'hoang minh duc',
  'vu thi mai',
  'dang van hung',
  'bui thi thu',
  'do quang huy',
  'ngo thi hoa',
  'duong van long',
];

/** CCCD and phone prefixes of real rows (9 and 7 digits), the same every run. */
function identifierPrefixes(file: string): string[] {
  const sqlite = new Database(file, { readonly: true });
  try {
    const rand = random(19);
    const max = (sqlite.prepare('SELECT max(id) FROM patients').pluck().get() as number) || 1;
    const sample = (column: string, length: number): string[] =>
      Array.from({ length: 9 }, () => {
        const value = sqlite
          .prepare(`SELECT ${column} FROM patients WHERE id >= ? AND ${column} IS NOT NULL LIMIT 1`)
          .pluck()
          .get(1 + Math.floor(rand() * max)) as string;
        return value.slice(0, length);
      });
    return [...sample('cccd', 9), ...sample('phone', 7)];
  } finally {
    sqlite.close();
  }
}

/**
 * Runs in the page: resolves with the milliseconds from the last key's keydown to the moment
 * the list in the DOM is the final text's answer (the rows the server gives, in its order,
 * not marked stale), or its "no patient" line when the answer is empty.
 */
const WATCH = `(({ text, last, codes }) => {
  window.__tramWatch = new Promise((resolve) => {
    let keyAt = 0;
    const done = () => {
      if (!keyAt) return false;
      const box = document.querySelector('[role="combobox"]');
      const list = document.querySelector('[role="listbox"]');
      if (!box || box.value !== text || !list || list.getAttribute('aria-busy') === 'true') return false;
      const shown = [...list.querySelectorAll('[role="option"]')].map((o) => o.dataset.code);
      if (codes.length === 0) {
        return shown.length === 0 && document.querySelector('[data-empty-for="' + text.trim() + '"]') !== null;
      }
      return shown.length === codes.length && shown.every((code, i) => code === codes[i]);
    };
    const observer = new MutationObserver(() => {
      if (!done()) return;
      observer.disconnect();
      resolve(performance.now() - keyAt);
    });
    observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
    document.addEventListener('keydown', (event) => {
      if (event.key === last) keyAt = performance.now();
    }, { capture: true, once: true });
  });
})`;

async function clearBox(page: Page): Promise<void> {
  const box = page.getByRole('combobox', { name: 'Tìm người bệnh' });
  await box.focus();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
  await page.waitForFunction('document.querySelectorAll(\'[role="option"]\').length === 0');
}

/** Types each text key by key and times its last key to the final list, in ms. */
async function typeAndTime(
  page: Page,
  server: RunningServer,
  token: string,
  texts: readonly string[],
): Promise<number[]> {
  const samples: number[] = [];
  for (const text of texts) {
    const expected = await server.call<{ code: string }[]>(
      'patients.search',
      { q: text, limit: LIMIT },
      token,
    );
    await clearBox(page);
    await page.keyboard.type(text.slice(0, -1), { delay: KEY_GAP_MS });
    await page.evaluate(
      `${WATCH}(${JSON.stringify({ text, last: text.slice(-1), codes: expected.map((r) => r.code) })})`,
    );
    await new Promise((resolve) => setTimeout(resolve, KEY_GAP_MS));
    await page.keyboard.type(text.slice(-1));
    samples.push(
      await page.evaluate<number>(
        'Promise.race([window.__tramWatch, new Promise((_, no) => setTimeout(() => no(new Error("no final list")), 15000))])',
      ),
    );
  }
  return samples;
}

async function measure(patients: number, texts: string[]): Promise<BenchResult> {
  const folder = await clinicFolder(patients, patients > 0 ? 3_000 : 0);
  const server = await startServer(folder.dataDir);
  const browser = await launchBrowser();
  try {
    const { token } = await server.call<{ token: string }>('auth.login', BENCH_RECEPTIONIST);
    const page = await (
      await browser.newContext({ viewport: { width: 1280, height: 800 } })
    ).newPage();
    await page.addInitScript(`sessionStorage.setItem('tram.token', ${JSON.stringify(token)})`);
    await page.goto(server.url);
    await page.getByRole('combobox', { name: 'Tìm người bệnh' }).waitFor({ timeout: 60_000 });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_THROTTLE });
    // One text first, unmeasured: the page's code and the server's statements warm up.
    await typeAndTime(page, server, token, ['nguyen thi']);
    const samples = (await typeAndTime(page, server, token, texts)).sort((a, b) => a - b);
    const round = (ms: number) => Math.round(ms * 10) / 10;
    return {
      bench: 'ui.search',
      n: patients,
      samples: samples.length,
      cpu_throttle: CPU_THROTTLE,
      key_gap_ms: KEY_GAP_MS,
      p50_ms: round(percentile(samples, 50)),
      p95_ms: round(percentile(samples, 95)),
      max_ms: round(samples.at(-1) ?? NaN),
      target_p95_ms: 100,
    };
  } finally {
    await browser.close();
    await server.stop();
    folder.dispose();
  }
}

/**
 * ui.search: Chromium at 4× CPU throttle types names, "ng v an", CCCD and phone prefixes key
 * by key into Tiếp đón's search against the built server; last key → final list in the DOM,
 * at N patients and, in the same run, on an empty registry.
 */
export async function uiSearch(): Promise<BenchResult[]> {
  const cached = await cachedClinic(N, N > 0 ? 3_000 : 0);
  const texts = [...NAMES, ...identifierPrefixes(path.join(cached, 'tram.sqlite'))];
  return [await measure(N, texts), await measure(0, texts)];
}
