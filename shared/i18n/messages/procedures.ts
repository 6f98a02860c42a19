import { defineMessages } from '../define';

/** Names of procedures as the audit log shows them. */
export const procedures = defineMessages({
  'proc.auth.setup': { vi: 'Thiết lập lần đầu', en: 'First-time setup' },
  'proc.auth.login': { vi: 'Đăng nhập', en: 'Sign in' },
  'proc.auth.login.failed': { vi: 'Đăng nhập sai mật khẩu', en: 'Failed sign-in' },
  'proc.auth.logout': { vi: 'Đăng xuất', en: 'Sign out' },
  'proc.auth.lock': { vi: 'Khóa màn hình', en: 'Lock screen' },
  'proc.auth.unlock': { vi: 'Mở khóa màn hình', en: 'Unlock screen' },
  'proc.auth.unlock.failed': { vi: 'Mở khóa sai mật khẩu', en: 'Failed unlock' },
  'proc.auth.changePassword': { vi: 'Đổi mật khẩu', en: 'Change password' },
  'proc.users.create': { vi: 'Tạo người dùng', en: 'Create user' },
  'proc.users.update': { vi: 'Sửa người dùng', en: 'Update user' },
  'proc.settings.update': { vi: 'Sửa cài đặt', en: 'Change settings' },
  'proc.catalog.import': { vi: 'Nhập danh mục từ tệp', en: 'Import catalogue' },
  'proc.catalog.icd.favourite': { vi: 'Sửa mã bệnh hay dùng', en: 'Change favourite diagnosis' },
  'proc.catalog.drugs.save': { vi: 'Sửa danh mục thuốc', en: 'Edit drug catalogue' },
  'proc.catalog.services.save': { vi: 'Sửa danh mục dịch vụ', en: 'Edit service catalogue' },
  'proc.devices.printers.save': { vi: 'Lưu máy in', en: 'Save printer' },
  'proc.devices.printers.delete': { vi: 'Xóa máy in', en: 'Delete printer' },
  'proc.devices.printers.test': { vi: 'In thử', en: 'Test print' },
  'proc.devices.print': { vi: 'In phiếu', en: 'Print' },
  'proc.devices.printJobs.reprint': { vi: 'In lại', en: 'Print again' },
  'proc.devices.scanners.save': { vi: 'Cài đặt máy quét', en: 'Scanner settings' },
});
