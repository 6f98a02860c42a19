import type { LocalizedText } from '../api/result';
import { formatVnd } from './money';

export type PaymentMethod = 'cash' | 'transfer';

export interface PaymentAsk {
  /** What the patient still owes on the invoice before this payment. */
  due: number;
  method: PaymentMethod;
  /** What this payment takes off the bill; 0 only settles a bill with nothing due. */
  amount: number;
  /** Cash handed over (cash only); absent means exactly the amount. */
  tendered?: number;
}

export type PaymentCheck =
  | { ok: true; change: number; remaining: number; tendered: number | null }
  | { ok: false; field: 'amount' | 'tendered'; problem: LocalizedText };

/**
 * The cashier's rules for one payment: never more than is owed (change comes from what is
 * tendered, not from overpaying the bill), partial payments allowed, a zero amount only when
 * nothing is owed, cash tendered at least the amount. The screen and the backend both use it.
 */
export function checkPayment(ask: PaymentAsk): PaymentCheck {
  const fail = (field: 'amount' | 'tendered', problem: LocalizedText): PaymentCheck => ({
    ok: false,
    field,
    problem,
  });
  if (!Number.isSafeInteger(ask.amount) || ask.amount < 0) {
    return fail('amount', { key: 'billing.pay.amountInvalid' });
  }
  if (ask.amount > ask.due) {
    return fail('amount', { key: 'billing.pay.moreThanDue', params: { due: formatVnd(ask.due) } });
  }
  if (ask.amount === 0 && ask.due > 0) {
    return fail('amount', { key: 'billing.pay.amountInvalid' });
  }
  if (ask.tendered !== undefined) {
    if (ask.method !== 'cash') return fail('tendered', { key: 'billing.pay.tenderedCashOnly' });
    if (!Number.isSafeInteger(ask.tendered) || ask.tendered < ask.amount) {
      return fail('tendered', {
        key: 'billing.pay.tenderedShort',
        params: { amount: formatVnd(ask.amount) },
      });
    }
  }
  const tendered = ask.method === 'cash' && ask.amount > 0 ? (ask.tendered ?? ask.amount) : null;
  return {
    ok: true,
    change: tendered === null ? 0 : tendered - ask.amount,
    remaining: ask.due - ask.amount,
    tendered,
  };
}

/** Receipt books number their sheets from 1; printed seven digits wide ("0000012"). */
export function formatReceiptNumber(number: number): string {
  return String(number).padStart(7, '0');
}
