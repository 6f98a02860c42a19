import { defineMessages } from '../define';

/** The HTTP transport's refusals, first-run setup code, LAN certificates, workstations, audit. */
export const security = defineMessages({
  'http.wrongHost': {
    vi: 'Yêu cầu gửi tới địa chỉ không phải của Tram này; Tram không trả lời.',
    en: 'The request names an address this Tram does not serve; it was not answered.',
  },
  'http.foreignOrigin': {
    vi: 'Yêu cầu đến từ một trang web khác, không phải giao diện của Tram; Tram từ chối.',
    en: 'The request came from another web page, not from Tram itself; it was refused.',
  },
  'http.jsonOnly': {
    vi: 'Tram chỉ nhận dữ liệu dạng JSON (Content-Type: application/json).',
    en: 'Tram accepts JSON bodies only (Content-Type: application/json).',
  },
  'http.tooManyStreams': {
    vi: 'Phiên này đã mở quá nhiều kết nối nhận thông báo (tối đa {max}). Hãy đóng bớt thẻ trình duyệt.',
    en: 'This session has too many event streams open (at most {max}). Close some browser tabs.',
  },
  'setup.code': { vi: 'Mã thiết lập', en: 'Setup code' },
  'setup.codeHelp': {
    vi: 'Mã in ra khi khởi động Tram (dòng "is ready: …?setup=…"). Mở đúng địa chỉ đó thì mã được điền sẵn.',
    en: 'The code Tram printed when it started (the "is ready: …?setup=…" line). Opening that address fills it in.',
  },
  'setup.wrongCode': {
    vi: 'Mã thiết lập không đúng. Dùng địa chỉ đầy đủ mà Tram in ra khi khởi động.',
    en: 'The setup code is wrong. Use the full address Tram printed when it started.',
  },
  'db.emptyFile': {
    vi: 'Tệp dữ liệu {file} rỗng (0 byte). Tram không coi đây là lần cài đặt mới và không ghi đè lên; hãy khôi phục từ bản sao lưu, hoặc xoá tệp nếu đúng là máy mới.',
    en: 'The database file {file} is empty (0 bytes). Tram does not treat this as a fresh install and did not write over it; restore a backup, or delete the file if this really is a new machine.',
  },
  'db.auditGuardsDropped': {
    vi: 'Các trigger bảo vệ sổ ghi chỉ-thêm ({triggers}) đã bị xoá khỏi cơ sở dữ liệu: có người đã sửa tệp dữ liệu bằng công cụ ngoài. Tram không khởi động để không che giấu việc này; hãy báo quản trị viên và khôi phục từ bản sao lưu.',
    en: 'The triggers guarding the append-only ledgers ({triggers}) were dropped from the database: someone edited the file with an outside tool. Tram will not start and hide that; tell your administrator and restore a backup.',
  },
  'audit.anchorProblem.missing': {
    vi: 'thiếu dòng nhật ký',
    en: 'log rows missing',
  },
  'audit.anchorProblem.changed': {
    vi: 'nhật ký đã bị sửa',
    en: 'log rewritten',
  },
  'workstations.lanOff': {
    vi: 'Chưa bật truy cập qua mạng LAN (HTTPS). Bật trong Cài đặt → Mạng rồi khởi động lại Tram.',
    en: 'LAN access (HTTPS) is not on. Turn it on in Settings → Network and restart Tram.',
  },
  'workstations.notFound': { vi: 'Không tìm thấy máy trạm.', en: 'Workstation not found.' },
  'workstations.codeExpired': {
    vi: 'Mã ghép nối đã hết hạn hoặc chưa được tạo. Tạo mã mới trên máy chủ.',
    en: 'The pairing code has expired or was never made. Make a new one on the server.',
  },
  'workstations.codeWrong': {
    vi: 'Mã ghép nối không đúng, hoặc máy chủ trả lời bằng chứng chỉ khác với chứng chỉ của Tram.',
    en: "The pairing code is wrong, or the server answered with a certificate other than Tram's.",
  },
  'workstations.revoked': {
    vi: 'Máy trạm này đã bị thu hồi quyền kết nối. Hỏi quản trị viên để ghép nối lại.',
    en: 'This workstation has been revoked. Ask the administrator to pair it again.',
  },
  'workstation.desktopOnly': {
    vi: 'Chỉ ứng dụng Tram trên máy tính mới kết nối làm máy trạm được.',
    en: 'Only the Tram desktop app can connect as a workstation.',
  },
  'workstation.notConnected': {
    vi: 'Máy này không phải máy trạm của máy chủ nào.',
    en: 'This PC is not a workstation of any server.',
  },
  'workstation.addressFormat': {
    vi: 'Nhập địa chỉ máy chủ, ví dụ 192.168.1.10:8717',
    en: 'Enter the server address, e.g. 192.168.1.10:8717',
  },
  'workstation.unreachable': {
    vi: 'Không kết nối được tới máy chủ Tram {server} ({detail}).',
    en: 'Cannot reach the Tram server {server} ({detail}).',
  },
  'workstation.certificateChanged': {
    vi: 'Máy chủ {server} trả lời bằng chứng chỉ khác với chứng chỉ đã ghim khi ghép nối. Tram không gửi dữ liệu tới máy này; hãy hỏi quản trị viên.',
    en: 'The server {server} answered with a certificate other than the one pinned at pairing. Tram sends nothing to it; ask the administrator.',
  },
  'workstation.notTram': {
    vi: 'Địa chỉ {server} không phải máy chủ Tram bật truy cập mạng LAN.',
    en: 'The address {server} is not a Tram server with LAN access on.',
  },
});
