/** Money as cashiers type it: whole dong, dots between thousands. */
export const moneyInput = {
  thousandSeparator: '.',
  decimalSeparator: ',',
  allowDecimal: false,
  allowNegative: false,
  suffix: ' đ',
  hideControls: true,
} as const;
