import { defineMessages } from '../define';

export const pharmacy = defineMessages({
  'nav.pharmacy': { vi: 'Nhà thuốc', en: 'Pharmacy' },

  // Errors and validation
  'pharmacy.quantity.positive': { vi: 'Số lượng phải lớn hơn 0', en: 'Quantity must be above 0' },
  'pharmacy.reason.required': { vi: 'Cần ghi lý do', en: 'A reason is required' },
  'pharmacy.period.order': {
    vi: 'Ngày kết thúc phải sau ngày bắt đầu',
    en: 'The end date must not be before the start date',
  },
  'pharmacy.receive.noLines': {
    vi: 'Phiếu nhập cần ít nhất một dòng thuốc',
    en: 'A goods receipt needs at least one line',
  },
  'pharmacy.receive.expired': {
    vi: 'Lô này đã hết hạn dùng, không nhập kho',
    en: 'This batch has expired and cannot be received',
  },
  'pharmacy.receive.futureDate': {
    vi: 'Ngày hóa đơn không thể sau hôm nay',
    en: 'The invoice date cannot be after today',
  },
  'pharmacy.receive.otherCost': {
    vi: 'Lô {lot} đã nhập với đơn giá {cost}; kiểm tra lại hóa đơn',
    en: 'Lot {lot} was received at {cost}; check the invoice',
  },
  'pharmacy.drug.notFound': { vi: 'Không tìm thấy thuốc', en: 'Drug not found' },
  'pharmacy.batch.notFound': { vi: 'Không tìm thấy lô thuốc', en: 'Batch not found' },
  'pharmacy.item.notFound': { vi: 'Không tìm thấy dòng thuốc', en: 'Prescription item not found' },
  'pharmacy.item.notOnPrescription': {
    vi: 'Thuốc này không có trong đơn',
    en: 'This item is not on the prescription',
  },
  'pharmacy.prescription.notFound': {
    vi: 'Không tìm thấy đơn thuốc',
    en: 'Prescription not found',
  },
  'pharmacy.stock.notEnough': {
    vi: 'Lô {lot} chỉ còn {onHand}, không đủ để xuất {quantity}',
    en: 'Lot {lot} holds only {onHand}, not enough to take {quantity}',
  },
  'pharmacy.dispense.notReady': {
    vi: 'Bác sĩ chưa kết thúc khám, chưa phát thuốc được',
    en: 'The doctor has not finished the visit yet',
  },
  'pharmacy.dispense.nothingOwed': {
    vi: 'Đơn thuốc đã phát đủ',
    en: 'Everything on this prescription has been given',
  },
  'pharmacy.dispense.moreThanOwed': {
    vi: 'Chỉ còn {owed} chưa phát',
    en: 'Only {owed} is still to be given',
  },
  'pharmacy.return.nothingGiven': {
    vi: 'Thuốc này chưa được phát, không có gì để trả lại',
    en: 'Nothing of this item was given, so nothing can come back',
  },
  'pharmacy.return.notFromBatch': {
    vi: 'Thuốc này không được phát từ lô đã chọn',
    en: 'This item was not given from that batch',
  },
  'pharmacy.return.whichBatch': {
    vi: 'Thuốc được phát từ nhiều lô: chọn lô trả lại',
    en: 'The item came from several batches: choose the batch',
  },
  'pharmacy.return.moreThanGiven': {
    vi: 'Lô này chỉ phát {given}',
    en: 'Only {given} was given from this batch',
  },
  'pharmacy.return.defaultReason': {
    vi: 'Người bệnh trả lại thuốc',
    en: 'Returned by the patient',
  },
  'pharmacy.owed.none': { vi: 'Thuốc này không còn nợ', en: 'Nothing of this item is owed' },
  'pharmacy.adjust.zero': { vi: 'Số điều chỉnh phải khác 0', en: 'The adjustment cannot be 0' },
  'pharmacy.writeOff.notExpired': {
    vi: 'Lô {lot} chưa hết hạn dùng',
    en: 'Lot {lot} has not expired',
  },
  'pharmacy.writeOff.defaultReason': {
    vi: 'Hủy thuốc hết hạn sử dụng',
    en: 'Expired stock written off',
  },
  'pharmacy.count.notFound': {
    vi: 'Không tìm thấy phiếu kiểm kê số {id}',
    en: 'Stock-take {id} not found',
  },
  'pharmacy.count.notOpen': {
    vi: 'Phiếu kiểm kê số {id} đã đóng',
    en: 'Stock-take {id} is closed',
  },
  'pharmacy.count.alreadyOpen': {
    vi: 'Đang có phiếu kiểm kê số {id} chưa xong',
    en: 'Stock-take {id} is still open',
  },
  'pharmacy.count.nothingCounted': {
    vi: 'Chưa nhập số lượng thực đếm nào',
    en: 'No counted quantity has been entered',
  },
  'pharmacy.count.adjustReason': {
    vi: 'Kiểm kê số {id}: {reason}',
    en: 'Stock-take {id}: {reason}',
  },

  // States
  'pharmacy.expired': { vi: 'Hết hạn', en: 'Expired' },
  'pharmacy.expiringSoon': { vi: 'Sắp hết hạn', en: 'Expiring soon' },
  'pharmacy.count.status.open': { vi: 'đang kiểm', en: 'open' },
  'pharmacy.count.status.confirmed': { vi: 'đã xác nhận', en: 'confirmed' },
  'pharmacy.count.status.cancelled': { vi: 'đã hủy', en: 'cancelled' },

  // Columns
  'pharmacy.col.drugCode': { vi: 'Mã thuốc', en: 'Code' },
  'pharmacy.col.drug': { vi: 'Tên thuốc', en: 'Drug' },
  'pharmacy.col.unit': { vi: 'ĐVT', en: 'Unit' },
  'pharmacy.col.lot': { vi: 'Số lô', en: 'Lot' },
  'pharmacy.col.expiry': { vi: 'Hạn dùng', en: 'Expiry' },
  'pharmacy.col.quantity': { vi: 'Số lượng', en: 'Quantity' },
  'pharmacy.col.unitCost': { vi: 'Đơn giá nhập', en: 'Unit cost' },
  'pharmacy.col.amount': { vi: 'Thành tiền', en: 'Amount' },
  'pharmacy.col.state': { vi: 'Tình trạng', en: 'State' },

  // Documents
  'pharmacy.doc.no': { vi: 'STT', en: 'No.' },
  'pharmacy.doc.quantity': { vi: 'SL', en: 'Qty' },
  'pharmacy.doc.value': { vi: 'Thành tiền', en: 'VND' },
  'pharmacy.doc.total': { vi: 'Tổng cộng', en: 'Total' },
  'pharmacy.doc.note': { vi: 'Ghi chú', en: 'Note' },
  'pharmacy.doc.period': { vi: 'Từ ngày {from} đến ngày {to}', en: 'From {from} to {to}' },
  'pharmacy.doc.madeAt': { vi: 'Lập lúc {at}', en: 'Made {at}' },
  'pharmacy.doc.signHint': { vi: '(Ký, ghi rõ họ tên)', en: '(Signature and full name)' },
  'pharmacy.doc.preparer': { vi: 'Người lập', en: 'Prepared by' },
  'pharmacy.doc.pharmacist': { vi: 'Phụ trách dược', en: 'Pharmacist in charge' },
  'pharmacy.doc.head': { vi: 'Trạm trưởng', en: 'Head of station' },
  'pharmacy.doc.page': { vi: 'Trang {page}/{pages}', en: 'Page {page} of {pages}' },
  'pharmacy.report.title': {
    vi: 'Báo cáo nhập – xuất – tồn kho thuốc',
    en: 'Stock movement report',
  },
  'pharmacy.report.sheet': { vi: 'Nhập xuất tồn', en: 'Stock movements' },
  'pharmacy.report.opening': { vi: 'Tồn đầu kỳ', en: 'Opening' },
  'pharmacy.report.received': { vi: 'Nhập trong kỳ', en: 'Received' },
  'pharmacy.report.dispensed': { vi: 'Xuất cho người bệnh', en: 'Dispensed' },
  'pharmacy.report.writtenOff': { vi: 'Xuất hủy', en: 'Written off' },
  'pharmacy.report.adjusted': { vi: 'Điều chỉnh', en: 'Adjusted' },
  'pharmacy.report.closing': { vi: 'Tồn cuối kỳ', en: 'Closing' },
  'pharmacy.expiryReport.title': {
    vi: 'Báo cáo thuốc hết hạn và sắp hết hạn',
    en: 'Expired and expiring stock',
  },
  'pharmacy.expiryReport.until': {
    vi: 'Các lô còn tồn, hết hạn đến ngày {date}',
    en: 'Batches in stock expiring by {date}',
  },
  'pharmacy.expiryReport.none': {
    vi: 'Không có lô nào hết hạn hoặc sắp hết hạn',
    en: 'No batch has expired or expires soon',
  },
  'pharmacy.count.sheetTitle': { vi: 'Biên bản kiểm kê thuốc', en: 'Stock-take sheet' },
  'pharmacy.count.sheetSubtitle': {
    vi: 'Phiếu số {id}, bắt đầu {at} ({state})',
    en: 'Sheet {id}, started {at} ({state})',
  },
  'pharmacy.count.book': { vi: 'Tồn sổ sách', en: 'Book' },
  'pharmacy.count.counted': { vi: 'Thực đếm', en: 'Counted' },
  'pharmacy.count.difference': { vi: 'Chênh lệch', en: 'Difference' },
  'pharmacy.count.counter': { vi: 'Người kiểm kê', en: 'Counted by' },
  'pharmacy.count.reasonLine': {
    vi: 'Lý do điều chỉnh: {reason}',
    en: 'Adjusted because: {reason}',
  },
});
