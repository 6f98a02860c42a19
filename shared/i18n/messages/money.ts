import { defineMessages } from '../define';

/** Refunds, repriced bills, retried requests and frozen claim months. */
export const money = defineMessages({
  'proc.billing.refund': { vi: 'Hoàn trả tiền', en: 'Refund' },
  'proc.billing.backfill': { vi: 'Tính lại hóa đơn khi khởi động', en: 'Price bills at start' },
  'proc.claims.reopenMonth': { vi: 'Mở lại tháng giám định', en: 'Reopen claim month' },

  'billing.invoice.notPriced': {
    vi: 'Lượt khám chưa có hóa đơn. Hãy khởi động lại Tram để tính lại.',
    en: 'The visit has no invoice yet. Restart Tram to price it.',
  },
  'billing.pay.refundDue': {
    vi: 'Người bệnh đã nộp thừa: cần hoàn trả {amount} trước khi thu thêm.',
    en: 'The patient paid too much: refund {amount} before taking more.',
  },
  'billing.void.refundFirst': {
    vi: 'Phiếu thu này đã được hoàn trả một phần: hãy hủy phiếu chi hoàn trả trước.',
    en: 'Part of this payment was refunded: void the refund first.',
  },
  'billing.refund.notAllowed': {
    vi: 'Chỉ quản trị hoặc thu ngân được giao giám sát mới được hoàn trả tiền.',
    en: 'Only admins and cashier supervisors may give refunds.',
  },
  'billing.refund.nothingDue': {
    vi: 'Không có khoản nào cần hoàn trả cho người bệnh.',
    en: 'Nothing is owed back to the patient.',
  },
  'billing.refund.moreThanDue': {
    vi: 'Số tiền hoàn trả lớn hơn số nộp thừa ({due}).',
    en: 'The refund is more than what was overpaid ({due}).',
  },
  'billing.refund.defaultReason': {
    vi: 'Hoàn trả tiền nộp thừa sau khi tính lại hóa đơn',
    en: 'Refund of an overpayment after the bill was repriced',
  },
  'billing.shift.refundNo': { vi: 'Phiếu chi {book}/{number}', en: 'Refund {book}/{number}' },
  'billing.refund.title': { vi: 'PHIẾU CHI HOÀN TRẢ TIỀN', en: 'REFUND VOUCHER' },
  'billing.refund.number': {
    vi: 'Quyển số: {book} - Phiếu chi số: {number}',
    en: 'Book: {book} - Voucher no.: {number}',
  },
  'billing.refund.paidBefore': { vi: 'Người bệnh đã nộp', en: 'Patient had paid' },
  'billing.refund.amount': { vi: 'Số tiền hoàn trả', en: 'Amount refunded' },
  'billing.refund.reason': { vi: 'Lý do: {reason}', en: 'Reason: {reason}' },
  'billing.refund.payer': { vi: 'Người chi tiền', en: 'Paid out by' },
  'billing.refund.receiver': { vi: 'Người nhận tiền', en: 'Received by' },

  'cashier.refundDue': { vi: 'Phải hoàn trả', en: 'To refund' },
  'cashier.refundDueShort': { vi: 'Hoàn trả tiền thừa', en: 'Refund due' },
  'cashier.refundDueTitle': { vi: 'Cần hoàn trả tiền cho người bệnh', en: 'Money to give back' },
  'cashier.refundDueText': {
    vi: 'Hóa đơn đã được tính lại (trả thuốc): người bệnh đã nộp {paid}, nay chỉ phải trả {share}. Hoàn trả {due} bằng tiền mặt.',
    en: 'The bill was priced again (drugs returned): the patient paid {paid} and now owes {share}. Give back {due} in cash.',
  },
  'cashier.refundButton': { vi: 'Hoàn trả {amount}', en: 'Refund {amount}' },
  'cashier.refundAskSupervisor': {
    vi: 'Chỉ quản trị hoặc thu ngân giám sát được chi hoàn trả.',
    en: 'Only an admin or a cashier supervisor may pay out a refund.',
  },
  'cashier.refundTitle': { vi: 'Hoàn trả tiền: {name}', en: 'Refund: {name}' },
  'cashier.refundHint': {
    vi: 'Chi tiền mặt từ ca hiện tại, lập phiếu chi có số. Số phải hoàn trả: {due}.',
    en: 'Cash out of the current shift, with a numbered voucher. To give back: {due}.',
  },
  'cashier.refundAmount': { vi: 'Số tiền hoàn trả', en: 'Amount to give back' },
  'cashier.refundReason': { vi: 'Lý do', en: 'Reason' },
  'cashier.refundConfirm': { vi: 'Chi hoàn trả', en: 'Pay out the refund' },
  'cashier.refundDone': { vi: 'Đã hoàn trả {amount}.', en: '{amount} refunded.' },
  'cashier.refundNo': {
    vi: 'Phiếu chi quyển {book} · số {number}',
    en: 'Refund voucher {book} · no. {number}',
  },
  'cashier.voidRefundTitle': { vi: 'Hủy {number}', en: 'Void {number}' },
  'cashier.viewVoucher': { vi: 'Xem phiếu chi', en: 'View voucher' },
  'cashier.voidRefundHint': {
    vi: 'Phiếu chi không bị xóa: một phiếu hủy {amount} được ghi vào ca hiện tại và người bệnh lại được hoàn trả số này.',
    en: 'Nothing is deleted: a reversal of {amount} is written into the current shift, and the amount is owed back again.',
  },
  'claims.page.sent': { vi: 'Đã gửi', en: 'Sent' },
  'claims.page.resend': { vi: 'Gửi lại', en: 'Resend' },
  'claims.page.resent': {
    vi: '{count} hồ sơ được gửi lại (thay hồ sơ đã gửi trước).',
    en: '{count} HOSO sent again (replacing the ones sent before).',
  },
  'claims.months.frozen': { vi: 'Tháng {month}: đã khóa', en: '{month}: locked' },
  'claims.months.open': { vi: 'Tháng {month}: đã mở lại', en: '{month}: reopened' },
  'claims.months.sent': {
    vi: 'lần xuất gần nhất {at}: {count} hồ sơ',
    en: 'last export {at}: {count} HOSO',
  },
  'claims.months.reopenedWhy': {
    vi: 'mở lại {at}: {reason}',
    en: 'reopened {at}: {reason}',
  },
  'claims.months.reopen': { vi: 'Mở lại tháng', en: 'Reopen month' },
  'claims.months.reopenTitle': { vi: 'Mở lại tháng {month}', en: 'Reopen {month}' },
  'claims.months.reopenHint': {
    vi: 'Hồ sơ của tháng này đã gửi BHXH. Mở lại để sửa tiền (trả thuốc, hủy phiếu); lần xuất sau sẽ gửi lại các hồ sơ đó. Lý do được ghi vào nhật ký.',
    en: "This month's claims were sent. Reopen it to change money (returns, voids); the next export sends those HOSO again. The reason goes into the audit log.",
  },
  'claims.months.reason': { vi: 'Lý do mở lại', en: 'Reason' },
  'claims.months.reopened': { vi: 'Đã mở lại tháng {month}.', en: '{month} reopened.' },
  'claims.problem.ledgerMismatch': {
    vi: 'Hóa đơn tính {name} {billed}, sổ kho ghi đã phát {given}: cần tính lại hóa đơn.',
    en: 'The invoice bills {billed} of {name}; the stock ledger says {given} was given.',
  },
  'claims.month.frozen': {
    vi: 'Hồ sơ tháng {month} đã gửi giám định BHYT: không sửa được tiền (trả thuốc, hủy phiếu, tính lại). Quản trị cần mở lại tháng, ghi rõ lý do.',
    en: "Month {month}'s claims were sent to the insurer: money cannot change (returns, voids, repricing) until an admin reopens the month with a reason.",
  },
  'claims.month.notFrozen': {
    vi: 'Tháng {month} chưa xuất hồ sơ giám định (hoặc đã được mở lại).',
    en: 'Month {month} has no exported claims to reopen (or it is open already).',
  },
});
