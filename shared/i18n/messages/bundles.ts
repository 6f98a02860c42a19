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
  'nav.bundles': { vi: 'Xuất ra USB', en: 'Export to USB' },
  'nav.district.import': { vi: 'Nhận báo cáo', en: 'Receive reports' },
  'nav.district.stations': { vi: 'Trạm y tế', en: 'Stations' },
  'nav.district.completeness': { vi: 'Tình hình nộp', en: 'Completeness' },
  'nav.district.totals': { vi: 'Tổng hợp', en: 'Totals' },
  'nav.district.forms': { vi: 'Mẫu báo cáo', en: 'Report forms' },
  'setup.kind': { vi: 'Tram này dùng cho', en: 'This Tram is for' },
  'setup.kind.station': {
    vi: 'Trạm y tế xã / phường hoặc phòng khám',
    en: 'A commune health station or clinic',
  },
  'setup.kind.station.hint': {
    vi: 'Tiếp đón, khám bệnh, nhà thuốc, thu ngân và báo cáo thống kê của trạm.',
    en: "Reception, examination, pharmacy, cashier and the station's statistics reports.",
  },
  'setup.kind.district': {
    vi: 'Trung tâm Y tế khu vực / huyện (tổng hợp báo cáo các trạm)',
    en: 'A regional / district health centre (adds up stations’ reports)',
  },
  'setup.kind.district.hint': {
    vi: 'Nhận gói báo cáo từ USB của các trạm, theo dõi nộp đúng hạn, cộng số liệu toàn khu vực. Không có tiếp đón hay nhà thuốc.',
    en: "Receives stations' report bundles from USB sticks, tracks deadlines, adds up the figures. No reception or pharmacy.",
  },

  'bundles.key.title': { vi: 'Khóa ký báo cáo', en: 'Report signing key' },
  'bundles.key.fingerprint': { vi: 'Dấu vân tay khóa:', en: 'Key fingerprint:' },
  'bundles.key.hint': {
    vi: 'Dấu vân tay này in ở chân mọi báo cáo. Tuyến trên đối chiếu nó trên giấy một lần khi nhận gói đầu tiên của đơn vị.',
    en: 'This fingerprint is printed at the foot of every report. The level above checks it once, on paper, when it receives this facility’s first bundle.',
  },
  'bundles.key.publicKey': { vi: 'Khóa công khai:', en: 'Public key:' },
  'bundles.key.created': { vi: 'tạo lúc {at}', en: 'made {at}' },

  'bundles.title': { vi: 'Xuất báo cáo ra USB', en: 'Export reports to USB' },
  'bundles.description': {
    vi: 'Báo cáo đã chốt số liệu, đóng gói có chữ ký của trạm, để tuyến trên nhập vào Tram của họ.',
    en: 'Submitted reports, packed and signed by the station, for the level above to import into its Tram.',
  },
  'bundles.periods': { vi: 'Kỳ báo cáo đã chốt', en: 'Submitted periods' },
  'bundles.periods.none': {
    vi: 'Mẫu này chưa có kỳ nào chốt số liệu gần đây. Chốt số liệu ở trang Báo cáo trước.',
    en: 'No recent period of this form has been submitted. Submit it on the Reports page first.',
  },
  'bundles.revision': { vi: 'lần chốt {revision}', en: 'revision {revision}' },
  'bundles.export': { vi: 'Xuất ra USB', en: 'Export to USB' },
  'bundles.target': { vi: 'Lưu vào', en: 'Save to' },
  'bundles.target.download': {
    vi: 'Tải về máy (thư mục Tải xuống của trình duyệt)',
    en: "Download (the browser's downloads folder)",
  },
  'bundles.target.drive': { vi: 'USB "{label}" ({path})', en: 'USB "{label}" ({path})' },
  'bundles.target.free': { vi: 'Còn trống {gb} GB', en: '{gb} GB free' },
  'bundles.target.folder': { vi: 'Thư mục {path}', en: 'Folder {path}' },
  'bundles.target.pick': { vi: 'Chọn thư mục…', en: 'Choose a folder…' },
  'bundles.target.noDrive': {
    vi: 'Chưa thấy USB nào cắm vào máy này. Cắm USB rồi chờ vài giây.',
    en: 'No USB drive plugged into this PC yet. Plug one in and wait a few seconds.',
  },
  'bundles.done.removable': {
    vi: 'Đã ghi và kiểm tra lại. Có thể rút USB.',
    en: 'Written and checked. The USB drive can be removed.',
  },
  'bundles.done.downloaded': { vi: 'Đã tải về {count} gói.', en: '{count} bundles downloaded.' },
  'bundles.done.counter': {
    vi: 'gói số {counter}, mã băm {hash}…',
    en: 'bundle {counter}, hash {hash}…',
  },
  'bundles.done.verified': {
    vi: 'Từng tệp đã được ghi hẳn xuống USB, đọc lại và kiểm tra chữ ký.',
    en: 'Each file was flushed to the drive, read back and its signature checked.',
  },
  'bundles.list.title': { vi: 'Các gói đã xuất', en: 'Bundles exported' },
  'bundles.list.empty': { vi: 'Chưa xuất gói nào.', en: 'No bundle exported yet.' },
  'bundles.list.counter': { vi: 'Số thứ tự', en: 'No.' },
  'bundles.list.report': { vi: 'Báo cáo', en: 'Report' },
  'bundles.list.revision': { vi: 'Lần chốt', en: 'Revision' },
  'bundles.list.hash': { vi: 'Mã băm (SHA-256)', en: 'Hash (SHA-256)' },
  'bundles.list.at': { vi: 'Lúc xuất', en: 'Exported' },
  'bundles.list.again': { vi: 'Tải lại', en: 'Download again' },

  'district.station': { vi: 'Trạm', en: 'Station' },
  'district.period': { vi: 'Kỳ', en: 'Period' },
  'district.from': { vi: 'Từ kỳ', en: 'From' },
  'district.to': { vi: 'Đến kỳ', en: 'To' },
  'district.noStations': {
    vi: 'Chưa có trạm nào được xác nhận.',
    en: 'No station has been confirmed yet.',
  },
  'district.import.title': { vi: 'Nhận báo cáo từ USB', en: 'Receive reports from USB' },
  'district.import.description': {
    vi: 'Chọn các tệp .tram hoặc cả thư mục trên USB. Mỗi gói được kiểm tra chữ ký và mã băm rồi mới nhập; gói lỗi không ảnh hưởng gói khác.',
    en: 'Choose .tram files or a whole folder on the stick. Each bundle is checked (signature, hashes) before it is imported; a bad one does not affect the others.',
  },
  'district.import.files': { vi: 'Chọn tệp .tram', en: 'Choose .tram files' },
  'district.import.folder': { vi: 'Chọn cả thư mục (USB)', en: 'Choose a whole folder (USB)' },
  'district.import.hint': {
    vi: 'Tệp lớn hơn 20 MB bị từ chối mà không mở. Tệp không phải .tram trong thư mục được bỏ qua.',
    en: 'Files over 20 MB are refused unopened. Files other than .tram in the folder are skipped.',
  },
  'district.import.progress': {
    vi: 'Đã xử lý {done}/{total} gói',
    en: '{done}/{total} bundles processed',
  },
  'district.import.skipped': { vi: 'bỏ qua {count} tệp khác', en: '{count} other files skipped' },
  'district.import.results': { vi: 'Kết quả nhập', en: 'Import results' },
  'district.import.file': { vi: 'Tệp', en: 'File' },
  'district.import.outcome': { vi: 'Kết quả', en: 'Outcome' },
  'district.import.reason': { vi: 'Lý do / ghi chú', en: 'Reason / note' },
  'district.import.fingerprint': {
    vi: 'Dấu vân tay: {fingerprint}',
    en: 'Fingerprint: {fingerprint}',
  },
  'district.import.newStations': {
    vi: 'Có trạm mới chờ xác nhận',
    en: 'New stations await confirmation',
  },
  'district.import.newStationsHint': {
    vi: 'Gói của trạm mới được giữ lại, chưa cộng vào số liệu. Đối chiếu dấu vân tay với báo cáo giấy rồi xác nhận ở trang',
    en: "A new station's bundles are kept aside, not added up yet. Check the fingerprint against its paper report, then confirm it on",
  },

  'stations.title': { vi: 'Trạm y tế gửi báo cáo', en: 'Reporting stations' },
  'stations.description': {
    vi: 'Trạm mới chỉ được cộng số liệu sau khi quản trị viên xác nhận khóa ký của trạm (đối chiếu dấu vân tay in trên báo cáo giấy).',
    en: "A new station's figures count only once an administrator confirms its signing key (checked against the fingerprint on its paper report).",
  },
  'stations.empty': {
    vi: 'Chưa có trạm nào. Nhập gói báo cáo đầu tiên của trạm ở trang Nhận báo cáo.',
    en: "No stations yet. Import a station's first bundle on the Receive reports page.",
  },
  'stations.fingerprint': { vi: 'Dấu vân tay khóa', en: 'Key fingerprint' },
  'stations.status': { vi: 'Trạng thái', en: 'Status' },
  'stations.status.pending': { vi: 'Chờ xác nhận', en: 'Awaiting confirmation' },
  'stations.status.active': { vi: 'Đã xác nhận', en: 'Confirmed' },
  'stations.status.rejected': { vi: 'Đã từ chối', en: 'Rejected' },
  'stations.waiting': { vi: '{count} gói đang chờ', en: '{count} bundles waiting' },
  'stations.lastCounter': { vi: 'Gói mới nhất', en: 'Latest bundle' },
  'stations.lastReceived': { vi: 'Nhận lần cuối', en: 'Last received' },
  'stations.confirm.action': { vi: 'Xác nhận', en: 'Confirm' },
  'stations.confirm.title': { vi: 'Xác nhận {name}', en: 'Confirm {name}' },
  'stations.confirm.hint': {
    vi: 'Đối chiếu dấu vân tay dưới đây với dòng "Khóa ký của đơn vị" ở chân báo cáo giấy có dấu của trạm. Chỉ xác nhận khi khớp từng ký tự.',
    en: 'Compare the fingerprint below with the "signing key" line at the foot of the station’s stamped paper report. Confirm only if every character matches.',
  },
  'stations.confirm.typed': { vi: 'Dấu vân tay trên giấy', en: 'Fingerprint on paper' },
  'stations.confirm.typedHint': {
    vi: 'Không bắt buộc: gõ vào để Tram so giúp.',
    en: 'Optional: type it and Tram compares for you.',
  },
  'stations.confirm.imported': {
    vi: 'Đã xử lý {count} gói đang chờ của trạm',
    en: "{count} of the station's waiting bundles processed",
  },
  'stations.reject.action': { vi: 'Từ chối', en: 'Reject' },
  'stations.reject.ask': { vi: 'Từ chối {name}?', en: 'Reject {name}?' },
  'stations.reject.hint': {
    vi: 'Các gói đang chờ của mã trạm này bị bỏ; gói gửi sau với mã này sẽ bị từ chối.',
    en: 'Its waiting bundles are discarded; later bundles with this code are refused.',
  },

  'district.completeness.title': { vi: 'Tình hình nộp báo cáo', en: 'Report completeness' },
  'district.completeness.description': {
    vi: 'Từng trạm, từng kỳ: đúng hạn hay muộn (theo lúc trạm chốt số liệu lần đầu), đã sửa, chưa nộp.',
    en: 'Each station, each period: on time or late (by when the station first submitted), revised, missing.',
  },
  'district.state.on-time': { vi: 'Đúng hạn', en: 'On time' },
  'district.state.late': { vi: 'Muộn', en: 'Late' },
  'district.state.revised': { vi: 'Đã sửa', en: 'Revised' },
  'district.state.revisedN': { vi: 'Đã sửa (lần {revision})', en: 'Revised ({revision})' },
  'district.state.missing': { vi: 'Chưa nộp', en: 'Missing' },
  'district.state.not-due': { vi: 'Chưa đến hạn', en: 'Not due' },
  'district.grid.due': { vi: 'Hạn {date}', en: 'Due {date}' },
  'district.grid.submitted': { vi: 'Trạm chốt {at}', en: 'Submitted {at}' },
  'district.grid.received': { vi: 'Nhận {at}', en: 'Received {at}' },

  'district.totals.title': { vi: 'Tổng hợp số liệu các trạm', en: "Stations' totals" },
  'district.totals.description': {
    vi: 'Cộng số liệu đã chốt của các trạm đã xác nhận; chọn một trạm để xem số của trạm đó.',
    en: 'The submitted figures of the confirmed stations, added up; choose a station to see its own.',
  },
  'district.totals.view': { vi: 'Xem', en: 'Show' },
  'district.totals.all': { vi: 'Toàn khu vực ({count} trạm)', en: 'All ({count} stations)' },
  'district.totals.missing': {
    vi: '{count} trạm chưa có báo cáo kỳ này',
    en: '{count} stations have no report for this period',
  },
  'district.totals.notSummable': {
    vi: 'Không cộng giữa các trạm: {rows} (xem số từng trạm).',
    en: 'Not added across stations: {rows} (see each station).',
  },
  'district.totals.fromMonths': { vi: 'cộng {count} tháng', en: '{count} months added' },
  'district.totals.monthsMissing': {
    vi: 'Cộng từ báo cáo tháng, còn thiếu các tháng sau',
    en: 'Added up from monthly reports; these months are not in yet',
  },
  'district.totals.upstream': { vi: 'Gửi tuyến trên', en: 'Send upwards' },
  'district.totals.bundle': { vi: 'Xuất gói gửi tỉnh', en: 'Export bundle for the province' },
  'district.forms.description': {
    vi: 'Các mẫu báo cáo đơn vị tổng hợp; nhập mẫu riêng của đơn vị để gửi cho các trạm.',
    en: 'The report forms this centre adds up; import its own templates to hand to stations.',
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
  'bundles.reason.notCredentialStation': {
    vi: 'Gói của trạm {code} nhưng mã kết nối được cấp cho trạm {station}.',
    en: 'A bundle from station {code}, but the credential was issued to station {station}.',
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
