import { defineMessages } from '../define';

/** Clinical rules shared by screens and documents: doses, ICD-10, ages, vital signs, prescriptions. */
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
  'clinical.icd.category': {
    vi: '{code} là mã nhóm, có mã chi tiết hơn bên dưới: nên chọn mã chi tiết (BHXH có thể từ chối mã nhóm).',
    en: '{code} is a category with more exact codes under it: choose one of those (BHXH may refuse the category).',
  },
  'clinical.icd.notMain': {
    vi: '{code} không được dùng làm bệnh chính (Phụ lục A2, QĐ 4469/QĐ-BYT): chọn bệnh chính khác.',
    en: '{code} is never the main diagnosis (appendix A2, QĐ 4469/QĐ-BYT): choose another main diagnosis.',
  },
  'clinical.icd.sexOnly.female': {
    vi: '{code} là bệnh chỉ có ở nữ (Phụ lục A4.1, QĐ 4469/QĐ-BYT), người bệnh là nam.',
    en: '{code} is a disease of women only (appendix A4.1, QĐ 4469/QĐ-BYT); the patient is male.',
  },
  'clinical.icd.sexOnly.male': {
    vi: '{code} là bệnh chỉ có ở nam (Phụ lục A4.2, QĐ 4469/QĐ-BYT), người bệnh là nữ.',
    en: '{code} is a disease of men only (appendix A4.2, QĐ 4469/QĐ-BYT); the patient is female.',
  },
  'clinical.icd.age.A3_1': {
    vi: '{code} chỉ dùng cho trẻ sơ sinh đến 365 ngày tuổi (Phụ lục A3.1, QĐ 4469/QĐ-BYT): tuổi người bệnh không phù hợp.',
    en: '{code} is for newborns up to 365 days only (appendix A3.1, QĐ 4469/QĐ-BYT): the patient’s age does not fit.',
  },
  'clinical.icd.age.A3_2': {
    vi: '{code} chỉ dùng cho trẻ từ 0 đến 2 tuổi (Phụ lục A3.2, QĐ 4469/QĐ-BYT): tuổi người bệnh không phù hợp.',
    en: '{code} is for children aged 0 to 2 only (appendix A3.2, QĐ 4469/QĐ-BYT): the patient’s age does not fit.',
  },
  'clinical.icd.age.A3_3': {
    vi: '{code} chỉ dùng cho trẻ từ 0 đến 10 tuổi (Phụ lục A3.3, QĐ 4469/QĐ-BYT): tuổi người bệnh không phù hợp.',
    en: '{code} is for children aged 0 to 10 only (appendix A3.3, QĐ 4469/QĐ-BYT): the patient’s age does not fit.',
  },
  'clinical.icd.age.A3_4': {
    vi: '{code} chỉ dùng cho người từ 0 đến 19 tuổi (Phụ lục A3.4, QĐ 4469/QĐ-BYT): tuổi người bệnh không phù hợp.',
    en: '{code} is for people aged 0 to 19 only (appendix A3.4, QĐ 4469/QĐ-BYT): the patient’s age does not fit.',
  },
  'clinical.icd.age.A3_5': {
    vi: '{code} chỉ dùng cho trẻ trên 27 ngày tuổi trở lên (Phụ lục A3.5, QĐ 4469/QĐ-BYT): tuổi người bệnh không phù hợp.',
    en: '{code} is for people older than 27 days only (appendix A3.5, QĐ 4469/QĐ-BYT): the patient’s age does not fit.',
  },
  'clinical.icd.age.A3_6': {
    vi: '{code} chỉ dùng cho người từ 1 tuổi trở lên (Phụ lục A3.6, QĐ 4469/QĐ-BYT): tuổi người bệnh không phù hợp.',
    en: '{code} is for people aged 1 and over only (appendix A3.6, QĐ 4469/QĐ-BYT): the patient’s age does not fit.',
  },
  'clinical.icd.age.A3_7': {
    vi: '{code} chỉ dùng cho tuổi dậy thì, 8 đến 19 tuổi (Phụ lục A3.7, QĐ 4469/QĐ-BYT): tuổi người bệnh không phù hợp.',
    en: '{code} is for puberty, ages 8 to 19 only (appendix A3.7, QĐ 4469/QĐ-BYT): the patient’s age does not fit.',
  },
  'clinical.icd.age.A3_8': {
    vi: '{code} chỉ dùng cho bệnh sản phụ khoa, 9 đến 60 tuổi (Phụ lục A3.8, QĐ 4469/QĐ-BYT): tuổi người bệnh không phù hợp.',
    en: '{code} is for obstetrics and gynaecology, ages 9 to 60 only (appendix A3.8, QĐ 4469/QĐ-BYT): the patient’s age does not fit.',
  },
  'clinical.icd.age.A3_9': {
    vi: '{code} chỉ dùng cho người trưởng thành, trên 15 tuổi (Phụ lục A3.9, QĐ 4469/QĐ-BYT): tuổi người bệnh không phù hợp.',
    en: '{code} is for adults older than 15 only (appendix A3.9, QĐ 4469/QĐ-BYT): the patient’s age does not fit.',
  },
  'clinical.icd.age.A3_10': {
    vi: '{code} chỉ dùng cho người lớn trên 30 tuổi (Phụ lục A3.10, QĐ 4469/QĐ-BYT): tuổi người bệnh không phù hợp.',
    en: '{code} is for adults older than 30 only (appendix A3.10, QĐ 4469/QĐ-BYT): the patient’s age does not fit.',
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
  'clinical.rx.national.subject': {
    vi: 'Đơn thuốc {code} của {patient}',
    en: 'Prescription {code} of {patient}',
  },
  'clinical.rx.national.field': {
    vi: 'thiếu hoặc sai {field} theo Hệ thống đơn thuốc quốc gia',
    en: '{field} is missing or wrong for the national e-prescription system',
  },
  'clinical.rx.national.invalid': {
    vi: 'Đơn thuốc chưa đủ thông tin cho Hệ thống đơn thuốc quốc gia: {fields}.',
    en: 'The prescription lacks what the national e-prescription system needs: {fields}.',
  },
  'clinical.rx.notFound': {
    vi: 'Lượt khám này chưa có đơn thuốc.',
    en: 'This visit has no prescription.',
  },
  'clinical.rx.label.notFound': {
    vi: 'Không tìm thấy thuốc này trong đơn đã lưu.',
    en: 'This drug is not on a saved prescription.',
  },
  'clinical.rx.label.amount': {
    vi: 'Số lượng: {quantity} {unit} · {days} ngày',
    en: 'Quantity: {quantity} {unit} · {days} days',
  },
  'clinical.rx.label.footer': {
    vi: 'Ngày {date} · Đơn {code}',
    en: '{date} · Prescription {code}',
  },
  'clinical.rx.pdf.title': { vi: 'ĐƠN THUỐC', en: 'PRESCRIPTION' },
  'clinical.rx.pdf.title.c': { vi: 'ĐƠN THUỐC', en: 'PRESCRIPTION' },
  'clinical.rx.pdf.title.n': { vi: 'ĐƠN THUỐC "N"', en: 'PRESCRIPTION "N" (narcotic)' },
  'clinical.rx.pdf.title.h': { vi: 'ĐƠN THUỐC "H"', en: 'PRESCRIPTION "H" (psychotropic)' },
  'clinical.rx.pdf.title.y': { vi: 'ĐƠN THUỐC', en: 'PRESCRIPTION' },
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
});
