import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import type { DrugView } from '../../shared/api';
import { drugInput } from '../helpers/catalog';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  callApi,
  launchBrowser,
  openFromMenu,
  openPage,
  screenshot,
  seriousViolations,
  startWeb,
  type WebServer,
} from './harness';

vi.setConfig({ testTimeout: 120_000 });

let server: WebServer;
let browser: Browser;
let fileDir: string;
let adminToken: string;

const ADMIN = { username: 'truongtram', password: 'matkhau-admin' };

beforeAll(async () => {
  [server, browser] = await Promise.all([startWeb(), launchBrowser()]);
  fileDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tram-e2e-files-'));
  const setup = await fetch(`${server.url}api/auth.setup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      facility: { name: 'Trạm Y tế xã An Bình', code: '01001', address: 'Xã An Bình' },
      admin: { ...ADMIN, fullName: 'Nguyễn Thị Hoa' },
      setupCode: server.setupCode,
    }),
  });
  expect(setup.status).toBe(200);
  adminToken = ((await setup.json()) as { value: { token: string } }).value.token;
});

const api = (name: string, input: unknown, token?: string): Promise<unknown> =>
  callApi(server, name, input, token);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  if (fileDir) fs.rmSync(fileDir, { recursive: true, force: true });
});

/** Keyboard only: focus starts in the username field. */
async function signIn(page: Page, user = ADMIN): Promise<void> {
  await page.getByRole('heading', { name: 'Đăng nhập' }).waitFor();
  await page.keyboard.type(user.username);
  await page.keyboard.press('Tab');
  await page.keyboard.type(user.password);
  await page.keyboard.press('Enter');
}

/** A row's cells as a reader sees them, whitespace collapsed. */
async function cellTexts(row: Locator): Promise<string[]> {
  const texts = await row.getByRole('cell').allInnerTexts();
  return texts.map((text) => text.replace(/\s+/g, ' ').trim());
}

/** A drug list in the BHXH layout as a station would get it: one row has a bad price. */
const DRUG_CSV = [
  'MA_THUOC,TEN_HOAT_CHAT,TEN_THUOC,DON_VI_TINH,HAM_LUONG,DUONG_DUNG,MA_DUONG_DUNG,DANG_BAO_CHE,SO_DANG_KY,DON_GIA,DON_GIA_BH',
  '40.472,Amlodipin,Amlodipin Stada 5mg,Viên,5mg,Uống,1.01,Viên nén,VD-21205-14,"1.050",1050',
  '40.17,Paracetamol,Hapacol 500,Viên,500mg,Uống,1.01,Viên nén,VD-20570-14,800,800',
  '40.30,Metformin,Glucofast 500,Viên,500mg,Uống,1.01,Viên nén bao phim,VD-17452-12,mười,',
].join('\r\n');

/** A traditional medicine's two extracts: typed one per line of the drug form. */
const HERB_1 = { name: 'Cao đinh lăng', strength: '150mg' };
const HERB_2 = { name: 'Cao bạch quả', strength: '5mg' };
/** The product entered by hand (unit, route and its code as drugInput has them). */
const TRAPHACO = drugInput({
  name: 'Hoạt huyết dưỡng não Traphaco',
  ingredients: [HERB_1, HERB_2],
  code: '40.999',
  registrationNo: 'VD-24552-16',
  dosageForm: 'Viên bao đường',
  tenderInfo: '57/QĐ-SYT;G1;N1;2024',
  rxType: 'y',
  price: 1500,
  insuredPrice: 1500,
});

/** The drug form's text fields by their labels. */
const DRUG_TEXT_LABELS = {
  name: 'Tên thuốc',
  code: 'Mã thuốc BHYT',
  registrationNo: 'Số đăng ký',
  dosageForm: 'Dạng bào chế',
  unit: 'Đơn vị tính',
  route: 'Đường dùng',
  tenderInfo: 'Thông tin thầu (TT_THAU)',
} as const;

describe('Danh mục in the browser', () => {
  it('lets the administrator search ICD-10 unaccented and import a drug list', async () => {
    const { page, errors } = await openPage(browser, server.url);
    await signIn(page);
    await page.getByRole('link', { name: /Danh mục/ }).click();
    await page.getByRole('heading', { name: 'Danh mục', exact: true }).waitFor();
    // The whole MoH list ships with Tram (QĐ 4469: 12,137 codes).
    await page.getByRole('tab', { name: 'ICD-10 (12137)' }).waitFor();

    // Focus starts in the search box: typing without accents finds hypertension.
    await page.keyboard.type('tang huyet ap');
    // Answers to the words typed so far ("tang") come first; wait for the whole query's.
    await expect
      .poll(() => cellTexts(page.getByRole('row').nth(1)))
      .toEqual([
        'I10',
        // The Ministry's workbook gives I10 I09's English title; Tram ships WHO's.
        'Bệnh lý tăng huyết áp Essential (primary) hypertension',
        'IX',
      ]);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'catalog-01-icd-search');

    // The drug list: choose the file, see the preview with the bad row, confirm.
    await page.getByRole('tab', { name: /Thuốc/ }).click();
    await page.getByText('Chưa có thuốc nào').waitFor();
    await page.getByRole('button', { name: 'Nhập từ tệp' }).click();
    const dialog = page.getByRole('dialog', { name: 'Nhập danh mục thuốc từ tệp' });
    await dialog.waitFor();
    const csvFile = path.join(fileDir, 'danh-muc-thuoc-bhxh.csv');
    fs.writeFileSync(csvFile, `\uFEFF${DRUG_CSV}`);
    const chooser = page.waitForEvent('filechooser');
    await dialog.getByRole('button', { name: /Tệp Excel/ }).click();
    await (await chooser).setFiles(csvFile);

    const rejected = dialog.getByRole('table', { name: 'Các dòng sẽ bị bỏ qua' });
    await rejected.waitFor();
    expect(await cellTexts(rejected.getByRole('row').nth(1))).toEqual([
      '4',
      'Cột DON_GIA: "mười" không phải là số.',
    ]);
    await dialog.getByText('Tệp danh-muc-thuoc-bhxh.csv: 3 dòng dữ liệu').waitFor();
    await dialog.getByRole('cell', { name: 'Amlodipin Stada 5mg' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'catalog-02-import-preview');

    // The confirm button has the focus: Enter imports.
    const confirm = dialog.getByRole('button', { name: 'Xác nhận nhập 2 dòng' });
    await expect.poll(() => confirm.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    await dialog
      .getByText('Đã nhập 2 mục mới, cập nhật 0 mục, 0 mục không đổi, bỏ qua 1 dòng lỗi.')
      .waitFor();
    await screenshot(page, 'catalog-03-import-done');
    // The focus moved on to the closing button: Enter closes.
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });

    // Found by its active ingredient, unaccented prefix.
    await page.getByRole('tab', { name: 'Thuốc (2)' }).waitFor();
    await page.getByRole('searchbox', { name: /Tìm thuốc/ }).fill('amlo');
    const rows = page.getByRole('row');
    await expect.poll(() => rows.count()).toBe(2);
    // The file gives no tender information (TT_THAU): the row says claims will be held back.
    expect(await cellTexts(rows.nth(1))).toEqual([
      '40.472',
      'Amlodipin THIẾU CHO GIÁM ĐỊNH',
      'Amlodipin Stada 5mg VD-21205-14',
      '5mg',
      'Viên',
      'Uống',
      '1.050 đ',
      '1.050 đ',
      'Sửa',
    ]);
    await screenshot(page, 'catalog-04-drug-found');
    expect(errors).toEqual([]);
  });

  it('lets the administrator add a two-ingredient drug by hand and change its price', async () => {
    const { page, errors } = await openPage(browser, server.url);
    await signIn(page);
    await page.getByRole('link', { name: /Danh mục/ }).click();
    await page.getByRole('heading', { name: 'Danh mục', exact: true }).waitFor();
    await page.getByRole('tab', { name: 'Thuốc (2)' }).click();
    await page.getByRole('button', { name: 'Thêm thuốc' }).click();
    const dialog = page.getByRole('dialog', { name: 'Thêm thuốc' });
    const textbox = (name: string): Locator => dialog.getByRole('textbox', { name, exact: true });

    // Focus starts on the first active ingredient; a second one gets its own line.
    const first = textbox('Hoạt chất');
    await expect.poll(() => first.evaluate((el) => el === document.activeElement)).toBe(true);
    // At a person's pace: quicker keys look like the barcode scanner and are held back.
    await page.keyboard.type(HERB_1.name, { delay: 60 });
    await page.keyboard.press('Tab');
    await page.keyboard.type(HERB_1.strength, { delay: 60 });
    await dialog.getByRole('button', { name: '+ Thêm hoạt chất' }).click();
    const second = textbox('Hoạt chất 2');
    await expect.poll(() => second.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type(HERB_2.name, { delay: 60 });
    await textbox('Hàm lượng 2').fill(HERB_2.strength);
    for (const [field, label] of Object.entries(DRUG_TEXT_LABELS)) {
      await textbox(label).fill(TRAPHACO[field as keyof typeof DRUG_TEXT_LABELS] ?? '');
    }
    // The route code and the prescription type are picked from their lists.
    await dialog.getByLabel('Mã đường dùng', { exact: true }).fill('uong');
    await page.getByRole('option', { name: '1.01 – Uống', exact: true }).click();
    await dialog.getByLabel('Loại đơn thuốc', { exact: true }).click();
    await page.getByRole('option', { name: 'y – Thuốc y học cổ truyền' }).click();
    // At a person's pace: the money fields reformat after each key.
    await textbox('Đơn giá').pressSequentially('1500', { delay: 60 });
    const insured = textbox('Đơn giá BHYT');
    await insured.pressSequentially('1600', { delay: 60 });
    expect(await insured.inputValue()).toBe('1.600 đ');

    // BHYT cannot pay more than the price: the server says so on the field, nothing saved.
    await insured.press('Enter');
    await dialog.getByText('Đơn giá BHYT không được cao hơn đơn giá.').waitFor();
    expect(await insured.getAttribute('aria-invalid')).toBe('true');
    expect(await api('catalog.drugs.search', { q: 'dinh lang' }, adminToken)).toEqual([]);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'catalog-05-drug-form-error');

    await insured.fill('');
    await insured.pressSequentially('1500', { delay: 60 });
    await insured.press('Enter');
    await dialog.waitFor({ state: 'detached' });

    // Found unaccented by its active ingredient; the list and the tab count follow.
    await page.getByRole('tab', { name: 'Thuốc (3)' }).waitFor();
    await page.getByRole('searchbox', { name: /Tìm thuốc/ }).fill('dinh lang');
    const rows = page.getByRole('row');
    await expect.poll(() => rows.count()).toBe(2);
    expect(await cellTexts(rows.nth(1))).toEqual([
      '40.999',
      'Cao đinh lăng + Cao bạch quả ĐA THÀNH PHẦN',
      'Hoạt huyết dưỡng não Traphaco VD-24552-16',
      '150mg + 5mg',
      'Viên',
      'Uống',
      '1.500 đ',
      '1.500 đ',
      'Sửa',
    ]);

    // Opened from its row, the form holds what was saved; a new price is saved in place.
    await page.getByRole('button', { name: 'Sửa thuốc Hoạt huyết dưỡng não Traphaco' }).click();
    const edit = page.getByRole('dialog', { name: 'Sửa thuốc Hoạt huyết dưỡng não Traphaco' });
    expect(await edit.getByRole('textbox', { name: 'Hoạt chất 2', exact: true }).inputValue()).toBe(
      'Cao bạch quả',
    );
    const price = edit.getByRole('textbox', { name: 'Đơn giá', exact: true });
    expect(await price.inputValue()).toBe('1.500 đ');
    await price.fill('');
    await price.pressSequentially('1800', { delay: 60 });
    expect(await price.inputValue()).toBe('1.800 đ');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'catalog-06-drug-form-edit');
    await price.press('Enter');
    await edit.waitFor({ state: 'detached' });
    await expect.poll(() => cellTexts(rows.nth(1))).toContain('1.800 đ');
    await page.locator('.mantine-Modal-overlay').waitFor({ state: 'detached' });
    await screenshot(page, 'catalog-07-drug-edited');

    const [saved, ...others] = (await api(
      'catalog.drugs.search',
      { q: 'dinh lang' },
      adminToken,
    )) as DrugView[];
    expect(others).toEqual([]);
    expect(saved).toMatchObject({
      ...TRAPHACO,
      strength: '150mg + 5mg',
      price: 1800,
      insuranceRatio: 100,
      scope: 1,
      active: true,
    });
    expect(errors).toEqual([]);
  });

  it('lets the administrator change a service price in VND', async () => {
    const { page, errors } = await openPage(browser, server.url);
    await signIn(page);
    await page.getByRole('link', { name: /Danh mục/ }).click();
    await page.getByRole('heading', { name: 'Danh mục', exact: true }).waitFor();
    await page.getByRole('tab', { name: /Dịch vụ kỹ thuật/ }).click();
    await page.getByRole('button', { name: 'Sửa dịch vụ KB01' }).click();
    const dialog = page.getByRole('dialog', { name: 'Sửa dịch vụ KB01' });
    const price = dialog.getByRole('textbox', { name: 'Đơn giá', exact: true });
    await price.fill('');
    // At a person's pace: the field reformats (thousands dots, the đ) after each key.
    await price.pressSequentially('38700', { delay: 60 });
    expect(await price.inputValue()).toBe('38.700 đ');
    await screenshot(page, 'catalog-08-service-form');
    await price.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    const row = page.getByRole('row').filter({ hasText: 'KB01' });
    await expect.poll(() => row.innerText()).toContain('38.700 đ');
    await page.locator('.mantine-Modal-overlay').waitFor({ state: 'detached' });
    await screenshot(page, 'catalog-09-services');
    expect(errors).toEqual([]);
  });

  it('lets a doctor star a diagnosis and find it first among their favourites', async () => {
    const doctor = { username: 'bacsi', password: 'bac-si-rieng-1' };
    const temporary = 'tam-thoi-123';
    await api(
      'users.create',
      {
        username: doctor.username,
        fullName: 'Trần Văn Bình',
        password: temporary,
        roles: ['doctor'],
      },
      adminToken,
    );
    const session = (await api('auth.login', {
      username: doctor.username,
      password: temporary,
    })) as {
      token: string;
    };
    await api(
      'auth.changePassword',
      { currentPassword: temporary, newPassword: doctor.password },
      session.token,
    );

    const { page, errors } = await openPage(browser, server.url);
    await signIn(page, doctor);
    // With no favourites yet, Danh mục says how to add one.
    await openFromMenu(page, 'Danh mục');
    await page.getByText('Bạn chưa có mã bệnh hay dùng').waitFor();
    expect(await page.getByRole('button', { name: 'Nhập từ tệp' }).count()).toBe(0);

    await page.keyboard.type('viem hong');
    const star = page.getByRole('button', { name: 'Thêm J02.9 vào mã hay dùng' });
    await star.click();
    await page.getByRole('button', { name: 'Bỏ J02.9 khỏi mã hay dùng' }).waitFor();
    await page.getByRole('searchbox', { name: /Tìm bệnh/ }).fill('');
    await page.getByText('Mã bệnh hay dùng của bạn').waitFor();
    expect(await cellTexts(page.getByRole('row').nth(1))).toEqual([
      '★',
      'J02.9',
      'Viêm họng cấp, không đặc hiệu Acute pharyngitis, unspecified',
      'X',
    ]);
    await screenshot(page, 'catalog-10-doctor-favourites');
    expect(errors).toEqual([]);
  });
});
