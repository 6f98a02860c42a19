import { defineMessages } from '../define';

/** Start-up and database messages, shown on the error screen before any page loads. */
export const system = defineMessages({
  'db.notADatabase': {
    vi: 'Tệp {file} không phải cơ sở dữ liệu của Tram, khoá không mở được tệp, hoặc tệp đã hỏng nặng. Tram không mở tệp này.',
    en: 'The file {file} is not a Tram database, its key does not open it, or it is badly damaged. Tram did not open it.',
  },
  'db.corrupt': {
    vi: 'Cơ sở dữ liệu {file} bị hỏng ({detail}). Tram dừng lại để không làm mất thêm dữ liệu; hãy khôi phục từ bản sao lưu trong {backupDir}.',
    en: 'The database {file} is damaged ({detail}). Tram stopped so no more data is lost; restore a backup from {backupDir}.',
  },
  'db.tooNew': {
    vi: 'Cơ sở dữ liệu này do phiên bản Tram mới hơn tạo ra ({count} bản cập nhật cấu trúc mà bản này không biết). Hãy cài Tram mới nhất. Dữ liệu chưa bị thay đổi.',
    en: 'This database was written by a newer Tram ({count} schema updates this build does not know). Install the latest Tram. Nothing was changed.',
  },
  'db.migrationFailed': {
    vi: 'Cập nhật cấu trúc cơ sở dữ liệu không thành công ({detail}). Dữ liệu được giữ nguyên; bản sao lưu trước khi cập nhật: {backup}.',
    en: 'Updating the database schema failed ({detail}). The data was kept as it was; backup taken first: {backup}.',
  },
  'db.busy': {
    vi: 'Cơ sở dữ liệu {file} đang bị một chương trình khác giữ. Đóng Tram đang mở ở cửa sổ khác rồi thử lại.',
    en: 'The database {file} is held by another program. Close any other Tram window and try again.',
  },
  'startup.title': { vi: 'Tram không khởi động được', en: 'Tram could not start' },
});
