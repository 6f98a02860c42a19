import { defineMessages } from '../define';

export const errors = defineMessages({
  'error.VALIDATION': {
    vi: 'Thông tin nhập chưa hợp lệ, vui lòng kiểm tra lại.',
    en: 'Some of the details are not valid; please check them.',
  },
  'error.UNAUTHENTICATED': {
    vi: 'Bạn cần đăng nhập để tiếp tục.',
    en: 'Please sign in to continue.',
  },
  'error.FORBIDDEN': {
    vi: 'Bạn không có quyền thực hiện thao tác này.',
    en: 'You are not allowed to do this.',
  },
  'error.NOT_FOUND': { vi: 'Không tìm thấy dữ liệu yêu cầu.', en: 'Not found.' },
  'error.CONFLICT': {
    vi: 'Không thực hiện được vì dữ liệu bị trùng hoặc vừa thay đổi.',
    en: 'This conflicts with existing or changed data.',
  },
  'error.INTERNAL': {
    vi: 'Tram gặp lỗi hệ thống. Vui lòng thử lại; nếu vẫn lỗi, báo cho quản trị viên.',
    en: 'Tram hit an internal error. Please try again; if it persists, tell your administrator.',
  },
  'error.unknownProcedure': {
    vi: 'Không có chức năng "{name}".',
    en: 'There is no procedure "{name}".',
  },
  'error.tooLarge': {
    vi: 'Dữ liệu gửi lên quá lớn (tối đa {max} KB).',
    en: 'The request is too large (at most {max} KB).',
  },
  'error.badJson': {
    vi: 'Dữ liệu gửi lên không đúng định dạng JSON.',
    en: 'The request body is not valid JSON.',
  },
  'error.busy': {
    vi: 'Cơ sở dữ liệu đang bận, vui lòng thử lại sau giây lát.',
    en: 'The database is busy; please try again in a moment.',
  },
  'error.duplicate': {
    vi: 'Dữ liệu này đã có, không thể lưu trùng.',
    en: 'This already exists.',
  },
  'error.network': {
    vi: 'Không kết nối được tới Tram. Kiểm tra máy chủ hoặc mạng.',
    en: 'Cannot reach Tram. Check the server or the network.',
  },
  'error.sessionLocked': {
    vi: 'Màn hình đang khóa. Nhập mật khẩu để mở khóa.',
    en: 'The screen is locked. Enter your password to unlock.',
  },
  'error.sessionExpired': {
    vi: 'Phiên đăng nhập đã hết hạn. Vui lòng đăng nhập lại.',
    en: 'Your session has ended. Please sign in again.',
  },
  'validation.required': { vi: 'Bắt buộc nhập', en: 'Required' },
  'validation.requestId': {
    vi: 'Mã yêu cầu không hợp lệ (8–64 chữ, số, - hoặc _)',
    en: 'Invalid request id (8–64 letters, digits, - or _)',
  },
  'error.requestReused': {
    vi: 'Mã yêu cầu này đã dùng cho một thao tác khác. Hãy tải lại trang rồi làm lại.',
    en: 'This request id was used for another action. Reload the page and try again.',
  },
  'validation.invalid': { vi: 'Không hợp lệ', en: 'Not valid' },
  'validation.tooShort': { vi: 'Cần ít nhất {min} ký tự', en: 'At least {min} characters' },
  'validation.tooLong': { vi: 'Tối đa {max} ký tự', en: 'At most {max} characters' },
  'validation.tooSmall': { vi: 'Phải từ {min} trở lên', en: 'Must be at least {min}' },
  'validation.tooBig': { vi: 'Không được quá {max}', en: 'Must be at most {max}' },
  'validation.tooFew': { vi: 'Cần chọn ít nhất {min}', en: 'Choose at least {min}' },
  'validation.tooMany': { vi: 'Chọn tối đa {max}', en: 'Choose at most {max}' },
  'validation.integer': { vi: 'Phải là số nguyên', en: 'Must be a whole number' },
  'validation.number': { vi: 'Phải là số', en: 'Must be a number' },
  'validation.text': { vi: 'Phải là chữ', en: 'Must be text' },
  'validation.option': {
    vi: 'Giá trị không có trong danh sách cho phép',
    en: 'Not one of the allowed values',
  },
  'validation.date': { vi: 'Ngày không hợp lệ', en: 'Not a valid date' },
  'validation.month': { vi: 'Tháng không hợp lệ (YYYY-MM)', en: 'Not a valid month (YYYY-MM)' },
  'validation.usernameFormat': {
    vi: 'Tên đăng nhập 3–32 ký tự, chỉ gồm chữ không dấu, số và dấu . _ -',
    en: 'Username: 3–32 characters, letters without accents, digits and . _ -',
  },
  'validation.passwordTooShort': {
    vi: 'Mật khẩu cần ít nhất {min} ký tự',
    en: 'The password needs at least {min} characters',
  },
  'validation.passwordMismatch': {
    vi: 'Mật khẩu nhập lại không khớp',
    en: 'The passwords do not match',
  },
  'validation.facilityCode': {
    vi: 'Mã cơ sở KCB gồm đúng 5 ký tự (số hoặc chữ in hoa), ví dụ 01001',
    en: 'The facility code (MA_CSKCB) is exactly 5 characters, e.g. 01001',
  },
});
