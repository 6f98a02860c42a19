import { payments } from '../../../db/schema';
import type { ParsedInputOf, RefundResult } from '../../../shared/api';
import { formatVnd } from '../../../shared/domain/money';
import { visitIs } from '../../../shared/domain/queue';
import { translate } from '../../../shared/i18n';
import { AppError, conflict, invalidField } from '../errors';
import { once, type Once } from '../requests';
import { nextSequence } from '../sequences';
import { readSection } from '../settings/store';
import { getVisitRow } from '../visits/visits';
import { getInvoiceRow } from './invoices';
import { paymentView } from './ledger';
import { maySupervise, type PayContext } from './payments';
import { billedSnapshot } from './receipt-content';
import { balanceOf, syncSettlement } from './settlement';
import { shiftForPayment } from './shifts';

/**
 * Gives back, in cash, what the patient paid beyond a bill that was priced down (drugs brought
 * back after payment): a negative ledger row numbered as a phiếu chi in the receipt book,
 * taken by an admin or a cashier supervisor. Settles the bill once nothing is owed back.
 */
export function refund(
  ctx: PayContext,
  input: ParsedInputOf<'billing.refund'>,
): Once<RefundResult> {
  const { db } = ctx;
  if (!maySupervise(db, ctx.userId)) throw new AppError('FORBIDDEN', 'billing.refund.notAllowed');
  return once(ctx, 'billing.refund', input, () => {
    const invoice = getInvoiceRow(db, input.invoiceId);
    const visit = getVisitRow(db, invoice.visitId);
    if (!visitIs(visit.status, 'billable')) {
      throw conflict('billing.invoice.notReady', { status: visit.status });
    }
    const { refundDue } = balanceOf(db, invoice);
    if (refundDue === 0) throw conflict('billing.refund.nothingDue');
    const amount = input.amount ?? refundDue;
    if (amount > refundDue) {
      throw invalidField('amount', 'billing.refund.moreThanDue', { due: formatVnd(refundDue) });
    }
    const shift = shiftForPayment(db, ctx.userId, ctx.now);
    const book = readSection(db, 'cashier').receiptBook;
    const row = db
      .insert(payments)
      .values({
        invoiceId: invoice.id,
        shiftId: shift.id,
        kind: 'refund',
        method: 'cash',
        amount: -amount,
        receiptBook: book,
        receiptNumber: nextSequence(ctx.sqlite, `refund:${book}`),
        reason: input.reason ?? translate('vi', 'billing.refund.defaultReason'),
        cashierId: ctx.userId,
        at: ctx.now.toISOString(),
        billed: billedSnapshot(db, invoice.id),
      })
      .returning()
      .get();
    const settled = syncSettlement(db, invoice, ctx.now);
    const after = balanceOf(db, settled);
    return {
      invoiceId: invoice.id,
      refund: paymentView(db, row.id),
      paid: after.paid,
      refundDue: after.refundDue,
      settled: settled.settledAt !== null,
      visitStatus: getVisitRow(db, invoice.visitId).status,
    };
  });
}
