import { defineMessages } from '../define';

export const clinical = defineMessages({
  'clinical.take.morning': { vi: 'Sáng', en: 'Morning' },
  'clinical.take.noon': { vi: 'Trưa', en: 'Noon' },
  'clinical.take.afternoon': { vi: 'Chiều', en: 'Afternoon' },
  'clinical.take.evening': { vi: 'Tối', en: 'Evening' },
  'clinical.usage.morning': { vi: 'sáng {amount} {unit}', en: '{amount} {unit} in the morning' },
  'clinical.usage.noon': { vi: 'trưa {amount} {unit}', en: '{amount} {unit} at noon' },
  'clinical.usage.afternoon': {
    vi: 'chiều {amount} {unit}',
    en: '{amount} {unit} in the afternoon',
  },
  'clinical.usage.evening': { vi: 'tối {amount} {unit}', en: '{amount} {unit} in the evening' },
  'clinical.dose.invalid': {
    vi: 'Liều "{value}" không đúng. Ghi số, phân số hoặc hỗn số, ví dụ 1, 0,5, 1/2, 1 1/2.',
    en: 'Dose "{value}" is not valid. Write a number or a fraction, e.g. 1, 0.5, 1/2, 1 1/2.',
  },
  'clinical.dose.tooPrecise': {
    vi: 'Liều "{value}" có quá nhiều chữ số sau dấu phẩy.',
    en: 'Dose "{value}" has too many decimal places.',
  },
  'clinical.dose.empty': { vi: 'Chưa nhập liều.', en: 'Enter a dose.' },
  'clinical.dose.tooLarge': {
    vi: 'Liều mỗi lần không quá {max}. Kiểm tra lại.',
    en: 'A single dose cannot exceed {max}. Check it again.',
  },
  'clinical.dose.none': {
    vi: 'Chưa có liều dùng cho buổi nào trong ngày.',
    en: 'No dose is entered for any time of day.',
  },
  'clinical.days.invalid': {
    vi: 'Số ngày dùng thuốc phải là số nguyên lớn hơn 0.',
    en: 'The number of days must be a whole number above 0.',
  },
  'clinical.age.years': { vi: '{years} tuổi', en: '{years} years' },
  'clinical.age.months': { vi: '{months} tháng', en: '{months} months' },
  'clinical.age.days': { vi: '{days} ngày', en: '{days} days' },
  'clinical.age.underOneYear': { vi: 'Dưới 1 tuổi', en: 'Under 1 year' },
  'clinical.age.missing': {
    vi: 'Chưa có ngày sinh hoặc năm sinh.',
    en: 'The date or year of birth is missing.',
  },
  'clinical.age.badDate': { vi: 'Ngày sinh không hợp lệ.', en: 'The date of birth is not valid.' },
  'clinical.age.badYear': { vi: 'Năm sinh không hợp lệ.', en: 'The year of birth is not valid.' },
  'clinical.age.future': {
    vi: 'Ngày sinh sau ngày khám.',
    en: 'The birth date is after the visit date.',
  },
  'clinical.age.implausible': {
    vi: 'Tuổi lớn hơn {max}: kiểm tra lại năm sinh.',
    en: 'Age above {max}: check the year of birth.',
  },
  'clinical.vitals.notNumber': { vi: 'Phải là một số.', en: 'Must be a number.' },
  'clinical.vitals.impossible': {
    vi: 'Giá trị không thể có. Nhập trong khoảng {min}–{max}.',
    en: 'Impossible value. Enter between {min} and {max}.',
  },
  'clinical.vitals.unusual': {
    vi: 'Giá trị bất thường (thường {min}–{max}). Kiểm tra lại.',
    en: 'Unusual value (usually {min}–{max}). Check it again.',
  },
  'clinical.vitals.diastolicAboveSystolic': {
    vi: 'Huyết áp tâm trương phải thấp hơn huyết áp tâm thu.',
    en: 'Diastolic pressure must be lower than systolic.',
  },
  'clinical.vitals.childWeightRequired': {
    vi: 'Trẻ dưới {months} tháng tuổi phải có cân nặng.',
    en: 'Children under {months} months must have a weight.',
  },
  'clinical.rx.type.c': { vi: 'Đơn thuốc thông thường', en: 'Basic prescription' },
  'clinical.rx.type.n': { vi: 'Đơn thuốc gây nghiện', en: 'Narcotic prescription' },
  'clinical.rx.type.h': { vi: 'Đơn thuốc hướng thần', en: 'Psychotropic prescription' },
  'clinical.rx.type.y': {
    vi: 'Đơn thuốc y học cổ truyền',
    en: 'Traditional medicine prescription',
  },
  'clinical.rx.code.badFacility': {
    vi: 'Mã cơ sở KCB "{code}" không đúng: cần 5 ký tự chữ in hoa hoặc số.',
    en: 'Facility code "{code}" is not valid: it needs 5 capital letters or digits.',
  },
  'clinical.rx.code.badSeries': {
    vi: 'Ký tự loạt mã đơn thuốc "{series}" không đúng: cần 1 chữ in hoa hoặc số.',
    en: 'Prescription series "{series}" is not valid: it needs 1 capital letter or digit.',
  },
  'clinical.rx.code.badSequence': {
    vi: 'Số thứ tự đơn thuốc {sequence} không hợp lệ.',
    en: 'Prescription sequence {sequence} is not valid.',
  },
  'clinical.rx.code.exhausted': {
    vi: 'Đã dùng hết số đơn thuốc của loạt {series}. Trạm trưởng cần chọn loạt mới trong Cài đặt.',
    en: 'Series {series} has no prescription numbers left. An administrator must choose a new series in Settings.',
  },
  'clinical.rx.code.invalid': {
    vi: 'Mã đơn thuốc "{code}" không đúng định dạng.',
    en: 'Prescription code "{code}" is not in the national format.',
  },
  'clinical.rx.noItems': {
    vi: 'Đơn thuốc chưa có thuốc nào.',
    en: 'The prescription has no drugs.',
  },
  'clinical.rx.childWeightRequired': {
    vi: 'Trẻ dưới {months} tháng tuổi: phải ghi cân nặng trước khi kê đơn.',
    en: 'Child under {months} months: record the weight before prescribing.',
  },
  'clinical.rx.allergy': {
    vi: 'Thuốc dòng {line}: người bệnh dị ứng với {ingredient}.',
    en: 'Line {line}: the patient is allergic to {ingredient}.',
  },
  'clinical.rx.duplicateIngredient': {
    vi: 'Thuốc dòng {line} trùng hoạt chất {ingredient} với dòng {otherLine}.',
    en: 'Line {line} repeats the active ingredient {ingredient} of line {otherLine}.',
  },
  'clinical.rx.badDays': {
    vi: 'Thuốc dòng {line}: số ngày dùng phải là số nguyên lớn hơn 0.',
    en: 'Line {line}: the number of days must be a whole number above 0.',
  },
  'clinical.rx.tooManyDays': {
    vi: 'Thuốc dòng {line}: kê {days} ngày, tối đa {max} ngày.',
    en: 'Line {line}: {days} days prescribed, the maximum is {max}.',
  },
  'clinical.rx.tooManyDaysChronic': {
    vi: 'Thuốc dòng {line}: kê {days} ngày, bệnh mạn tính được kê tối đa {max} ngày.',
    en: 'Line {line}: {days} days prescribed, the maximum for a chronic condition is {max}.',
  },
  'clinical.rx.badQuantity': {
    vi: 'Thuốc dòng {line}: số lượng phải là số nguyên lớn hơn 0.',
    en: 'Line {line}: the quantity must be a whole number above 0.',
  },
  'clinical.rx.overStock': {
    vi: 'Thuốc dòng {line}: kê {quantity}, trong kho chỉ còn {onHand}.',
    en: 'Line {line}: {quantity} prescribed, only {onHand} in stock.',
  },
  'clinical.rx.outOfBhytScope': {
    vi: 'Thuốc dòng {line} ngoài danh mục BHYT: người bệnh tự chi trả.',
    en: 'Line {line} is outside BHYT cover: the patient pays for it.',
  },
  'catalog.kind.icd': { vi: 'Danh mục bệnh ICD-10', en: 'ICD-10 diagnoses' },
  'catalog.kind.drugs': { vi: 'Danh mục thuốc', en: 'Drug catalogue' },
  'catalog.kind.services': { vi: 'Danh mục dịch vụ kỹ thuật', en: 'Service catalogue' },
  'catalog.file.unsupported': {
    vi: 'Không đọc được loại tệp này. Chọn tệp Excel (.xlsx) hoặc CSV.',
    en: 'This kind of file cannot be read. Choose an Excel (.xlsx) or CSV file.',
  },
  'catalog.file.oldExcel': {
    vi: 'Tệp Excel cũ (.xls) không đọc được. Mở bằng Excel và lưu lại dạng .xlsx.',
    en: 'Old Excel files (.xls) cannot be read. Open it in Excel and save it as .xlsx.',
  },
  'catalog.file.unreadable': {
    vi: 'Tệp bị hỏng hoặc không phải tệp Excel.',
    en: 'The file is damaged or is not an Excel file.',
  },
  'catalog.file.encoding': {
    vi: 'Tệp CSV không phải mã UTF-8. Trong Excel chọn Lưu thành "CSV UTF-8".',
    en: 'The CSV file is not UTF-8. In Excel, save it as "CSV UTF-8".',
  },
  'catalog.file.empty': { vi: 'Tệp không có dữ liệu.', en: 'The file has no data.' },
  'catalog.file.tooManyRows': {
    vi: 'Tệp có quá nhiều dòng (tối đa {max}).',
    en: 'The file has too many rows (at most {max}).',
  },
  'catalog.file.unclosedQuote': {
    vi: 'Tệp CSV có dấu ngoặc kép chưa đóng ở dòng {row}.',
    en: 'The CSV file has an unclosed quote at row {row}.',
  },
  'catalog.import.missingColumns': {
    vi: 'Tệp thiếu cột bắt buộc: {columns}.',
    en: 'The file lacks required columns: {columns}.',
  },
  'catalog.row.required': { vi: 'Cột {column} bị trống.', en: 'Column {column} is empty.' },
  'catalog.row.badIcdCode': {
    vi: 'Mã bệnh "{code}" không đúng dạng ICD-10 (ví dụ I10, E11.9).',
    en: 'Code "{code}" is not an ICD-10 code (e.g. I10, E11.9).',
  },
  'catalog.row.badCode': {
    vi: 'Mã "{code}" không hợp lệ: chỉ gồm chữ, số và . _ - /, không có dấu cách.',
    en: 'Code "{code}" is not valid: letters, digits and . _ - / only, no spaces.',
  },
  'catalog.row.notNumber': {
    vi: 'Cột {column}: "{value}" không phải là số.',
    en: 'Column {column}: "{value}" is not a number.',
  },
  'catalog.row.negative': {
    vi: 'Cột {column}: "{value}" là số âm.',
    en: 'Column {column}: "{value}" is negative.',
  },
  'catalog.row.fractionalPrice': {
    vi: 'Cột {column}: giá "{value}" có phần lẻ dưới 1 đồng.',
    en: 'Column {column}: price "{value}" has a fraction of a dong.',
  },
  'catalog.row.ratioRange': {
    vi: 'Tỷ lệ thanh toán BHYT "{value}" phải từ 0 đến {max}.',
    en: 'BHYT payment ratio "{value}" must be between 0 and {max}.',
  },
  'catalog.row.badScope': {
    vi: 'Phạm vi "{value}" không đúng: ghi 1 (trong phạm vi BHYT), 2 hoặc 3.',
    en: 'Scope "{value}" is not valid: use 1 (within BHYT), 2 or 3.',
  },
  'catalog.row.badIngredients': {
    vi: 'Tên hoạt chất "{value}" có phần trống giữa các dấu +.',
    en: 'Active ingredients "{value}" have an empty part between the + signs.',
  },
  'catalog.row.strengthMismatch': {
    vi: 'Có {ingredients} hoạt chất nhưng {strengths} hàm lượng (ngăn cách bằng dấu +).',
    en: '{ingredients} active ingredients but {strengths} strengths (separated by +).',
  },
  'catalog.row.duplicate': {
    vi: 'Trùng với dòng {firstRow} (mã {code}).',
    en: 'Duplicate of row {firstRow} (code {code}).',
  },
  'catalog.row.ratioWhole': {
    vi: 'Tỷ lệ thanh toán BHYT "{value}" phải là số phần trăm nguyên.',
    en: 'BHYT payment ratio "{value}" must be a whole percent.',
  },
  'catalog.file.notBase64': {
    vi: 'Nội dung tệp gửi lên bị hỏng. Chọn lại tệp.',
    en: 'The uploaded file content is damaged. Choose the file again.',
  },
  'catalog.file.tooLarge': {
    vi: 'Tệp quá lớn để nhập.',
    en: 'The file is too large to import.',
  },
  'catalog.import.adminOnly': {
    vi: 'Chỉ trạm trưởng được nhập danh mục này; dược sĩ chỉ nhập danh mục thuốc.',
    en: 'Only an administrator may import this catalogue; pharmacists import drugs only.',
  },
  'catalog.code.invalid': {
    vi: 'Mã chỉ gồm chữ, số và . _ - /, không có dấu cách (tối đa 50 ký tự).',
    en: 'A code holds letters, digits and . _ - / only, no spaces (at most 50 characters).',
  },
  'catalog.icd.notFound': {
    vi: 'Không có mã bệnh {code} trong danh mục.',
    en: 'Code {code} is not in the ICD-10 catalogue.',
  },
  'catalog.drug.notFound': { vi: 'Không tìm thấy thuốc.', en: 'The drug was not found.' },
  'catalog.drug.exists': {
    vi: 'Đã có thuốc mã {code} với số đăng ký này.',
    en: 'A drug with code {code} and this registration number already exists.',
  },
  'catalog.drug.ingredientRequired': {
    vi: 'Cần ít nhất một hoạt chất.',
    en: 'At least one active ingredient is needed.',
  },
  'catalog.service.notFound': { vi: 'Không tìm thấy dịch vụ.', en: 'The service was not found.' },
  'catalog.service.codeTaken': {
    vi: 'Mã dịch vụ {code} đã có trong danh mục.',
    en: 'Service code {code} is already in the catalogue.',
  },
});
