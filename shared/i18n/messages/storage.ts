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
    vi: 'Thư mục {dir} đã từng có dữ liệu Tram (có khoá và bản sao lưu) nhưng tệp dữ liệu đã mất. Tram không tạo dữ liệu mới đè lên; hãy khôi phục từ bản sao lưu.',
    en: 'The folder {dir} held Tram data before (its key and backups are there) but the data file is gone. Tram will not start afresh; restore a backup.',
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
});
