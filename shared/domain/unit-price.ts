import { groupThousands, mulDivHalfUp } from './money';

// Unit prices may carry up to 3 decimals (BHXH's DON_GIA 735.5, DON_GIA_BH 1234.567): the
// database keeps them as integer thousandths of a dong, the API and forms as a number of dong.
// Amounts (quantity × price) and every total are whole dong (coverage.ts rounds them).

export const UNIT_PRICE_DECIMALS = 3;
/** The dearest unit price accepted: a billion dong. */
export const MAX_UNIT_PRICE = 1_000_000_000;

const EPSILON = 1e-6;

/** A price with at most 3 decimals, 0 to a billion dong. */
export function isUnitPrice(value: unknown): value is number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return false;
  if (value < 0 || value > MAX_UNIT_PRICE) return false;
  return Math.abs(value * 1000 - Math.round(value * 1000)) < EPSILON;
}

/** Thousandths of a dong, exactly; a price with more decimals is a bug in the caller. */
export function toMilli(price: number): number {
  if (!isUnitPrice(price)) throw new RangeError(`not a unit price: ${String(price)}`);
  return Math.round(price * 1000);
}

export function toMilliOrNull(price: number | null): number | null {
  return price === null ? null : toMilli(price);
}

/** Dong with up to 3 decimals; 735500 → 735.5. */
export function fromMilli(milli: number): number {
  if (!Number.isSafeInteger(milli)) throw new RangeError(`not thousandths of a dong: ${milli}`);
  return milli / 1000;
}

export function fromMilliOrNull(milli: number | null): number | null {
  return milli === null ? null : fromMilli(milli);
}

/**
 * THANH_TIEN_BV: quantity (thousandths) × unit price (thousandths), rounded half-up to a whole
 * dong once, the rule coverage.ts applies to every line.
 */
export function lineAmountMilli(quantityMilli: number, priceMilli: number): number {
  return mulDivHalfUp(quantityMilli, priceMilli, 1_000_000);
}

/** A line's amount in whole dong for a quantity and a unit price as the API carries them. */
export function lineAmount(quantity: number, price: number): number {
  return lineAmountMilli(Math.round(quantity * 1000), toMilli(price));
}

/** "1.234,5": dots group thousands, a comma before the decimals, as Vietnamese forms write it. */
export function groupUnitPrice(price: number): string {
  const milli = toMilli(price);
  const whole = Math.floor(milli / 1000);
  const decimals = String(milli % 1000)
    .padStart(UNIT_PRICE_DECIMALS, '0')
    .replace(/0+$/, '');
  return decimals ? `${groupThousands(whole)},${decimals}` : groupThousands(whole);
}

/** "735,5 đ" for a unit price; whole prices print as formatVnd does. */
export function formatUnitPrice(price: number): string {
  return `${groupUnitPrice(price)} đ`;
}
