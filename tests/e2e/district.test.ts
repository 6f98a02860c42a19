import ExcelJS from 'exceljs';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { localDate } from '../../shared/domain/dates';
import { periodContaining, previousPeriod, type Period } from '../../shared/domain/reports/periods';
import { ADMIN } from '../helpers/backend';
import { bundleFrom, DISTRICT, makeStation, type StationFixture } from '../helpers/bundles';
import {
  callApi,
  fullScreenshot,
  launchBrowser,
  openPage,
  seriousViolations,
  signIn,
  startWeb,
  type WebServer,
} from './harness';

vi.setConfig({ testTimeout: 180_000 });

const DATASET = 'TT37-XA-THANG';

let server: WebServer;
let browser: Browser;
let adminToken: string;
/** Last month, whatever today is: the period the stations hand in now. */
let month: Period;

const api = <T = unknown>(name: string, input: unknown, token = adminToken): Promise<T> =>
  callApi<T>(server, name, input, token);

const stations: [StationFixture, Record<string, number>][] = [
  [makeStation('01001', 'Trạm Y tế xã An Bình'), { 'KCB_LUOT.NAM': 120, 'KCB_LUOT.NU': 150 }],
  [makeStation('01002', 'Trạm Y tế xã Hòa Lạc'), { 'KCB_LUOT.NAM': 201, 'KCB_LUOT.NU': 302 }],
  [makeStation('01003', 'Trạm Y tế xã Tân Phú'), { 'KCB_LUOT.NAM': 33, 'KCB_LUOT.NU': 44 }],
];

/** Opens a district page from the menu and waits for its heading. */
async function openPageFromMenu(page: Page, link: string, heading: string): Promise<void> {
  await page
    .getByRole('navigation')
    .getByRole('link', { name: new RegExp(`^${link}`) })
    .click();
  await page.getByRole('heading', { name: heading, exact: true }).waitFor();
}

describe('the district officer', () => {
  let folder: string;

  beforeAll(async () => {
    month = previousPeriod(periodContaining('month', localDate(new Date())));
    server = await startWeb();
    ({ token: adminToken } = await callApi<{ token: string }>(server, 'auth.setup', {
      facility: DISTRICT,
      admin: ADMIN,
    }));
    // The first two stations were confirmed at an earlier visit (their month before this one);
    // the third has never sent anything.
    const submittedAt = new Date().toISOString();
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'tram-e2e-usb-'));
    for (const [i, [station, values]] of stations.entries()) {
      let counter = 1;
      let previousBundleHash: string | null = null;
      if (i < 2) {
        const earlier = bundleFrom(station, {
          period: previousPeriod(month).id,
          submittedAt,
        });
        await api('bundles.import', {
          fileName: 'truoc.tram',
          content: Buffer.from(earlier.bytes).toString('base64'),
        });
        await api('stations.confirm', { code: station.code });
        counter = 2;
        previousBundleHash = earlier.hash;
      }
      const bundle = bundleFrom(station, {
        period: month.id,
        values,
        counter,
        previousBundleHash,
        submittedAt,
      });
      fs.writeFileSync(
        path.join(folder, `${station.code}_${DATASET}_${month.id}_r1.tram`),
        bundle.bytes,
      );
    }
    // What else a USB stick holds is skipped, not refused.
    fs.writeFileSync(path.join(folder, 'ghi-chu.txt'), 'không phải gói báo cáo');
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser.close();
    await server.stop();
    fs.rmSync(folder, { recursive: true, force: true });
  });

  it('imports a folder from three stations, confirms the new one, sees completeness and totals, exports the report', async () => {
    const { page, errors } = await openPage(browser, server.url);
    await signIn(page, ADMIN.username, ADMIN.password);
    // A district Tram opens on Nhận báo cáo and has no reception or pharmacy.
    await page.getByRole('heading', { name: 'Nhận báo cáo từ USB' }).waitFor();
    const nav = page.getByRole('navigation');
    expect(await nav.getByRole('link', { name: /^Tiếp đón/ }).count()).toBe(0);
    expect(await nav.getByRole('link', { name: /^Nhà thuốc/ }).count()).toBe(0);

    await page.getByTestId('folder-input').setInputFiles(folder);
    const results = page.getByRole('table', { name: 'Kết quả nhập' });
    await results.getByText('01003_').waitFor();
    // textContent: the badge shows its words in capitals by CSS only.
    const outcomeOf = async (code: string): Promise<string> =>
      (await results
        .getByRole('row')
        .filter({ hasText: `${code}_` })
        .textContent()) ?? '';
    expect(await outcomeOf('01001')).toContain('Đã nhập');
    expect(await outcomeOf('01002')).toContain('Đã nhập');
    expect(await outcomeOf('01003')).toContain(stations[2]?.[0].signer.fingerprint ?? '?');
    await page.getByText('Đã xử lý 3/3 gói · bỏ qua 1 tệp khác').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await fullScreenshot(page, 'district-01-import');

    await openPageFromMenu(page, 'Trạm y tế', 'Trạm y tế gửi báo cáo');
    await page
      .getByRole('row')
      .filter({ hasText: '01003' })
      .getByRole('button', { name: 'Xác nhận' })
      .click();
    const dialog = page.getByRole('dialog');
    await dialog.getByTestId('pending-fingerprint').waitFor();
    expect(await dialog.getByTestId('pending-fingerprint').innerText()).toBe(
      stations[2]?.[0].signer.fingerprint,
    );
    await dialog.getByRole('button', { name: 'Xác nhận' }).click();
    await page.getByText('Đã xử lý 1 gói đang chờ của trạm').waitFor();
    await fullScreenshot(page, 'district-02-stations');

    await openPageFromMenu(page, 'Tình hình nộp', 'Tình hình nộp báo cáo');
    const grid = page.getByRole('table', { name: 'Tình hình nộp báo cáo' });
    for (const [station] of stations) {
      await grid.getByRole('row').filter({ hasText: station.code }).getByText('Đúng hạn').waitFor();
    }
    await fullScreenshot(page, 'district-03-completeness');

    await openPageFromMenu(page, 'Tổng hợp', 'Tổng hợp số liệu các trạm');
    await page.getByRole('combobox', { name: 'Xem' }).waitFor();
    expect(await page.getByRole('combobox', { name: 'Xem' }).inputValue()).toBe(
      'Toàn khu vực (3 trạm)',
    );
    const visits = page.getByRole('row').filter({ hasText: 'KCB_LUOT' });
    // 270 + 503 + 77 visits, 354 men and 496 women, as the three stations sent them.
    await expect.poll(() => visits.innerText()).toMatch(/850\s+354\s+496/);
    await fullScreenshot(page, 'district-04-totals');

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Excel' }).click();
    const file = await (await download).path();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const numbers: number[] = [];
    workbook.eachSheet((sheet) =>
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          if (typeof cell.value === 'number') numbers.push(cell.value);
        }),
      ),
    );
    expect(numbers).toEqual(expect.arrayContaining([850, 354, 496]));
    expect(errors).toEqual([]);
  });
});
