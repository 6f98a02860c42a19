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
});
