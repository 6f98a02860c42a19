import { defineMessages } from '../define';

export const reports = defineMessages({
  'nav.reports': { vi: 'Báo cáo', en: 'Reports' },
  'nav.dashboard': { vi: 'Tổng quan', en: 'Overview' },
  'role.reporter': { vi: 'Thống kê, báo cáo', en: 'Statistics and reports' },
  'settings.reports': { vi: 'Báo cáo thống kê', en: 'Statistics reports' },
  'settings.reports.deadlineWorkingDays': {
    vi: 'Hạn nộp báo cáo (số ngày làm việc sau kỳ)',
    en: 'Reports due (working days after the period)',
  },
  'settings.reports.holidays': {
    vi: 'Ngày nghỉ lễ không tính (mỗi dòng một ngày, dd/mm/yyyy)',
    en: 'Public holidays not counted (one per line, dd/mm/yyyy)',
  },
  'settings.reports.authority': {
    vi: 'Cơ quan chủ quản in trên báo cáo',
    en: 'Authority printed above the station',
  },

  // Periods
  'reports.period.month': { vi: 'Tháng {index}/{year}', en: 'Month {index}/{year}' },
  'reports.period.quarter': { vi: 'Quý {roman}/{year}', en: 'Quarter {roman} {year}' },
  'reports.period.firstHalf': { vi: '6 tháng đầu năm {year}', en: 'First half of {year}' },
  'reports.period.secondHalf': { vi: '6 tháng cuối năm {year}', en: 'Second half of {year}' },
  'reports.period.nineMonths': { vi: '9 tháng đầu năm {year}', en: 'First nine months of {year}' },
  'reports.period.year': { vi: 'Năm {year}', en: 'Year {year}' },
  'reports.periodType.month': { vi: 'Tháng', en: 'Month' },
  'reports.periodType.quarter': { vi: 'Quý', en: 'Quarter' },
  'reports.periodType.half': { vi: '6 tháng', en: 'Half year' },
  'reports.periodType.nineMonths': { vi: '9 tháng', en: 'Nine months' },
  'reports.periodType.year': { vi: 'Năm', en: 'Year' },
  'reports.period.invalid': { vi: 'Kỳ báo cáo không hợp lệ', en: 'Not a valid reporting period' },
  'reports.period.notForForm': {
    vi: 'Biểu mẫu này không báo cáo theo loại kỳ đã chọn',
    en: 'This form is not reported for that kind of period',
  },
  'reports.dataset.invalid': { vi: 'Mã biểu mẫu không hợp lệ', en: 'Not a valid form code' },
  'reports.dashboard.tooLong': {
    vi: 'Chọn khoảng tối đa 366 ngày',
    en: 'Choose at most 366 days',
  },

  // Definitions
  'reports.definition.code': {
    vi: 'Mã chỉ gồm chữ in hoa không dấu, số và dấu _',
    en: 'Codes use capital letters without accents, digits and _',
  },
  'reports.definition.operand': {
    vi: 'Viết mã chỉ tiêu, hoặc mã chỉ tiêu.mã phân tổ',
    en: 'Write a data element code, or code.combo',
  },
  'reports.definition.notFound': {
    vi: 'Không có biểu mẫu {code} phiên bản {version}',
    en: 'There is no form {code} version {version}',
  },
  'reports.definition.notInForce': {
    vi: 'Không có biểu mẫu {dataset} có hiệu lực cho kỳ {period}',
    en: 'No version of form {dataset} is in force for {period}',
  },
  'reports.check.duplicateOption': {
    vi: 'Mã lựa chọn bị trùng trong cùng phân tổ',
    en: 'An option code is repeated in the category',
  },
  'reports.check.sexOptions': {
    vi: 'Phân tổ giới tính cần đúng hai lựa chọn: nam và nữ',
    en: 'A sex category needs exactly two options: male and female',
  },
  'reports.check.insuranceOptions': {
    vi: 'Phân tổ BHYT cần đúng hai lựa chọn: có thẻ và không có thẻ',
    en: 'An insurance category needs exactly two options: insured and not',
  },
  'reports.check.ageBands': {
    vi: 'Nhóm tuổi phải nối tiếp nhau từ 0 tuổi, không chồng, không hở; nhóm cuối không có tuổi trên',
    en: 'Age bands must follow on from age 0 without gap or overlap; the last one has no upper age',
  },
  'reports.check.unknownCategory': {
    vi: 'Không có phân tổ {code}',
    en: 'There is no category {code}',
  },
  'reports.check.duplicateCategory': {
    vi: 'Một phân tổ được ghi hai lần',
    en: 'A category is listed twice',
  },
  'reports.check.headingValue': {
    vi: 'Dòng tiêu đề (không có mã chỉ tiêu) không có chỉ số hay số nhập tay',
    en: 'A heading row (no data element code) has no indicator or entry',
  },
  'reports.check.source': {
    vi: 'Mỗi chỉ tiêu hoặc có chỉ số tính, hoặc được nhập tay (một trong hai)',
    en: 'Each data element is either computed by an indicator or entered by hand (one of them)',
  },
  'reports.check.unknownIndicator': {
    vi: 'Tram không có chỉ số "{name}"',
    en: 'Tram has no indicator "{name}"',
  },
  'reports.check.params': {
    vi: 'Tham số của chỉ số không hợp lệ ({name})',
    en: 'The indicator parameters are not valid ({name})',
  },
  'reports.check.scalarDisaggregated': {
    vi: 'Chỉ số tiền, kho không chia phân tổ được',
    en: 'Money and stock indicators cannot be disaggregated',
  },
  'reports.check.enteredCategory': {
    vi: 'Phân tổ nhập tay chỉ dùng cho chỉ tiêu nhập tay',
    en: 'A hand-entered category only fits a hand-entered row',
  },
  'reports.check.effectiveTo': {
    vi: 'Ngày hết hiệu lực trước ngày có hiệu lực',
    en: 'The end date is before the start date',
  },
  'reports.check.duplicateCode': { vi: 'Mã {code} bị trùng', en: 'Code {code} is used twice' },
  'reports.check.unknownOption': {
    vi: 'Không có lựa chọn {code}',
    en: 'There is no option {code}',
  },
  'reports.check.noRows': {
    vi: 'Biểu mẫu chưa có chỉ tiêu nào',
    en: 'The form has no data element',
  },
  'reports.check.unknownOperand': {
    vi: 'Quy tắc nhắc tới {code}, không có trong biểu mẫu',
    en: 'The rule names {code}, which is not in the form',
  },
  'reports.import.unreadable': {
    vi: 'Không đọc được tệp: cần tệp JSON hoặc Excel (.xlsx) theo mẫu của Tram',
    en: "Cannot read the file: a JSON file or Tram's Excel (.xlsx) layout is needed",
  },
  'reports.import.notJson': { vi: 'Tệp JSON bị lỗi cú pháp', en: 'The JSON file is malformed' },
  'reports.import.invalid': {
    vi: 'Định nghĩa biểu mẫu có {count} lỗi; chưa lưu',
    en: 'The form definition has {count} problems; nothing saved',
  },
  'reports.import.versionExists': {
    vi: '{code} phiên bản {version} đã có với nội dung khác; biểu mẫu đã lưu không bao giờ bị sửa. Hãy đặt phiên bản {next}.',
    en: '{code} version {version} is already saved with other content; a saved form is never changed. Use version {next}.',
  },
  'reports.import.title': { vi: 'Nhập định nghĩa biểu mẫu', en: 'Import a form definition' },
  'reports.import.hint': {
    vi: 'Tệp JSON hoặc Excel theo mẫu (tải mẫu từ một biểu mẫu có sẵn). Mỗi lần sửa cần số phiên bản mới.',
    en: 'A JSON file or the Excel layout (download one from an existing form). Each change needs a new version number.',
  },
  'reports.import.new': { vi: 'Phiên bản mới: sẽ được lưu', en: 'A new version: it will be saved' },
  'reports.import.identical': {
    vi: 'Phiên bản này đã có, giống hệt: không cần nhập',
    en: 'This exact version is already saved: nothing to import',
  },
  'reports.import.saved': {
    vi: 'Đã lưu {code} phiên bản {version}',
    en: 'Saved {code} version {version}',
  },
  'reports.import.save': { vi: 'Lưu phiên bản', en: 'Save this version' },
  'reports.import.problems': { vi: 'Lỗi trong tệp', en: 'Problems in the file' },
  'reports.place.row': {
    vi: 'Mục {section}, dòng {row}{field}',
    en: 'Section {section}, row {row}{field}',
  },
  'reports.place.section': { vi: 'Mục {index}{field}', en: 'Section {index}{field}' },
  'reports.place.rule': { vi: 'Quy tắc kiểm tra {index}{field}', en: 'Check {index}{field}' },
  'reports.place.category': { vi: 'Phân tổ {index}{field}', en: 'Disaggregation {index}{field}' },

  // The report
  'reports.title': { vi: 'Báo cáo', en: 'Reports' },
  'reports.description': {
    vi: 'Số liệu tính từ hồ sơ của trạm, các dòng nhập tay, kiểm tra, chốt số liệu và xuất tệp',
    en: "Figures from the station's records, hand-entered rows, checks, submission and files",
  },
  'reports.form': { vi: 'Biểu mẫu', en: 'Form' },
  'reports.tab.report': { vi: 'Số liệu báo cáo', en: 'Report' },
  'reports.deadlines.form': { vi: 'Biểu mẫu', en: 'Form' },
  'reports.deadlines.period': { vi: 'Kỳ', en: 'Period' },
  'reports.deadlines.due': { vi: 'Hạn nộp', en: 'Due' },
  'reports.deadlines.state': { vi: 'Trạng thái', en: 'State' },
  'reports.deadlines.submittedAt': { vi: 'Ngày nộp', en: 'Submitted' },
  'reports.problems.notEntered': {
    vi: '{count} chỉ tiêu nhập tay chưa nhập (ô viền cam)',
    en: '{count} hand-entered rows are empty (orange boxes)',
  },
  'reports.periodType': { vi: 'Loại kỳ', en: 'Period type' },
  'reports.periodField': { vi: 'Kỳ báo cáo', en: 'Period' },
  'reports.status.draft': { vi: 'Bản nháp', en: 'Draft' },
  'reports.status.submitted': {
    vi: 'Đã chốt, lần {revision}',
    en: 'Submitted, revision {revision}',
  },
  'reports.status.reopened': {
    vi: 'Đang sửa để nộp lần {revision}',
    en: 'Being corrected for revision {revision}',
  },
  'reports.dueDate': { vi: 'Hạn nộp {date}', en: 'Due {date}' },
  'reports.deadline.open': { vi: 'Chưa hết kỳ', en: 'Period running' },
  'reports.deadline.due': { vi: 'Đến hạn', en: 'Due' },
  'reports.deadline.late': { vi: 'Quá hạn', en: 'Late' },
  'reports.deadline.submitted': { vi: 'Đã nộp', en: 'Submitted' },
  'reports.deadline.submittedLate': { vi: 'Đã nộp (muộn)', en: 'Submitted (late)' },
  'reports.deadlines.title': { vi: 'Hạn nộp báo cáo', en: 'Report deadlines' },
  'reports.previous': { vi: 'Kỳ trước: {value}', en: 'Last period: {value}' },
  'reports.source.computed': { vi: 'Tính từ hồ sơ', en: 'From the records' },
  'reports.source.entered': { vi: 'Nhập tay', en: 'Entered by hand' },
  'reports.save': { vi: 'Lưu số nhập tay', en: 'Save entries' },
  'reports.saved': { vi: 'Đã lưu số liệu nhập tay', en: 'Hand-entered figures saved' },
  'reports.unsaved': {
    vi: 'Có số liệu chưa lưu',
    en: 'Some figures are not saved',
  },
  'reports.submit.action': { vi: 'Chốt số liệu', en: 'Submit' },
  'reports.submit.confirm': {
    vi: 'Chốt số liệu {period}? Số đã chốt không thay đổi nữa; muốn sửa phải được quản trị mở lại.',
    en: 'Submit {period}? Submitted figures never change; correcting them needs an administrator to reopen.',
  },
  'reports.submit.done': {
    vi: 'Đã chốt số liệu, lần {revision}',
    en: 'Submitted, revision {revision}',
  },
  'reports.submit.errors': {
    vi: 'Còn {count} lỗi kiểm tra: sửa trước khi chốt số liệu',
    en: '{count} checks fail: correct them before submitting',
  },
  'reports.submit.notEnded': {
    vi: 'Kỳ báo cáo chưa kết thúc (đến hết ngày {end}); chưa chốt được',
    en: 'The period has not ended (it runs to {end}); it cannot be submitted yet',
  },
  'reports.submitted': {
    vi: 'Báo cáo kỳ {period} đã chốt; cần quản trị mở lại để sửa',
    en: 'The report for {period} is submitted; an administrator must reopen it',
  },
  'reports.reopen.action': { vi: 'Mở lại để sửa', en: 'Reopen' },
  'reports.reopen.reason': { vi: 'Lý do mở lại', en: 'Why reopen' },
  'reports.reopen.done': { vi: 'Đã mở lại báo cáo', en: 'Report reopened' },
  'reports.reopen.notSubmitted': {
    vi: 'Báo cáo kỳ {period} chưa chốt',
    en: 'The report for {period} is not submitted',
  },
  'reports.enter.notEntered': {
    vi: 'Chỉ tiêu {code} không phải chỉ tiêu nhập tay',
    en: '{code} is not entered by hand',
  },
  'reports.enter.unknownCombo': {
    vi: 'Chỉ tiêu không có phân tổ {code}',
    en: 'The data element has no combo {code}',
  },
  'reports.problems.title': { vi: 'Kiểm tra số liệu', en: 'Checks' },
  'reports.problems.none': { vi: 'Không có lỗi', en: 'All checks pass' },
  'reports.problems.errors': { vi: '{count} lỗi', en: '{count} errors' },
  'reports.problems.warnings': { vi: '{count} lưu ý', en: '{count} warnings' },
  'reports.problem.noTotal': {
    vi: '{row}: đã nhập phân tổ nhưng chưa nhập tổng số',
    en: '{row}: parts entered but no total',
  },
  'reports.problem.partsMissing': {
    vi: '{row}: còn thiếu phân tổ',
    en: '{row}: some parts are missing',
  },
  'reports.problem.partsSum': {
    vi: '{row}: cộng các phân tổ được {parts}, khác tổng số {total}',
    en: '{row}: the parts add up to {parts}, not the total {total}',
  },
  'reports.problem.notEntered': { vi: '{row}: chưa nhập', en: '{row}: not entered' },
  'reports.problem.monthOverYear': {
    vi: '{month} ({monthValue}) lớn hơn {cumulative} ({cumulativeValue})',
    en: '{month} ({monthValue}) is more than {cumulative} ({cumulativeValue})',
  },
  'reports.problem.yearToDate': {
    vi: '{cumulative} là {cumulativeValue}; cộng dồn kỳ trước với kỳ này được {expected}',
    en: '{cumulative} is {cumulativeValue}; last period plus this one make {expected}',
  },
  'reports.problem.le': {
    vi: '{left} ({leftValue}) lớn hơn {right} ({rightValue})',
    en: '{left} ({leftValue}) is more than {right} ({rightValue})',
  },
  'reports.problem.equal': {
    vi: '{left} ({leftValue}) khác {right} ({rightValue})',
    en: '{left} ({leftValue}) differs from {right} ({rightValue})',
  },
  'reports.changed.title': {
    vi: 'Hồ sơ đã thay đổi sau khi chốt: {count} số liệu khác',
    en: 'Records changed since submission: {count} values differ',
  },
  'reports.changed.hint': {
    vi: 'Số đã chốt giữ nguyên. Muốn nộp số mới, quản trị mở lại báo cáo rồi chốt lần sau.',
    en: 'The submitted figures stay. To send the new ones an administrator reopens the report and it is submitted again.',
  },
  'reports.changed.submitted': { vi: 'Đã chốt', en: 'Submitted' },
  'reports.changed.now': { vi: 'Theo hồ sơ hiện nay', en: 'Records now' },
  'reports.history': { vi: 'Các lần nộp', en: 'Revisions' },
  'reports.history.line': {
    vi: 'Lần {revision}: {by} chốt lúc {at}',
    en: 'Revision {revision}: submitted by {by} at {at}',
  },
  'reports.history.reopened': {
    vi: '{by} mở lại lúc {at}: {reason}',
    en: 'reopened by {by} at {at}: {reason}',
  },
  'reports.export.xlsx': { vi: 'Excel', en: 'Excel' },
  'reports.export.pdf': { vi: 'In (PDF)', en: 'Print (PDF)' },
  'reports.export.dhis2': { vi: 'DHIS2 (JSON)', en: 'DHIS2 (JSON)' },
  'reports.export.adx': { vi: 'ADX (XML)', en: 'ADX (XML)' },
  'reports.export.noDhis2Period': {
    vi: 'DHIS2 không có kỳ 9 tháng: xuất từng tháng, hoặc dùng ADX',
    en: 'DHIS2 has no nine-month period: export the months, or use ADX',
  },
  'reports.definitions.title': { vi: 'Các biểu mẫu', en: 'Forms' },
  'reports.definitions.version': { vi: 'Phiên bản {version}', en: 'Version {version}' },
  'reports.definitions.current': { vi: 'Đang dùng', en: 'In force' },
  'reports.definitions.inUse': { vi: 'Đã có báo cáo chốt', en: 'Used by a submission' },
  'reports.definitions.shipped': { vi: 'Có sẵn', en: 'Shipped' },
  'reports.definitions.imported': { vi: 'Đã nhập', en: 'Imported' },
  'reports.definitions.effective': { vi: 'Hiệu lực từ {from}', en: 'In force from {from}' },
  'reports.definitions.download': { vi: 'Tải về (Excel)', en: 'Download (Excel)' },
  'reports.col.number': { vi: 'STT', en: 'No.' },
  'reports.col.indicator': { vi: 'Chỉ tiêu', en: 'Indicator' },
  'reports.col.code': { vi: 'Mã', en: 'Code' },
  'reports.col.unit': { vi: 'ĐVT', en: 'Unit' },
  'reports.xlsx.sheet': { vi: 'Bao cao', en: 'Report' },

  // Printed report
  'reports.print.nation': {
    vi: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    en: 'SOCIALIST REPUBLIC OF VIET NAM',
  },
  'reports.print.motto': {
    vi: 'Độc lập - Tự do - Hạnh phúc',
    en: 'Independence - Freedom - Happiness',
  },
  'reports.print.facilityCode': { vi: 'Mã cơ sở: {code}', en: 'Facility code: {code}' },
  'reports.print.recipient': { vi: 'Nơi nhận: {to}', en: 'To: {to}' },
  'reports.print.draft': {
    vi: 'BẢN NHÁP – chưa chốt số liệu',
    en: 'DRAFT – not submitted',
  },
  'reports.print.revision': {
    vi: 'Số liệu đã chốt, lần {revision}',
    en: 'Submitted figures, revision {revision}',
  },
  'reports.print.dateLine': {
    vi: '......., ngày {day} tháng {month} năm {year}',
    en: '......., {day}/{month}/{year}',
  },
  'reports.print.signHint': { vi: '(Ký, ghi rõ họ tên)', en: '(Signature and full name)' },
  'reports.print.footer': {
    vi: '{code} phiên bản {version} · Trang {page}/{pages}',
    en: '{code} version {version} · Page {page}/{pages}',
  },

  // Dashboard
  'dashboard.title': { vi: 'Tổng quan', en: 'Overview' },
  'dashboard.description': {
    vi: 'Lượt khám, bệnh thường gặp, BHYT, tiền thu và kho thuốc của trạm',
    en: "The station's visits, common diagnoses, insurance, takings and stock",
  },
  'dashboard.visitsPerDay': { vi: 'Lượt khám theo ngày', en: 'Visits per day' },
  'dashboard.visits': { vi: 'Lượt khám', en: 'Visits' },
  'dashboard.insuredVisits': { vi: 'Có BHYT', en: 'Insured' },
  'dashboard.visitsSummary': {
    vi: '{visits} lượt khám, trung bình {average} lượt/ngày, nhiều nhất {max} lượt ({day})',
    en: '{visits} visits, {average} a day on average, most {max} ({day})',
  },
  'dashboard.topDiagnoses': {
    vi: 'Bệnh thường gặp (chẩn đoán chính)',
    en: 'Top diagnoses (primary)',
  },
  'dashboard.topSummary': {
    vi: '{shown} bệnh đầu chiếm {count} trong {total} lượt khám',
    en: 'The top {shown} account for {count} of {total} visits',
  },
  'dashboard.insured': { vi: 'Tỷ lệ có BHYT', en: 'Insured share' },
  'dashboard.insuredSummary': {
    vi: '{insured} lượt có BHYT, {fee} lượt thu phí: {percent}% có BHYT',
    en: '{insured} insured, {fee} fee-paying: {percent}% insured',
  },
  'dashboard.fee': { vi: 'Thu phí', en: 'Fee-paying' },
  'dashboard.takings': { vi: 'Tiền thu tại quầy', en: 'Takings at the desk' },
  'dashboard.takingsSummary': {
    vi: 'Tổng thu {total}, trung bình {average}/ngày',
    en: 'Total {total}, {average} a day on average',
  },
  'dashboard.stock': { vi: 'Kho thuốc', en: 'Stock' },
  'dashboard.stockValue': { vi: 'Giá trị tồn kho', en: 'Stock value' },
  'dashboard.expiring': {
    vi: 'Hết hạn trong {days} ngày: {batches} lô, {value}',
    en: 'Expiring within {days} days: {batches} batches, {value}',
  },
  'dashboard.expired': {
    vi: 'Đã hết hạn còn trong kho: {batches} lô, {value}',
    en: 'Expired still in stock: {batches} batches, {value}',
  },
  'dashboard.bar.stock': { vi: 'Tồn kho', en: 'In stock' },
  'dashboard.bar.expiring': { vi: 'Hết hạn trong {days} ngày', en: 'Expiring in {days} days' },
  'dashboard.bar.expired': { vi: 'Đã hết hạn', en: 'Expired' },
  'dashboard.noData': { vi: 'Chưa có số liệu trong khoảng này', en: 'Nothing in this range yet' },
  'dashboard.range.month': { vi: 'Tháng này', en: 'This month' },
  'dashboard.range.lastMonth': { vi: 'Tháng trước', en: 'Last month' },
  'dashboard.range.thirty': { vi: '30 ngày qua', en: 'Last 30 days' },
});
