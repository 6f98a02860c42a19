/** Money is whole VND in a JS number; anything beyond this is a bug, not a price. */
export function isVnd(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value);
}

function assertVnd(value: number, what: string): void {
  if (!isVnd(value))
    throw new RangeError(`${what} must be a safe integer VND amount: ${String(value)}`);
}

/** "1.234.567": dots group thousands, as Vietnamese forms print amounts and quantities. */
export function groupThousands(value: number): string {
  assertVnd(value, 'groupThousands');
  const digits = String(Math.abs(value)).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${value < 0 ? '-' : ''}${digits}`;
}

/** "1.234.567 đ", as receipts print money. */
export function formatVnd(amount: number): string {
  assertVnd(amount, 'formatVnd');
  return `${groupThousands(amount)} đ`;
}

/**
 * value × numerator / denominator rounded half-up (away from zero for negatives), computed
 * exactly in BigInt so a product past 2^53 cannot drift by a dong.
 */
export function mulDivHalfUp(value: number, numerator: number, denominator: number): number {
  for (const n of [value, numerator, denominator]) assertVnd(n, 'mulDivHalfUp');
  if (denominator === 0) throw new RangeError('mulDivHalfUp: zero denominator');
  let num = BigInt(value) * BigInt(numerator);
  let den = BigInt(denominator);
  if (den < 0n) {
    num = -num;
    den = -den;
  }
  const negative = num < 0n;
  const abs = negative ? -num : num;
  const rounded = (abs * 2n + den) / (den * 2n);
  const result = Number(negative ? -rounded : rounded);
  assertVnd(result, 'mulDivHalfUp result');
  return result;
}

/**
 * Splits `amount` into integer parts proportional to `weights` that sum to `amount` exactly
 * (largest remainder; ties go to the earlier part so the split is deterministic).
 */
export function allocate(amount: number, weights: readonly number[]): number[] {
  assertVnd(amount, 'allocate amount');
  if (weights.length === 0) throw new RangeError('allocate: no weights');
  for (const w of weights) {
    if (!Number.isSafeInteger(w) || w < 0) throw new RangeError(`allocate: bad weight ${w}`);
  }
  const total = weights.reduce((sum, w) => sum + BigInt(w), 0n);
  if (total === 0n) throw new RangeError('allocate: weights sum to zero');
  const sign = amount < 0 ? -1n : 1n;
  const abs = BigInt(Math.abs(amount));
  const parts = weights.map((w) => (abs * BigInt(w)) / total);
  const remainders = weights.map((w, index) => ({ index, rem: (abs * BigInt(w)) % total }));
  let left = abs - parts.reduce((sum, p) => sum + p, 0n);
  remainders.sort((a, b) => (a.rem === b.rem ? a.index - b.index : a.rem > b.rem ? -1 : 1));
  for (const { index } of remainders) {
    if (left === 0n) break;
    parts[index] = (parts[index] ?? 0n) + 1n;
    left -= 1n;
  }
  return parts.map((p) => Number(p * sign));
}

const DIGITS = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'] as const;

function digit(d: number): string {
  return DIGITS[d] ?? '';
}

/**
 * Reads 0–999. `full` forces the hundreds ("không trăm linh năm") for a group that follows a
 * larger one, which is how receipts write 1.000.005.
 */
function readTriple(n: number, full: boolean): string[] {
  const hundreds = Math.floor(n / 100);
  const tens = Math.floor((n % 100) / 10);
  const units = n % 10;
  const words: string[] = [];
  if (hundreds > 0 || full) words.push(digit(hundreds), 'trăm');
  if (tens === 0) {
    if (units > 0 && words.length > 0) words.push('linh');
  } else if (tens === 1) {
    words.push('mười');
  } else {
    words.push(digit(tens), 'mươi');
  }
  if (units === 0) return words;
  if (units === 5 && tens > 0) words.push('lăm');
  else if (units === 1 && tens > 1) words.push('mốt');
  else if (units === 4 && tens > 1) words.push('tư');
  else words.push(digit(units));
  return words;
}

const GROUPS = ['', 'nghìn', 'triệu'] as const;

/** Reads a positive number below one billion. */
function readBelowBillion(n: number, full: boolean): string[] {
  const words: string[] = [];
  let started = full;
  for (let g = 2; g >= 0; g--) {
    const triple = Math.floor(n / 1000 ** g) % 1000;
    if (triple === 0) continue;
    words.push(...readTriple(triple, started));
    const group = GROUPS[g];
    if (group) words.push(group);
    started = true;
  }
  return words;
}

/** Reads a positive integer; "tỷ" repeats for larger amounts ("một nghìn tỷ"). */
function readPositive(n: number, full: boolean): string[] {
  const billions = Math.floor(n / 1e9);
  const rest = n % 1e9;
  if (billions === 0) return readBelowBillion(rest, full);
  const words = [...readPositive(billions, full), 'tỷ'];
  if (rest > 0) words.push(...readBelowBillion(rest, true));
  return words;
}

/** An amount in Vietnamese words for receipts: "Một triệu hai trăm ba mươi tư nghìn … đồng". */
export function vndInWords(amount: number): string {
  assertVnd(amount, 'vndInWords');
  const words =
    amount === 0
      ? ['không']
      : [...(amount < 0 ? ['âm'] : []), ...readPositive(Math.abs(amount), false)];
  const text = [...words, 'đồng'].join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}
