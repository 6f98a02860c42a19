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
  'clinical.rx.drugNotFound': {
    vi: 'Thuốc dòng {line} không có trong danh mục.',
    en: 'Line {line}: the drug is not in the catalogue.',
  },
  'clinical.rx.drugInactive': {
    vi: 'Thuốc dòng {line} ({name}) đã ngừng sử dụng trong danh mục.',
    en: 'Line {line}: {name} is no longer in use in the catalogue.',
  },
  'clinical.rx.notFound': {
    vi: 'Lượt khám này chưa có đơn thuốc.',
    en: 'This visit has no prescription.',
  },
  'clinical.rx.pdf.title': { vi: 'ĐƠN THUỐC', en: 'PRESCRIPTION' },
  'clinical.rx.pdf.code': { vi: 'Mã đơn thuốc: {code}', en: 'Prescription code: {code}' },
  'clinical.rx.pdf.phone': { vi: 'Điện thoại: {phone}', en: 'Phone: {phone}' },
  'clinical.rx.pdf.facilityCode': { vi: 'Mã cơ sở KCB: {code}', en: 'Facility code: {code}' },
  'clinical.rx.pdf.name': { vi: 'Họ và tên:', en: 'Name:' },
  'clinical.rx.pdf.sex': { vi: 'Giới tính:', en: 'Sex:' },
  'clinical.rx.pdf.birth': { vi: 'Ngày sinh:', en: 'Date of birth:' },
  'clinical.rx.pdf.weight': { vi: 'Cân nặng:', en: 'Weight:' },
  'clinical.rx.pdf.cccd': { vi: 'Số định danh cá nhân/CCCD:', en: 'Personal ID (CCCD):' },
  'clinical.rx.pdf.bhyt': { vi: 'Mã thẻ BHYT:', en: 'Health insurance card:' },
  'clinical.rx.pdf.address': { vi: 'Địa chỉ:', en: 'Address:' },
  'clinical.rx.pdf.guardian': {
    vi: 'Họ tên bố/mẹ hoặc người đưa trẻ đến khám:',
    en: 'Parent or accompanying adult:',
  },
  'clinical.rx.pdf.diagnosis': { vi: 'Chẩn đoán:', en: 'Diagnosis:' },
  'clinical.rx.pdf.drugs': { vi: 'Thuốc điều trị:', en: 'Medicines:' },
  'clinical.rx.pdf.count': { vi: 'Cộng khoản: {count}', en: 'Items: {count}' },
  'clinical.rx.pdf.advice': { vi: 'Lời dặn:', en: 'Advice:' },
  'clinical.rx.pdf.reexam': { vi: 'Ngày tái khám:', en: 'Re-examination:' },
  'clinical.rx.pdf.date': {
    vi: 'Ngày {day} tháng {month} năm {year}',
    en: '{day}/{month}/{year}',
  },
  'clinical.rx.pdf.prescriber': { vi: 'Bác sĩ/Y sĩ khám bệnh', en: 'Prescriber' },
  'clinical.rx.pdf.signature': { vi: '(Ký, ghi rõ họ tên)', en: '(Signature and name)' },
  'clinical.rx.pdf.bringBack': {
    vi: 'Khám lại xin mang theo đơn này.',
    en: 'Bring this prescription to your next visit.',
  },
  'exam.notStarted': {
    vi: 'Người bệnh chưa được nhận vào khám.',
    en: 'The patient has not been taken into the exam room yet.',
  },
  'exam.closed': {
    vi: 'Lượt khám đã kết thúc hoặc đã hủy: không sửa được nữa.',
    en: 'The visit has finished or was cancelled: it can no longer be changed.',
  },
  'exam.takenBy': {
    vi: 'Người bệnh đang được {name} khám.',
    en: 'The patient is being examined by {name}.',
  },
  'exam.noneWaiting': {
    vi: 'Không còn người bệnh nào đang chờ khám.',
    en: 'Nobody is waiting.',
  },
  'exam.vitals.invalid': {
    vi: 'Có chỉ số sinh tồn không hợp lệ. Kiểm tra các ô được đánh dấu.',
    en: 'Some vital signs are not valid. Check the marked fields.',
  },
  'exam.icd.unknown': {
    vi: 'Mã bệnh {code} không có trong danh mục ICD-10.',
    en: 'Code {code} is not in the ICD-10 catalogue.',
  },
  'exam.icd.inactive': {
    vi: 'Mã bệnh {code} đã ngừng sử dụng.',
    en: 'Code {code} is no longer in use.',
  },
  'exam.icd.duplicate': {
    vi: 'Mã bệnh {code} đã có trong chẩn đoán.',
    en: 'Code {code} is already in the diagnosis.',
  },
  'exam.order.unknownService': {
    vi: 'Dịch vụ không có trong danh mục.',
    en: 'The service is not in the catalogue.',
  },
  'exam.order.inactiveService': {
    vi: 'Dịch vụ {name} đã ngừng sử dụng.',
    en: '{name} is no longer in use.',
  },
  'exam.order.duplicate': {
    vi: 'Đã chỉ định {name} trong lượt khám này. Sửa số lượng nếu cần làm thêm.',
    en: '{name} is already ordered in this visit. Change the quantity to do it again.',
  },
  'exam.order.notFound': { vi: 'Không tìm thấy chỉ định.', en: 'Order not found.' },
  'exam.order.cancelled': {
    vi: 'Chỉ định đã hủy: không ghi kết quả được.',
    en: 'The order was cancelled: no result can be written.',
  },
  'exam.order.hasResult': {
    vi: 'Chỉ định đã có kết quả: xóa kết quả trước khi hủy.',
    en: 'The order has a result: clear it before cancelling.',
  },
  'exam.reexam.notAfterVisit': {
    vi: 'Ngày tái khám phải sau ngày khám.',
    en: 'The re-examination date must be after the visit.',
  },
  'exam.finish.noDiagnosis': {
    vi: 'Chưa có chẩn đoán chính: nhập mã ICD-10 trước khi kết thúc khám.',
    en: 'No primary diagnosis: enter an ICD-10 code before finishing.',
  },
});
