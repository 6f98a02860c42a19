import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { connectToDataFolder } from '../../electron/backend/backups/key-store';
import type { ReportView } from '../../shared/api';
import { storedValues } from '../../shared/domain/reports/dhis2';
import { ADMIN, FACILITY } from '../helpers/backend';
import { DISTRICT } from '../helpers/bundles';
import { startDhis2Double, type Dhis2Double } from '../helpers/dhis2-double';
import { ReportFixtures } from '../helpers/report-fixtures';
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

vi.setConfig({ testTimeout: 240_000, hookTimeout: 180_000 });

const DATASET = 'TT37-XA-THANG';
const PERIOD = '202601';
const DHIS2_USER = { username: 'tram-anbinh', password: 'matkhau-dhis2' };

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** January 2026 at the station: visits of men and women, some insured, a few children. */
function seedJanuary(server: WebServer): void {
  const sqlite = connectToDataFolder(server.dataDir);
  try {
    sqlite.pragma('busy_timeout = 5000');
    sqlite.pragma('foreign_keys = ON');
    const fixtures = new ReportFixtures(sqlite);
    for (let i = 0; i < 12; i++) {
      const patientId = fixtures.patient({
        sex: i % 2 === 0 ? 'male' : 'female',
        birthYear: i % 5 === 0 ? 2023 : 1970,
      });
      fixtures.visit({
        patientId,
        date: `2026-01-${String(i * 2 + 1).padStart(2, '0')}`,
        kind: i % 3 === 0 ? 'bhyt' : 'fee',
        ...(i % 10 === 9 && {
          referral: { toFacilityCode: '01990', toFacilityName: 'TTYT khu vực', reason: 'Chuyển' },
        }),
      });
    }
  } finally {
    sqlite.close();
  }
}

/** Opens Đồng bộ from the menu. */
async function openSync(page: Page): Promise<void> {
  await page
    .getByRole('navigation')
    .getByRole('link', { name: /^Đồng bộ/ })
    .click();
  await page.getByRole('heading', { name: 'Đồng bộ báo cáo lên tuyến trên' }).waitFor();
}

/** Closes the notices in the corner, so a screenshot shows the page under them. */
async function closeNotices(page: Page): Promise<void> {
  const notices = page.locator('.mantine-Notification-root');
  for (const close of await notices.getByRole('button', { name: 'Đóng' }).all()) {
    await close.click();
  }
  await expect.poll(() => notices.count()).toBe(0);
}

/** A Mantine select: open it, pick the option. */
async function choose(scope: Locator, label: string, option: string): Promise<void> {
  await scope.getByRole('combobox', { name: label }).click();
  await scope.page().getByRole('option', { name: option }).click();
}

describe('Đồng bộ at a station', () => {
  let server: WebServer;
  let dhis2: Dhis2Double;
  let adminToken: string;
  let folder: string;
  /** What the station's January report holds, as DHIS2 would store it. */
  let expected: Map<string, string>;
  /** The one data element DHIS2 does not know under Tram's code, and the code it knows. */
  let unmapped: string;
  const dhis2Code = 'VN_MOH_DE_001';

  beforeAll(async () => {
    server = await startWeb();
    ({ token: adminToken } = await callApi<{ token: string }>(server, 'auth.setup', {
      facility: FACILITY,
      admin: ADMIN,
      setupCode: server.setupCode,
    }));
    seedJanuary(server);
    // What the report will send, from the reports engine itself (as DHIS2 will receive it).
    const report = await callApi<ReportView>(
      server,
      'reports.compute',
      { dataset: DATASET, period: PERIOD },
      adminToken,
    );
    const values = storedValues(report.dataValues);
    const elements = [...new Set(values.map((v) => v.dataElement))];
    const combos = [
      ...new Set(values.flatMap((v) => (v.categoryOptionCombo ? [v.categoryOptionCombo] : []))),
    ];
    unmapped =
      elements.find((de) => values.some((v) => v.dataElement === de && !v.categoryOptionCombo)) ??
      elements[0] ??
      '';
    expect(elements.length).toBeGreaterThan(2);
    expected = new Map(
      values.map((v) => [
        [
          v.dataElement === unmapped ? dhis2Code : v.dataElement,
          v.categoryOptionCombo ?? 'default',
          PERIOD,
          FACILITY.code,
        ].join('|'),
        String(v.value),
      ]),
    );
    dhis2 = await startDhis2Double({
      metadata: {
        dataSets: { [DATASET]: { periodType: 'Monthly' } },
        orgUnits: [FACILITY.code],
        dataElements: [...elements.filter((de) => de !== unmapped), dhis2Code],
        categoryOptionCombos: combos,
      },
      users: { [DHIS2_USER.username]: DHIS2_USER.password },
    });
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'tram-e2e-mapping-'));
  });

  afterAll(async () => {
    await server?.stop();
    await dhis2?.close();
    if (folder) fs.rmSync(folder, { recursive: true, force: true });
  });

  it('the admin adds DHIS2, tests it, sees a dry-run conflict, maps the code, resends and it is sent', async () => {
    const { page, errors } = await openPage(browser, server.url);
    page.setDefaultTimeout(30_000);
    await signIn(page, ADMIN.username, ADMIN.password);
    await page.getByRole('heading', { name: 'Tổng quan' }).waitFor();
    await openSync(page);
    await page.getByText('Chưa có nơi nhận nào.', { exact: false }).waitFor();

    await page.getByRole('button', { name: 'Thêm nơi nhận' }).click();
    const dialog = page.getByRole('dialog', { name: 'Thêm nơi nhận' });
    await dialog.getByLabel('Tên nơi nhận').fill('DHIS2 Sở Y tế');
    await choose(dialog, 'Loại', 'DHIS2');
    await dialog.getByRole('textbox', { name: 'Địa chỉ' }).fill(dhis2.url);
    await dialog.getByLabel('Tên đăng nhập DHIS2').fill(DHIS2_USER.username);
    await dialog.getByLabel('Mật khẩu', { exact: true }).fill(DHIS2_USER.password);
    await fullScreenshot(page, 'sync-01-add-target');
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await dialog.waitFor({ state: 'hidden' });

    const card = page.getByRole('region', { name: 'DHIS2 Sở Y tế' });
    await card.getByRole('button', { name: 'Kiểm tra kết nối' }).click();
    await card.getByText(`Kết nối tốt: DHIS2 2.40.3, tài khoản ${DHIS2_USER.username}.`).waitFor();

    // Chốt số liệu tháng 1 (elsewhere in the station): the report is queued for DHIS2.
    await callApi(server, 'reports.submit', { dataset: DATASET, period: PERIOD }, adminToken);

    await page.getByRole('button', { name: 'Gửi ngay' }).click();
    await page.getByText(/^Đã gửi \d+, lỗi \d+, còn chờ \d+$/).waitFor();
    const outbox = page.getByRole('table', { name: 'Hàng đợi gửi' });
    const row = outbox.getByRole('row').filter({ hasText: DATASET });
    await row.getByText('Lỗi', { exact: true }).waitFor();
    await row.getByText(`DHIS2 chạy thử báo 1 xung đột, chưa gửi: ${unmapped}`).waitFor();
    expect(await row.innerText()).toContain('Tháng 1/2026');
    expect(await row.innerText()).toContain('lần chốt 1');
    // The dry run stored nothing; nothing but dry runs was sent.
    expect(dhis2.values.size).toBe(0);
    expect(dhis2.imports.map((i) => i.query.dryRun)).not.toContain('false');
    expect(dhis2.imports.length).toBeGreaterThan(0);
    await card.getByText('Lỗi: 1').waitFor();
    // Away from the last button clicked: its hover shade is not what the page shows at rest.
    await page.mouse.move(0, 0);
    expect(await seriousViolations(page)).toEqual([]);
    await closeNotices(page);
    await fullScreenshot(page, 'sync-02-failed');

    // The mapping, from a spreadsheet kept as csv.
    const csv = path.join(folder, 'anh-xa-dhis2.csv');
    fs.writeFileSync(csv, `kind,tram,dhis2\ndataElement,${unmapped},${dhis2Code}\n`);
    await card.getByRole('button', { name: 'Sửa' }).click();
    const edit = page.getByRole('dialog', { name: 'Sửa nơi nhận' });
    // The saved password is kept, never shown.
    expect(await edit.getByLabel('Mật khẩu', { exact: true }).inputValue()).toBe('');
    const chooser = page.waitForEvent('filechooser');
    await edit.getByRole('button', { name: 'Nhập từ tệp csv' }).click();
    await (await chooser).setFiles(csv);
    const mapping = edit.getByRole('textbox', { name: 'Ánh xạ mã sang DHIS2' });
    await expect.poll(() => mapping.inputValue()).toContain(`${unmapped},${dhis2Code}`);
    await edit.getByText('1 dòng ánh xạ').waitFor();
    await closeNotices(page);
    await fullScreenshot(page, 'sync-03-mapping');
    await edit.getByRole('button', { name: 'Lưu' }).click();
    await edit.waitFor({ state: 'hidden' });
    await card.getByText('1 dòng ánh xạ').waitFor();

    await row.getByRole('button', { name: 'Gửi lại' }).click();
    await page.getByText('Đã đưa báo cáo vào lại hàng đợi.').waitFor();
    await page.getByRole('button', { name: 'Gửi ngay' }).click();
    await row.getByText('Đã gửi', { exact: true }).waitFor();
    await row.getByText(`Thêm ${expected.size}, cập nhật 0, bỏ qua 0`).waitFor();
    await card.getByText('Đã gửi: 1').waitFor();

    // Every value of the report, each once, under the codes DHIS2 knows; the month complete.
    expect(new Map(dhis2.values)).toEqual(expected);
    const stored = dhis2.imports.filter((i) => i.query.dryRun === 'false');
    expect(stored).toHaveLength(1);
    const sent = (stored[0]?.body as { dataValues: unknown[] }).dataValues;
    expect(sent).toHaveLength(expected.size);
    expect(dhis2.registrations).toEqual([
      { dataSet: DATASET, period: PERIOD, organisationUnit: FACILITY.code },
    ]);

    await page
      .getByRole('radiogroup', { name: 'Lọc theo trạng thái' })
      .getByText('Đã gửi', { exact: true })
      .click();
    await outbox.getByRole('row').filter({ hasText: DATASET }).waitFor();
    // Away from the last button clicked: its hover shade is not what the page shows at rest.
    await page.mouse.move(0, 0);
    expect(await seriousViolations(page)).toEqual([]);
    await closeNotices(page);
    await fullScreenshot(page, 'sync-04-sent');
    expect(errors).toEqual([]);
  });
});

describe('Cấp mã kết nối at the district', () => {
  let server: WebServer;

  beforeAll(async () => {
    server = await startWeb();
    await callApi(server, 'auth.setup', {
      facility: DISTRICT,
      admin: ADMIN,
      setupCode: server.setupCode,
    });
  });

  afterAll(async () => {
    await server?.stop();
  });

  it('issues a credential for a station not listed yet and shows it once with the address and fingerprint', async () => {
    const { page, errors } = await openPage(browser, server.url);
    page.setDefaultTimeout(30_000);
    await signIn(page, ADMIN.username, ADMIN.password);
    await page.getByRole('heading', { name: 'Nhận báo cáo từ USB' }).waitFor();
    await page
      .getByRole('navigation')
      .getByRole('link', { name: /^Trạm y tế/ })
      .click();
    await page.getByRole('heading', { name: 'Trạm y tế gửi báo cáo' }).waitFor();

    await page.getByLabel('Mã trạm (5 số)').fill('01001');
    await fullScreenshot(page, 'sync-05-stations');
    await page.getByRole('button', { name: 'Cấp mã kết nối' }).click();
    const dialog = page.getByRole('dialog', { name: 'Mã kết nối cho trạm 01001' });
    await dialog.getByRole('button', { name: 'Cấp mã kết nối' }).click();
    const credential = await dialog.getByTestId('issued-credential').innerText();
    expect(credential).toMatch(/^tram-sc\.[A-Za-z0-9_-]{43}$/);
    await expect
      .poll(
        async () =>
          (await dialog.getByTestId('district-fingerprint').innerText()).replace(/\s/g, ''),
        { timeout: 30_000 },
      )
      .toMatch(/^[0-9A-F]{2}(:[0-9A-F]{2}){31}$/i);
    await dialog
      .getByTestId('district-addresses')
      .getByText(/:8717$/)
      .first()
      .waitFor();
    // Away from the last button clicked: its hover shade is not what the page shows at rest.
    await page.mouse.move(0, 0);
    expect(await seriousViolations(page)).toEqual([]);
    await fullScreenshot(page, 'sync-06-credential');

    // The credential is the one the district now knows the station by.
    const hello = await callApi<{ stationCode: string; facilityCode: string }>(
      server,
      'sync.hello',
      { credential },
    );
    expect(hello).toEqual(expect.objectContaining({ stationCode: '01001' }));
    await dialog.getByRole('button', { name: 'Đóng' }).last().click();
    await dialog.waitFor({ state: 'hidden' });
    expect(errors).toEqual([]);
  });
});
