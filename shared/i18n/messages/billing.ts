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
    vi: 'Thiếu thông tin danh mục cho {name}.',
    en: 'Catalogue details are missing for {name}.',
  },
  'claims.duplicateDetail': {
    vi: 'Thông tin danh mục cho {name} bị trùng.',
    en: 'Catalogue details for {name} are given twice.',
  },
  'claims.drugPriceSplit': {
    vi: 'Thuốc {name} ({code}) của {patient}: bảng XML2 chỉ có một đơn giá, giá bán và giá BHYT phải bằng nhau (sửa ở Danh mục › Thuốc).',
    en: 'Drug {name} ({code}) of {patient}: XML2 has a single price, so the sale and insurance prices must match (fix it in Catalogues › Drugs).',
  },
  'billing.invoice.cannotPrice': {
    vi: 'Không tính được chi phí của lượt khám với cài đặt BHYT hiện tại.',
    en: 'The visit cannot be priced with the current insurance settings.',
  },
  'billing.invoice.notFound': { vi: 'Không tìm thấy hóa đơn.', en: 'Invoice not found.' },
  'billing.invoice.notReady': {
    vi: 'Lượt khám chưa đến bước thanh toán.',
    en: 'The visit has not reached the cash desk yet.',
  },
  'billing.pay.amountInvalid': {
    vi: 'Số tiền thu phải lớn hơn 0.',
    en: 'The amount must be more than 0.',
  },
  'billing.pay.moreThanDue': {
    vi: 'Số tiền thu lớn hơn số còn phải nộp ({due}).',
    en: 'The amount is more than what is owed ({due}).',
  },
  'billing.pay.nothingDue': {
    vi: 'Người bệnh không còn phải nộp tiền.',
    en: 'Nothing is owed on this bill.',
  },
  'billing.pay.tenderedCashOnly': {
    vi: 'Tiền khách đưa chỉ dùng cho thanh toán tiền mặt.',
    en: 'Cash tendered applies to cash payments only.',
  },
  'billing.pay.tenderedShort': {
    vi: 'Tiền khách đưa ít hơn số tiền thu ({amount}).',
    en: 'Cash tendered is less than the amount ({amount}).',
  },
  'billing.pay.invoiceChanged': {
    vi: 'Hóa đơn vừa thay đổi (chỉ định, phát hoặc trả thuốc): tổng chi phí nay là {total}, còn phải nộp {due}. Hãy xem lại hóa đơn.',
    en: 'The bill has just changed (orders, dispensing or returns): the total is now {total}, {due} owed. Check the invoice again.',
  },
  'billing.payment.notFound': { vi: 'Không tìm thấy phiếu thu.', en: 'Payment not found.' },
  'billing.method.cash': { vi: 'Tiền mặt', en: 'Cash' },
  'billing.method.transfer': { vi: 'Chuyển khoản', en: 'Bank transfer' },
  'billing.vietqr.notConfigured': {
    vi: 'Chưa cài đặt tài khoản ngân hàng của trạm (Cài đặt → Thu ngân & BHYT).',
    en: "The station's bank account is not set (Settings → Cashier & insurance).",
  },
  'billing.void.notAllowed': {
    vi: 'Chỉ quản trị hoặc thu ngân được giao giám sát mới được hủy phiếu thu.',
    en: 'Only admins and cashier supervisors may void payments.',
  },
  'billing.void.notAPayment': {
    vi: 'Chỉ hủy được phiếu thu hoặc phiếu chi, không hủy được phiếu hủy.',
    en: 'Only payments and refunds can be voided.',
  },
  'billing.void.already': { vi: 'Phiếu thu này đã bị hủy.', en: 'This payment is already void.' },
  'billing.shift.noneOpen': {
    vi: 'Không có ca thu ngân nào đang mở.',
    en: 'There is no open cashier shift.',
  },
  'billing.shift.closed': { vi: 'Ca số {id} đã kết thúc.', en: 'Shift {id} is already closed.' },
  'billing.shift.notFound': { vi: 'Không tìm thấy ca thu ngân.', en: 'Shift not found.' },
  'billing.shift.notYours': {
    vi: 'Chỉ kết được ca của mình (hoặc nhờ quản trị, thu ngân giám sát).',
    en: 'You can close only your own shift (or ask an admin or supervisor).',
  },
  'billing.settings.levelTwice': {
    vi: 'Một mã quyền lợi được khai báo hai lần.',
    en: 'A benefit level is listed twice.',
  },
  'billing.settings.periodTwice': {
    vi: 'Hai giai đoạn có cùng ngày áp dụng.',
    en: 'Two periods start on the same date.',
  },
  'billing.receipt.notAReceipt': {
    vi: 'Không có biên lai cho dòng này.',
    en: 'There is no receipt for this entry.',
  },
  'billing.receipt.title': { vi: 'BIÊN LAI THU TIỀN', en: 'RECEIPT' },
  'billing.receipt.series': { vi: 'Ký hiệu: {series}', en: 'Series: {series}' },
  'billing.receipt.number': {
    vi: 'Quyển số: {book} - Số: {number}',
    en: 'Book: {book} - No.: {number}',
  },
  'billing.receipt.issuedAt': { vi: 'Ngày {at}', en: 'Date {at}' },
  'billing.receipt.phone': { vi: 'ĐT: {phone}', en: 'Tel: {phone}' },
  'billing.receipt.voided': { vi: 'ĐÃ HỦY: {reason}', en: 'VOID: {reason}' },
  'billing.receipt.patient': { vi: 'Người bệnh: {name} ({year})', en: 'Patient: {name} ({year})' },
  'billing.receipt.patientCode': {
    vi: 'Mã BN: {code} - STT {number}',
    en: 'Patient no.: {code} - Queue {number}',
  },
  'billing.receipt.card': {
    vi: 'Thẻ BHYT: {code} - Mức hưởng {percent}%',
    en: 'Insurance card: {code} - Covered {percent}%',
  },
  'billing.receipt.total': { vi: 'Tổng chi phí', en: 'Total cost' },
  'billing.receipt.insurancePays': { vi: 'Quỹ BHYT chi trả', en: 'Insurance pays' },
  'billing.receipt.coPay': { vi: 'Người bệnh cùng chi trả', en: 'Patient co-pay' },
  'billing.receipt.patientPays': { vi: 'Người bệnh tự trả', en: 'Patient pays (not covered)' },
  'billing.receipt.patientDue': { vi: 'Người bệnh phải nộp', en: 'Patient owes' },
  'billing.receipt.paidBefore': { vi: 'Đã nộp trước', en: 'Paid before' },
  'billing.receipt.amount': { vi: 'Số tiền thu', en: 'Amount received' },
  'billing.receipt.tendered': { vi: 'Khách đưa', en: 'Cash tendered' },
  'billing.receipt.change': { vi: 'Tiền thừa trả khách', en: 'Change' },
  'billing.receipt.remaining': { vi: 'Còn phải nộp', en: 'Still owed' },
  'billing.receipt.words': { vi: 'Bằng chữ: {words}.', en: 'In words: {words}.' },
  'billing.receipt.cashier': { vi: 'Người thu tiền', en: 'Cashier' },
  'billing.receipt.payer': { vi: 'Người nộp tiền', en: 'Payer' },
  'billing.receipt.footer': {
    vi: 'Cảm ơn quý khách. Chúc mau khỏe!',
    en: 'Thank you. Get well soon!',
  },
  'billing.statement.title': {
    vi: 'BẢNG KÊ CHI PHÍ KHÁM BỆNH, CHỮA BỆNH NGOẠI TRÚ',
    en: 'OUTPATIENT COST STATEMENT',
  },
  'billing.statement.form': { vi: 'Mẫu số: 01/BV', en: 'Form 01/BV' },
  'billing.statement.facilityCode': { vi: 'Mã cơ sở KCB: {code}', en: 'Facility code: {code}' },
  'billing.statement.name': { vi: 'Họ tên người bệnh', en: 'Patient' },
  'billing.statement.birth': { vi: 'Ngày sinh', en: 'Date of birth' },
  'billing.statement.sex': { vi: 'Giới tính', en: 'Sex' },
  'billing.statement.address': { vi: 'Địa chỉ', en: 'Address' },
  'billing.statement.patientCode': { vi: 'Mã người bệnh', en: 'Patient number' },
  'billing.statement.card': { vi: 'Mã thẻ BHYT', en: 'Insurance card' },
  'billing.statement.noCard': { vi: 'Không có (thu phí)', en: 'None (fee-paying)' },
  'billing.statement.validity': { vi: 'Giá trị sử dụng', en: 'Valid' },
  'billing.statement.registered': { vi: 'Nơi ĐK KCB ban đầu', en: 'Registered facility' },
  'billing.statement.benefit': { vi: 'Mức hưởng', en: 'Benefit' },
  'billing.statement.visitDate': { vi: 'Ngày khám', en: 'Visit date' },
  'billing.statement.diagnosis': { vi: 'Chẩn đoán', en: 'Diagnosis' },
  'billing.statement.col.no': { vi: 'STT', en: 'No.' },
  'billing.statement.col.item': { vi: 'Nội dung', en: 'Item' },
  'billing.statement.col.unit': { vi: 'ĐVT', en: 'Unit' },
  'billing.statement.col.quantity': { vi: 'Số lượng', en: 'Qty' },
  'billing.statement.col.unitPrice': { vi: 'Đơn giá (đồng)', en: 'Unit price (VND)' },
  'billing.statement.col.amount': { vi: 'Thành tiền (đồng)', en: 'Amount (VND)' },
  'billing.statement.col.insurance': { vi: 'Quỹ BHYT', en: 'Insurance' },
  'billing.statement.col.coPay': { vi: 'Cùng chi trả', en: 'Co-pay' },
  'billing.statement.col.selfPay': { vi: 'Tự trả', en: 'Self-pay' },
  'billing.statement.group.services': {
    vi: '1. Khám bệnh, dịch vụ kỹ thuật',
    en: '1. Examination and services',
  },
  'billing.statement.group.drugs': { vi: '2. Thuốc', en: '2. Drugs' },
  'billing.statement.subtotal': { vi: 'Cộng', en: 'Subtotal' },
  'billing.statement.total': { vi: 'Tổng cộng', en: 'Total' },
  'billing.statement.fundPays': { vi: 'Quỹ BHYT thanh toán', en: 'Paid by insurance' },
  'billing.statement.patientPaysAll': {
    vi: 'Người bệnh trả (cùng chi trả và tự trả)',
    en: 'Paid by the patient (co-pay and self-pay)',
  },
  'billing.statement.otherSources': { vi: 'Nguồn khác', en: 'Other sources' },
  'billing.statement.inWords': {
    vi: 'Số tiền người bệnh trả bằng chữ: {words}.',
    en: 'Patient pays, in words: {words}.',
  },
  'billing.statement.sign.patient': { vi: 'NGƯỜI BỆNH', en: 'PATIENT' },
  'billing.statement.sign.preparer': { vi: 'NGƯỜI LẬP BẢNG KÊ', en: 'PREPARED BY' },
  'billing.statement.sign.accountant': { vi: 'KẾ TOÁN VIỆN PHÍ', en: 'ACCOUNTANT' },
  'billing.statement.sign.insurer': { vi: 'GIÁM ĐỊNH BHYT', en: 'INSURANCE ASSESSOR' },
  'billing.statement.signHint': { vi: '(Ký, ghi rõ họ tên)', en: '(Signature and full name)' },
  'billing.shift.reportTitle': { vi: 'BÁO CÁO KẾT CA THU NGÂN', en: 'CASHIER SHIFT REPORT' },
  'billing.shift.period': {
    vi: 'Ca số {id}: từ {from} đến {to}',
    en: 'Shift {id}: from {from} to {to}',
  },
  'billing.shift.stillOpen': { vi: 'nay (chưa kết ca)', en: 'now (still open)' },
  'billing.shift.col.cashier': { vi: 'Người thu', en: 'Cashier' },
  'billing.shift.col.method': { vi: 'Hình thức', en: 'Method' },
  'billing.shift.col.receipts': { vi: 'Số phiếu', en: 'Receipts' },
  'billing.shift.col.collected': { vi: 'Đã thu', en: 'Collected' },
  'billing.shift.col.voids': { vi: 'Phiếu hủy', en: 'Voids' },
  'billing.shift.col.refunded': { vi: 'Hoàn trả', en: 'Refunded' },
  'billing.shift.col.net': { vi: 'Thực thu', en: 'Net' },
  'billing.shift.col.receipt': { vi: 'Quyển/Số', en: 'Book/No.' },
  'billing.shift.col.time': { vi: 'Thời gian', en: 'Time' },
  'billing.shift.col.patient': { vi: 'Người bệnh', en: 'Patient' },
  'billing.shift.col.amount': { vi: 'Số tiền', en: 'Amount' },
  'billing.shift.total': { vi: 'Tổng cộng', en: 'Total' },
  'billing.shift.netCash': { vi: 'Tiền mặt thực thu', en: 'Net cash' },
  'billing.shift.netTransfer': { vi: 'Chuyển khoản thực thu', en: 'Net transfers' },
  'billing.shift.countedCash': { vi: 'Tiền mặt kiểm đếm', en: 'Cash counted' },
  'billing.shift.difference': { vi: 'Chênh lệch', en: 'Difference' },
  'billing.shift.noteLine': { vi: 'Ghi chú: {note}', en: 'Note: {note}' },
  'billing.shift.ledger': { vi: 'Chi tiết phiếu thu', en: 'Receipts in this shift' },
  'billing.shift.voidOf': { vi: 'Hủy phiếu #{id}', en: 'Void of #{id}' },
  'billing.shift.sign.cashier': { vi: 'NGƯỜI NỘP TIỀN', en: 'HANDED OVER BY' },
  'billing.shift.sign.receiver': { vi: 'NGƯỜI NHẬN TIỀN', en: 'RECEIVED BY' },
  'billing.shift.sign.head': { vi: 'TRẠM TRƯỞNG', en: 'STATION HEAD' },
  'claims.period.order': {
    vi: 'Ngày kết thúc phải sau ngày bắt đầu.',
    en: 'The end date must not be before the start date.',
  },
  'claims.period.tooLong': {
    vi: 'Mỗi lần xuất tối đa 92 ngày.',
    en: 'One export covers at most 92 days.',
  },
  'claims.changedDuringExport': {
    vi: 'Có hóa đơn từ {from} đến {to} vừa thay đổi trong lúc lập tệp. Vui lòng xuất lại.',
    en: 'A bill from {from} to {to} changed while the file was being made. Please export again.',
  },
  'claims.nothingToExport': {
    vi: 'Không có hồ sơ BHYT hợp lệ nào từ {from} đến {to}.',
    en: 'No valid insured visits from {from} to {to}.',
  },
  'claims.problem.noInvoice': {
    vi: 'Chưa lập hóa đơn cho lượt khám.',
    en: 'The visit has no invoice.',
  },
  'claims.problem.notSettled': {
    vi: 'Hóa đơn chưa thanh toán xong.',
    en: 'The invoice is not settled.',
  },
  'claims.problem.noDiagnosis': {
    vi: 'Thiếu chẩn đoán chính (MA_BENH_CHINH).',
    en: 'No primary diagnosis (MA_BENH_CHINH).',
  },
  'claims.problem.cardInvalid': {
    vi: 'Thẻ BHYT không có giá trị ngày {date} (hạn thẻ {from} – {to}).',
    en: 'The insurance card was not valid on {date} (valid {from} – {to}).',
  },
  'claims.problem.doctorCode': {
    vi: 'Thiếu mã bác sĩ (MA_BAC_SI) của {name}: khai báo ở trang Người dùng.',
    en: 'No practitioner code (MA_BAC_SI) for {name}: set it on the Users page.',
  },
  'claims.problem.drugCode': {
    vi: 'Thuốc {name} thiếu mã thuốc (MA_THUOC).',
    en: 'Drug {name} has no drug code (MA_THUOC).',
  },
  'claims.problem.noLines': {
    vi: 'Lượt khám không có chi phí nào.',
    en: 'The visit has no billed items.',
  },
  'claims.problem.invoiceTotals': {
    vi: '{field} của hồ sơ ({claimed}) khác hóa đơn ({billed}).',
    en: 'Claim {field} ({claimed}) differs from the invoice ({billed}).',
  },
  'claims.problem.headCode': {
    vi: 'Chưa khai báo mã người đứng đầu cơ sở (MA_TTDV) trong Cài đặt → Thu ngân & BHYT.',
    en: "The head's code (MA_TTDV) is not set in Settings → Cashier & insurance.",
  },
});
