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
  'settings.sessionMaxHours': {
    vi: 'Phiên đăng nhập dài tối đa (giờ)',
    en: 'Longest session (hours)',
  },
  'settings.network.tab': { vi: 'Mạng & máy trạm', en: 'Network & workstations' },
  'network.certificate.title': { vi: 'Chứng chỉ HTTPS của Tram', en: "Tram's HTTPS certificate" },
  'network.certificate.off': {
    vi: 'Truy cập qua mạng LAN đang tắt. Khi bật (tab Chung → Mạng), Tram tự tạo cơ quan chứng thực (CA) riêng và chỉ phục vụ qua HTTPS.',
    en: 'LAN access is off. Once on (General → Network), Tram makes its own certificate authority (CA) and serves HTTPS only.',
  },
  'network.certificate.show': { vi: 'Xem chứng chỉ', en: 'Show certificate' },
  'network.certificate.caFingerprint': {
    vi: 'Dấu vân tay CA (SHA-256) — so khớp trên máy khác',
    en: 'CA fingerprint (SHA-256) — compare on the other PC',
  },
  'network.certificate.names': { vi: 'Địa chỉ được chứng nhận', en: 'Names covered' },
  'network.certificate.validTo': { vi: 'Hiệu lực đến', en: 'Valid until' },
  'network.certificate.download': {
    vi: 'Tải chứng chỉ CA (tram-ca.crt)',
    en: 'Download the CA certificate (tram-ca.crt)',
  },
  'network.certificate.howTo': {
    vi: 'Cài tệp tram-ca.crt vào mục "Trusted Root Certification Authorities" trên máy dùng trình duyệt, rồi mở https://<địa chỉ máy này>:<cổng>/.',
    en: 'Install tram-ca.crt under "Trusted Root Certification Authorities" on the browser PC, then open https://<this PC>:<port>/.',
  },
  'workstations.title': { vi: 'Máy trạm đã ghép nối', en: 'Paired workstations' },
  'workstations.none': { vi: 'Chưa có máy trạm nào.', en: 'No workstations yet.' },
  'workstations.newCode': { vi: 'Tạo mã ghép nối', en: 'Make a pairing code' },
  'workstations.codeShown': {
    vi: 'Nhập mã này trên máy trạm (mục "Kết nối tới máy chủ Tram"), trước {time}.',
    en: 'Type this code on the workstation ("Connect to a Tram server") before {time}.',
  },
  'workstations.col.name': { vi: 'Tên máy', en: 'Name' },
  'workstations.col.address': { vi: 'Địa chỉ', en: 'Address' },
  'workstations.col.user': { vi: 'Người dùng', en: 'User' },
  'workstations.col.lastSeen': { vi: 'Lần gọi cuối', en: 'Last call' },
  'workstations.revoke': { vi: 'Thu hồi', en: 'Revoke' },
  'workstations.revoked.at': { vi: 'Đã thu hồi {time}', en: 'Revoked {time}' },
  'workstations.revokeConfirm': {
    vi: 'Thu hồi máy trạm "{name}"? Máy này sẽ không kết nối được nữa và mọi phiên đang mở trên đó kết thúc.',
    en: 'Revoke workstation "{name}"? It can no longer connect and its open sessions end.',
  },
  'workstation.connect.title': { vi: 'Kết nối tới máy chủ Tram', en: 'Connect to a Tram server' },
  'workstation.connect.intro': {
    vi: 'Máy này sẽ làm máy trạm: mọi dữ liệu nằm trên máy chủ, máy in và máy quét vẫn cắm ở máy này.',
    en: 'This PC becomes a workstation: the data stays on the server; printers and scanners stay plugged in here.',
  },
  'workstation.connect.address': { vi: 'Địa chỉ máy chủ', en: 'Server address' },
  'workstation.connect.code': {
    vi: 'Mã ghép nối (hiện trên máy chủ)',
    en: 'Pairing code (shown on the server)',
  },
  'workstation.connect.name': { vi: 'Tên máy này', en: "This PC's name" },
  'workstation.connect.submit': { vi: 'Kết nối', en: 'Connect' },
  'workstation.connected': {
    vi: 'Máy này là máy trạm của {server}. Dấu vân tay CA đã ghim:',
    en: 'This PC is a workstation of {server}. Pinned CA fingerprint:',
  },
  'workstation.disconnect': { vi: 'Thôi làm máy trạm', en: 'Stop being a workstation' },
  'workstation.standalone': {
    vi: 'Máy này đang chạy độc lập, dữ liệu trên chính máy này.',
    en: 'This PC works on its own, with its own data.',
  },
  'audit.anchorFailed': {
    vi: 'Bản sao đầu chuỗi lưu ngoài cơ sở dữ liệu lúc {at} ({reason}, bản ghi số {id}) không còn khớp: {problem}.',
    en: 'The copy of the chain head kept outside the database at {at} ({reason}, entry {id}) no longer matches: {problem}.',
  },
  'audit.intactUntil': {
    vi: 'Nhật ký còn khớp đến bản sao lúc {at} (bản ghi số {id}); bị thay đổi sau thời điểm đó.',
    en: 'The log still matched the copy taken at {at} (entry {id}); it was changed after that.',
  },
  'audit.missingRows': {
    vi: 'Thiếu ít nhất {count} bản ghi ở cuối nhật ký.',
    en: 'At least {count} entries are missing from the end of the log.',
  },
  'audit.anchorsUnreadable': {
    vi: '{count} dòng trong tệp bản sao đầu chuỗi không hợp lệ (bị sửa hoặc giả mạo).',
    en: '{count} lines of the anchor file are not genuine (edited or made up).',
  },
  'audit.anchorsChecked': {
    vi: 'Đã đối chiếu {count} bản sao đầu chuỗi lưu ngoài cơ sở dữ liệu.',
    en: '{count} copies of the chain head kept outside the database checked.',
  },
  'audit.anchorReason.start': { vi: 'khởi động', en: 'start' },
  'audit.anchorReason.shiftClose': { vi: 'kết ca', en: 'shift close' },
  'audit.anchorReason.backup': { vi: 'sao lưu', en: 'backup' },
  'audit.anchorReason.reportBundle': { vi: 'gói báo cáo', en: 'report bundle' },
  'proc.workstations.pairingCode': { vi: 'Tạo mã ghép nối máy trạm', en: 'Make a pairing code' },
  'proc.workstations.pair': { vi: 'Ghép nối máy trạm', en: 'Pair a workstation' },
  'proc.workstations.pair.failed': {
    vi: 'Ghép nối máy trạm không thành công',
    en: 'Failed pairing',
  },
  'proc.workstations.revoke': { vi: 'Thu hồi máy trạm', en: 'Revoke a workstation' },
  'proc.workstation.connect': { vi: 'Kết nối tới máy chủ Tram', en: 'Connect to a Tram server' },
  'audit.chainConsistent': {
    vi: 'Chuỗi băm tự khớp qua {checked} bản ghi, nhưng không khớp với bản sao lưu ngoài cơ sở dữ liệu:',
    en: 'The hash chain is consistent over {checked} entries, but it does not match the copies kept outside the database:',
  },
});
