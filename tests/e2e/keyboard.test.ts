import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  callApi,
  launchBrowser,
  openPage,
  screenshot,
  sendKeys,
  signIn,
  setUpStation,
  startWeb,
  strokes,
  type KeyStroke,
  type WebServer,
  wedgeScan,
} from './harness';

vi.setConfig({ testTimeout: 180_000 });

let server: WebServer;
let browser: Browser;
let adminToken: string;
const ADMIN = { username: 'truongtram', fullName: 'Nguyễn Thị Hoa', password: 'matkhau-admin' };

const api = <T = unknown>(name: string, input: unknown, token = adminToken): Promise<T> =>
  callApi<T>(server, name, input, token);

beforeAll(async () => {
  [server, browser] = await Promise.all([startWeb(), launchBrowser()]);
  adminToken = await setUpStation(server, ADMIN);
  await api('patients.create', { fullName: 'Trần Văn Bảy', sex: 'male', birthYear: 1956 });
  await api('catalog.drugs.save', {
    code: '40.472',
    name: 'Amlodipin Stada',
    ingredients: [{ name: 'Amlodipin', strength: '5mg' }],
    dosageForm: 'Viên nén',
    unit: 'Viên',
    route: 'Uống',
    registrationNo: 'VD-21205-14',
    price: 1_050,
    insuredPrice: 1_050,
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function signedIn(): Promise<{ page: Page; errors: string[] }> {
  const opened = await openPage(browser, server.url);
  await signIn(opened.page, ADMIN.username, ADMIN.password);
  // The administrator lands on the overview; these tests start at reception.
  await opened.page.getByRole('heading', { name: 'Tổng quan' }).waitFor({ timeout: 30_000 });
  await opened.page.keyboard.press('Alt+T');
  await opened.page
    .getByRole('heading', { name: 'Tiếp đón', exact: true })
    .waitFor({ timeout: 30_000 });
  return opened;
}

/**
 * "Nguyễn Thị Lan" as Unikey/EVKey in Telex send it: each tone or hat mark arrives as a
 * Backspace and the new letter in the same instant, between keys 10 ms apart.
 */
const TELEX: KeyStroke[] = [
  ...strokes('Nguye', 10),
  { key: 'Backspace', afterMs: 10 },
  { key: 'ê', afterMs: 0 },
  { key: 'Backspace', afterMs: 10 },
  { key: 'ễ', afterMs: 0 },
  ...strokes('n Thi', 10).map((s) => ({ ...s, afterMs: 10 })),
  { key: 'Backspace', afterMs: 10 },
  { key: 'ị', afterMs: 0 },
  ...strokes(' Lan', 10).map((s) => ({ ...s, afterMs: 10 })),
];

/** A field's label as written, with or without the required mark after it. */
const label = (text: string): RegExp =>
  new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}( \\*)?$`);

const focusedName = (page: Page): Promise<string | null> =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLInputElement | null;
    const text = el?.tagName === 'BUTTON' ? el.textContent : null;
    return el?.getAttribute('aria-label') ?? el?.labels?.[0]?.textContent ?? text;
  });

/** Empties a field and types into it, key by key, 10 ms apart (all queued, or in real time). */
async function typeInto(
  page: Page,
  field: Locator,
  text: string | KeyStroke[],
  paced = false,
): Promise<void> {
  await field.click();
  await field.press('Control+A');
  await field.press('Delete');
  await sendKeys(page, typeof text === 'string' ? strokes(text, 10) : text, { paced });
}

describe('keyboard-first input in the browser', () => {
  it('never loses, delays or reorders keys typed fast into any kind of field', async () => {
    const { page, errors } = await signedIn();
    const search = page.getByRole('combobox', { name: 'Tìm người bệnh' });
    for (const paced of [false, true]) {
      await typeInto(page, search, 'Nguyễn Thị Lan', paced);
      expect(await search.inputValue()).toBe('Nguyễn Thị Lan');
    }
    await typeInto(page, search, TELEX);
    expect(await search.inputValue()).toBe('Nguyễn Thị Lan');

    // Registration holds a text box, a date, a number, a searchable list, text areas and tags.
    await search.fill('');
    await page.keyboard.press('F2');
    const form = page.getByRole('form', { name: 'Đăng ký mới' });
    await form.waitFor();
    const fields: [string, string | KeyStroke[], string][] = [
      ['Họ và tên', 'Nguyễn Thị Lan', 'Nguyễn Thị Lan'],
      ['Họ và tên', TELEX, 'Nguyễn Thị Lan'],
      ['Ngày sinh', '14/05/1960', '14/05/1960'],
      ['Số điện thoại', '0912345678', '0912345678'],
      ['Số CCCD / định danh', '001160012345', '001160012345'],
      ['Nghề nghiệp', 'Nông dân, làm ruộng', 'Nông dân, làm ruộng'],
      ['Dị ứng', 'Nổi mẩn khi dùng Penicilin', 'Nổi mẩn khi dùng Penicilin'],
      ['Ghi chú', TELEX, 'Nguyễn Thị Lan'],
      ['Số nhà, đường, thôn, xóm', 'Thôn Đông Xá 3', 'Thôn Đông Xá 3'],
    ];
    for (const [name, typed, expected] of fields) {
      const field = form.getByLabel(label(name));
      await typeInto(page, field, typed);
      expect(await field.inputValue(), name).toBe(expected);
    }
    const year = form.getByLabel(label('Năm sinh'));
    await form.getByLabel(label('Ngày sinh')).fill('');
    await typeInto(page, year, '1960');
    expect(await year.inputValue()).toBe('1960');
    const ethnicity = form.getByLabel(label('Dân tộc'));
    await typeInto(page, ethnicity, 'Tày');
    expect(await ethnicity.inputValue()).toBe('Tày');
    const tags = form.getByLabel(label('Hoạt chất gây dị ứng'));
    await typeInto(page, tags, 'Amoxicilin');
    expect(await tags.inputValue()).toBe('Amoxicilin');
    await screenshot(page, 'keys-01-typed-fast');
    expect(errors).toEqual([]);
  }, 400_000); // ~200 keys, paced ones in real time, on a loaded machine

  it('takes the first match with Enter in every picker, and presses every control with Space or Enter', async () => {
    const { page, errors } = await signedIn();
    await page.keyboard.press('F2');
    const form = page.getByRole('form', { name: 'Đăng ký mới' });
    // Typed at a person's pace (fast keys and Enter are a scan), Enter once the list shows.
    const pick = async (field: Locator, typed: string, first: string | RegExp) => {
      await field.click();
      await page.keyboard.type(typed, { delay: 60 });
      await page.getByRole('option', { name: first }).first().waitFor();
      await page.keyboard.press('Enter');
    };
    const ethnicity = form.getByLabel(label('Dân tộc'));
    await pick(ethnicity, 'tay', 'Tày');
    await expect.poll(() => ethnicity.inputValue()).toBe('Tày');
    const province = form.getByLabel(label('Tỉnh / thành phố'));
    await pick(province, 'ha noi', 'Thành phố Hà Nội');
    await expect.poll(() => province.inputValue()).toBe('Thành phố Hà Nội');

    // Radios: Enter picks the focused one as Space does.
    const female = form.getByRole('radio', { name: 'Nữ' });
    await female.focus();
    await page.keyboard.press('Enter');
    expect(await female.isChecked()).toBe(true);
    const male = form.getByRole('radio', { name: 'Nam' });
    await male.focus();
    await page.keyboard.press('Space');
    expect(await male.isChecked()).toBe(true);
    await page.keyboard.press('Escape');

    // The goods-receipt drug picker: the first match of what was typed, at once.
    await page.keyboard.press('Alt+N');
    const drug = page.getByRole('combobox', { name: 'Thuốc 1', exact: true });
    await pick(drug, 'amlo', /^Amlodipin Stada/);
    await expect.poll(() => drug.inputValue()).toMatch(/^Amlodipin Stada 5mg/);
    await expect.poll(() => focusedName(page)).toBe('Số lô 1');

    // A new account: its roles ticked with Space and with Enter.
    await page.keyboard.press('Alt+G');
    await page.getByRole('heading', { name: 'Người dùng', exact: true }).waitFor();
    await page.getByRole('button', { name: 'Thêm người dùng' }).press('Space');
    const dialog = page.getByRole('dialog');
    const doctor = dialog.getByRole('checkbox', { name: 'Bác sĩ / y sĩ' });
    await doctor.focus();
    await page.keyboard.press('Space');
    expect(await doctor.isChecked()).toBe(true);
    const nurse = dialog.getByRole('checkbox', { name: 'Điều dưỡng / hộ sinh' });
    await nurse.focus();
    await page.keyboard.press('Enter');
    expect(await nurse.isChecked()).toBe(true);
    await page.keyboard.press('Enter');
    expect(await nurse.isChecked()).toBe(false);
    expect(await dialog.isVisible()).toBe(true);
    await screenshot(page, 'keys-02-space-and-enter');
    expect(errors).toEqual([]);
  });

  it('keeps what was typed in a date, says it is impossible, and shows every error at once', async () => {
    const { page, errors } = await signedIn();
    await page.keyboard.press('F2');
    const form = page.getByRole('form', { name: 'Đăng ký mới' });
    const birth = form.getByLabel(label('Ngày sinh'));
    await birth.click();
    await page.keyboard.type('31/02/1990');
    // The clear and calendar buttons are out of the Tab order: Tab goes to the next field.
    await page.keyboard.press('Tab');
    // Năm sinh is set from the date: the next field that takes typing is the phone.
    expect(await focusedName(page)).toBe('Số điện thoại');
    expect(await birth.inputValue()).toBe('31/02/1990');
    await form.getByText('Ngày không hợp lệ').waitFor();
    // ddmmyyyy turns into the date, and stays.
    await birth.fill('');
    await birth.click();
    await page.keyboard.type('14051960');
    await page.keyboard.press('Tab');
    expect(await birth.inputValue()).toBe('14/05/1960');
    await birth.fill('31/02/1990');

    // Several problems: all of them after one save, none waiting for a second round.
    await form.getByLabel(label('Số điện thoại')).fill('12345');
    await form.getByLabel(label('Số CCCD / định danh')).fill('0011600');
    await form.getByLabel(label('Mã thẻ BHYT')).fill('HT4010120878811');
    await form.getByLabel(label('Giá trị từ ngày')).fill('01/01/2030');
    await form.getByLabel(label('Đến ngày')).fill('31/12/2025');
    let requests = 0;
    page.on('request', (request) => {
      if (request.url().includes('/api/patients.create')) requests += 1;
    });
    await form.getByRole('button', { name: /^Lưu/ }).click();
    const invalid = async (name: string) =>
      form.getByLabel(label(name)).getAttribute('aria-invalid');
    for (const name of ['Số điện thoại', 'Số CCCD / định danh', 'Ngày sinh', 'Đến ngày']) {
      await expect.poll(() => invalid(name), { message: name }).toBe('true');
    }
    await form.getByText('Ngày không hợp lệ').waitFor();
    // The sex's error sits under its radios, in the group's wrapper.
    await form.locator('.mantine-RadioGroup-root').getByText('Bắt buộc nhập').waitFor();
    expect(requests).toBe(0);
    expect(await birth.inputValue()).toBe('31/02/1990');
    await screenshot(page, 'keys-03-all-errors-at-once');
    expect(errors).toEqual([]);
  });

  it('keeps half-filled forms across pages, keys and dialogs', async () => {
    const { page, errors } = await signedIn();
    await page.keyboard.press('F2');
    const form = page.getByRole('form', { name: 'Đăng ký mới' });
    await form.getByLabel(label('Họ và tên')).fill('Phạm Thị Dở Dang');
    await form.getByLabel(label('Số điện thoại')).fill('0987654321');
    await page.keyboard.press('Alt+H');
    await page.getByRole('heading', { name: 'Hàng đợi hôm nay' }).waitFor();
    await page.keyboard.press('Alt+T');
    await page.getByText('Còn phần đang nhập dở chưa lưu: Phạm Thị Dở Dang').waitFor();
    await screenshot(page, 'keys-04-draft-waiting');
    await page.keyboard.press('F2');
    expect(await form.getByLabel(label('Họ và tên')).inputValue()).toBe('Phạm Thị Dở Dang');
    expect(await form.getByLabel(label('Số điện thoại')).inputValue()).toBe('0987654321');

    // A goods receipt survives a turn to another tab.
    await page.keyboard.press('Alt+N');
    await page.getByRole('textbox', { name: 'Nhà cung cấp' }).fill('Công ty Dược Hậu Giang');
    await page.getByRole('textbox', { name: 'Số lô 1' }).fill('LOT-7');
    await page.keyboard.press('Alt+O');
    // Gone from the page before coming back (two keys at once may never leave it).
    await page.getByRole('textbox', { name: 'Số lô 1' }).waitFor({ state: 'detached' });
    await page.keyboard.press('Alt+N');
    await page.getByText(/Đã mở lại phần đang nhập dở/).waitFor();
    expect(await page.getByRole('textbox', { name: 'Số lô 1' }).inputValue()).toBe('LOT-7');

    // A new account closed with Escape comes back as it was, without its password.
    await page.keyboard.press('Alt+G');
    await page.getByRole('button', { name: 'Thêm người dùng' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(label('Họ và tên')).first().fill('Đỗ Văn Mới');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Thêm người dùng' }).click();
    expect(await dialog.getByLabel(label('Họ và tên')).first().inputValue()).toBe('Đỗ Văn Mới');
    await page.keyboard.press('Escape');

    // Signing out asks first: the next person does not get these.
    let asked = '';
    page.once('dialog', (question) => {
      asked = question.message();
      void question.dismiss();
    });
    await page.keyboard.press('Alt+Q');
    await expect.poll(() => asked).toContain('Còn phiếu đang nhập dở chưa lưu');
    expect(await page.getByRole('heading', { name: 'Người dùng', exact: true }).isVisible()).toBe(
      true,
    );
    expect(errors).toEqual([]);
  });

  it('gives every page one fixed key, lists them on F1, and returns focus after the overlay', async () => {
    const { page, errors } = await signedIn();
    const search = page.getByRole('combobox', { name: 'Tìm người bệnh' });
    await search.focus();
    await page.keyboard.press('F1');
    const help = page.getByRole('dialog', { name: 'Phím tắt' });
    await help.waitFor();
    const pages = help.getByRole('table', { name: 'Mở trang (giống nhau cho mọi người)' });
    const rows = await pages.getByRole('row').allInnerTexts();
    expect(rows).toContain('Alt M\tDanh mục');
    expect(rows).toContain('Alt N\tNhà thuốc · Nhập kho');
    const general = await help
      .getByRole('table', { name: 'Chung' })
      .getByRole('row')
      .allInnerTexts();
    expect(general).toContain('Alt Q\tĐăng xuất');
    const here = await help
      .getByRole('table', { name: 'Trên trang này' })
      .getByRole('row')
      .allInnerTexts();
    expect(here).toContain('F2\tĐăng ký mới');
    await screenshot(page, 'keys-05-help');
    await page.keyboard.press('Escape');
    await expect.poll(() => focusedName(page)).toBe('Tìm người bệnh');

    await page.keyboard.press('Alt+M');
    await page.getByRole('heading', { name: 'Danh mục', exact: true }).waitFor();
    await page.keyboard.press('Alt+C');
    await page.getByRole('tab', { name: /Cảnh báo/, selected: true }).waitFor();
    await page.keyboard.press('Alt+Q');
    await page.getByRole('heading', { name: 'Đăng nhập' }).waitFor();
    expect(errors).toEqual([]);
  });

  it('reads a prefixed scan that stalls as one scan, and says what a failed scan read', async () => {
    await api('settings.update', { scanner: { prefix: 'F8' } });
    const { page, errors } = await signedIn();
    const patients = await api<{ code: string }[]>('patients.search', { q: 'tran van bay' });
    const code = patients[0]?.code ?? '';
    // An old, busy PC: the scanner's keys stop for 400 ms in the middle of the code.
    await page.locator('body').click({ position: { x: 5, y: 400 } });
    await wedgeScan(page, code, { prefix: 'F8', stall: { after: 6, ms: 400 } });
    await page.getByRole('heading', { name: 'Trần Văn Bảy' }).waitFor();
    await screenshot(page, 'keys-06-stalled-scan');

    // A scan cut short (no suffix ever comes): the message quotes what arrived.
    await page.keyboard.press('Escape');
    await page.locator('body').click({ position: { x: 5, y: 400 } });
    await sendKeys(page, [{ key: 'F8', afterMs: 0 }, ...strokes('01001-20', 4)]);
    const failed = page.getByText(/Quét chưa trọn.*Đã đọc được: «01001-20»/);
    await failed.waitFor();
    // Notifications sit bottom right, clear of the page's controls.
    const box = await page.locator('.mantine-Notification-root').first().boundingBox();
    const viewport = page.viewportSize() ?? { width: 1280, height: 800 };
    expect(box && box.x > viewport.width / 2 && box.y > viewport.height / 2).toBe(true);
    await screenshot(page, 'keys-07-failed-scan');
    await api('settings.update', { scanner: { prefix: null } });
    expect(errors).toEqual([]);
  });

  it('sends reception back to its search box after a check-in, and the ticket is one key away', async () => {
    const { page, errors } = await signedIn();
    const search = page.getByRole('combobox', { name: 'Tìm người bệnh' });
    await search.fill('tran van bay');
    await page.getByRole('option', { name: /Trần Văn Bảy/ }).waitFor();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Trần Văn Bảy' }).waitFor();
    await page.keyboard.press('F4');
    const dialog = page.getByRole('dialog', { name: /Tạo lượt khám/ });
    await dialog.getByRole('textbox', { name: 'Lý do khám' }).waitFor();
    await page.keyboard.press('Enter');
    await dialog.getByRole('heading', { name: '1', exact: true }).waitFor();
    // No receipt printer here: Ctrl+P opens the ticket's PDF, on an 80 mm roll.
    await page.keyboard.press('Control+P');
    await page.getByRole('dialog', { name: 'Phiếu số thứ tự' }).locator('iframe').waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => focusedName(page)).toBe('Xong, tiếp người sau');
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedName(page)).toBe('Tìm người bệnh');
    expect(await search.inputValue()).toBe('');
    expect(errors).toEqual([]);
  });
});
