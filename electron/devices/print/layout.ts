/**
 * The document model for everything Tram prints on a receipt printer (receipts, queue tickets,
 * drug labels, test pages). It says what to print, not how: render.ts turns it into the bitmap
 * that is both the on-screen preview and the raster the printer gets.
 */

export type Align = 'left' | 'center' | 'right';
export type TextSize = 'normal' | 'large' | 'xlarge';

export interface TextBlock {
  type: 'text';
  text: string;
  align?: Align;
  bold?: boolean;
  size?: TextSize;
}

/** An item line: the left part wraps, the right part (an amount) stays right-aligned. */
export interface RowBlock {
  type: 'row';
  left: string;
  right: string;
  bold?: boolean;
}

export interface RuleBlock {
  type: 'rule';
}

export interface QrBlock {
  type: 'qr';
  data: string;
  /** Largest width in dots; the module size is the biggest whole number of dots that fits. */
  size?: number;
  align?: Align;
}

export interface BarcodeBlock {
  type: 'barcode';
  /** Encoded as Code 128. */
  data: string;
  /** Bar height in dots. */
  height?: number;
  align?: Align;
}

export interface FeedBlock {
  type: 'feed';
  lines: number;
}

export type Block = TextBlock | RowBlock | RuleBlock | QrBlock | BarcodeBlock | FeedBlock;

export interface PrintDocument {
  blocks: readonly Block[];
}

/** Printable widths of the common heads: 58 mm paper, 80 mm on some clones, 80 mm. */
export const PAPER_WIDTHS = [384, 512, 576] as const;
export type PaperWidth = (typeof PAPER_WIDTHS)[number];

/** The paper a width belongs to, for people who think in millimetres. */
export function paperMillimetres(widthDots: PaperWidth): number {
  return widthDots === 384 ? 58 : 80;
}

export function isPaperWidth(value: number): value is PaperWidth {
  return (PAPER_WIDTHS as readonly number[]).includes(value);
}

export function text(value: string, options: Omit<TextBlock, 'type' | 'text'> = {}): TextBlock {
  return { type: 'text', text: value, ...options };
}

export function row(left: string, right: string, options: { bold?: boolean } = {}): RowBlock {
  return { type: 'row', left, right, ...options };
}

export function rule(): RuleBlock {
  return { type: 'rule' };
}

export function qr(data: string, options: Omit<QrBlock, 'type' | 'data'> = {}): QrBlock {
  return { type: 'qr', data, ...options };
}

export function barcode(
  data: string,
  options: Omit<BarcodeBlock, 'type' | 'data'> = {},
): BarcodeBlock {
  return { type: 'barcode', data, ...options };
}

export function feed(lines: number): FeedBlock {
  return { type: 'feed', lines };
}
