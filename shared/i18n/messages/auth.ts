import { defineMessages } from '../define';

export const auth = defineMessages({
  'setup.title': { vi: 'Thiết lập lần đầu', en: 'First-time setup' },
  'setup.intro': {
    vi: 'Nhập thông tin cơ sở khám chữa bệnh và tạo tài khoản quản trị. Việc này chỉ làm một lần.',
    en: 'Enter the facility details and create the administrator account. You do this only once.',
  },
  'setup.facility': { vi: 'Cơ sở khám chữa bệnh', en: 'Facility' },
  'setup.admin': { vi: 'Tài khoản quản trị (trạm trưởng)', en: 'Administrator account' },
  'setup.submit': { vi: 'Hoàn tất thiết lập', en: 'Finish setup' },
  'setup.alreadyDone': {
    vi: 'Tram đã được thiết lập cho cơ sở này.',
    en: 'Tram is already set up for this facility.',
  },
  'facility.name': { vi: 'Tên cơ sở', en: 'Facility name' },
  'facility.code': { vi: 'Mã cơ sở KCB (MA_CSKCB)', en: 'Facility code (MA_CSKCB)' },
  'facility.address': { vi: 'Địa chỉ', en: 'Address' },
  'facility.phone': { vi: 'Số điện thoại', en: 'Phone' },
  'auth.username': { vi: 'Tên đăng nhập', en: 'Username' },
  'auth.password': { vi: 'Mật khẩu', en: 'Password' },
  'auth.password.toggle': { vi: 'Hiện hoặc ẩn mật khẩu', en: 'Show or hide the password' },
  'auth.passwordConfirm': { vi: 'Nhập lại mật khẩu', en: 'Repeat the password' },
  'auth.fullName': { vi: 'Họ và tên', en: 'Full name' },
  'auth.login.title': { vi: 'Đăng nhập', en: 'Sign in' },
  'auth.login.submit': { vi: 'Đăng nhập', en: 'Sign in' },
  'auth.login.wrong': {
    vi: 'Sai tên đăng nhập hoặc mật khẩu.',
    en: 'Wrong username or password.',
  },
  'auth.login.lockedOut': {
    vi: 'Tài khoản tạm khóa do nhập sai mật khẩu nhiều lần. Thử lại sau {minutes} phút.',
    en: 'Too many wrong passwords: the account is locked. Try again in {minutes} minutes.',
  },
  'auth.login.inactive': {
    vi: 'Tài khoản này đã ngừng hoạt động. Liên hệ trạm trưởng.',
    en: 'This account is deactivated. Ask your administrator.',
  },
  'auth.logout': { vi: 'Đăng xuất', en: 'Sign out' },
  'auth.lock.now': { vi: 'Khóa màn hình', en: 'Lock screen' },
  'auth.lock.title': { vi: 'Màn hình đã khóa', en: 'Screen locked' },
  'auth.lock.hint': {
    vi: 'Nhập mật khẩu của {name} để làm việc tiếp. Trang đang mở vẫn được giữ nguyên.',
    en: 'Enter the password for {name} to carry on. The open page is kept as it was.',
  },
  'auth.lock.wrong': { vi: 'Sai mật khẩu.', en: 'Wrong password.' },
  'auth.lock.unlock': { vi: 'Mở khóa', en: 'Unlock' },
  'auth.lock.switchUser': { vi: 'Đăng xuất để đổi người', en: 'Sign out to switch user' },
  'auth.password.change': { vi: 'Đổi mật khẩu', en: 'Change password' },
  'auth.password.current': { vi: 'Mật khẩu hiện tại', en: 'Current password' },
  'auth.password.new': { vi: 'Mật khẩu mới', en: 'New password' },
  'auth.password.mustChange': {
    vi: 'Mật khẩu của bạn vừa được đặt lại. Hãy đặt mật khẩu mới trước khi làm việc.',
    en: 'Your password was reset. Choose a new one before you carry on.',
  },
  'auth.password.firstTitle': { vi: 'Đặt mật khẩu lần đầu', en: 'Choose your password' },
  'auth.password.firstTime': {
    vi: 'Đặt mật khẩu lần đầu: tài khoản của bạn vừa được tạo với mật khẩu tạm. Hãy nhập mật khẩu tạm rồi chọn mật khẩu riêng của bạn.',
    en: 'Choose your own password: your account was just created with a temporary one. Enter it, then choose your own.',
  },
  'auth.password.changed': { vi: 'Đã đổi mật khẩu', en: 'Password changed' },
  'auth.password.wrongCurrent': {
    vi: 'Mật khẩu hiện tại không đúng.',
    en: 'The current password is wrong.',
  },
  'auth.password.sameAsOld': {
    vi: 'Mật khẩu mới phải khác mật khẩu cũ.',
    en: 'The new password must differ from the old one.',
  },
  'account.title': { vi: 'Tài khoản của tôi', en: 'My account' },
  'account.greeting': { vi: 'Xin chào, {name}', en: 'Hello, {name}' },
  'account.roles': { vi: 'Vai trò của bạn', en: 'Your roles' },
  'account.facility': { vi: 'Cơ sở', en: 'Facility' },
});
