import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  javascriptTransferred,
  launchBrowser,
  openPage,
  screenshot,
  seriousViolations,
  startWeb,
  type WebServer,
} from './harness';

vi.setConfig({ testTimeout: 120_000 });

let server: WebServer;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await Promise.all([startWeb(), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function signIn(page: Page, username: string, password: string): Promise<void> {
  // Keyboard only: focus starts in the username field.
  await page.keyboard.type(username);
  await page.keyboard.press('Tab');
  await page.keyboard.type(password);
  await page.keyboard.press('Enter');
}

describe('first run in the browser', () => {
  it('sets up the clinic, adds a cashier, and shows the cashier only their pages', async () => {
    const { page, errors } = await openPage(browser, server.setupUrl);

    // The first page a newcomer sees: setup.
    await page.getByRole('heading', { name: 'Thiết lập lần đầu' }).waitFor();
    await page.waitForLoadState('networkidle');
    expect(errors).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('vi');
    expect(await page.title()).toBe('Tram');
    expect(await seriousViolations(page)).toEqual([]);
    const jsBytes = await javascriptTransferred(page);
    expect(jsBytes).toBeGreaterThan(10_000);
    expect(jsBytes).toBeLessThanOrEqual(350 * 1024);
    await screenshot(page, '01-setup');

    // Focus lands in the first field; the form is filled from the keyboard.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('id'))).toBe(
      await page.getByRole('textbox', { name: 'Tên cơ sở', exact: true }).getAttribute('id'),
    );
    await page.keyboard.type('Trạm Y tế xã An Bình');
    await page.getByRole('textbox', { name: 'Mã cơ sở KCB (MA_CSKCB)', exact: true }).fill('01001');
    await page
      .getByRole('textbox', { name: 'Địa chỉ', exact: true })
      .fill('Thôn Đông, xã An Bình, tỉnh Bắc Ninh');
    await page.getByRole('textbox', { name: 'Tên đăng nhập', exact: true }).fill('truongtram');
    await page.getByRole('textbox', { name: 'Họ và tên', exact: true }).fill('Nguyễn Thị Hoa');
    await page.getByRole('textbox', { name: 'Mật khẩu', exact: true }).fill('matkhau-admin');
    await page
      .getByRole('textbox', { name: 'Nhập lại mật khẩu', exact: true })
      .fill('matkhau-admin');
    await page.getByRole('button', { name: 'Hoàn tất thiết lập' }).click();

    // Once, before the app: the recovery code to print (13 groups of five).
    await page.getByRole('heading', { name: 'Mã khôi phục dữ liệu' }).waitFor();
    const code = await page.getByLabel('Mã khôi phục dữ liệu').innerText();
    expect(code.trim().split(/\s+/)).toHaveLength(13);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, '01b-recovery-code');
    const proceed = page.getByRole('button', { name: 'Tiếp tục' });
    expect(await proceed.isDisabled()).toBe(true);
    await page.getByLabel('Tôi đã in (hoặc chép tay) mã này và cất ở nơi an toàn').check();
    await proceed.click();

    // The administrator (the station head) lands on the overview.
    const nav = page.getByRole('navigation');
    await page.getByRole('heading', { name: 'Tổng quan' }).waitFor();
    await expect
      .poll(async () => nav.getByRole('link').allInnerTexts())
      .toEqual([
        'Tiếp đón\nAlt T',
        'Hàng đợi\nAlt H',
        'Khám bệnh\nAlt K',
        'Nhà thuốc',
        'Phát thuốc\nAlt P',
        'Nhập kho\nAlt N',
        'Tồn kho\nAlt O',
        'Cảnh báo\nAlt C',
        'Kiểm kê\nAlt I',
        'Báo cáo\nAlt X',
        'Thu ngân\nAlt U',
        'Giám định BHYT\nAlt B',
        'Người dùng\nAlt G',
        'Nhật ký hệ thống\nAlt J',
        'Cài đặt\nAlt A',
        'Tổng quan\nAlt V',
        'Báo cáo\nAlt R',
        'Xuất ra USB\nAlt W',
        'Đồng bộ\nAlt Z',
        'Danh mục\nAlt M',
        'Tài khoản của tôi\nAlt Y',
        'Sao lưu\nAlt S',
      ]);
    await page.keyboard.press('Alt+G');
    await page.getByRole('heading', { name: 'Người dùng' }).waitFor();
    await screenshot(page, '02-users-empty');

    // Add a cashier.
    await page.getByRole('button', { name: 'Thêm người dùng' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: 'Tên đăng nhập', exact: true }).fill('thungan');
    await dialog.getByRole('textbox', { name: 'Họ và tên', exact: true }).fill('Lê Thị Thu');
    await dialog.getByRole('textbox', { name: 'Mật khẩu', exact: true }).fill('tam-thoi-123');
    await dialog.getByLabel('Thu ngân', { exact: true }).check();
    await screenshot(page, '03-add-cashier');
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await page.getByRole('cell', { name: 'Lê Thị Thu' }).waitFor();
    await screenshot(page, '04-users-with-cashier');

    // The audit page shows what happened.
    await page.keyboard.press('Alt+J');
    await page.getByRole('heading', { name: 'Nhật ký hệ thống' }).waitFor();
    await page.getByRole('cell', { name: 'Tạo người dùng' }).waitFor();
    await page.getByRole('button', { name: 'Kiểm tra toàn vẹn' }).click();
    await page.getByText('Nhật ký nguyên vẹn').waitFor();
    await screenshot(page, '05-audit');

    // Sign out; a wrong password gets a Vietnamese error.
    await page.getByRole('button', { name: 'Đăng xuất' }).click();
    await page.getByRole('heading', { name: 'Đăng nhập' }).waitFor();
    await signIn(page, 'thungan', 'sai-mat-khau');
    await page.getByRole('alert').filter({ hasText: 'Sai tên đăng nhập hoặc mật khẩu.' }).waitFor();
    await screenshot(page, '06-wrong-password');

    // The right one: a new account first chooses a password of its own, told it is the first.
    await page.getByRole('textbox', { name: 'Mật khẩu', exact: true }).fill('tam-thoi-123');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByRole('heading', { name: 'Đặt mật khẩu lần đầu' }).waitFor();
    await page.getByText('Đặt mật khẩu lần đầu: tài khoản của bạn vừa được tạo').waitFor();
    expect(await page.getByText('vừa được đặt lại').count()).toBe(0);
    await page
      .getByRole('textbox', { name: 'Mật khẩu hiện tại', exact: true })
      .fill('tam-thoi-123');
    await page.getByRole('textbox', { name: 'Mật khẩu mới', exact: true }).fill('thu-ngan-rieng-1');
    await page
      .getByRole('textbox', { name: 'Nhập lại mật khẩu', exact: true })
      .fill('thu-ngan-rieng-1');
    await screenshot(page, '07-choose-password');
    await page.getByRole('button', { name: 'Đổi mật khẩu' }).click();

    // Only what a cashier may use shows: today's queue (every role), the cash desk and the
    // insurance claims, and their account.
    await page.getByRole('heading', { name: 'Hàng đợi hôm nay' }).waitFor();
    expect(await nav.getByRole('link').allInnerTexts()).toEqual([
      'Hàng đợi\nAlt H',
      'Thu ngân\nAlt U',
      'Giám định BHYT\nAlt B',
      'Tài khoản của tôi\nAlt Y',
    ]);
    await page.goto(`${server.url}#/users`);
    await page.getByRole('heading', { name: 'Hàng đợi hôm nay' }).waitFor();
    await screenshot(page, '08-cashier-home');
    expect(errors).toEqual([]);
  });

  it('locks the screen and unlocks it with the page as it was', async () => {
    const { page } = await openPage(browser, server.url);
    await page.getByRole('heading', { name: 'Đăng nhập' }).waitFor();
    await signIn(page, 'thungan', 'thu-ngan-rieng-1');
    await page.getByRole('heading', { name: 'Hàng đợi hôm nay' }).waitFor();
    await page.keyboard.press('Alt+Y');
    await page.getByRole('heading', { name: 'Tài khoản của tôi' }).waitFor();
    await page.getByRole('textbox', { name: 'Mật khẩu mới', exact: true }).fill('dang-go-do');

    await page.getByRole('button', { name: 'Khóa màn hình' }).click();
    const lock = page.getByRole('dialog', { name: 'Màn hình đã khóa' });
    await lock.waitFor();
    await screenshot(page, '09-locked');
    await lock.getByRole('textbox', { name: 'Mật khẩu', exact: true }).fill('sai');
    await lock.getByRole('button', { name: 'Mở khóa' }).click();
    await lock.getByText('Sai mật khẩu.').waitFor();
    await lock.getByRole('textbox', { name: 'Mật khẩu', exact: true }).fill('thu-ngan-rieng-1');
    await lock.getByRole('button', { name: 'Mở khóa' }).click();
    await lock.waitFor({ state: 'detached' });
    expect(
      await page.getByRole('textbox', { name: 'Mật khẩu mới', exact: true }).inputValue(),
    ).toBe('dang-go-do');
  });

  it('switches to English', async () => {
    const { page } = await openPage(browser, server.url);
    await page.getByText('English', { exact: true }).click();
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await page.getByRole('textbox', { name: 'Username' }).fill('thungan');
    await page.getByRole('textbox', { name: 'Password', exact: true }).fill('wrong-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('alert').filter({ hasText: 'Wrong username or password.' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await screenshot(page, '10-english');
  });
});
