import { defineMessages } from '../define';

/** Claim checks against the gateway's sheet: whose item, what is wrong, where to fix it. */
export const claims = defineMessages({
  'claims.subject.visit': {
    vi: 'Hồ sơ {link} của {patient}',
    en: 'Claim {link} of {patient}',
  },
  'claims.subject.checkIn': {
    vi: 'Bảng check-in {link} của {patient}',
    en: 'Check-in {link} of {patient}',
  },
  'claims.subject.revisit': {
    vi: 'Giấy hẹn khám lại của {patient}',
    en: 'Re-visit slip of {patient}',
  },
  'claims.subject.drug': {
    vi: 'Thuốc {name} ({code}) của {patient}',
    en: 'Drug {name} ({code}) of {patient}',
  },
  'claims.subject.service': {
    vi: 'Dịch vụ {name} ({code}) của {patient}',
    en: 'Service {name} ({code}) of {patient}',
  },
  'claims.subject.supply': {
    vi: 'Vật tư {name} ({code}) của {patient}',
    en: 'Supply {name} ({code}) of {patient}',
  },
  'claims.subject.result': {
    vi: 'Kết quả {name} ({code}) của {patient}',
    en: 'Result of {name} ({code}) of {patient}',
  },
  'claims.sheet.required': {
    vi: 'thiếu {field} (bắt buộc theo Cổng giám định)',
    en: '{field} is missing (the gateway requires it)',
  },
  'claims.sheet.size': {
    vi: '{field} dài {length} ký tự, tối đa {max}',
    en: '{field} is {length} characters long, at most {max}',
  },
  'claims.sheet.type': {
    vi: '{field} phải là số, đang là “{value}”',
    en: '{field} must be a number, not “{value}”',
  },
  'claims.sheet.format': {
    vi: '{field} sai định dạng: “{value}”',
    en: '{field} is not in the required format: “{value}”',
  },
  'claims.sheet.code': {
    vi: '{field} “{value}” không có trong danh mục mã',
    en: '{field} “{value}” is not in its code list',
  },
  'claims.sheet.order.after': {
    vi: '{field} ({value}) trước {other} ({otherValue})',
    en: '{field} ({value}) is before {other} ({otherValue})',
  },
  'claims.sheet.order.before': {
    vi: '{field} ({value}) sau {other} ({otherValue})',
    en: '{field} ({value}) is after {other} ({otherValue})',
  },
  'claims.sheet.formula': {
    vi: '{field} là {value}, theo công thức phải là {expected}',
    en: '{field} is {value}; its formula gives {expected}',
  },
  'claims.fix.general': {
    vi: 'kiểm tra lại thông tin này trước khi gửi.',
    en: 'check this before sending.',
  },
  'claims.fix.patient': {
    vi: 'sửa ở Tiếp đón › hồ sơ bệnh nhân.',
    en: 'fix it in Reception › the patient’s record.',
  },
  'claims.fix.nationality': {
    vi: 'chọn Quốc tịch ở Tiếp đón › hồ sơ bệnh nhân.',
    en: 'choose the nationality in Reception › the patient’s record.',
  },
  'claims.fix.ethnicity': {
    vi: 'chọn Dân tộc ở Tiếp đón › hồ sơ bệnh nhân.',
    en: 'choose the ethnic group in Reception › the patient’s record.',
  },
  'claims.fix.occupation': {
    vi: 'nhập Mã nghề nghiệp (5 số theo QĐ 34/2020/QĐ-TTg; 00000 nếu không có nghề) ở Tiếp đón › hồ sơ bệnh nhân.',
    en: 'enter the occupation code (5 digits, QĐ 34/2020/QĐ-TTg; 00000 for none) in Reception › the patient’s record.',
  },
  'claims.fix.address': {
    vi: 'chọn Tỉnh/thành và Xã/phường (đơn vị từ 1/7/2025) ở Tiếp đón › hồ sơ bệnh nhân.',
    en: 'choose the province and commune (units since 1 July 2025) in Reception › the patient’s record.',
  },
  'claims.fix.oldWard': {
    vi: 'xã/phường mới gồm phần của nhiều huyện cũ: chọn Xã/phường cũ (trước 1/7/2025) ở Tiếp đón › hồ sơ bệnh nhân.',
    en: 'the commune spans several former districts: choose the former commune (before 1 July 2025) in Reception › the patient’s record.',
  },
  'claims.fix.card': {
    vi: 'sửa thẻ BHYT ở Tiếp đón › hồ sơ bệnh nhân.',
    en: 'fix the insurance card in Reception › the patient’s record.',
  },
  'claims.fix.reason': {
    vi: 'ghi Lý do khám khi tiếp đón hoặc Lý do đến khám ở phiếu khám.',
    en: 'enter the reason for the visit at check-in or in the exam notes.',
  },
  'claims.fix.diagnosis': {
    vi: 'sửa chẩn đoán (ICD-10) ở Khám bệnh.',
    en: 'fix the ICD-10 diagnosis in the exam room.',
  },
  'claims.fix.weight': {
    vi: 'đo và ghi Cân nặng ở Khám bệnh › Sinh hiệu.',
    en: 'weigh the patient and record it in the exam room › vitals.',
  },
  'claims.fix.practitioner': {
    vi: 'nhập Mã chứng chỉ hành nghề của người thực hiện ở Người dùng.',
    en: 'enter the practising code of the person in Users.',
  },
  'claims.fix.settings': {
    vi: 'sửa ở Cài đặt › Giám định BHYT.',
    en: 'fix it in Settings › insurance claims.',
  },
  'claims.fix.facility': {
    vi: 'sửa Mã cơ sở (MA_CSKCB) ở Cài đặt › Cơ sở.',
    en: 'fix the facility code (MA_CSKCB) in Settings › facility.',
  },
  'claims.fix.objectCode': {
    vi: 'kiểm tra thẻ BHYT và nơi đăng ký KCB ban đầu ở Tiếp đón.',
    en: 'check the card and its registered facility at reception.',
  },
  'claims.fix.drug': {
    vi: 'sửa thuốc này ở Danh mục › Thuốc.',
    en: 'fix this drug in Catalogues › Drugs.',
  },
  'claims.fix.tender': {
    vi: 'nhập Thông tin thầu (số QĐ;gói;nhóm;năm) ở Danh mục › Thuốc.',
    en: 'enter the tender information (decision;package;group;year) in Catalogues › Drugs.',
  },
  'claims.fix.route': {
    vi: 'chọn Đường dùng từ danh mục của Bộ Y tế ở Danh mục › Thuốc.',
    en: 'choose the route from the Ministry’s list in Catalogues › Drugs.',
  },
  'claims.fix.dosage': {
    vi: 'sửa liều dùng ở Khám bệnh › Đơn thuốc.',
    en: 'fix the dose in the exam room › prescription.',
  },
  'claims.fix.service': {
    vi: 'nhập Mã BHXH (MA_DICH_VU theo danh mục dùng chung) ở Danh mục › Dịch vụ.',
    en: 'enter the BHXH code (MA_DICH_VU from the shared list) in Catalogues › Services.',
  },
  'claims.fix.result': {
    vi: 'nhập kết quả của chỉ định ở Khám bệnh.',
    en: 'enter the order’s result in the exam room.',
  },
  'claims.fix.prices': {
    vi: 'kiểm tra giá trong Danh mục; hóa đơn tính lại ở Thu ngân.',
    en: 'check the prices in Catalogues; the cashier reprices the bill.',
  },
  'claims.fix.times': {
    vi: 'thời gian không theo thứ tự: kiểm tra đồng hồ máy tính và thời điểm chỉ định, cấp thuốc.',
    en: 'the times are out of order: check the computer’s clock and when orders were made and filled.',
  },
  'claims.fix.reexam': {
    vi: 'sửa Ngày tái khám ở Khám bệnh.',
    en: 'fix the re-exam date in the exam room.',
  },
});
