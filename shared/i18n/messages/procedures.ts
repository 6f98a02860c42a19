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
  'proc.patients.create': { vi: 'Đăng ký người bệnh', en: 'Register patient' },
  'proc.patients.update': { vi: 'Sửa hồ sơ người bệnh', en: 'Update patient' },
  'proc.patients.read': { vi: 'Xem hồ sơ người bệnh', en: 'View patient record' },
  'proc.patients.card': { vi: 'In thẻ người bệnh', en: 'Print patient card' },
  'proc.patients.merge': { vi: 'Gộp hồ sơ trùng', en: 'Merge duplicate records' },
  'proc.visits.create': { vi: 'Tạo lượt khám', en: 'Check in (new visit)' },
  'proc.visits.cancel': { vi: 'Hủy lượt khám', en: 'Cancel visit' },
});
