import { connectToDataFolder } from '../../electron/backend/backups/key-store';
import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { SOURCE_ROOT } from '../../electron/backend/paths';
import { addDays, localDate } from '../../shared/domain/dates';
import { periodContaining, previousPeriod, type Period } from '../../shared/domain/reports/periods';
import { pdfText, pdfToPng } from '../helpers/pdf';
import { ReportFixtures } from '../helpers/report-fixtures';
import {
  callApi,
  fullScreenshot,
  launchBrowser,
  openPage,
  OUTPUT_DIR,
  screenshot,
  seriousViolations,
  signIn,
  startWeb,
  type WebServer,
} from './harness';

vi.setConfig({ testTimeout: 180_000 });

let server: WebServer;
let browser: Browser;
let adminToken: string;
/** Last month, whatever today is: the report the station head hands in now. */
let month: Period;

const api = <T = unknown>(name: string, input: unknown, token = adminToken): Promise<T> =>
  callApi<T>(server, name, input, token);

/** A small month of visits, bills and stock, written into the server's database file. */
async function seedLastMonth(): Promise<void> {
  const drug = await api<{ id: number }>('catalog.drugs.save', {
    code: '40.17',
    name: 'Hapacol 500',
    ingredients: [{ name: 'Paracetamol', strength: '500mg' }],
    unit: 'Viên',
    price: 1_000,
    insuredPrice: 1_000,
  });
  const sqlite = connectToDataFolder(server.dataDir);
  try {
    sqlite.pragma('busy_timeout = 5000');
    sqlite.pragma('foreign_keys = ON');
    const f = new ReportFixtures(sqlite);
    const day = (n: number) => addDays(month.start, n - 1);
    const people = [
      f.patient({ sex: 'male', birthDate: '1952-02-10' }),
      f.patient({ sex: 'female', birthDate: '2023-06-01' }),
      f.patient({ sex: 'female', birthYear: 1988 }),
      f.patient({ sex: 'male', birthYear: 2011 }),
    ];
    const plan: [number, number, 'bhyt' | 'fee', string[]][] = [
      [1, 0, 'bhyt', ['I10', 'E11']],
      [2, 1, 'bhyt', ['J06.9']],
      [3, 2, 'fee', ['K29.7']],
      [5, 3, 'fee', ['S61.9']],
      [8, 0, 'bhyt', ['I10']],
      [9, 2, 'bhyt', ['J02.9']],
      [12, 1, 'fee', ['A09']],
      [15, 3, 'bhyt', ['J20.9']],
      [20, 0, 'bhyt', ['I10']],
      [22, 2, 'fee', ['M54.5']],
      [25, 1, 'bhyt', ['J06.9']],
    ];
    plan.forEach(([n, who, kind, diagnoses], index) => {
      f.visit({
        patientId: people[who] ?? 0,
        date: day(n),
        kind,
        diagnoses,
        ...(index === 3 && {
          referral: {
            toFacilityCode: '01002',
            toFacilityName: 'TTYT khu vực',
            reason: 'Khâu vết thương sâu',
          },
        }),
        ...(index % 3 === 0 && { prescribedDrugId: drug.id }),
        invoice: { total: 50_000, insurancePays: kind === 'bhyt' ? 40_000 : 0 },
        payments: [{ at: `${day(n)}T03:00:00.000Z`, amount: kind === 'bhyt' ? 10_000 : 50_000 }],
      });
    });
    f.batch({
      drugId: drug.id,
      lot: 'L01',
      unitCost: 600,
      expiry: addDays(localDate(new Date()), 40),
      moves: [
        { kind: 'receipt', quantity: 500, at: `${day(1)}T01:00:00.000Z` },
        { kind: 'dispense', quantity: -40, at: `${day(9)}T04:00:00.000Z` },
      ],
    });
  } finally {
    sqlite.close();
  }
}

beforeAll(async () => {
  [server, browser] = await Promise.all([startWeb(), launchBrowser()]);
  month = previousPeriod(periodContaining('month', localDate(new Date())));
  const session = await api<{ token: string }>(
    'auth.setup',
    {
      facility: {
        name: 'Trạm Y tế xã An Bình',
        code: '01001',
        address: 'Xã An Bình, tỉnh Bắc Ninh',
      },
      admin: { username: 'truongtram', fullName: 'Nguyễn Thị Hoa', password: 'matkhau-admin' },
      setupCode: server.setupCode,
    },
    '',
  );
  adminToken = session.token;
  await api('settings.update', { reports: { authority: 'Trung tâm Y tế khu vực Thuận Thành' } });
  await seedLastMonth();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('Báo cáo in the browser', () => {
  it('the station head checks last month, enters the hand rows, fixes a check, submits and prints', async () => {
    const { page, errors } = await openPage(browser, server.url);
    // Computing a month and drawing its PDF take a few seconds on a loaded machine.
    page.setDefaultTimeout(30_000);
    await signIn(page, 'truongtram', 'matkhau-admin');

    // The station head lands on the overview; each chart has its figures in words under it.
    await page.getByRole('heading', { name: 'Tổng quan' }).waitFor();
    await page.getByText('Tháng trước', { exact: true }).click();
    await page.getByText('11 lượt khám, trung bình').waitFor();
    await page.getByText('7 lượt có BHYT, 4 lượt thu phí: 64% có BHYT').waitFor();
    await page.locator('.recharts-surface').first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await fullScreenshot(page, 'reports-01-dashboard');

    // Two links start "Báo cáo" (this page and the pharmacy's tab): the page's own key tells.
    await page
      .getByRole('navigation')
      .getByRole('link', { name: /^Báo cáo\s+Alt R/ })
      .click();
    await page.getByRole('heading', { name: 'Báo cáo', exact: true }).waitFor();
    const visits = page.getByRole('table', { name: 'I. Khám chữa bệnh' });
    await visits
      .getByRole('row', { name: /Tổng số lượt khám bệnh/ })
      .getByText('11')
      .waitFor();
    await fullScreenshot(page, 'reports-02-month');

    // Hand rows: the population, with a typo that makes the sexes not add up.
    const population = page.getByRole('table', { name: 'VI. Dân số, nhân lực (nhập tay)' });
    await population.getByRole('textbox', { name: 'Dân số của xã – Tổng số' }).fill('5000');
    await population.getByRole('textbox', { name: 'Dân số của xã – Nam' }).fill('2400');
    await population.getByRole('textbox', { name: 'Dân số của xã – Nữ' }).fill('2500');
    await page.getByRole('button', { name: /Lưu số nhập tay/ }).click();
    const error = population.getByText(
      'Dân số của xã: cộng các phân tổ được 4.900, khác tổng số 5.000',
    );
    await error.waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await fullScreenshot(page, 'reports-03-validation-error');
    // Submitting is refused while a check fails.
    await page.getByRole('button', { name: 'Chốt số liệu' }).click();
    await page
      .getByRole('dialog', { name: 'Chốt số liệu' })
      .getByRole('button', { name: 'Chốt số liệu' })
      .click();
    await page.getByText('Còn 1 lỗi kiểm tra: sửa trước khi chốt số liệu').waitFor();

    await population.getByRole('textbox', { name: 'Dân số của xã – Nữ' }).fill('2600');
    await population.getByRole('textbox', { name: 'Số cán bộ của trạm – Tổng số' }).fill('6');
    await page
      .getByRole('table', { name: 'I. Khám chữa bệnh' })
      .getByRole('textbox', { name: 'Số người tử vong tại trạm – Tổng số' })
      .fill('0');
    await page.getByRole('button', { name: /Lưu số nhập tay/ }).click();
    await error.waitFor({ state: 'detached' });
    await page.getByText('Đã lưu số liệu nhập tay').first().waitFor();

    await page.getByRole('button', { name: 'Chốt số liệu' }).click();
    const confirm = page.getByRole('dialog', { name: 'Chốt số liệu' });
    await confirm.getByRole('button', { name: 'Chốt số liệu' }).click();
    await page.getByText('Đã chốt, lần 1').first().waitFor();
    await expect
      .poll(() => population.getByRole('textbox', { name: 'Dân số của xã – Nữ' }).isDisabled())
      .toBe(true);
    await fullScreenshot(page, 'reports-04-submitted');

    await page.getByRole('button', { name: 'In (PDF)' }).click();
    const preview = page.getByRole('dialog', { name: 'Báo cáo hoạt động y tế xã' });
    await preview.locator('iframe').waitFor();
    await fullScreenshot(page, 'reports-05-pdf-preview');
    await preview.getByRole('button', { name: 'Đóng' }).first().click();

    // The deadline tracker shows last month handed in.
    await page.getByRole('tab', { name: 'Hạn nộp báo cáo' }).click();
    const tracker = page.getByRole('table', { name: 'Hạn nộp báo cáo' });
    await tracker.getByText('Đã nộp').first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await fullScreenshot(page, 'reports-06-deadlines');
    expect(errors).toEqual([]);
  });

  it('prints the submitted month as the district reads it', async () => {
    const file = await api<{ fileName: string; content: string }>('reports.export', {
      dataset: 'TT37-XA-THANG',
      period: month.id,
      format: 'pdf',
    });
    expect(file.fileName).toBe(`TT37-XA-THANG_${month.id}_01001_r1.pdf`);
    const bytes = Buffer.from(file.content, 'base64');
    fs.mkdirSync(OUTPUT_DIR, { recursive: true });
    fs.writeFileSync(path.join(OUTPUT_DIR, 'reports-07-month.pdf'), bytes);
    pdfToPng(bytes, path.join(OUTPUT_DIR, 'reports-07-month-page1.png'), 80);
    const text = pdfText(bytes);
    expect(text).toContain('TRẠM Y TẾ XÃ AN BÌNH');
    expect(text).toContain('BÁO CÁO HOẠT ĐỘNG Y TẾ XÃ');
    expect(text).toContain('Người lập biểu');
    expect(text).toContain('Trạm trưởng');
    expect(text).toContain('Nguyễn Thị Hoa');
    expect(text).toMatch(/Dân số của xã\s+DS_TONG\s+người\s+5\.000\s+2\.400\s+2\.600/);
    expect(text).toMatch(/Số cán bộ của trạm\s+NL_CANBO\s+người\s+6/);
  });

  it('keeps the submitted figures when a visit is recorded late, and shows what differs', async () => {
    // A visit of last month entered after the report was handed in.
    const sqlite = connectToDataFolder(server.dataDir);
    try {
      sqlite.pragma('busy_timeout = 5000');
      sqlite.pragma('foreign_keys = ON');
      const f = new ReportFixtures(sqlite);
      f.visit({
        patientId: f.patient({ sex: 'female', birthYear: 1990 }),
        date: addDays(month.start, 27),
        kind: 'fee',
        diagnoses: ['J06.9'],
      });
    } finally {
      sqlite.close();
    }
    const { page, errors } = await openPage(browser, server.url);
    page.setDefaultTimeout(30_000);
    await signIn(page, 'truongtram', 'matkhau-admin');
    await page.getByRole('heading', { name: 'Tổng quan' }).waitFor();
    // Two links start "Báo cáo" (this page and the pharmacy's tab): the page's own key tells.
    await page
      .getByRole('navigation')
      .getByRole('link', { name: /^Báo cáo\s+Alt R/ })
      .click();
    await page.getByRole('heading', { name: 'Báo cáo', exact: true }).waitFor();
    // Visits, acute respiratory infections and chapter X, each with its part: women, and
    // for the chapter women of 15 and over (its combos cross sex and age): 6 values.
    const changed = page.getByRole('table', {
      name: 'Hồ sơ đã thay đổi sau khi chốt: 6 số liệu khác',
    });
    await changed.waitFor();
    await changed.getByRole('row', { name: /1\. Tổng số lượt khám bệnh KCB_LUOT 11 12/ }).waitFor();
    await changed
      .getByRole('row', { name: /1\. Tổng số lượt khám bệnh – Nữ KCB_LUOT\.NU 6 7/ })
      .waitFor();
    await changed
      .getByRole('row', {
        name: /Bệnh hệ hô hấp \(J00–J99\) – Nữ, Từ 15 tuổi BENH_CH10\.NU_TU15 1 2/,
      })
      .waitFor();
    // The frozen figure stays in the form.
    await page
      .getByRole('table', { name: 'I. Khám chữa bệnh' })
      .getByRole('row', { name: /Tổng số lượt khám bệnh/ })
      .getByText('11')
      .waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await fullScreenshot(page, 'reports-08-changed-since-submission');
    expect(errors).toEqual([]);
  });

  it('lets the administrator import the next version of a form, previewed first', async () => {
    const shipped = JSON.parse(
      fs.readFileSync(
        path.join(SOURCE_ROOT, 'resources', 'reports', 'ttyt-kv-thang.v1.json'),
        'utf8',
      ),
    ) as { version: number; name: string; sections: { rows: Record<string, unknown>[] }[] };
    const next = { ...shipped, version: 2, name: 'Báo cáo nhanh hoạt động tháng (mẫu 2027)' };
    const broken = structuredClone(next);
    broken.sections[0]?.rows.push({
      dataElement: 'KV_MOI',
      name: 'Mới',
      indicator: 'visits.magic',
    });
    const file = (name: string, content: unknown) => ({
      name,
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(content)),
    });

    const { page, errors } = await openPage(browser, server.url);
    page.setDefaultTimeout(30_000);
    await signIn(page, 'truongtram', 'matkhau-admin');
    await page.getByRole('heading', { name: 'Tổng quan' }).waitFor();
    // Two links start "Báo cáo" (this page and the pharmacy's tab): the page's own key tells.
    await page
      .getByRole('navigation')
      .getByRole('link', { name: /^Báo cáo\s+Alt R/ })
      .click();
    await page.getByRole('heading', { name: 'Báo cáo', exact: true }).waitFor();
    await page.getByRole('tab', { name: 'Các biểu mẫu' }).click();
    await page.getByRole('button', { name: 'Nhập định nghĩa biểu mẫu' }).click();
    const dialog = page.getByRole('dialog', { name: 'Nhập định nghĩa biểu mẫu' });
    const input = dialog.locator('input[type="file"]');

    // A file naming an indicator Tram does not have: its problems, and nothing to save.
    await input.setInputFiles(file('ttyt-kv-thang.v2.json', broken));
    await dialog.getByText('Lỗi trong tệp').waitFor();
    await dialog
      .getByText('Mục 1, dòng 11 (indicator): Tram không có chỉ số "visits.magic"')
      .waitFor();
    expect(await dialog.getByRole('button', { name: 'Lưu phiên bản' }).isDisabled()).toBe(true);
    await screenshot(page, 'reports-09-import-problems');

    // The fixed file: previewed as a new version, then saved beside version 1.
    await input.setInputFiles(file('ttyt-kv-thang.v2.json', next));
    await dialog.getByText('Phiên bản mới: sẽ được lưu').waitFor();
    await dialog.getByText('Báo cáo nhanh hoạt động tháng (mẫu 2027)').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'reports-10-import-preview');
    await dialog.getByRole('button', { name: 'Lưu phiên bản' }).click();
    await page.getByText('Đã lưu TTYT-KV-THANG phiên bản 2').first().waitFor();
    const forms = page.getByRole('region', { name: 'Các biểu mẫu' });
    await forms.getByText('Báo cáo nhanh hoạt động tháng (mẫu 2027)').waitFor();
    await forms.getByText(/TTYT-KV-THANG · Phiên bản 1/).waitFor();
    await fullScreenshot(page, 'reports-11-forms');
    expect(errors).toEqual([]);
  });
});
