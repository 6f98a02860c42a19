/** VND as Vietnamese staff write it: 30.000 (dots group thousands, no decimals). */
export const vndInput = {
  thousandSeparator: '.',
  decimalSeparator: ',',
  allowDecimal: false,
  allowNegative: false,
  suffix: ' đ',
  max: 1_000_000_000,
} as const;

/** A unit price: BHXH writes up to 3 decimals (735,5 đ); amounts stay whole dong. */
export const unitPriceInput = {
  ...vndInput,
  allowDecimal: true,
  decimalScale: 3,
} as const;

/** Whole quantities of stock, thousands grouped the same way. */
export const quantityInput = {
  thousandSeparator: '.',
  decimalSeparator: ',',
  allowDecimal: false,
  allowNegative: false,
  max: 10_000_000,
} as const;
