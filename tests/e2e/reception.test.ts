import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  addStaff,
  axeViolations,
  callApi,
  launchBrowser,
  openFromMenu,
  openPage,
  screenshot,
  setUpStation,
  startWeb,
  type WebServer,
  wedgeScan,
} from './harness';

vi.setConfig({ testTimeout: 120_000 });

let server: WebServer;
let browser: Browser;
let adminToken: string;

/** Calls the API the way a second PC would (HTTP), for the setup the browser flow needs. */
const api = <T = unknown>(name: string, input: unknown, token?: string): Promise<T> =>
  callApi<T>(server, name, input, token);

/** A staff member who has already chosen their own password. */
async function staff(username: string, roles: string[], password: string): Promise<void> {
  await addStaff(server, adminToken, { username, fullName: `Lê Thị ${username}`, password, roles });
}

beforeAll(async () => {
  [server, browser] = await Promise.all([startWeb(), launchBrowser()]);
  adminToken = await setUpStation(server, {
    username: 'truongtram',
    fullName: 'Nguyễn Thị Hoa',
    password: 'matkhau-admin',
  });
  await staff('tiepdon', ['receptionist'], 'tiep-don-rieng-1');
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** Accessibility problems axe rates serious or critical (none allowed). */
async function seriousViolations(page: Page): Promise<string[]> {
  return (await axeViolations(page))
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} ${JSON.stringify(v.nodes.map((n) => n.target))}`);
}

async function signIn(page: Page, username: string, password: string): Promise<void> {
  await page.getByRole('heading', { name: 'Đăng nhập' }).waitFor();
  await page.keyboard.type(username);
  await page.keyboard.press('Tab');
  await page.keyboard.type(password);
  await page.keyboard.press('Enter');
}

const scan = (page: Page, text: string): Promise<void> => wedgeScan(page, text);

const hex = (text: string): string => Buffer.from(text, 'utf8').toString('hex').toUpperCase();

const CCCD_QR =
  '001085123456|012345678|Nguyễn Văn An|12031985|Nam|Tổ 3, Phường 12, Quận Gò Vấp, TP Hồ Chí Minh|15042021';

describe('reception in the browser', () => {
  it('registers a patient from one CCCD scan, finds them unaccented, checks them in', async () => {
    const { page, errors } = await openPage(browser, server.url);
    await signIn(page, 'tiepdon', 'tiep-don-rieng-1');
    const search = page.getByRole('combobox', { name: 'Tìm người bệnh' });
    await search.waitFor();
    expect(await search.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'reception-01-search');

    // Scanners in hex mode keep the Vietnamese name intact: the page decodes the hex.
    await scan(page, hex(CCCD_QR));
    const form = page.getByRole('form', { name: 'Đăng ký mới' });
    await form.waitFor();
    await expect
      .poll(() => form.getByRole('textbox', { name: 'Họ và tên' }).inputValue())
      .toBe('Nguyễn Văn An');
    expect(await form.getByRole('textbox', { name: 'Số CCCD / định danh' }).inputValue()).toBe(
      '001085123456',
    );
    expect(await form.getByRole('radio', { name: 'Nam' }).isChecked()).toBe(true);
    expect(await form.getByRole('textbox', { name: 'Địa chỉ theo giấy tờ' }).inputValue()).toBe(
      'Tổ 3, Phường 12, Quận Gò Vấp, TP Hồ Chí Minh',
    );
    await expect
      .poll(() => form.getByLabel('Tỉnh / thành phố', { exact: true }).inputValue())
      .toBe('Thành phố Hồ Chí Minh');
    expect(await form.getByLabel('Bảo hiểm', { exact: true }).inputValue()).toBe(
      'BHYT chưa xác minh (chỉ có CCCD)',
    );
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'reception-02-scanned-form');

    await form.getByRole('textbox', { name: 'Số điện thoại' }).fill('0912345678');
    await form.getByRole('button', { name: 'Lưu' }).click();
    await page.getByRole('heading', { name: 'Nguyễn Văn An' }).waitFor();
    await page.getByText('01001-2026-000001', { exact: true }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'reception-03-saved');

    // Back to the search box; the name typed without accents finds the patient.
    await page.getByRole('button', { name: /Về tìm kiếm/ }).click();
    await search.fill('nguyen van an');
    const result = page.getByRole('option', { name: /Nguyễn Văn An/ });
    await result.waitFor();
    await screenshot(page, 'reception-04-found');
    await search.press('Enter');
    await page.getByRole('heading', { name: 'Nguyễn Văn An' }).waitFor();

    // Check in: a CCCD alone is no BHYT card, and the dialog says so before anything else.
    await page.getByRole('button', { name: 'Tạo lượt khám (F4)' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('Khám BHYT', { exact: true }).click();
    await dialog.getByRole('alert').filter({ hasText: 'mới xuất trình CCCD' }).waitFor();
    await screenshot(page, 'reception-05-bhyt-refused');
    await dialog.getByText('Khám thu phí', { exact: true }).click();
    await dialog.getByRole('textbox', { name: 'Lý do khám' }).fill('Sốt, ho');
    await dialog.getByRole('button', { name: 'Lấy số thứ tự' }).click();
    await dialog.getByRole('heading', { name: '1', exact: true }).waitFor();
    await screenshot(page, 'reception-06-queue-number');
    await dialog.getByRole('button', { name: 'In phiếu (80 mm)' }).click();
    await page.getByRole('dialog', { name: 'Phiếu số thứ tự' }).waitFor();
    await screenshot(page, 'reception-07-ticket');
    await page
      .getByRole('dialog', { name: 'Phiếu số thứ tự' })
      .getByRole('button', { name: 'Đóng' })
      .last()
      .click();
    await dialog.getByRole('button', { name: 'Đóng' }).last().click();

    // The queue shows the visit, waiting.
    await page.keyboard.press('Alt+H');
    await page.getByRole('heading', { name: 'Hàng đợi hôm nay' }).waitFor();
    const row = page.getByRole('row', { name: /Nguyễn Văn An/ });
    await row.waitFor();
    const cells = await row.getByRole('cell').allTextContents();
    expect(cells.slice(0, 4)).toEqual([
      '1',
      'Nguyễn Văn An01001-2026-000001 · Khám thu phí · Sốt, ho',
      '',
      'Chờ khám',
    ]);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'reception-08-queue');

    // A patient card scanned on the queue page opens the record at reception.
    await page.locator('body').click({ position: { x: 5, y: 300 } });
    await scan(page, '01001-2026-000001');
    await page.getByRole('heading', { name: 'Tiếp đón' }).waitFor();
    await page.getByRole('heading', { name: 'Nguyễn Văn An' }).waitFor();
    await screenshot(page, 'reception-09-card-scan');
    expect(errors).toEqual([]);
  });

  it('reads a Vietnamese CCCD QR typed key by key (no hex), without touching the search box', async () => {
    // Registered earlier without a CCCD: the scan's form must show her before saving.
    await api(
      'patients.create',
      { fullName: 'Trần Thị Bích', sex: 'female', birthYear: 1990, phone: '0987654321' },
      adminToken,
    );
    const { page, errors } = await openPage(browser, server.url);
    await signIn(page, 'tiepdon', 'tiep-don-rieng-1');
    const search = page.getByRole('combobox', { name: 'Tìm người bệnh' });
    await search.waitFor();
    await search.fill('ng');
    // The 6-field form, without the old ID.
    await scan(
      page,
      '079190012345|Trần Thị Bích|05071990|Nữ|Phường Bến Nghé, Quận 1, TP. Hồ Chí Minh|01022022',
    );
    const form = page.getByRole('form', { name: 'Đăng ký mới' });
    await expect
      .poll(() => form.getByRole('textbox', { name: 'Họ và tên' }).inputValue())
      .toBe('Trần Thị Bích');
    expect(await form.getByRole('radio', { name: 'Nữ' }).isChecked()).toBe(true);
    const duplicates = page.getByRole('region', { name: /hồ sơ có thể trùng/ });
    await duplicates.getByText('Trùng họ tên và năm sinh').waitFor();
    await form.getByRole('button', { name: 'Vẫn lưu hồ sơ mới' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'reception-10-plain-scan-duplicate');
    await form.getByRole('button', { name: 'Hủy' }).click();
    // The keys that reached the box before the scan was recognised were taken back out.
    expect(await search.inputValue()).toBe('ng');
    expect(errors).toEqual([]);
  });

  it('lets the administrator merge a duplicate into the record kept', async () => {
    const kept = await api<{ id: number; code: string }>(
      'patients.create',
      { fullName: 'Phạm Văn Đức', sex: 'male', birthYear: 1950 },
      adminToken,
    );
    const duplicate = await api<{ id: number; code: string }>(
      'patients.create',
      { fullName: 'Pham Van Duc', sex: 'male', birthYear: 1950, phone: '0911222333' },
      adminToken,
    );
    await api('visits.create', { patientId: duplicate.id, kind: 'fee' }, adminToken);
    const { page, errors } = await openPage(browser, server.url);
    await signIn(page, 'truongtram', 'matkhau-admin');
    // The station head lands on the overview; reception is in the menu.
    await openFromMenu(page, 'Tiếp đón');
    const search = page.getByRole('combobox', { name: 'Tìm người bệnh' });
    await search.fill(kept.code);
    await page.getByRole('option', { name: /Phạm Văn Đức/ }).click();
    await page.getByRole('button', { name: 'Gộp hồ sơ trùng' }).click();
    const dialog = page.getByRole('dialog', { name: /Gộp hồ sơ trùng vào hồ sơ/ });
    await dialog
      .getByRole('textbox', { name: 'Mã người bệnh của hồ sơ trùng' })
      .fill(duplicate.code);
    await dialog.getByText('Pham Van Duc · ' + duplicate.code).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'reception-11-merge');
    await dialog.getByRole('button', { name: 'Gộp hồ sơ' }).click();
    await dialog.waitFor({ state: 'detached' });
    // The duplicate's visit and phone now belong to the kept record.
    await page.getByText('0911 222 333').waitFor();
    await page.getByRole('cell', { name: 'Khám thu phí' }).waitFor();
    await screenshot(page, 'reception-12-merged');
    expect(errors).toEqual([]);
  });
});
