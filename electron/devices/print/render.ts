import path from 'node:path';
import type * as NapiCanvas from '@napi-rs/canvas';
import type { Canvas, SKRSContext2D } from '@napi-rs/canvas';
import type BwipJs from 'bwip-js/node';
import { onFirstUse } from '../../backend/lazy';
import { SOURCE_ROOT, type AppPaths } from '../../backend/paths';
import type { Align, Block, PrintDocument, TextSize } from './layout';

const canvasLib = onFirstUse<typeof NapiCanvas>('@napi-rs/canvas');
const bwipjs = onFirstUse<typeof BwipJs>('bwip-js/node');

/** 1 bit per pixel, 1 = black dot, MSB first, rows padded to whole bytes: GS v 0's layout. */
export interface MonoBitmap {
  width: number;
  height: number;
  data: Uint8Array;
}

export interface RenderOptions {
  widthDots: number;
  /** Folder holding the bundled Roboto TTFs; defaults to resources/fonts in the source tree. */
  fontsDir?: string;
  /** Grey level (0–255) below which a pixel prints; one fixed cut, so text edges never dither. */
  threshold?: number;
}

const FAMILY = 'Tram Receipt';
/** Pixel sizes at 203 dpi: 24 dots is the height of the printers' own font A. */
const FONT_PX: Readonly<Record<TextSize, number>> = { normal: 24, large: 34, xlarge: 48 };
const ROW_GAP = 16;
const RULE_THICKNESS = 2;
const RULE_PADDING = 8;
const QR_QUIET_MODULES = 4;
const BARCODE_QUIET_MODULES = 10;
const DEFAULT_BARCODE_HEIGHT = 80;
const DEFAULT_THRESHOLD = 180;

let registeredFrom: string | null = null;

export function fontsDirFor(paths: Pick<AppPaths, 'resourcesDir'>): string {
  return path.join(paths.resourcesDir, 'fonts');
}

/** Registers the bundled fonts once; a missing font is a broken install, so it throws. */
export function registerReceiptFonts(
  fontsDir = path.join(SOURCE_ROOT, 'resources', 'fonts'),
): void {
  if (registeredFrom === fontsDir) return;
  for (const file of ['Roboto-Regular.ttf', 'Roboto-Medium.ttf']) {
    if (!canvasLib().GlobalFonts.registerFromPath(path.join(fontsDir, file), FAMILY)) {
      throw new Error(`Cannot load the receipt font ${path.join(fontsDir, file)}`);
    }
  }
  registeredFrom = fontsDir;
}

interface LineMetrics {
  ascent: number;
  height: number;
}

const metricsCache = new Map<string, LineMetrics>();

function fontFor(size: TextSize, bold: boolean): string {
  return `${bold ? 500 : 400} ${FONT_PX[size]}px "${FAMILY}"`;
}

/** Room for stacked Vietnamese capitals (Ễ, Ẫ) above and descenders (g, ỵ) below. */
function lineMetrics(ctx: SKRSContext2D, font: string): LineMetrics {
  const cached = metricsCache.get(font);
  if (cached) return cached;
  ctx.font = font;
  const high = ctx.measureText('ỄẪỖẤỶÁ');
  const low = ctx.measureText('gjpqyỵỴ');
  const ascent = Math.ceil(Math.max(high.actualBoundingBoxAscent, high.fontBoundingBoxAscent)) + 1;
  const descent = Math.ceil(Math.max(low.actualBoundingBoxDescent, low.fontBoundingBoxDescent));
  const metrics = { ascent, height: ascent + descent + 2 };
  metricsCache.set(font, metrics);
  return metrics;
}

/** Greedy word wrap; a word wider than the line is cut between graphemes, never inside one. */
export function wrapText(ctx: SKRSContext2D, value: string, maxWidth: number): string[] {
  const lines: string[] = [];
  for (const paragraph of value.normalize('NFC').split('\n')) {
    let line = '';
    // Runs of spaces are kept inside a line (they line things up) and dropped at a wrap.
    const tokens = paragraph.trim().split(/(\s+)/);
    for (let i = 0; i < tokens.length; i += 2) {
      const word = tokens[i] ?? '';
      if (!word) continue;
      const candidate = line ? `${line}${tokens[i - 1] ?? ' '}${word}` : word;
      if (ctx.measureText(candidate).width <= maxWidth) {
        line = candidate;
        continue;
      }
      if (line) lines.push(line);
      line = '';
      for (const { segment } of new Intl.Segmenter('vi', { granularity: 'grapheme' }).segment(
        word,
      )) {
        if (line && ctx.measureText(line + segment).width > maxWidth) {
          lines.push(line);
          line = '';
        }
        line += segment;
      }
    }
    lines.push(line);
  }
  return lines;
}

type Op = (ctx: SKRSContext2D) => void;
/** Sets dots straight in the finished bitmap: codes and rules stay exact, with no grey edges. */
type DotOp = (bitmap: MonoBitmap, top: number) => void;

interface Placed {
  height: number;
  ops: Op[];
  dots?: DotOp;
}

function fillDots(bitmap: MonoBitmap, x0: number, y0: number, w: number, h: number): void {
  const bytesPerRow = Math.ceil(bitmap.width / 8);
  const x1 = Math.min(bitmap.width, x0 + w);
  for (let y = Math.max(0, y0); y < Math.min(bitmap.height, y0 + h); y++) {
    for (let x = Math.max(0, x0); x < x1; x++) {
      const i = y * bytesPerRow + (x >> 3);
      bitmap.data[i] = (bitmap.data[i] ?? 0) | (0x80 >> (x & 7));
    }
  }
}

function alignX(align: Align | undefined, contentWidth: number, pageWidth: number): number {
  if (align === 'center') return Math.round((pageWidth - contentWidth) / 2);
  if (align === 'right') return Math.max(0, Math.round(pageWidth - contentWidth));
  return 0;
}

function placeText(ctx: SKRSContext2D, block: Block & { type: 'text' }, width: number): Placed {
  const font = fontFor(block.size ?? 'normal', block.bold ?? false);
  const metrics = lineMetrics(ctx, font);
  ctx.font = font;
  const ops = wrapText(ctx, block.text, width).map((line, i): Op => {
    const x = alignX(block.align, ctx.measureText(line).width, width);
    const y = i * metrics.height + metrics.ascent;
    return (c) => {
      c.font = font;
      c.fillText(line, x, y);
    };
  });
  return { height: ops.length * metrics.height, ops };
}

function placeRow(ctx: SKRSContext2D, block: Block & { type: 'row' }, width: number): Placed {
  const font = fontFor('normal', block.bold ?? false);
  const metrics = lineMetrics(ctx, font);
  ctx.font = font;
  const right = block.right.normalize('NFC');
  const rightWidth = Math.ceil(ctx.measureText(right).width);
  const leftLines = wrapText(ctx, block.left, Math.max(width / 3, width - rightWidth - ROW_GAP));
  const ops = leftLines.map((line, i): Op => (c) => {
    c.font = font;
    c.fillText(line, 0, i * metrics.height + metrics.ascent);
  });
  ops.push((c) => {
    c.font = font;
    c.fillText(right, width - rightWidth, metrics.ascent);
  });
  return { height: leftLines.length * metrics.height, ops };
}

/** Whole-dot modules set straight in the bitmap: crisp edges that scan off thermal paper. */
function placeQr(block: Block & { type: 'qr' }, width: number): Placed {
  const [symbol] = bwipjs().raw({ bcid: 'qrcode', text: block.data });
  if (!symbol || !('pixs' in symbol)) throw new Error('bwip-js returned no QR matrix');
  const { pixs, pixx, pixy } = symbol;
  const maxSize = Math.min(block.size ?? Math.round(width * 0.5), width);
  const module = Math.max(1, Math.floor(maxSize / pixx));
  const quiet = QR_QUIET_MODULES * module;
  const x0 = alignX(block.align ?? 'center', pixx * module, width);
  const dots: DotOp = (bitmap, top) => {
    for (let y = 0; y < pixy; y++) {
      for (let x = 0; x < pixx; x++) {
        if (pixs[y * pixx + x]) {
          fillDots(bitmap, x0 + x * module, top + quiet + y * module, module, module);
        }
      }
    }
  };
  return { height: pixy * module + 2 * quiet, ops: [], dots };
}

function placeBarcode(
  ctx: SKRSContext2D,
  block: Block & { type: 'barcode' },
  width: number,
): Placed {
  if (!/^[\x20-\x7e]+$/.test(block.data)) {
    throw new RangeError('Code 128 blocks take printable ASCII only');
  }
  const [symbol] = bwipjs().raw({ bcid: 'code128', text: block.data });
  if (!symbol || !('sbs' in symbol)) throw new Error('bwip-js returned no Code 128 bars');
  const modules = symbol.sbs.reduce((sum, w) => sum + w, 0);
  const barWidth = Math.min(3, Math.floor(width / (modules + 2 * BARCODE_QUIET_MODULES)));
  if (barWidth < 1) throw new RangeError(`Code 128 "${block.data}" is too long for the paper`);
  const barHeight = block.height ?? DEFAULT_BARCODE_HEIGHT;
  const x0 = alignX(block.align ?? 'center', modules * barWidth, width);
  const caption = placeText(ctx, { type: 'text', text: block.data, align: 'center' }, width);
  const dots: DotOp = (bitmap, top) => {
    let x = x0;
    symbol.sbs.forEach((w, i) => {
      if (i % 2 === 0) fillDots(bitmap, x, top + RULE_PADDING, w * barWidth, barHeight);
      x += w * barWidth;
    });
  };
  const captionOp: Op = (c) => {
    c.save();
    c.translate(0, RULE_PADDING + barHeight);
    caption.ops.forEach((op) => op(c));
    c.restore();
  };
  return { height: RULE_PADDING + barHeight + caption.height, ops: [captionOp], dots };
}

function placeBlock(ctx: SKRSContext2D, block: Block, width: number): Placed {
  switch (block.type) {
    case 'text':
      return placeText(ctx, block, width);
    case 'row':
      return placeRow(ctx, block, width);
    case 'rule':
      return {
        height: RULE_THICKNESS + 2 * RULE_PADDING,
        ops: [],
        dots: (bitmap, top) => fillDots(bitmap, 0, top + RULE_PADDING, width, RULE_THICKNESS),
      };
    case 'qr':
      return placeQr(block, width);
    case 'barcode':
      return placeBarcode(ctx, block, width);
    case 'feed':
      return {
        height: Math.max(0, block.lines) * lineMetrics(ctx, fontFor('normal', false)).height,
        ops: [],
      };
  }
}

/** Kept between jobs: a fresh Skia surface costs more than drawing a whole receipt. */
let scratch: { canvas: Canvas; ctx: SKRSContext2D } | null = null;
const SCRATCH_MAX_HEIGHT = 4096;

function surface(width: number, height: number): SKRSContext2D {
  if (scratch && scratch.canvas.width === width && scratch.canvas.height >= height) {
    return scratch.ctx;
  }
  const canvas = canvasLib().createCanvas(
    width,
    Math.max(1024, Math.ceil((height * 1.25) / 256) * 256),
  );
  const ctx = canvas.getContext('2d');
  if (height <= SCRATCH_MAX_HEIGHT) scratch = { canvas, ctx };
  return ctx;
}

/** Draws the text in greys with Skia, cuts it to black and white at one threshold, then adds codes. */
export function renderDocument(doc: PrintDocument, options: RenderOptions): MonoBitmap {
  registerReceiptFonts(options.fontsDir);
  const width = options.widthDots;
  const measure = surface(width, 1);
  const placed = doc.blocks.map((block) => placeBlock(measure, block, width));
  const height = placed.reduce((sum, p) => sum + p.height, 0);
  const bytesPerRow = Math.ceil(width / 8);
  const bitmap: MonoBitmap = { width, height, data: new Uint8Array(bytesPerRow * height) };
  if (height === 0) return bitmap;

  const ctx = surface(width, height);
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, width, height);
  ctx.fillStyle = '#000';
  ctx.textBaseline = 'alphabetic';
  let top = 0;
  for (const block of placed) {
    ctx.save();
    ctx.translate(0, top);
    block.ops.forEach((op) => op(ctx));
    ctx.restore();
    top += block.height;
  }

  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const rgba = ctx.getImageData(0, 0, width, height).data;
  for (let y = 0; y < height; y++) {
    for (let xByte = 0; xByte < bytesPerRow; xByte++) {
      let byte = 0;
      for (let bit = 0, x = xByte * 8; bit < 8 && x < width; bit++, x++) {
        if ((rgba[(y * width + x) * 4] ?? 255) < threshold) byte |= 0x80 >> bit;
      }
      bitmap.data[y * bytesPerRow + xByte] = byte;
    }
  }
  top = 0;
  for (const block of placed) {
    block.dots?.(bitmap, top);
    top += block.height;
  }
  return bitmap;
}

export function isDot(bitmap: MonoBitmap, x: number, y: number): boolean {
  const byte = bitmap.data[y * Math.ceil(bitmap.width / 8) + (x >> 3)] ?? 0;
  return (byte & (0x80 >> (x & 7))) !== 0;
}

/** The preview is this exact bitmap, dot for dot, so what staff see is what prints. */
export function toPng(bitmap: MonoBitmap): Buffer {
  const height = Math.max(1, bitmap.height);
  const canvas = canvasLib().createCanvas(bitmap.width, height);
  const ctx = canvas.getContext('2d');
  const image = ctx.createImageData(bitmap.width, height);
  for (let y = 0; y < bitmap.height; y++) {
    for (let x = 0; x < bitmap.width; x++) {
      const value = isDot(bitmap, x, y) ? 0 : 255;
      const i = (y * bitmap.width + x) * 4;
      image.data[i] = image.data[i + 1] = image.data[i + 2] = value;
      image.data[i + 3] = 255;
    }
  }
  if (bitmap.height === 0) image.data.fill(255);
  ctx.putImageData(image, 0, 0);
  return canvas.toBuffer('image/png');
}
