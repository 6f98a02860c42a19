import type { DispenseItemView, ProcedureName } from '../../../shared/api';
import { formatIsoDate } from '../../../shared/domain/dates';
import type { useI18n } from '../../i18n/i18n';

/** What changes when stock comes in or goes out: every list on the pharmacy page. */
export const STOCK_QUERIES: readonly ProcedureName[] = [
  'stock.onHand',
  'stock.alerts',
  'stock.movements',
  'stock.prescription',
  'stock.awaiting',
  'stock.count.get',
  'stock.batchRecipients',
];

/** What giving `quantity` now takes from the batches: the first part of the FEFO plan. */
export function takeFromPlan(
  plan: DispenseItemView['plan'],
  quantity: number,
): DispenseItemView['plan'] {
  const takes: DispenseItemView['plan'] = [];
  let left = quantity;
  for (const step of plan) {
    if (left <= 0) break;
    takes.push({ ...step, quantity: Math.min(step.quantity, left) });
    left -= step.quantity;
  }
  return takes;
}

type Translate = ReturnType<typeof useI18n>['t'];

/** "Lô A123 (HD 31/01/2027): 6" */
export const batchText = (
  b: { lot: string; expiry: string; quantity: number },
  t: Translate,
): string =>
  t('pharmacy.dispense.batch', {
    lot: b.lot,
    expiry: formatIsoDate(b.expiry),
    quantity: b.quantity,
  });
