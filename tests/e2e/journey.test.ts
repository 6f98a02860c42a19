import { TEST_BHXH_CODES } from '../helpers/billing-seed';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { addDays, formatIsoDate, localDate } from '../../shared/domain/dates';
import {
  addStaff,
  callApi,
  fullScreenshot,
  launchBrowser,
  openFromMenu,
  openPage,
  rowCells,
  screenshot,
  seriousViolations,
  signIn,
  setUpStation,
  startWeb,
  type WebServer,
} from './harness';

vi.setConfig({ testTimeout: 240_000 });

let server: WebServer;
let browser: Browser;
let adminToken: string;

const ADMIN = { username: 'truongtram', fullName: 'Nguyễn Thị Hoa', password: 'matkhau-admin' };
const STAFF = {
  reception: { username: 'tiepdon', fullName: 'Lê Thị Thu', password: 'tiep-don-rieng-1' },
  doctor: { username: 'bacsi', fullName: 'Trần Văn Đức', password: 'bac-si-rieng-123' },
  pharmacist: { username: 'duocsi', fullName: 'Phạm Văn Dược', password: 'duoc-si-rieng-1' },
  cashier: { username: 'thungan', fullName: 'Vũ Thị Ngân', password: 'thu-ngan-rieng-1' },
};
const PATIENT = 'Lê Thị Bình';
const today = localDate(new Date());
/** Two batches of amlodipine: the one expiring first holds less than the prescription. */
const SOON = { lot: 'AML-SOON', expiry: addDays(today, 120), quantity: 20 };
const LATE = { lot: 'AML-LATE', expiry: addDays(today, 600), quantity: 100 };

const api = <T = unknown>(name: string, input: unknown, token = adminToken): Promise<T> =>
  callApi<T>(server, name, input, token);

beforeAll(async () => {
  [server, browser] = await Promise.all([startWeb(), launchBrowser()]);
  adminToken = await setUpStation(server, ADMIN);
  await api('settings.update', { claims: { headCode: '0123456789' } });
  const roles = { reception: 'receptionist', doctor: 'doctor', pharmacist: 'pharmacist' };
  for (const [key, user] of Object.entries(STAFF)) {
    const role = roles[key as keyof typeof roles] ?? 'cashier';
    const id = await addStaff(server, adminToken, { ...user, roles: [role] });
    if (role === 'doctor') await api('users.update', { id, practitionerCode: '000123/BYT-CCHN' });
  }
  const drug = (
    code: string,
    name: string,
    ingredient: [string, string],
    price: number,
    extra: object = {},
  ) =>
    api<{ id: number }>('catalog.drugs.save', {
      code,
      name,
      ingredients: [{ name: ingredient[0], strength: ingredient[1] }],
      dosageForm: 'Viên nén',
      unit: 'Viên',
      route: 'Uống',
      routeCode: '1.01',
      registrationNo: 'VD-21205-14',
      tenderInfo: '57/QĐ-TTMS;G1;N1;2022',
      price,
      insuredPrice: price,
      ...extra,
    });
  const amlodipine = await drug('40.472', 'Amlodipin Stada', ['Amlodipin', '5mg'], 1_050);
  // Outside BHYT: the patient pays for it.
  const vitaminC = await drug('40.999', 'Vitamin C 500', ['Acid ascorbic', '500mg'], 500, {
    insuredPrice: null,
    scope: 2,
  });
  await api('stock.receive', {
    supplier: 'Công ty Dược Hậu Giang',
    lines: [
      { drugId: amlodipine.id, ...LATE, unitCost: 800 },
      { drugId: amlodipine.id, ...SOON, unitCost: 750 },
      {
        drugId: vitaminC.id,
        lot: 'VC-1',
        expiry: addDays(today, 400),
        quantity: 50,
        unitCost: 300,
      },
    ],
  });
  // What the claim needs of the catalogue: the shared-list codes of the services ordered.
  for (const [code, bhxhCode] of [
    ['KB01', TEST_BHXH_CODES.KB01],
    ['TT08', '21.0014.1778'],
  ] as const) {
    const [service] = await api<Record<string, unknown>[]>('catalog.services.search', { q: code });
    await api('catalog.services.save', { ...service, bhxhCode });
  }
  // Registered at an earlier visit: today reception only checks her in.
  await api('patients.create', {
    fullName: PATIENT,
    sex: 'female',
    birthDate: '1960-05-14',
    ethnicityCode: '01',
    occupationCode: '61110',
    address: { text: 'Số 1 Nguyễn Văn Cừ', wardCode: '00118', provinceCode: '01' },
    bhyt: {
      code: 'HT4010120878811',
      validFrom: '2025-01-01',
      validTo: '2030-12-31',
      facilityCode: '01001',
    },
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** A fresh browser window (its own session) signed in as one member of staff. */
async function signedIn(user: { username: string; password: string }) {
  const opened = await openPage(browser, server.url);
  await signIn(opened.page, user.username, user.password);
  return opened;
}

/** Types into a search picker, waits for the option to come first and takes it with Enter. */
async function pick(page: Page, box: string, typed: string, option: RegExp): Promise<void> {
  await page.getByLabel(box, { exact: true }).click();
  // At a person's pace, slower than the scanner's 100 ms gap: a burst ended by Enter is what
  // a barcode scanner sends (under load a quicker cadence could read as one).
  await page.keyboard.type(typed, { delay: 150 });
  // The list of what was there before typing shows first: wait for the answer to the text.
  await expect.poll(() => page.getByRole('option').first().innerText()).toMatch(option);
  await page.keyboard.press('Enter');
}

const visitStatus = async (): Promise<string | undefined> =>
  (await api<{ fullName: string; status: string }[]>('queue.today', {})).find(
    (q) => q.fullName === PATIENT,
  )?.status;

describe('one insured patient through the station in the browser', () => {
  it('is checked in, examined, given her drugs and settles at the cash desk', async () => {
    // Reception: find her, check her in for a BHYT visit.
    const reception = await signedIn(STAFF.reception);
    const { page: desk } = reception;
    const search = desk.getByRole('combobox', { name: 'Tìm người bệnh' });
    await search.fill('le thi binh');
    await desk.getByRole('option', { name: new RegExp(PATIENT) }).waitFor();
    await search.press('Enter');
    await desk.getByRole('heading', { name: PATIENT }).waitFor();
    await desk.getByRole('button', { name: 'Tạo lượt khám (F4)' }).click();
    const checkIn = desk.getByRole('dialog');
    await checkIn.getByText('Khám BHYT', { exact: true }).click();
    await checkIn.getByRole('textbox', { name: 'Lý do khám' }).fill('Tái khám tăng huyết áp');
    await checkIn.getByRole('button', { name: 'Lấy số thứ tự' }).click();
    await checkIn.getByRole('heading', { name: '1', exact: true }).waitFor();
    await screenshot(desk, 'journey-01-checked-in');
    expect(reception.errors).toEqual([]);
    expect(await visitStatus()).toBe('waiting');

    // The doctor takes her, diagnoses, orders an ECG, prescribes and finishes.
    const exam = await signedIn(STAFF.doctor);
    const { page: room } = exam;
    await openFromMenu(room, 'Khám bệnh');
    await room.getByRole('button', { name: `Khám số 1, ${PATIENT}` }).waitFor();
    await room.keyboard.press('F2');
    await room.getByRole('heading', { name: `Số 1 · ${PATIENT}` }).waitFor();
    // The claim needs her weight (CAN_NANG): the doctor weighs her first.
    await room.getByLabel('Cân nặng').fill('55');
    await room.getByLabel('Cân nặng').press('Enter');
    await room.getByText('Đã lưu dấu hiệu sinh tồn.').waitFor();
    await pick(room, 'Thêm chẩn đoán', 'i10', /^I10/);
    await room.getByText('Bệnh chính').waitFor();
    // The exam fee came with taking her in; the doctor adds an ECG.
    await room.getByRole('button', { name: 'Hủy chỉ định Khám bệnh tại trạm y tế xã' }).waitFor();
    await pick(room, 'Thêm dịch vụ (mã hoặc tên)', 'TT08', /Điện tim thường/);
    await room.getByRole('button', { name: 'Hủy chỉ định Điện tim thường' }).waitFor();
    await pick(room, 'Thêm thuốc', 'amlo', /Amlodipin 5mg/);
    const amlodipine = 'Amlodipin 5mg (Amlodipin Stada)';
    await room.keyboard.type('1');
    await room.getByLabel(`Số ngày: ${amlodipine}`).fill('30');
    await expect.poll(() => room.getByLabel(`Số lượng: ${amlodipine}`).innerText()).toBe('30 Viên');
    await pick(room, 'Thêm thuốc', 'vitamin', /Acid ascorbic 500mg \(Vitamin C\)/);
    const vitaminC = 'Acid ascorbic 500mg (Vitamin C)';
    await room.keyboard.type('1');
    await room.getByLabel(`Số ngày: ${vitaminC}`).fill('10');
    await expect.poll(() => room.getByLabel(`Số lượng: ${vitaminC}`).innerText()).toBe('10 Viên');
    await fullScreenshot(room, 'journey-02-exam');
    await room.keyboard.press('F9');
    await room.getByText('Đã kết thúc khám. Người bệnh sang quầy thuốc.').waitFor();
    await room.getByRole('dialog', { name: 'Đơn thuốc' }).waitFor();
    expect(exam.errors).toEqual([]);
    expect(await visitStatus()).toBe('awaiting_pharmacy');

    // The pharmacist hands the drugs over, the earliest expiry first.
    const pharmacy = await signedIn(STAFF.pharmacist);
    const { page: counter } = pharmacy;
    await openFromMenu(counter, 'Nhà thuốc');
    await counter.getByRole('button', { name: new RegExp(PATIENT) }).click();
    const items = counter.getByRole('table', { name: 'Thuốc trong đơn' });
    await items.getByText(`Lô ${SOON.lot} (HD ${formatIsoDate(SOON.expiry)}): 20`).waitFor();
    await items.getByText(`Lô ${LATE.lot} (HD ${formatIsoDate(LATE.expiry)}): 10`).waitFor();
    expect(await seriousViolations(counter)).toEqual([]);
    await fullScreenshot(counter, 'journey-03-pharmacy');
    await counter.getByRole('textbox', { name: 'Phát lần này: Amlodipin Stada' }).press('Enter');
    const given = counter.getByRole('status').filter({ hasText: 'Đã phát thuốc' });
    await given.waitFor();
    expect(await given.innerText()).toContain(`Amlodipin Stada: Lô ${SOON.lot}`);
    await counter.getByText('Không có đơn nào chờ phát thuốc').waitFor();
    expect(pharmacy.errors).toEqual([]);
    expect(await visitStatus()).toBe('awaiting_payment');

    // The cashier: insurance pays the covered lines; she pays the vitamin C in cash.
    const cash = await signedIn(STAFF.cashier);
    const { page: till } = cash;
    await openFromMenu(till, 'Thu ngân');
    await till.getByRole('button', { name: new RegExp(`^1\\s*${PATIENT}`) }).click();
    await till.getByRole('heading', { name: `Hóa đơn: ${PATIENT}` }).waitFor();
    const lines = till.getByRole('table', { name: 'Các khoản chi phí' });
    const row = (name: string) => rowCells(lines, name);
    expect(await row('Khám bệnh tại trạm y tế xã')).toBe('1 | 30.000 | 30.000 | 30.000 | 0 | 0');
    expect(await row('Điện tim thường')).toBe('1 | 40.000 | 40.000 | 40.000 | 0 | 0');
    expect(await row('Amlodipin Stada')).toBe('30 | 1.050 | 31.500 | 31.500 | 0 | 0');
    expect(await row('Vitamin C 500')).toBe('10 | 500 | 5.000 | 0 | 0 | 5.000');
    expect(await row('Tổng chi phí')).toBe('106.500 | 101.500 | 0 | 5.000');
    expect(await seriousViolations(till)).toEqual([]);
    await fullScreenshot(till, 'journey-04-invoice');
    const tendered = till.getByRole('textbox', { name: 'Khách đưa' });
    await expect.poll(() => tendered.evaluate((el) => el === document.activeElement)).toBe(true);
    await till.keyboard.type('20000');
    await till.getByText('15.000 đ').waitFor();
    await till.keyboard.press('Enter');
    const receipt = till.getByRole('dialog', { name: 'Biên lai Quyển 01 · số 0000001' });
    await receipt.locator('iframe').waitFor();
    await fullScreenshot(till, 'journey-05-receipt');
    await receipt.getByRole('button', { name: 'Đóng' }).last().click();
    await till.getByText('Đã thanh toán xong').waitFor();
    expect(cash.errors).toEqual([]);
    expect(await visitStatus()).toBe('done');

    // Reception's queue shows her finished; the month's claim takes her visit as it is.
    await desk.keyboard.press('Escape');
    await desk.keyboard.press('Alt+H');
    await desk.getByRole('heading', { name: 'Hàng đợi hôm nay' }).waitFor();
    await desk
      .getByRole('row', { name: new RegExp(PATIENT) })
      .getByText('Đã xong')
      .waitFor();
    await screenshot(desk, 'journey-06-queue');
    const claims = await api<{ ready: number; withProblems: number; visits: unknown[] }>(
      'claims.validate',
      { from: today, to: today },
    );
    expect(claims, JSON.stringify(claims.visits)).toMatchObject({ ready: 1, withProblems: 0 });
  });
});
