import { defineMessages } from '../define';

/** Upstream sync: the "Đồng bộ" page, its targets, the outbox and delivery errors. */
export const sync = defineMessages({
  'nav.sync': { vi: 'Đồng bộ', en: 'Sync' },
  'sync.title': { vi: 'Đồng bộ báo cáo lên tuyến trên', en: 'Sending reports upstream' },
  'sync.intro': {
    vi: 'Khi có mạng, báo cáo đã chốt được gửi tự động lên tuyến trên (Tram của TTYT hoặc DHIS2). Chỉ gửi số liệu tổng hợp, không gửi thông tin người bệnh.',
    en: 'When there is a network, submitted reports go upstream by themselves (the district’s Tram or DHIS2). Only aggregate figures leave, never patient data.',
  },
  'sync.targets': { vi: 'Nơi nhận', en: 'Targets' },
  'sync.targets.none': {
    vi: 'Chưa có nơi nhận nào. Thêm Tram của TTYT hoặc máy chủ DHIS2 để gửi báo cáo qua mạng.',
    en: 'No targets yet. Add the district’s Tram or a DHIS2 server to send reports over the network.',
  },
  'sync.target.add': { vi: 'Thêm nơi nhận', en: 'Add target' },
  'sync.target.edit': { vi: 'Sửa nơi nhận', en: 'Edit target' },
  'sync.target.name': { vi: 'Tên nơi nhận', en: 'Name' },
  'sync.target.kind': { vi: 'Loại', en: 'Kind' },
  'sync.kind.tram': { vi: 'Tram tuyến trên (TTYT)', en: 'Upstream Tram (district)' },
  'sync.kind.dhis2': { vi: 'DHIS2', en: 'DHIS2' },
  'sync.target.baseUrl': { vi: 'Địa chỉ', en: 'Address' },
  'sync.target.baseUrl.tramHint': {
    vi: 'Ví dụ 192.168.1.10:8443 — xem trong Cài đặt → Mạng của máy TTYT',
    en: 'For example 192.168.1.10:8443 — see Settings → Network on the district’s PC',
  },
  'sync.target.baseUrl.dhis2Hint': {
    vi: 'Ví dụ https://dhis2.soyte.gov.vn (không có /api)',
    en: 'For example https://dhis2.example.org (without /api)',
  },
  'sync.target.fingerprint': {
    vi: 'Dấu vân tay chứng chỉ (SHA-256)',
    en: 'Certificate fingerprint (SHA-256)',
  },
  'sync.target.credential': {
    vi: 'Mã kết nối do TTYT cấp',
    en: 'Credential issued by the district',
  },
  'sync.target.credential.kept': {
    vi: 'Đã lưu — để trống nếu không đổi',
    en: 'Saved — leave empty to keep it',
  },
  'sync.target.username': { vi: 'Tên đăng nhập DHIS2', en: 'DHIS2 user name' },
  'sync.target.password': { vi: 'Mật khẩu', en: 'Password' },
  'sync.target.token': {
    vi: 'Hoặc mã truy cập cá nhân (PAT)',
    en: 'Or a personal access token (PAT)',
  },
  'sync.target.enabled': { vi: 'Đang dùng', en: 'In use' },
  'sync.target.mapping': { vi: 'Ánh xạ mã sang DHIS2', en: 'Code mapping to DHIS2' },
  'sync.target.mapping.hint': {
    vi: 'Mỗi dòng: loại,mã Tram,mã DHIS2 (loại: dataElement, categoryOptionCombo, dataSet, orgUnit). Mã chưa ánh xạ được gửi nguyên mã Tram.',
    en: 'One per line: kind,Tram code,DHIS2 code (kind: dataElement, categoryOptionCombo, dataSet, orgUnit). Unmapped codes are sent as Tram’s own.',
  },
  'sync.target.mapping.rows': { vi: '{count} dòng ánh xạ', en: '{count} mapping rows' },
  'sync.target.mapping.file': { vi: 'Nhập từ tệp csv', en: 'Import from a csv file' },
  'sync.target.test': { vi: 'Kiểm tra kết nối', en: 'Test connection' },
  'sync.target.saved': { vi: 'Đã lưu nơi nhận', en: 'Target saved' },
  'sync.target.lastSuccess': { vi: 'Gửi được lần cuối', en: 'Last success' },
  'sync.target.lastError': { vi: 'Lỗi gần nhất', en: 'Last error' },
  'sync.target.never': { vi: 'Chưa lần nào', en: 'Never' },
  'sync.target.notFound': { vi: 'Không có nơi nhận này.', en: 'No such target.' },
  'sync.target.kindChanged': {
    vi: 'Không đổi được loại nơi nhận; hãy thêm nơi nhận mới.',
    en: 'A target’s kind cannot change; add a new target.',
  },
  'sync.target.disabled': { vi: 'Tạm dừng', en: 'Paused' },
  'sync.url': {
    vi: 'Địa chỉ phải bắt đầu bằng https:// hoặc http://',
    en: 'The address must start with https:// or http://',
  },
  'sync.fingerprint': {
    vi: 'Dấu vân tay gồm 64 chữ số hex (có thể có dấu hai chấm)',
    en: 'A fingerprint is 64 hex digits (colons allowed)',
  },
  'sync.credential.format': {
    vi: 'Mã kết nối không đúng dạng (bắt đầu bằng tram-sc.)',
    en: 'Not a credential (it starts with tram-sc.)',
  },
  'sync.credential.wrong': {
    vi: 'Mã kết nối không đúng hoặc đã bị thu hồi.',
    en: 'Unknown or revoked credential.',
  },
  'sync.mapping.csv': {
    vi: 'Dòng {line} của bảng ánh xạ không đọc được (cần: loại,mã Tram,mã DHIS2)',
    en: 'Line {line} of the mapping cannot be read (expected: kind,Tram code,DHIS2 code)',
  },

  'sync.outbox': { vi: 'Hàng đợi gửi', en: 'Outbox' },
  'sync.outbox.none': { vi: 'Chưa có báo cáo nào chờ gửi.', en: 'Nothing in the outbox.' },
  'sync.outbox.notFound': { vi: 'Không có dòng này trong hàng đợi.', en: 'No such outbox row.' },
  'sync.outbox.notFailed': {
    vi: 'Chỉ gửi lại được dòng đã lỗi.',
    en: 'Only a failed row can be resent.',
  },
  'sync.status.pending': { vi: 'Chờ gửi', en: 'Pending' },
  'sync.status.sent': { vi: 'Đã gửi', en: 'Sent' },
  'sync.status.failed': { vi: 'Lỗi', en: 'Failed' },
  'sync.status.all': { vi: 'Tất cả', en: 'All' },
  'sync.column.report': { vi: 'Báo cáo', en: 'Report' },
  'sync.column.target': { vi: 'Nơi nhận', en: 'Target' },
  'sync.column.status': { vi: 'Trạng thái', en: 'Status' },
  'sync.column.answer': { vi: 'Phản hồi của máy chủ', en: 'Server’s answer' },
  'sync.column.attempts': { vi: 'Số lần thử', en: 'Attempts' },
  'sync.revision': { vi: 'lần chốt {revision}', en: 'revision {revision}' },
  'sync.nextAttempt': { vi: 'Thử lại lúc {time}', en: 'Next try at {time}' },
  'sync.sentAt': { vi: 'Gửi lúc {time}', en: 'Sent at {time}' },
  'sync.runNow': { vi: 'Gửi ngay', en: 'Send now' },
  'sync.retry': { vi: 'Gửi lại', en: 'Resend' },
  'sync.run.done': {
    vi: 'Đã gửi {sent}, lỗi {failed}, còn chờ {pending}',
    en: 'Sent {sent}, failed {failed}, still pending {pending}',
  },
  'sync.answer.outcome.imported': { vi: 'Tuyến trên đã nhận', en: 'Received upstream' },
  'sync.answer.outcome.duplicate': {
    vi: 'Tuyến trên đã có gói này',
    en: 'Upstream already had it',
  },
  'sync.answer.outcome.superseded': {
    vi: 'Tuyến trên đã có lần chốt mới hơn',
    en: 'Upstream holds a later revision',
  },
  'sync.answer.outcome.pending-station': {
    vi: 'Đã nhận, chờ TTYT xác nhận trạm',
    en: 'Received, awaiting the station’s confirmation',
  },
  'sync.answer.outcome.rejected': { vi: 'Bị từ chối', en: 'Rejected' },
  'sync.answer.counts': {
    vi: 'Thêm {imported}, cập nhật {updated}, bỏ qua {ignored}',
    en: 'Imported {imported}, updated {updated}, ignored {ignored}',
  },
  'sync.answer.conflicts': { vi: '{count} xung đột', en: '{count} conflicts' },

  'sync.error.unreachable': {
    vi: 'Không kết nối được ({detail}); sẽ tự thử lại.',
    en: 'Could not connect ({detail}); will try again.',
  },
  'sync.error.timeout': {
    vi: 'Máy chủ không trả lời kịp; sẽ tự thử lại.',
    en: 'The server did not answer in time; will try again.',
  },
  'sync.error.server': {
    vi: 'Máy chủ báo lỗi {status}; sẽ tự thử lại.',
    en: 'The server answered {status}; will try again.',
  },
  'sync.error.credential': {
    vi: 'Máy chủ từ chối tài khoản hoặc mã kết nối ({status}). Sửa ở nơi nhận rồi bấm Gửi lại.',
    en: 'The server refused the account or credential ({status}). Fix the target, then resend.',
  },
  'sync.error.pin': {
    vi: 'Chứng chỉ của máy chủ không khớp dấu vân tay đã nhập — không gửi. Kiểm tra lại với TTYT.',
    en: 'The server’s certificate does not match the fingerprint entered — nothing sent. Check with the district.',
  },
  'sync.error.refused': { vi: 'Tuyến trên từ chối: {detail}', en: 'Refused upstream: {detail}' },
  'sync.error.rejected': {
    vi: 'Tuyến trên không nhận gói báo cáo: {reason}',
    en: 'Upstream refused the bundle: {reason}',
  },
  'sync.error.conflictsDryRun': {
    vi: 'DHIS2 chạy thử báo {count} xung đột, chưa gửi: {object} — {value}',
    en: 'DHIS2’s dry run found {count} conflicts, nothing sent: {object} — {value}',
  },
  'sync.error.conflicts': {
    vi: 'DHIS2 báo {count} xung đột: {object} — {value}',
    en: 'DHIS2 reported {count} conflicts: {object} — {value}',
  },
  'sync.error.badRequest': {
    vi: 'DHIS2 không nhận dữ liệu ({status}): {detail}',
    en: 'DHIS2 did not take the data ({status}): {detail}',
  },
  'sync.error.complete': {
    vi: 'Đã gửi số liệu nhưng DHIS2 không ghi nhận hoàn thành biểu ({status}).',
    en: 'Values sent, but DHIS2 refused the completeness registration ({status}).',
  },
  'sync.error.unreadable': {
    vi: 'Không đọc được câu trả lời của máy chủ ({status}).',
    en: 'Could not read the server’s answer ({status}).',
  },
  'sync.error.noSecret': {
    vi: 'Thiếu mật khẩu, mã truy cập hoặc mã kết nối (hoặc không mở được bản đã lưu): nhập lại ở nơi nhận.',
    en: 'Password, token or credential missing (or the saved one cannot be opened): enter it again.',
  },
  'sync.error.unexpected': {
    vi: 'Lỗi không lường trước khi gửi ({detail}); sẽ tự thử lại.',
    en: 'Unexpected error while sending ({detail}); will try again.',
  },
  'sync.test.tramOk': {
    vi: 'Kết nối tốt: {name} nhận báo cáo của trạm {station}.',
    en: 'Connected: {name} takes station {station}’s reports.',
  },
  'sync.test.dhis2Ok': {
    vi: 'Kết nối tốt: DHIS2 {version}, tài khoản {user}.',
    en: 'Connected: DHIS2 {version}, user {user}.',
  },

  'sync.target.kind.hint': {
    vi: 'Loại nơi nhận không đổi được sau khi lưu.',
    en: 'A target’s kind cannot change once saved.',
  },
  'sync.target.fingerprint.hint': {
    vi: 'TTYT đọc cho trạm cùng mã kết nối (trên máy TTYT: Cài đặt → Mạng).',
    en: 'The district gives it with the credential (on its PC: Settings → Network).',
  },
  'sync.target.dhis2Auth': {
    vi: 'Nhập tên đăng nhập và mật khẩu DHIS2, hoặc chỉ mã truy cập cá nhân.',
    en: 'Enter the DHIS2 user name and password, or a personal access token alone.',
  },
  'sync.target.mapping.loaded': {
    vi: 'Đã nạp tệp {name} ({count} dòng ánh xạ). Bấm Lưu để dùng.',
    en: 'Loaded {name} ({count} mapping rows). Save to use it.',
  },
  'sync.target.mapping.unreadable': {
    vi: 'Không đọc được tệp {name}.',
    en: 'Could not read {name}.',
  },
  'sync.target.enabled.hint': {
    vi: 'Tắt để tạm dừng gửi tới nơi này; báo cáo mới sẽ không được xếp hàng cho nơi này.',
    en: 'Turn off to pause sending here; new reports are not queued for it.',
  },
  'sync.target.notTested': {
    vi: 'Bấm Kiểm tra kết nối sau khi lưu để chắc chắn mọi thông tin đều đúng.',
    en: 'Test the connection after saving to be sure everything is right.',
  },
  'sync.outbox.filter': { vi: 'Lọc theo trạng thái', en: 'Filter by status' },
  'sync.outbox.noneHere': { vi: 'Không có dòng nào ở mục này.', en: 'Nothing here.' },
  'sync.lastAttempt': { vi: 'Thử lần cuối lúc {time}', en: 'Last try at {time}' },
  'sync.retry.done': {
    vi: 'Đã đưa báo cáo vào lại hàng đợi.',
    en: 'The report is back in the queue.',
  },
  'sync.answer.more': { vi: '… và {count} xung đột khác', en: '… and {count} more conflicts' },
  'sync.answer.http': { vi: 'Mã trả về HTTP {status}', en: 'HTTP status {status}' },

  'stations.credential': { vi: 'Cấp mã kết nối', en: 'Issue credential' },
  'stations.credential.title': {
    vi: 'Mã kết nối cho trạm {code}',
    en: 'Credential for station {code}',
  },
  'stations.credential.once': {
    vi: 'Mã chỉ hiện một lần. Gửi cho trạm cùng địa chỉ và dấu vân tay dưới đây; mã cũ (nếu có) hết hiệu lực.',
    en: 'Shown once. Give it to the station with the address and fingerprint below; any old one stops working.',
  },
  'stations.credential.code': { vi: 'Mã trạm (5 số)', en: 'Station code (5 digits)' },
  'stations.credential.ask': {
    vi: 'Cấp mã kết nối mới cho trạm {code}? Nếu trạm đang dùng mã cũ thì mã cũ hết hiệu lực ngay, trạm phải nhập mã mới.',
    en: 'Issue a new credential for station {code}? Any credential it uses now stops working at once; the station must enter the new one.',
  },
  'stations.credential.issuedAt': { vi: 'Cấp lúc {time}', en: 'Issued at {time}' },
  'stations.credential.copy': { vi: 'Sao chép', en: 'Copy' },
  'stations.credential.copied': { vi: 'Đã sao chép', en: 'Copied' },
  'stations.credential.other': {
    vi: 'Cấp mã cho trạm chưa có trong danh sách',
    en: 'Credential for a station not listed yet',
  },
  'stations.credential.otherHint': {
    vi: 'Trạm chưa gửi gói nào vẫn được cấp mã để gửi qua mạng.',
    en: 'A station that has sent nothing yet can still get a credential to send over the network.',
  },
  'stations.credential.addresses': {
    vi: 'Trạm chọn một địa chỉ mà máy trạm kết nối được.',
    en: 'The station picks an address its PC can reach.',
  },
  'stations.credential.lanOff': {
    vi: 'Máy này chưa bật truy cập qua mạng LAN (Cài đặt → Mạng). Bật lên thì trạm mới gửi báo cáo qua mạng được.',
    en: 'Network access is off on this PC (Settings → Network). Turn it on so stations can send over the network.',
  },

  'proc.sync.targets.save': { vi: 'Lưu nơi nhận đồng bộ', en: 'Save sync target' },
  'proc.sync.retry': { vi: 'Gửi lại báo cáo lên tuyến trên', en: 'Resend report upstream' },
  'proc.sync.deliver': { vi: 'Gửi báo cáo lên tuyến trên', en: 'Send report upstream' },
  'proc.stations.credential': { vi: 'Cấp mã kết nối cho trạm', en: 'Issue station credential' },
  'proc.bundles.receive': {
    vi: 'Nhận gói báo cáo qua mạng',
    en: 'Receive bundle over the network',
  },
});
