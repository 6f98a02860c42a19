import { defineMessages } from '../define';

export const pharmacy = defineMessages({
  'nav.pharmacy': { vi: 'Nhà thuốc', en: 'Pharmacy' },
  'settings.pharmacy': { vi: 'Nhà thuốc', en: 'Pharmacy' },
  'settings.expiryAlertDays': {
    vi: 'Cảnh báo lô hết hạn trong (ngày)',
    en: 'Warn of batches expiring within (days)',
  },
  'settings.owedListDays': {
    vi: 'Giữ đơn còn nợ thuốc trong danh sách (ngày)',
    en: 'Keep prescriptions with drugs owed on the list (days)',
  },

  // The page
  'pharmacy.title': { vi: 'Nhà thuốc', en: 'Pharmacy' },
  'pharmacy.description': {
    vi: 'Phát thuốc theo đơn, nhập kho, tồn kho theo lô và hạn dùng, kiểm kê, báo cáo',
    en: 'Dispensing, goods receipts, stock by batch and expiry, stock-take, reports',
  },
  'pharmacy.tab.dispense': { vi: 'Phát thuốc', en: 'Dispense' },
  'pharmacy.tab.receive': { vi: 'Nhập kho', en: 'Receive' },
  'pharmacy.tab.stock': { vi: 'Tồn kho', en: 'Stock' },
  'pharmacy.tab.alerts': { vi: 'Cảnh báo', en: 'Alerts' },
  'pharmacy.tab.count': { vi: 'Kiểm kê', en: 'Stock-take' },
  'pharmacy.tab.reports': { vi: 'Báo cáo', en: 'Reports' },
  'pharmacy.reason': { vi: 'Lý do', en: 'Reason' },
  'pharmacy.drugs.none': { vi: 'Không tìm thấy thuốc', en: 'No drug found' },

  // Dispensing
  'pharmacy.awaiting.title': { vi: 'Đơn chờ phát thuốc', en: 'Prescriptions waiting' },
  'pharmacy.awaiting.new': { vi: '{items} thuốc', en: '{items} items' },
  'pharmacy.awaiting.owed': { vi: 'Còn nợ {items}', en: '{items} owed' },
  'pharmacy.awaiting.empty': {
    vi: 'Không có đơn nào chờ phát thuốc',
    en: 'No prescription is waiting',
  },
  'pharmacy.awaiting.choose': {
    vi: 'Chọn một đơn bên trái để phát thuốc',
    en: 'Choose a prescription on the left',
  },
  'pharmacy.dispense.items': { vi: 'Thuốc trong đơn', en: 'Prescribed drugs' },
  'pharmacy.dispense.prescribed': { vi: 'Kê đơn', en: 'Prescribed' },
  'pharmacy.dispense.given': { vi: 'Đã phát', en: 'Given' },
  'pharmacy.dispense.printLabel': { vi: 'In nhãn', en: 'Print label' },
  'pharmacy.dispense.printLabelFor': { vi: 'In nhãn {drug}', en: 'Print label {drug}' },
  'pharmacy.dispense.owed': { vi: 'Còn nợ', en: 'Owed' },
  'pharmacy.dispense.available': { vi: 'Tồn kho', en: 'In stock' },
  'pharmacy.dispense.now': { vi: 'Phát lần này', en: 'Give now' },
  'pharmacy.dispense.nowFor': { vi: 'Phát lần này: {drug}', en: 'Give now: {drug}' },
  'pharmacy.dispense.fromBatches': { vi: 'Lấy từ lô', en: 'From batches' },
  'pharmacy.dispense.fefoHint': {
    vi: 'Lô có hạn dùng gần nhất được lấy trước; lô đã hết hạn không bao giờ được phát.',
    en: 'The batch expiring first is taken first; expired batches are never given.',
  },
  'pharmacy.dispense.batch': {
    vi: 'Lô {lot} (HD {expiry}): {quantity}',
    en: 'Lot {lot} (exp. {expiry}): {quantity}',
  },
  'pharmacy.dispense.givenFrom': { vi: 'Đã phát từ: {batches}', en: 'Given from: {batches}' },
  'pharmacy.dispense.short': {
    vi: 'Thiếu {quantity}: phần thiếu sẽ ghi nợ',
    en: '{quantity} short: stays owed',
  },
  'pharmacy.dispense.submit': { vi: 'Phát thuốc', en: 'Hand over' },
  'pharmacy.dispense.done': { vi: 'Đã phát thuốc', en: 'Handed over' },
  'pharmacy.dispense.stillOwed': {
    vi: '{drug}: còn nợ {quantity}',
    en: '{drug}: {quantity} still owed',
  },
  'pharmacy.return.action': { vi: 'Nhận trả lại', en: 'Take back' },
  'pharmacy.return.title': { vi: 'Nhận trả lại: {drug}', en: 'Take back: {drug}' },
  'pharmacy.return.batch': { vi: 'Lô đã phát', en: 'Batch given' },
  'pharmacy.return.reissue': {
    vi: 'Đổi thuốc: người bệnh sẽ nhận lại số này',
    en: 'Exchange: the patient is to get this quantity again',
  },
  'pharmacy.return.submit': { vi: 'Nhập lại vào lô', en: 'Put back into the batch' },
  'pharmacy.owed.closeAction': { vi: 'Đóng phần nợ', en: 'Close what is owed' },
  'pharmacy.owed.closeTitle': {
    vi: 'Không phát tiếp {quantity} {drug}',
    en: 'Stop owing {quantity} {drug}',
  },

  // Goods receipts
  'pharmacy.receipt.supplier': { vi: 'Nhà cung cấp', en: 'Supplier' },
  'pharmacy.receipt.invoiceNo': { vi: 'Số hóa đơn', en: 'Invoice number' },
  'pharmacy.receipt.date': { vi: 'Ngày hóa đơn', en: 'Invoice date' },
  'pharmacy.receipt.dateHint': { vi: 'Để trống nếu là hôm nay', en: 'Leave empty for today' },
  'pharmacy.receipt.lines': { vi: 'Các dòng phiếu nhập', en: 'Receipt lines' },
  'pharmacy.receipt.drug': { vi: 'Thuốc', en: 'Drug' },
  'pharmacy.receipt.lot': { vi: 'Số lô', en: 'Lot' },
  'pharmacy.receipt.expiry': { vi: 'Hạn dùng', en: 'Expiry' },
  'pharmacy.receipt.quantity': { vi: 'Số lượng', en: 'Quantity' },
  'pharmacy.receipt.unitCost': { vi: 'Đơn giá nhập', en: 'Unit cost' },
  'pharmacy.receipt.unitOf': { vi: 'Đơn vị: {unit}', en: 'Unit: {unit}' },
  'pharmacy.receipt.removeLine': { vi: 'Xóa dòng {n}', en: 'Remove line {n}' },
  'pharmacy.receipt.addLine': { vi: 'Thêm dòng', en: 'Add line' },
  'pharmacy.receipt.total': { vi: 'Tổng tiền: {total}', en: 'Total: {total}' },
  'pharmacy.receipt.save': { vi: 'Lưu phiếu nhập (Ctrl+Enter)', en: 'Save receipt (Ctrl+Enter)' },
  'pharmacy.slip.receiptTitle': { vi: 'PHIẾU NHẬP KHO', en: 'GOODS RECEIPT' },
  'pharmacy.slip.dispenseTitle': { vi: 'PHIẾU PHÁT THUỐC', en: 'DISPENSING SLIP' },
  'pharmacy.slip.number': { vi: 'Số: {id} — Ngày {date}', en: 'No. {id} — {date}' },
  'pharmacy.slip.supplier': { vi: 'Nhà cung cấp: {supplier}', en: 'Supplier: {supplier}' },
  'pharmacy.slip.invoiceNo': { vi: 'Số hóa đơn: {invoiceNo}', en: 'Invoice no.: {invoiceNo}' },
  'pharmacy.slip.receivedBy': {
    vi: 'Người nhập: {name}, lúc {time}',
    en: 'Received by {name} at {time}',
  },
  'pharmacy.slip.no': { vi: 'STT', en: 'No.' },
  'pharmacy.slip.unit': { vi: 'ĐVT', en: 'Unit' },
  'pharmacy.slip.amount': { vi: 'Thành tiền', en: 'Amount' },
  'pharmacy.slip.total': { vi: 'Tổng cộng', en: 'Total' },
  'pharmacy.slip.inWords': { vi: 'Bằng chữ: {words}', en: 'In words: {words}' },
  'pharmacy.slip.prescription': {
    vi: 'Đơn thuốc {code} — ngày {date}',
    en: 'Prescription {code} — {date}',
  },
  'pharmacy.slip.patient': { vi: 'Người bệnh: {name} ({code})', en: 'Patient: {name} ({code})' },
  'pharmacy.slip.doctor': { vi: 'Bác sĩ kê đơn: {name}', en: 'Prescriber: {name}' },
  'pharmacy.slip.prescribed': { vi: 'Kê', en: 'Prescribed' },
  'pharmacy.slip.given': { vi: 'Đã phát', en: 'Given' },
  'pharmacy.slip.batches': { vi: 'Lô (hạn dùng): số lượng', en: 'Lot (expiry): quantity' },
  'pharmacy.slip.batch': { vi: '{lot} ({expiry}): {quantity}', en: '{lot} ({expiry}): {quantity}' },
  'pharmacy.slip.owed': { vi: 'Còn nợ {quantity} {unit}', en: '{quantity} {unit} still owed' },
  'pharmacy.slip.printedAt': { vi: 'In lúc {time}', en: 'Printed {time}' },
  'pharmacy.slip.signHint': { vi: '(ký, ghi rõ họ tên)', en: '(signature and name)' },
  'pharmacy.slip.sign.maker': { vi: 'Người lập phiếu', en: 'Prepared by' },
  'pharmacy.slip.sign.deliverer': { vi: 'Người giao hàng', en: 'Delivered by' },
  'pharmacy.slip.sign.keeper': { vi: 'Thủ kho', en: 'Storekeeper' },
  'pharmacy.slip.sign.head': { vi: 'Trạm trưởng', en: 'Head of station' },
  'pharmacy.slip.sign.dispenser': { vi: 'Người phát thuốc', en: 'Dispensed by' },
  'pharmacy.slip.sign.receiver': { vi: 'Người nhận thuốc', en: 'Received by' },
  'pharmacy.receipt.draftLabel': {
    vi: 'phiếu nhập {supplier}, {lines} dòng',
    en: 'goods receipt {supplier}, {lines} lines',
  },
  'pharmacy.receipt.saved': {
    vi: 'Đã lưu phiếu nhập số {id} ngày {date}: {lines} dòng, {total}',
    en: 'Saved goods receipt {id} of {date}: {lines} lines, {total}',
  },

  // Stock
  'pharmacy.stock.search': { vi: 'Tìm thuốc hoặc số lô', en: 'Find a drug or lot' },
  'pharmacy.stock.includeExpired': { vi: 'Cả lô hết hạn', en: 'Include expired batches' },
  'pharmacy.stock.usable': {
    vi: 'Tồn dùng được: {quantity} {unit}',
    en: 'Usable: {quantity} {unit}',
  },
  'pharmacy.stock.minimum': { vi: 'tối thiểu {minimum}', en: 'minimum {minimum}' },
  'pharmacy.stock.empty': { vi: 'Kho chưa có thuốc', en: 'Nothing in stock' },
  'pharmacy.stock.noMatch': { vi: 'Không có lô nào khớp', en: 'No batch matches' },
  'pharmacy.stock.total': { vi: 'Giá trị tồn: {total}', en: 'Stock value: {total}' },
  'pharmacy.adjust.action': { vi: 'Điều chỉnh', en: 'Adjust' },
  'pharmacy.adjust.title': { vi: 'Điều chỉnh {batch}', en: 'Adjust {batch}' },
  'pharmacy.adjust.onHand': { vi: 'Đang tồn {quantity} {unit}', en: '{quantity} {unit} on hand' },
  'pharmacy.adjust.quantity': { vi: 'Số lượng điều chỉnh', en: 'Adjustment' },
  'pharmacy.adjust.hint': {
    vi: 'Số âm để giảm (vỡ, hỏng, mất), số dương để tăng',
    en: 'Negative takes away (broken, lost), positive adds',
  },
  'pharmacy.adjust.submit': { vi: 'Ghi điều chỉnh', en: 'Record adjustment' },
  'pharmacy.minimum.action': { vi: 'Mức tối thiểu', en: 'Minimum' },
  'pharmacy.minimum.actionFor': { vi: 'Mức tối thiểu: {drug}', en: 'Minimum: {drug}' },
  'pharmacy.minimum.title': { vi: 'Mức tồn tối thiểu: {drug}', en: 'Minimum stock: {drug}' },
  'pharmacy.minimum.label': { vi: 'Tối thiểu ({unit})', en: 'Minimum ({unit})' },
  'pharmacy.minimum.hint': {
    vi: 'Cảnh báo khi tồn dùng được thấp hơn mức này; để trống để bỏ',
    en: 'Warn when usable stock is below this; empty to clear',
  },
  'pharmacy.recipients.action': { vi: 'Đã phát cho ai', en: 'Given to' },
  'pharmacy.recipients.actionFor': { vi: 'Đã phát cho ai: {batch}', en: 'Given to: {batch}' },
  'pharmacy.recipients.title': { vi: 'Người bệnh đã nhận {batch}', en: 'Patients given {batch}' },
  'pharmacy.recipients.table': { vi: 'Người bệnh đã nhận lô', en: 'Patients given the batch' },
  'pharmacy.recipients.none': {
    vi: 'Lô này chưa phát cho ai',
    en: 'Nothing from this batch was given',
  },
  'pharmacy.recipients.date': { vi: 'Ngày khám', en: 'Visit date' },
  'pharmacy.recipients.patient': { vi: 'Người bệnh', en: 'Patient' },
  'pharmacy.recipients.phone': { vi: 'Điện thoại', en: 'Phone' },

  // Alerts
  'pharmacy.alerts.expiring': {
    vi: 'Lô hết hạn hoặc hết hạn trong {days} ngày',
    en: 'Batches expired or expiring within {days} days',
  },
  'pharmacy.alerts.expiringTable': { vi: 'Lô sắp hết hạn', en: 'Expiring batches' },
  'pharmacy.alerts.noExpiring': {
    vi: 'Không có lô nào sắp hết hạn',
    en: 'No batch expires soon',
  },
  'pharmacy.alerts.lowTitle': { vi: 'Thuốc dưới mức tối thiểu', en: 'Below minimum' },
  'pharmacy.alerts.low': { vi: 'Dưới mức tối thiểu', en: 'Low' },
  'pharmacy.alerts.noLow': { vi: 'Không có thuốc nào dưới mức tối thiểu', en: 'Nothing is low' },
  'pharmacy.alerts.onHand': { vi: 'Tồn dùng được', en: 'Usable' },
  'pharmacy.alerts.minimum': { vi: 'Tối thiểu', en: 'Minimum' },
  'pharmacy.writeOff.action': { vi: 'Hủy {count} lô hết hạn', en: 'Write off {count} expired' },
  'pharmacy.writeOff.title': { vi: 'Hủy {count} lô hết hạn', en: 'Write off {count} batches' },
  'pharmacy.writeOff.pick': { vi: 'Chọn để hủy', en: 'Pick to write off' },
  'pharmacy.writeOff.pickBatch': { vi: 'Chọn hủy {batch}', en: 'Write off {batch}' },
  'pharmacy.writeOff.submit': { vi: 'Xuất hủy', en: 'Write off' },

  // Stock-take
  'pharmacy.count.intro': {
    vi: 'Bắt đầu kiểm kê: phiếu liệt kê mọi lô còn tồn với số tồn sổ sách. Đếm thực tế, nhập số đếm, xem chênh lệch rồi xác nhận để điều chỉnh.',
    en: 'A stock-take lists every batch in stock with its book quantity. Count the shelves, enter the counts, check the differences, then confirm them as adjustments.',
  },
  'pharmacy.count.note': { vi: 'Ghi chú (ví dụ: kiểm kê cuối tháng)', en: 'Note (e.g. month end)' },
  'pharmacy.count.start': { vi: 'Bắt đầu kiểm kê', en: 'Start stock-take' },
  'pharmacy.count.header': {
    vi: 'Phiếu kiểm kê số {id}, bắt đầu {at} ({by})',
    en: 'Stock-take {id}, started {at} by {by}',
  },
  'pharmacy.count.progress': {
    vi: 'Đã đếm {counted}/{lines} lô, {differences} lô chênh lệch',
    en: '{counted} of {lines} counted, {differences} differ',
  },
  'pharmacy.count.table': { vi: 'Các lô cần kiểm kê', en: 'Batches to count' },
  'pharmacy.count.countedFor': { vi: 'Thực đếm {drug} lô {lot}', en: 'Counted {drug} lot {lot}' },
  'pharmacy.count.save': { vi: 'Lưu số đếm', en: 'Save counts' },
  'pharmacy.count.print': { vi: 'In biên bản', en: 'Print sheet' },
  'pharmacy.count.cancel': { vi: 'Hủy phiếu', en: 'Abandon' },
  'pharmacy.count.confirm': { vi: 'Xác nhận điều chỉnh', en: 'Confirm adjustments' },
  'pharmacy.count.confirmTitle': { vi: 'Xác nhận kiểm kê số {id}', en: 'Confirm stock-take {id}' },
  'pharmacy.count.confirmText': {
    vi: 'Đã đếm {counted} lô; {differences} lô chênh lệch sẽ được điều chỉnh theo số thực đếm.',
    en: '{counted} batches counted; {differences} differences will be adjusted to the counts.',
  },

  // Reports
  'pharmacy.report.xlsx': { vi: 'Xuất Excel', en: 'Export Excel' },
  'pharmacy.report.pdf': { vi: 'Xuất PDF', en: 'Export PDF' },
  'pharmacy.report.empty': {
    vi: 'Không có nhập xuất nào trong kỳ',
    en: 'No stock moved in this period',
  },
  'pharmacy.expiryReport.action': { vi: 'Báo cáo hạn dùng (PDF)', en: 'Expiry report (PDF)' },

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
