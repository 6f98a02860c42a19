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
