import type { Block, PaperWidth, PrintDocument, TextSize } from './layout';
import { renderDocument, type MonoBitmap, type RenderOptions } from './render';
import type { TransportConfig } from './transports';

export type CutMode = 'none' | 'partial' | 'full';

/**
 * Raster works on every printer. Text mode is for slow serial links: ASCII with accents
 * folded away, or TCVN-3 on a code page number confirmed with the printer's self-test.
 */
export type PrintMode =
  | { kind: 'raster' }
  | { kind: 'text-ascii' }
  | { kind: 'text-tcvn3'; codePage: number; upperCodePage?: number };

export interface PrinterProfile {
  name: string;
  widthDots: PaperWidth;
  cut: CutMode;
  /** Lines fed after the content, before the cut. */
  feedLines: number;
  mode: PrintMode;
  transport: TransportConfig;
}

export interface FinishOptions {
  cut: CutMode;
  feedLines: number;
}

const ESC = 0x1b;
const GS = 0x1d;
const LF = 0x0a;
/** Some clones drop rows of taller GS v 0 images; 256 rows is about 18 KB at 576 dots. */
export const MAX_BAND_ROWS = 256;

export const INIT = Uint8Array.of(ESC, 0x40);

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, p) => sum + p.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

/** GS v 0 m=0 (normal density) xL xH yL yH, then the rows, one band per command. */
export function rasterBands(bitmap: MonoBitmap, bandRows = MAX_BAND_ROWS): Uint8Array[] {
  const bytesPerRow = Math.ceil(bitmap.width / 8);
  const bands: Uint8Array[] = [];
  for (let top = 0; top < bitmap.height; top += bandRows) {
    const rows = Math.min(bandRows, bitmap.height - top);
    const band = new Uint8Array(8 + bytesPerRow * rows);
    band.set([GS, 0x76, 0x30, 0, bytesPerRow & 0xff, bytesPerRow >> 8, rows & 0xff, rows >> 8]);
    band.set(bitmap.data.subarray(top * bytesPerRow, (top + rows) * bytesPerRow), 8);
    bands.push(band);
  }
  return bands;
}

/** Feed (ESC d n) then cut; GS V 65/66 0 feeds to the cutter itself before cutting. */
export function finish({ cut, feedLines }: FinishOptions): Uint8Array {
  const parts: number[] = [];
  for (let left = Math.max(0, Math.round(feedLines)); left > 0; left -= 255) {
    parts.push(ESC, 0x64, Math.min(255, left));
  }
  if (cut === 'full') parts.push(GS, 0x56, 65, 0);
  if (cut === 'partial') parts.push(GS, 0x56, 66, 0);
  return Uint8Array.from(parts);
}

export function encodeRaster(bitmap: MonoBitmap, options: FinishOptions): Uint8Array {
  return concat([INIT, ...rasterBands(bitmap), finish(options)]);
}

/** Plain ASCII: accents dropped (NFD, marks stripped), đ → d, anything else unknown → '?'. */
export function foldToAscii(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^\x20-\x7e\n]/g, '?');
}

/*
 * TCVN 5712:1993 VN3 ("ABC" fonts), the 8-bit table of .VnTime and of the printers' TCVN-3
 * pages: ASCII below 0x80, Vietnamese letters from 0xA1. Each run starts at the code shown.
 * Checked against glibc iconv's TCVN5712-1, whose upper half agrees for these letters
 * (tests/unit/print-escpos.test.ts). VN3 has no toned capitals: those need the printer's
 * capitals page (upperCodePage) or print as the small letter.
 */
const TCVN3_RUNS: readonly [number, string][] = [
  [0xa1, 'ĂÂÊÔƠƯĐăâêôơưđ'],
  [0xb5, 'àảãáạ'],
  [0xbb, 'ằẳẵắ'],
  [0xc6, 'ặầẩẫấậè'],
  [0xce, 'ẻẽéẹềểễếệìỉ'],
  [0xdc, 'ĩíịò'],
  [0xe1, 'ỏõóọồổỗốộờởỡớợù'],
  [0xf1, 'ủũúụừửữứựỳỷỹýỵ'],
];

export const TCVN3: ReadonlyMap<string, number> = new Map(
  TCVN3_RUNS.flatMap(([start, letters]) => [...letters].map((ch, i) => [ch, start + i] as const)),
);

/** Bytes for one run of text on a TCVN-3 page, switching to the capitals page where needed. */
export function encodeTcvn3(value: string, codePage: number, upperCodePage?: number): Uint8Array {
  const out: number[] = [];
  let page = codePage;
  const usePage = (wanted: number): void => {
    if (page !== wanted) out.push(ESC, 0x74, wanted);
    page = wanted;
  };
  for (const ch of value.normalize('NFC')) {
    const code = ch.charCodeAt(0);
    if (code < 0x80) {
      usePage(codePage);
      out.push(code);
      continue;
    }
    const own = TCVN3.get(ch);
    const small = TCVN3.get(ch.toLowerCase());
    if (own !== undefined) {
      usePage(codePage);
      out.push(own);
    } else if (small !== undefined) {
      if (upperCodePage !== undefined) usePage(upperCodePage);
      out.push(small);
    } else {
      usePage(codePage);
      out.push(...[...foldToAscii(ch)].map((c) => c.charCodeAt(0)));
    }
  }
  usePage(codePage);
  return Uint8Array.from(out);
}

/** Characters per line in font A (12 dots wide): 32 on 58 mm, 42 or 48 on 80 mm. */
export function textColumns(widthDots: number, size: TextSize = 'normal'): number {
  const columns = Math.floor(widthDots / 12);
  return size === 'xlarge' ? Math.floor(columns / 2) : columns;
}

function wrapColumns(value: string, maxColumns: number): string[] {
  const columns = Math.max(1, maxColumns);
  const lines: string[] = [];
  for (const paragraph of value.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      for (let rest = word; rest.length > 0;) {
        const room = line ? columns - line.length - 1 : columns;
        if (rest.length <= room) {
          line = line ? `${line} ${rest}` : rest;
          rest = '';
        } else if (line) {
          lines.push(line);
          line = '';
        } else {
          lines.push(rest.slice(0, columns));
          rest = rest.slice(columns);
        }
      }
    }
    lines.push(line);
  }
  return lines;
}

const SIZE_BITS: Readonly<Record<TextSize, number>> = { normal: 0x00, large: 0x01, xlarge: 0x11 };
const ALIGN_BITS = { left: 0, center: 1, right: 2 } as const;

function textBlockBytes(
  block: Block,
  profile: PrinterProfile,
  encode: (line: string) => Uint8Array,
  renderOptions: Omit<RenderOptions, 'widthDots'>,
): Uint8Array[] {
  const line = (value: string): Uint8Array => concat([encode(value), Uint8Array.of(LF)]);
  const width = profile.widthDots;
  switch (block.type) {
    case 'text': {
      const size = block.size ?? 'normal';
      const header = Uint8Array.of(
        ...[ESC, 0x61, ALIGN_BITS[block.align ?? 'left']],
        ...[ESC, 0x45, block.bold ? 1 : 0],
        ...[GS, 0x21, SIZE_BITS[size]],
      );
      const body = wrapColumns(block.text.normalize('NFC'), textColumns(width, size)).map(line);
      return [header, ...body, Uint8Array.of(GS, 0x21, 0, ESC, 0x45, 0, ESC, 0x61, 0)];
    }
    case 'row': {
      const columns = textColumns(width);
      const right = block.right.normalize('NFC');
      const leftColumns = Math.max(Math.floor(columns / 2), columns - right.length - 1);
      const lefts = wrapColumns(block.left.normalize('NFC'), leftColumns);
      const first = (lefts[0] ?? '').padEnd(leftColumns + 1) + right;
      return [
        Uint8Array.of(ESC, 0x45, block.bold ? 1 : 0),
        ...[first, ...lefts.slice(1)].map(line),
        Uint8Array.of(ESC, 0x45, 0),
      ];
    }
    case 'rule':
      return [line('-'.repeat(textColumns(width)))];
    case 'feed':
      return [finish({ cut: 'none', feedLines: block.lines })];
    case 'qr':
    case 'barcode':
      // Codes are always drawn by Tram, never by the printer's own barcode commands.
      return rasterBands(
        renderDocument({ blocks: [block] }, { ...renderOptions, widthDots: width }),
      );
  }
}

/** Text mode: the printer's own font, with QR codes and barcodes still sent as raster. */
export function encodeText(
  doc: PrintDocument,
  profile: PrinterProfile,
  renderOptions: Omit<RenderOptions, 'widthDots'> = {},
): Uint8Array {
  const mode = profile.mode;
  const tcvn = mode.kind === 'text-tcvn3' ? mode : null;
  const encode = tcvn
    ? (value: string): Uint8Array => encodeTcvn3(value, tcvn.codePage, tcvn.upperCodePage)
    : (value: string): Uint8Array => Uint8Array.from(foldToAscii(value), (c) => c.charCodeAt(0));
  const parts: Uint8Array[] = [INIT];
  if (tcvn) parts.push(Uint8Array.of(ESC, 0x74, tcvn.codePage));
  for (const block of doc.blocks) {
    parts.push(...textBlockBytes(block, profile, encode, renderOptions));
  }
  parts.push(finish(profile));
  return concat(parts);
}

export interface EncodedJob {
  bytes: Uint8Array;
  /** The bitmap that was sent, for the preview; null in text mode. */
  bitmap: MonoBitmap | null;
}

/** Everything a print job needs: the bytes for the transport and the matching preview. */
export function encodeDocument(
  doc: PrintDocument,
  profile: PrinterProfile,
  renderOptions: Omit<RenderOptions, 'widthDots'> = {},
): EncodedJob {
  if (profile.mode.kind !== 'raster') {
    return { bytes: encodeText(doc, profile, renderOptions), bitmap: null };
  }
  const bitmap = renderDocument(doc, { ...renderOptions, widthDots: profile.widthDots });
  return { bytes: encodeRaster(bitmap, profile), bitmap };
}
