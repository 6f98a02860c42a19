import { randomUUID } from 'node:crypto';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { connectToDataFolder } from '../../electron/backend/backups/key-store';
import type { PatientView, ServiceView } from '../../shared/api';
import { INSURED_PATIENT, seedVisitAtCashier } from '../helpers/billing-seed';
import {
  addStaff,
  callApi,
  fullScreenshot,
  launchBrowser,
  openFromMenu,
  openPage,
  seriousViolations,
  signIn,
  setUpStation,
  startWeb,
  type WebServer,
} from './harness';

vi.setConfig({ testTimeout: 180_000 });

let server: WebServer;
let browser: Browser;
let adminToken: string;

const ADMIN = { username: 'truongtram', password: 'matkhau-admin' };
const DOCTOR = { username: 'bacsi', password: 'bac-si-rieng-123' };

const api = <T = unknown>(name: string, input: unknown, token = adminToken): Promise<T> =>
  callApi<T>(server, name, input, token);

beforeAll(async () => {
  [server, browser] = await Promise.all([startWeb(), launchBrowser()]);
  adminToken = await setUpStation(server, { ...ADMIN, fullName: 'Nguyễn Thị Hoa' });
  await api('settings.update', { claims: { headCode: '0123456789' } });
  const doctorId = await addStaff(server, adminToken, {
    ...DOCTOR,
    fullName: 'Trần Văn Đức',
    roles: ['doctor'],
  });
  await api('users.update', { id: doctorId, practitionerCode: '000123/BYT-CCHN' });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('what a claim needs, where it is entered', () => {
  it('shows the sample services, says what holds claims back and takes result indices', async () => {
    const { page, errors } = await openPage(browser, server.url);
    await signIn(page, ADMIN.username, ADMIN.password);
    await openFromMenu(page, 'Danh mục');
    await page.getByRole('tab', { name: /Dịch vụ kỹ thuật/ }).click();
    const row = page.getByRole('row').filter({ hasText: 'XN01' });
    // The starter rows are samples without a BHXH code: each says so in the list.
    await row.getByText('Mẫu', { exact: true }).waitFor();
    await row.getByText('Thiếu cho giám định').waitFor();
    await fullScreenshot(page, 'claims-01-services');

    await page.getByRole('button', { name: 'Sửa dịch vụ XN01' }).click();
    const dialog = page.getByRole('dialog', { name: 'Sửa dịch vụ XN01' });
    await dialog.getByText(/Dịch vụ mẫu: mã và giá chỉ là ví dụ/).waitFor();
    await dialog.getByText(/chưa có mã BHXH \(MA_DICH_VU\)/).waitFor();
    await fullScreenshot(page, 'claims-02-service-warnings');
    await dialog.getByRole('textbox', { name: 'Mã dịch vụ BHXH' }).fill('23.0075.1494');
    // The warning goes as soon as the code is typed.
    await dialog.getByText(/chưa có mã BHXH/).waitFor({ state: 'detached' });
    await dialog.getByRole('button', { name: '+ Thêm chỉ số' }).click();
    await dialog.getByRole('textbox', { name: 'Mã chỉ số 1' }).fill('GLU');
    await dialog.getByRole('textbox', { name: 'Tên chỉ số 1' }).fill('Glucose máu mao mạch');
    await dialog.getByRole('textbox', { name: 'Đơn vị 1' }).fill('mmol/L');
    // A line added by mistake goes with its ×.
    await dialog.getByRole('button', { name: '+ Thêm chỉ số' }).click();
    await dialog.getByRole('button', { name: 'Bỏ chỉ số 2' }).click();
    await dialog.getByRole('textbox', { name: 'Mã chỉ số 2' }).waitFor({ state: 'detached' });
    expect(await seriousViolations(page)).toEqual([]);
    await fullScreenshot(page, 'claims-03-service-form');
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await dialog.waitFor({ state: 'detached' });
    const [xn01] = await api<ServiceView[]>('catalog.services.search', { q: 'XN01' });
    expect(xn01).toMatchObject({
      bhxhCode: '23.0075.1494',
      example: false,
      claimWarnings: [],
      resultIndices: [{ code: 'GLU', name: 'Glucose máu mao mạch', unit: 'mmol/L' }],
    });

    // The exam fee setting names its service and whether claims can carry it.
    await openFromMenu(page, 'Cài đặt');
    await page.getByText(/Dịch vụ KB01 chưa có mã dịch vụ BHXH/).waitFor();
    await fullScreenshot(page, 'claims-03b-settings');
    await page.getByRole('tab', { name: 'Thu ngân & BHYT' }).click();
    await page.getByText('Phương thức thanh toán BHYT (MA_PTTT) theo thời gian').waitFor();
    await fullScreenshot(page, 'claims-04-claims-settings');
    expect(errors).toEqual([]);
  });

  it('asks reception for the former commune where the new one spans several districts', async () => {
    const { page, errors } = await openPage(browser, server.url);
    await signIn(page, ADMIN.username, ADMIN.password);
    await openFromMenu(page, 'Tiếp đón');
    await page.keyboard.press('F2');
    const form = page.getByRole('form', { name: 'Đăng ký mới' });
    await form.getByRole('textbox', { name: 'Họ và tên' }).fill('Vũ Thị Lan');
    await form.getByRole('radio', { name: 'Nữ' }).check();
    await form.getByLabel('Năm sinh', { exact: true }).fill('1961');
    await form.getByRole('textbox', { name: 'Mã nghề nghiệp' }).fill('61110');
    await form.getByLabel('Xã / phường / đặc khu', { exact: true }).fill('ba dinh');
    await page.getByRole('option', { name: 'Phường Ba Đình', exact: true }).click();
    // Phường Ba Đình took land of three former districts: the former commune is asked.
    const old = form.getByLabel('Xã/phường cũ (trước 7/2025)', { exact: true });
    await form.getByText(/gồm phần đất của 3 huyện cũ/).waitFor();
    await old.fill('quan thanh');
    await page.getByRole('option', { name: 'Phường Quán Thánh (Quận Ba Đình)' }).click();
    expect(await seriousViolations(page)).toEqual([]);
    await fullScreenshot(page, 'claims-05-old-ward');
    await form.getByRole('button', { name: 'Lưu' }).click();
    await page.getByRole('heading', { name: 'Vũ Thị Lan' }).waitFor();
    const [found] = await api<{ id: number }[]>('patients.search', { q: 'vu thi lan' });
    const saved = await api<PatientView>('patients.get', { id: found?.id });
    expect([saved.address.wardCode, saved.address.oldWardCode, saved.occupationCode]).toEqual([
      '00004',
      '00013',
      '61110',
    ]);
    expect(errors).toEqual([]);
  });

  it('lets the doctor write a measured result beside its conclusion', async () => {
    const [patient] = await api<{ id: number }[]>('patients.search', { q: 'vu thi lan' });
    const { visitId } = await api<{ visitId: number }>('visits.create', {
      patientId: patient?.id,
      kind: 'fee',
      reason: 'Khát nước, tiểu nhiều',
    });
    const { page, errors } = await openPage(browser, server.url);
    await signIn(page, DOCTOR.username, DOCTOR.password);
    await openFromMenu(page, 'Khám bệnh');
    await page.keyboard.press('F2');
    await page.getByRole('heading', { name: /Vũ Thị Lan/ }).waitFor();
    await page.getByLabel('Thêm dịch vụ (mã hoặc tên)', { exact: true }).click();
    await page.keyboard.type('xn01');
    // The list shows the last results until the typed code settles: wait for it to be filtered.
    await page.getByRole('option', { name: /Khám bệnh/ }).waitFor({ state: 'detached' });
    await page.getByRole('option', { name: /Định lượng glucose/ }).waitFor();
    await page.keyboard.press('Enter');
    await page
      .getByRole('region', { name: 'Chỉ định dịch vụ' })
      .getByText('XN01', { exact: true })
      .waitFor();
    const doctor = (await api<{ token: string }>('auth.login', DOCTOR)).token;
    const value = page.getByRole('textbox', { name: 'Glucose máu mao mạch (mmol/L)' });
    await value.fill('7,8');
    await page
      .getByRole('textbox', { name: /^Kết quả Định lượng glucose/ })
      .fill('Đường huyết cao');
    await value.press('Enter');
    await expect
      .poll(async () => {
        const detail = await api<{ orders: { code: string; resultValues: unknown[] }[] }>(
          'visits.get',
          { visitId },
          doctor,
        );
        return detail.orders.find((o) => o.code === 'XN01')?.resultValues;
      })
      .toEqual([{ code: 'GLU', name: 'Glucose máu mao mạch', unit: 'mmol/L', value: '7,8' }]);
    expect(await seriousViolations(page)).toEqual([]);
    await fullScreenshot(page, 'claims-06-measured-result');
    expect(errors).toEqual([]);
  });

  it('names the item and the patient of each claim problem, and exports the check-ins', async () => {
    // The exam fee carries its shared-list code: the check-in's first cost needs it.
    const [kb01] = await api<ServiceView[]>('catalog.services.search', { q: 'KB01' });
    await api('catalog.services.save', { ...kb01, bhxhCode: '02.1896' });
    const drug = await api<{ id: number }>('catalog.drugs.save', {
      code: '40.17',
      name: 'Hapacol 500',
      ingredients: [{ name: 'Paracetamol', strength: '500mg' }],
      unit: 'Viên',
      routeCode: '1.01',
      registrationNo: 'VD-20570-14',
      price: 1_000,
      insuredPrice: 1_000,
    });
    const patient = await api<{ id: number }>('patients.create', INSURED_PATIENT);
    const { visitId } = await api<{ visitId: number }>('visits.create', {
      patientId: patient.id,
      kind: 'bhyt',
      reason: 'Sốt',
    });
    const sqlite = connectToDataFolder(server.dataDir);
    try {
      sqlite.pragma('busy_timeout = 5000');
      sqlite.pragma('foreign_keys = ON');
      seedVisitAtCashier(sqlite, {
        visitId,
        diagnoses: ['R50.9'],
        services: [{ code: 'XN01', unitPrice: 15_000 }],
        drugs: [{ drugId: drug.id, prescribed: 6, unitPrice: 1_000 }],
      });
    } finally {
      sqlite.close();
    }
    const invoice = await api<{ invoiceId: number; total: number; due: number }>(
      'billing.invoice',
      { visitId },
    );
    await api('billing.pay', {
      invoiceId: invoice.invoiceId,
      method: 'cash',
      amount: invoice.due,
      requestId: randomUUID(),
      expectedTotal: invoice.total,
    });

    const { page, errors } = await openPage(browser, server.url);
    await signIn(page, ADMIN.username, ADMIN.password);
    await openFromMenu(page, 'Giám định BHYT');
    await page.getByRole('button', { name: 'Kiểm tra' }).press('Enter');
    await page.getByText('1 hồ sơ: 0 hợp lệ, 1 có lỗi.').waitFor();
    // The drug has no tender information: its name, its code and the patient say whose it is.
    const problem = page.getByRole('listitem').filter({ hasText: 'TT_THAU' });
    await expect
      .poll(() => problem.innerText())
      .toBe(
        'Thuốc Paracetamol 500mg (Hapacol) (40.17) của Lê Văn Bình: thiếu TT_THAU (bắt buộc theo Cổng giám định) — nhập Thông tin thầu (số QĐ;gói;nhóm;năm) ở Danh mục › Thuốc.',
      );
    expect(await page.getByText(/visitId|#\d+/).count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    await fullScreenshot(page, 'claims-07-problems');

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Xuất check-in (XML0)' }).click();
    expect((await download).suggestedFilename()).toMatch(/^CHECKIN_01001_\d{8}_\d{8}\.xml$/);
    await page.getByText(/Đã xuất 1 hồ sơ/).waitFor();
    expect(errors).toEqual([]);
  });
});
