import { defineMessages } from '../define';

/** USB report bundles: the station's export and the district's import. */
export const bundles = defineMessages({
  'error.otherFacilityKind': {
    vi: 'Chức năng này không có ở loại Tram này (trạm y tế hay trung tâm y tế huyện).',
    en: 'This function does not exist on this kind of Tram (station or district centre).',
  },
  'bundles.period': { vi: 'Kỳ báo cáo không hợp lệ.', en: 'Not a valid reporting period.' },
  'bundles.notSubmitted': {
    vi: 'Báo cáo {dataset} kỳ {period} chưa chốt số liệu, chưa xuất được.',
    en: 'Report {dataset} for {period} has not been submitted yet, so it cannot be exported.',
  },
  'bundles.nothingToAdd': {
    vi: 'Chưa có trạm nào gửi báo cáo {dataset} kỳ {period}.',
    en: 'No station has sent report {dataset} for {period} yet.',
  },
  'bundles.keyUnavailable': {
    vi: 'Không mở được khóa ký của cơ sở (thiếu hoặc sai tệp khóa trong thư mục dữ liệu). Chưa xuất được gói.',
    en: "The facility's signing key cannot be opened (its key file in the data folder is missing or wrong). No bundle was made.",
  },
  'bundles.targetUnknown': {
    vi: 'Nơi lưu này không phải ổ USB đang cắm hay thư mục vừa chọn.',
    en: 'This place is neither a plugged-in USB drive nor the folder just chosen.',
  },
  'bundles.writeFailed': {
    vi: 'Không ghi được gói vào {path}: {detail}. Chưa có gì được ghi nhận; hãy kiểm tra USB rồi thử lại.',
    en: 'The bundle could not be written to {path}: {detail}. Nothing was recorded; check the drive and try again.',
  },
  'bundles.pickerUnavailable': {
    vi: 'Chọn thư mục chỉ có trên ứng dụng máy tính; trên trình duyệt, gói được tải về.',
    en: 'Choosing a folder needs the desktop app; in a browser the bundle is downloaded.',
  },
  'bundles.print.fingerprint': {
    vi: 'Khóa ký của đơn vị: {fingerprint}',
    en: "Facility's signing key: {fingerprint}",
  },
  'bundles.notFound': { vi: 'Không tìm thấy gói này.', en: 'Bundle not found.' },

  'bundles.outcome.imported': { vi: 'Đã nhập', en: 'Imported' },
  'bundles.outcome.duplicate': { vi: 'Đã nhập từ trước', en: 'Already imported' },
  'bundles.outcome.superseded': {
    vi: 'Bản cũ hơn bản đã có, không nhập',
    en: 'Older than the revision held, not imported',
  },
  'bundles.outcome.rejected': { vi: 'Bị từ chối', en: 'Rejected' },
  'bundles.outcome.pending-station': {
    vi: 'Trạm chờ xác nhận',
    en: 'Station awaiting confirmation',
  },

  'bundles.reason.tooLarge': {
    vi: 'Tệp lớn hơn {mb} MB, không mở.',
    en: 'The file is larger than {mb} MB; it was not opened.',
  },
  'bundles.reason.notAZip': {
    vi: 'Không phải gói báo cáo Tram (không đọc được tệp nén).',
    en: 'Not a Tram report bundle (the zip cannot be read).',
  },
  'bundles.reason.unsafePath': {
    vi: 'Gói chứa tên tệp không an toàn ({name}).',
    en: 'The bundle holds an unsafe file name ({name}).',
  },
  'bundles.reason.duplicateEntry': {
    vi: 'Gói chứa tệp {name} hai lần.',
    en: 'The bundle holds {name} twice.',
  },
  'bundles.reason.tooManyEntries': {
    vi: 'Gói chứa quá nhiều tệp.',
    en: 'The bundle holds too many files.',
  },
  'bundles.reason.entryTooLarge': {
    vi: 'Tệp {name} trong gói lớn quá mức cho phép.',
    en: 'The file {name} in the bundle is larger than allowed.',
  },
  'bundles.reason.zipBomb': {
    vi: 'Tệp {name} nén bất thường (có thể là "bom nén"), không giải nén.',
    en: 'The file {name} is compressed abnormally (a zip bomb?); it was not unpacked.',
  },
  'bundles.reason.missingEntry': {
    vi: 'Gói thiếu tệp {name}.',
    en: 'The bundle lacks {name}.',
  },
  'bundles.reason.unexpectedEntry': {
    vi: 'Gói có tệp lạ {name} không có trong bản kê.',
    en: 'The bundle holds {name}, which its manifest does not list.',
  },
  'bundles.reason.manifestUnreadable': {
    vi: 'Không đọc được bản kê (manifest.json) của gói.',
    en: "The bundle's manifest (manifest.json) cannot be read.",
  },
  'bundles.reason.ownBundle': {
    vi: 'Đây là gói do chính đơn vị này xuất.',
    en: 'This bundle was made by this facility itself.',
  },
  'bundles.reason.stationRejected': {
    vi: 'Trạm gửi gói này đã bị từ chối.',
    en: 'The station that sent this bundle was rejected.',
  },
  'bundles.reason.keyMismatch': {
    vi: 'Gói được ký bằng khóa khác với khóa đã đăng ký của trạm.',
    en: "The bundle is signed with a key other than the station's registered one.",
  },
  'bundles.reason.badSignature': {
    vi: 'Chữ ký không hợp lệ: bản kê đã bị sửa hoặc không do trạm ký.',
    en: 'The signature is not valid: the manifest was changed or not signed by the station.',
  },
  'bundles.reason.hashMismatch': {
    vi: 'Tệp {name} đã bị thay đổi (mã băm SHA-256 không khớp bản kê).',
    en: 'The file {name} was changed (its SHA-256 does not match the manifest).',
  },
  'bundles.reason.formatVersion': {
    vi: 'Định dạng gói phiên bản {version} chưa được hỗ trợ; hãy cập nhật Tram.',
    en: 'Bundle format version {version} is not supported; update Tram.',
  },
  'bundles.reason.manifestInvalid': {
    vi: 'Bản kê của gói thiếu hoặc sai thông tin.',
    en: "The bundle's manifest is incomplete or wrong.",
  },
  'bundles.reason.bundleIdReused': {
    vi: 'Mã gói đã dùng cho một gói khác.',
    en: 'The bundle id was already used by another bundle.',
  },
  'bundles.reason.counterReused': {
    vi: 'Số thứ tự gói {counter} của trạm đã dùng cho một gói khác (trạm khôi phục dữ liệu cũ?).',
    en: "The station's bundle number {counter} was already used by another bundle (did it restore old data?).",
  },
  'bundles.reason.chainBroken': {
    vi: 'Gói số {counter} không nối tiếp các gói đã nhận của trạm (mã băm gói trước không khớp).',
    en: "Bundle {counter} does not follow the station's bundles already received (previous hash differs).",
  },
  'bundles.reason.unknownDataset': {
    vi: 'Chưa có mẫu báo cáo {dataset} ở đơn vị này.',
    en: 'This facility does not have report form {dataset}.',
  },
  'bundles.reason.valuesInvalid': {
    vi: 'Số liệu trong gói không hợp lệ hoặc không khớp bản kê.',
    en: "The bundle's values are not valid or do not match its manifest.",
  },
  'bundles.reason.sameRevisionDiffers': {
    vi: 'Cùng lần chốt {revision} nhưng số liệu khác bản đã nhập.',
    en: 'Same revision {revision} as the one held, but with other values.',
  },

  'stations.notFound': { vi: 'Không có trạm {code}.', en: 'No station {code}.' },
  'stations.notPending': {
    vi: 'Trạm {code} không ở trạng thái chờ xác nhận.',
    en: 'Station {code} is not awaiting confirmation.',
  },
  'stations.fingerprintDiffers': {
    vi: 'Dấu vân tay khóa không khớp với khóa trạm gửi đến. Không xác nhận.',
    en: 'The fingerprint does not match the key the station sent. Not confirmed.',
  },
  'district.print.status': {
    vi: 'Tổng hợp số liệu đã chốt của {count} trạm',
    en: 'Sum of the submitted figures of {count} stations',
  },
  'district.print.preparer': { vi: 'Người lập biểu', en: 'Prepared by' },
  'district.print.director': { vi: 'Giám đốc', en: 'Director' },
  'district.unknownDataset': {
    vi: 'Không có mẫu báo cáo {dataset}.',
    en: 'There is no report form {dataset}.',
  },
  'district.periodRange': {
    vi: 'Từ kỳ và đến kỳ phải cùng loại kỳ, từ trước đến sau, tối đa 60 kỳ.',
    en: 'From and to must be periods of the same type, in order, at most 60 apart.',
  },
  'district.notSummable': {
    vi: 'Chỉ tiêu {dataElement} không cộng dồn giữa các trạm; xem số của từng trạm.',
    en: '{dataElement} is not added across stations; see each station’s figure.',
  },
});
