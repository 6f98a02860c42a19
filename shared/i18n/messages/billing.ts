import { defineMessages } from '../define';

export const billing = defineMessages({
  'billing.coverage.feeVisit': {
    vi: 'Khám dịch vụ (không BHYT): người bệnh tự trả toàn bộ chi phí.',
    en: 'Fee-paying visit (no insurance): the patient pays everything.',
  },
  'billing.coverage.noCard': {
    vi: 'Chưa có thông tin thẻ BHYT: người bệnh tự trả toàn bộ chi phí.',
    en: 'No insurance card on file: the patient pays everything.',
  },
  'billing.coverage.cardCodeInvalid': {
    vi: 'Mã thẻ BHYT {code} không hợp lệ: người bệnh tự trả toàn bộ chi phí.',
    en: 'Insurance card code {code} is not valid: the patient pays everything.',
  },
  'billing.coverage.cardNotYetValid': {
    vi: 'Thẻ BHYT chưa có giá trị sử dụng (từ ngày {validFrom}): người bệnh tự trả toàn bộ chi phí.',
    en: 'The insurance card is not valid yet (from {validFrom}): the patient pays everything.',
  },
  'billing.coverage.cardExpired': {
    vi: 'Thẻ BHYT đã hết hạn sử dụng (đến ngày {validTo}): người bệnh tự trả toàn bộ chi phí.',
    en: 'The insurance card expired on {validTo}: the patient pays everything.',
  },
  'billing.coverage.benefit': {
    vi: 'Mức hưởng BHYT {percent}% (mã quyền lợi {level}).',
    en: 'Insurance pays {percent}% (benefit level {level}).',
  },
  'billing.coverage.primaryCare': {
    vi: 'Khám chữa bệnh tại trạm y tế xã: mức hưởng 100%.',
    en: 'Visit at a commune health station: insurance pays 100%.',
  },
  'billing.coverage.lowCost': {
    vi: 'Tổng chi phí dưới {percent}% mức lương cơ sở ({threshold} đồng): quỹ BHYT chi trả 100%.',
    en: 'Total cost below {percent}% of the base salary ({threshold} VND): insurance pays 100%.',
  },
  'billing.coverage.offRoute': {
    vi: 'Khám chữa bệnh không đúng tuyến: hưởng {percent}% mức hưởng.',
    en: 'Off-route visit: {percent}% of the usual benefit.',
  },
  'billing.coverage.line.outOfScope': {
    vi: 'Ngoài phạm vi chi trả của quỹ BHYT: người bệnh tự trả.',
    en: 'Outside what insurance covers: the patient pays.',
  },
  'billing.coverage.line.priceAboveInsured': {
    vi: 'Giá cao hơn giá BHYT {difference} đồng/đơn vị: người bệnh trả phần chênh lệch.',
    en: 'Price is {difference} VND per unit above the insurance price: the patient pays the difference.',
  },
  'billing.coverage.line.partialRatio': {
    vi: 'Quỹ BHYT thanh toán theo tỷ lệ {ratio}%.',
    en: 'Insurance covers {ratio}% of this item.',
  },
  'billing.coverage.line.ceiling': {
    vi: 'Quỹ BHYT chi trả tối đa {ceiling} đồng cho một lần sử dụng dịch vụ.',
    en: 'Insurance pays at most {ceiling} VND for one use of this service.',
  },
  'billing.coverage.invalidDate': {
    vi: 'Ngày khám {date} không hợp lệ.',
    en: 'Visit date {date} is not a valid date.',
  },
  'billing.coverage.noRules': {
    vi: 'Chưa có mức lương cơ sở và mức hưởng áp dụng cho ngày {date}.',
    en: 'No base salary and benefit rates are set for {date}.',
  },
  'billing.coverage.noRate': {
    vi: 'Chưa cài đặt mức hưởng cho mã quyền lợi {level}.',
    en: 'No benefit rate is set for level {level}.',
  },
  'billing.coverage.invalidSetting': {
    vi: 'Cài đặt BHYT không hợp lệ: {setting}.',
    en: 'Insurance setting is not valid: {setting}.',
  },
  'billing.coverage.invalidLine': {
    vi: 'Dòng {line}: giá trị {field} không hợp lệ.',
    en: 'Line {line}: {field} is not valid.',
  },
  'billing.vietqr.bankBin': {
    vi: 'Mã BIN ngân hàng phải gồm 6 chữ số.',
    en: 'The bank BIN must be 6 digits.',
  },
  'billing.vietqr.account': {
    vi: 'Số tài khoản chỉ gồm chữ và số, tối đa 19 ký tự.',
    en: 'The account number must be letters and digits, at most 19 characters.',
  },
  'billing.vietqr.amount': {
    vi: 'Số tiền phải là số nguyên dương, tối đa 13 chữ số.',
    en: 'The amount must be a positive whole number of at most 13 digits.',
  },
  'billing.vietqr.referenceTooLong': {
    vi: 'Nội dung chuyển khoản dài quá {max} ký tự.',
    en: 'The payment reference is longer than {max} characters.',
  },
  'billing.vietqr.referenceChars': {
    vi: 'Nội dung chuyển khoản chỉ được gồm chữ, số, khoảng trắng và các dấu . - _ /',
    en: 'The payment reference may only contain letters, digits, spaces and . - _ /',
  },
  'billing.vietqr.nameTooLong': {
    vi: 'Tên đơn vị nhận tiền dài quá {max} ký tự.',
    en: 'The payee name is longer than {max} characters.',
  },
  'billing.vietqr.nameChars': {
    vi: 'Tên đơn vị nhận tiền chỉ được gồm chữ, số, khoảng trắng và các dấu . - _ /',
    en: 'The payee name may only contain letters, digits, spaces and . - _ /',
  },
  'billing.vietqr.malformed': {
    vi: 'Mã QR không đúng cấu trúc (vị trí {position}).',
    en: 'The QR payload is malformed (at position {position}).',
  },
  'claims.check.total': {
    vi: '{field} của bảng XML1 là {actual}, nhưng tổng các dòng là {expected}.',
    en: 'XML1 {field} is {actual}, but the lines add up to {expected}.',
  },
  'claims.check.visitParts': {
    vi: 'T_BHTT + T_BNCCT + T_BNTT + T_NGUONKHAC ({actual}) khác T_TONGCHI_BV ({expected}).',
    en: 'T_BHTT + T_BNCCT + T_BNTT + T_NGUONKHAC ({actual}) differs from T_TONGCHI_BV ({expected}).',
  },
  'claims.check.lineParts': {
    vi: '{table} dòng {stt}: các phần chi trả ({actual}) khác THANH_TIEN_BV ({expected}).',
    en: '{table} line {stt}: the payment parts ({actual}) differ from THANH_TIEN_BV ({expected}).',
  },
  'claims.check.link': {
    vi: '{table} dòng {stt}: MA_LK khác với bảng XML1.',
    en: '{table} line {stt}: MA_LK differs from XML1.',
  },
  'claims.check.sequence': {
    vi: '{table}: số thứ tự (STT) phải tăng dần từ 1.',
    en: '{table}: STT must count up from 1.',
  },
  'claims.parse.malformed': {
    vi: 'Tệp XML giám định không đúng cấu trúc: {detail}.',
    en: 'The claims XML is malformed: {detail}.',
  },
  'claims.notInsured': {
    vi: 'Lượt khám không được BHYT chi trả nên không lập hồ sơ giám định.',
    en: 'The visit is not covered by insurance, so there is no claim to build.',
  },
  'claims.missingDetail': {
    vi: 'Thiếu thông tin danh mục cho dòng {ref}.',
    en: 'Catalogue details are missing for line {ref}.',
  },
  'claims.duplicateDetail': {
    vi: 'Thông tin danh mục cho dòng {ref} bị trùng.',
    en: 'Catalogue details for line {ref} are given twice.',
  },
  'claims.drugPriceSplit': {
    vi: 'Thuốc {ref}: bảng XML2 chỉ có một đơn giá, giá bán và giá BHYT phải bằng nhau.',
    en: 'Drug {ref}: XML2 has a single price, so the sale and insurance prices must match.',
  },
});
