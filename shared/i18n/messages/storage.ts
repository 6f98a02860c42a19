import { defineMessages } from '../define';

/** The data file's safety: encryption, start-up faults, backups and restore. */
export const storage = defineMessages({
  'db.emptyFile': {
    vi: 'Tệp dữ liệu {file} rỗng (0 byte), có thể do mất điện hoặc ổ đĩa lỗi khi đang ghi. Tram không tạo dữ liệu mới đè lên; hãy khôi phục từ bản sao lưu.',
    en: 'The data file {file} is empty (0 bytes), perhaps after a power cut or a disk fault. Tram will not start afresh over it; restore a backup.',
  },
  'db.orphanWal': {
    vi: 'Thư mục dữ liệu còn tệp nhật ký ghi ({file}-wal) nhưng không còn tệp dữ liệu {file}. Có thể tệp dữ liệu đã bị xoá hoặc di chuyển. Tram không tạo dữ liệu mới; hãy trả tệp về chỗ cũ hoặc khôi phục từ bản sao lưu.',
    en: 'The data folder still has the write-ahead log ({file}-wal) but not the data file {file}; it may have been deleted or moved. Tram will not start afresh; put the file back or restore a backup.',
  },
  'db.missingKey': {
    vi: 'Không tìm thấy khoá giải mã của cơ sở dữ liệu {file}. Hãy nhập mã khôi phục đã in khi cài đặt.',
    en: 'The key for the database {file} is missing. Enter the recovery code printed at setup.',
  },
  'db.missingDatabase': {
    vi: 'Thư mục {dir} có bản sao lưu của Tram nhưng không có tệp dữ liệu (tệp đã mất, hoặc đây là máy mới cần khôi phục). Tram không tạo dữ liệu mới đè lên; hãy khôi phục từ bản sao lưu.',
    en: 'The folder {dir} has Tram backups but no data file (it was lost, or this is a new PC to restore onto). Tram will not start afresh; restore a backup.',
  },
  'db.noFolder': {
    vi: 'Không tìm thấy thư mục dữ liệu {dir}. Nếu dữ liệu nằm trên ổ đĩa rời, hãy cắm lại ổ đĩa; nếu đúng là lần đầu, hãy tạo thư mục này.',
    en: 'The data folder {dir} does not exist. If it is on a removable drive, plug it back in; if this is a first start, create the folder.',
  },
  'db.readOnly': {
    vi: 'Tram không ghi được vào thư mục dữ liệu {dir} (chỉ đọc hoặc không có quyền). Hãy cấp quyền ghi hoặc chọn thư mục khác.',
    en: 'Tram cannot write to the data folder {dir} (read-only or no permission). Grant write access or choose another folder.',
  },
  'db.locked': {
    vi: 'Một Tram khác đang dùng thư mục dữ liệu này (máy {host}, tiến trình {pid}, từ {since}). Hãy đóng Tram đó trước. Hai Tram cùng ghi một tệp dữ liệu có thể làm hỏng dữ liệu.',
    en: 'Another Tram is using this data folder (host {host}, process {pid}, since {since}). Close it first: two Trams writing one file could damage it.',
  },
  'db.diskFull': {
    vi: 'Ổ đĩa chứa {file} đã đầy. Hãy giải phóng dung lượng rồi mở lại Tram.',
    en: 'The disk holding {file} is full. Free some space and start Tram again.',
  },
  'db.encrypting': {
    vi: 'Đang mã hoá dữ liệu lần đầu… {percent}%',
    en: 'Encrypting the data for the first time… {percent}%',
  },
  'error.DISK_FULL': {
    vi: 'Ổ đĩa đã đầy, chưa lưu được. Dữ liệu đã lưu trước đó vẫn còn nguyên; hãy giải phóng dung lượng ổ đĩa rồi lưu lại.',
    en: 'The disk is full; this was not saved. Everything saved before is intact; free some disk space and save again.',
  },
  'backups.notVerified': {
    vi: 'Bản sao lưu này không qua được kiểm tra ({problems}); Tram không khôi phục từ nó.',
    en: 'This backup failed its check ({problems}); Tram will not restore it.',
  },
  'backups.beforeRestoreFailed': {
    vi: 'Không tạo được bản sao của dữ liệu hiện tại trước khi khôi phục, nên Tram chưa khôi phục.',
    en: 'Could not keep a copy of the current data before restoring, so nothing was restored.',
  },
  'backups.codeAlreadyShown': {
    vi: 'Mã khôi phục chỉ hiện một lần và đã được xác nhận cất giữ.',
    en: 'The recovery code is shown only once and has already been confirmed as kept.',
  },
  'recovery.notNeeded': {
    vi: 'Tram đang chạy bình thường; không cần khôi phục từ màn hình lỗi.',
    en: 'Tram is running normally; there is nothing to recover here.',
  },
  'proc.backups.create': { vi: 'Tạo bản sao lưu', en: 'Create a backup' },
  'proc.backups.restore': { vi: 'Khôi phục từ bản sao lưu', en: 'Restore a backup' },
  'proc.backups.settings': { vi: 'Đổi cài đặt sao lưu', en: 'Change backup settings' },
  'proc.backups.recoveryCode.shown': { vi: 'Xem mã khôi phục', en: 'Recovery code shown' },
  'proc.backups.recoveryCodeSaved': {
    vi: 'Xác nhận đã cất mã khôi phục',
    en: 'Recovery code confirmed as kept',
  },
  'recovery.badCode': {
    vi: 'Mã khôi phục gõ chưa đúng ở nhóm {groups}. Hãy đối chiếu lại với bản in.',
    en: 'The recovery code is mistyped in group(s) {groups}. Check it against the printout.',
  },
  'recovery.codeNeeded': {
    vi: 'Máy này không có khoá của dữ liệu: hãy nhập mã khôi phục đã in khi cài đặt.',
    en: 'This PC has no key for the data: enter the recovery code printed at setup.',
  },
  'recovery.codeDoesNotOpen': {
    vi: 'Mã khôi phục hợp lệ nhưng không mở được tệp dữ liệu này (mã của trạm khác, hoặc tệp đã hỏng).',
    en: 'The recovery code is well-formed but does not open this data file (another station’s code, or a damaged file).',
  },
  'nav.backups': { vi: 'Sao lưu', en: 'Backups' },
  'backups.title': { vi: 'Sao lưu', en: 'Backups' },
  'backups.description': {
    vi: 'Tram tự sao lưu mỗi ngày khi mở máy lần đầu, khi tắt ứng dụng và trước mỗi lần cập nhật. Mỗi bản sao được mở lại bằng khoá và kiểm tra.',
    en: 'Tram backs up by itself at the first start of each day, at shutdown and before every update. Each copy is reopened with the key and checked.',
  },
  'backups.createNow': { vi: 'Sao lưu ngay', en: 'Back up now' },
  'backups.created': { vi: 'Đã sao lưu và kiểm tra xong.', en: 'Backed up and checked.' },
  'backups.lastBackup': { vi: 'Bản sao lưu gần nhất', en: 'Latest backup' },
  'backups.lastOffsite': { vi: 'Bản sao ngoài máy gần nhất', en: 'Latest copy outside this PC' },
  'backups.never': { vi: 'Chưa có', en: 'None yet' },
  'backups.integrity': { vi: 'Kiểm tra toàn vẹn tệp dữ liệu', en: 'Data file integrity check' },
  'backups.integrity.running': { vi: 'Đang kiểm tra…', en: 'Checking…' },
  'backups.integrity.ok': { vi: 'Tốt ({how}, {at})', en: 'Good ({how}, {at})' },
  'backups.integrity.failed': {
    vi: 'Phát hiện lỗi trong tệp dữ liệu: {detail}. Lần mở Tram tới sẽ kiểm tra toàn bộ tệp trước khi ghi và đề nghị khôi phục từ bản sao lưu nếu cần. Hãy báo cho người hỗ trợ kỹ thuật.',
    en: 'The data file has problems: {detail}. The next time Tram starts it checks the whole file before writing and offers a restore if needed. Tell your technical support.',
  },
  'backups.integrity.startup': { vi: 'khi khởi động', en: 'at start-up' },
  'backups.integrity.background': { vi: 'chạy nền', en: 'in the background' },
  'backups.offsiteWarning': {
    vi: 'Đã hơn {days} ngày chưa có bản sao lưu nào nằm ngoài máy này. Nếu ổ cứng hỏng hoặc máy bị mất, dữ liệu sẽ mất theo. Hãy cắm USB sao lưu hoặc chọn nơi lưu thứ hai trong trang Sao lưu.',
    en: 'No copy outside this PC for more than {days} days. If the disk dies or the PC is lost, the data goes with it. Plug in the backup USB stick or choose a second place on the Backups page.',
  },
  'backups.noOffsite': {
    vi: 'Chưa có bản sao lưu nào nằm ngoài máy này. Nếu ổ cứng hỏng hoặc máy bị mất, dữ liệu sẽ mất theo. Hãy chọn nơi lưu thứ hai (USB hoặc ổ đĩa khác) trong trang Sao lưu.',
    en: 'There is no copy outside this PC yet. If the disk dies or the PC is lost, the data goes with it. Choose a second place (a USB stick or another disk) on the Backups page.',
  },
  'backups.settingsTitle': { vi: 'Cài đặt sao lưu', en: 'Backup settings' },
  'backups.keepDaily': { vi: 'Giữ bản hằng ngày (số ngày)', en: 'Daily copies kept (days)' },
  'backups.keepWeekly': { vi: 'Giữ bản hằng tuần (số tuần)', en: 'Weekly copies kept (weeks)' },
  'backups.keepMonthly': {
    vi: 'Giữ bản hằng tháng (số tháng)',
    en: 'Monthly copies kept (months)',
  },
  'backups.secondPlace': {
    vi: 'Nơi lưu thứ hai (ổ đĩa khác hoặc USB)',
    en: 'Second place (another disk or a USB stick)',
  },
  'backups.secondPlaceHint': {
    vi: 'Ví dụ E:\\ hoặc /media/usb. Để trống nếu không dùng.',
    en: 'For example E:\\ or /media/usb. Leave empty for none.',
  },
  'backups.offsiteWarnDays': {
    vi: 'Cảnh báo khi bản ngoài máy cũ hơn (ngày)',
    en: 'Warn when the outside copy is older than (days)',
  },
  'backups.saveSettings': { vi: 'Lưu cài đặt', en: 'Save settings' },
  'backups.settingsSaved': { vi: 'Đã lưu cài đặt sao lưu.', en: 'Backup settings saved.' },
  'backups.list': { vi: 'Các bản sao lưu', en: 'Backups' },
  'backups.col.time': { vi: 'Thời điểm', en: 'Taken' },
  'backups.col.kind': { vi: 'Loại', en: 'Kind' },
  'backups.col.size': { vi: 'Dung lượng', en: 'Size' },
  'backups.col.check': { vi: 'Kiểm tra', en: 'Check' },
  'backups.col.places': { vi: 'Nơi lưu', en: 'Where' },
  'backups.kind.daily': { vi: 'Hằng ngày', en: 'Daily' },
  'backups.kind.shutdown': { vi: 'Khi tắt máy', en: 'At shutdown' },
  'backups.kind.migration': { vi: 'Trước cập nhật', en: 'Before an update' },
  'backups.kind.manual': { vi: 'Sao lưu tay', en: 'On demand' },
  'backups.kind.before-restore': { vi: 'Trước khôi phục', en: 'Before a restore' },
  'backups.kind.before-encryption': { vi: 'Trước mã hoá', en: 'Before encryption' },
  'backups.place.pc': { vi: 'Máy này', en: 'This PC' },
  'backups.place.second': { vi: 'Nơi thứ hai', en: 'Second place' },
  'backups.verified': { vi: 'Đạt', en: 'Good' },
  'backups.notVerifiedBadge': { vi: 'Lỗi', en: 'Failed' },
  'backups.verify': { vi: 'Kiểm tra lại', en: 'Check again' },
  'backups.verifyOk': { vi: 'Bản sao lưu còn tốt.', en: 'The backup is good.' },
  'backups.verifyFailed': {
    vi: 'Bản sao lưu có vấn đề: {problems}',
    en: 'The backup has problems: {problems}',
  },
  'backups.restore': { vi: 'Khôi phục', en: 'Restore' },
  'backups.restoreTitle': { vi: 'Khôi phục dữ liệu từ bản sao lưu?', en: 'Restore this backup?' },
  'backups.restoreWarning': {
    vi: 'Dữ liệu hiện tại sẽ được thay bằng bản sao lưu lúc {at}. Mọi thay đổi sau thời điểm đó sẽ không còn trong dữ liệu đang dùng (Tram vẫn giữ một bản sao của dữ liệu hiện tại, loại "Trước khôi phục"). Mọi người sẽ phải đăng nhập lại.',
    en: 'The current data will be replaced by the backup taken at {at}. Changes made since then will not be in the data in use (Tram keeps a copy of the current data as "Before a restore"). Everyone signs in again.',
  },
  'backups.restoreConfirm': { vi: 'Khôi phục', en: 'Restore' },
  'backups.rows': {
    vi: '{patients} bệnh nhân, {visits} lượt khám',
    en: '{patients} patients, {visits} visits',
  },
  'recoveryCode.title': { vi: 'Mã khôi phục dữ liệu', en: 'Data recovery code' },
  'recoveryCode.intro': {
    vi: 'Dữ liệu của trạm được mã hoá. Nếu máy hỏng hoặc phải chuyển sang máy khác, chỉ có mã này mới mở được các bản sao lưu. Mã chỉ hiện MỘT LẦN: hãy in ra và cất vào tủ khoá của trạm.',
    en: 'The station’s data is encrypted. If this PC fails or you move to another one, only this code opens the backups. It is shown ONCE: print it and keep it in the station’s safe.',
  },
  'recoveryCode.print': { vi: 'In mã', en: 'Print the code' },
  'recoveryCode.kept': {
    vi: 'Tôi đã in (hoặc chép tay) mã này và cất ở nơi an toàn',
    en: 'I have printed (or written down) this code and put it somewhere safe',
  },
  'recoveryCode.continue': { vi: 'Tiếp tục', en: 'Continue' },
  'recoveryCode.facility': { vi: 'Cơ sở: {name}', en: 'Facility: {name}' },
  'recovery.title': { vi: 'Tram không mở được dữ liệu', en: 'Tram cannot open its data' },
  'recovery.backups': { vi: 'Bản sao lưu tìm thấy', en: 'Backups found' },
  'recovery.none': {
    vi: 'Không tìm thấy bản sao lưu nào ở đây. Hãy cắm USB sao lưu và nhập đường dẫn bên dưới.',
    en: 'No backups found here. Plug in the backup USB stick and enter its folder below.',
  },
  'recovery.otherFolder': {
    vi: 'Tìm bản sao lưu ở thư mục khác (USB, ổ đĩa khác)',
    en: 'Look for backups in another folder (USB stick, another disk)',
  },
  'recovery.look': { vi: 'Tìm', en: 'Look' },
  'recovery.code': { vi: 'Mã khôi phục (in khi cài đặt)', en: 'Recovery code (printed at setup)' },
  'recovery.codeHint': {
    vi: '13 nhóm, mỗi nhóm 5 ký tự; không cần gõ dấu gạch.',
    en: '13 groups of 5 characters; the dashes are optional.',
  },
  'recovery.unlock': { vi: 'Mở bằng mã khôi phục', en: 'Open with the recovery code' },
  'recovery.restoring': {
    vi: 'Đang khôi phục… Tram sẽ tự mở lại khi xong.',
    en: 'Restoring… Tram opens again by itself when done.',
  },
  'backups.codePending': {
    vi: 'Mã khôi phục dữ liệu chưa được xác nhận là đã in và cất giữ. Không có mã này, bản sao lưu không mở được trên máy khác.',
    en: 'The recovery code has not been confirmed as printed and kept. Without it, backups cannot be opened on another PC.',
  },
  'backups.showCode': { vi: 'Xem và in mã khôi phục', en: 'Show and print the recovery code' },
});
