import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { createCanvas, loadImage } from '@napi-rs/canvas';
import { beforeAll, describe, expect, it } from 'vitest';
import { prepareZXingModule, readBarcodes } from 'zxing-wasm/reader';
import { SOURCE_ROOT } from '../../electron/backend/paths';
import type { PrinterProfile } from '../../electron/devices/print/escpos';
import { barcode, qr, row, rule, text } from '../../electron/devices/print/layout';
import {
  isDot,
  registerReceiptFonts,
  renderDocument,
  toPng,
  wrapText,
  type MonoBitmap,
} from '../../electron/devices/print/render';
import { testPage, testPageQrData, vowelLines } from '../../electron/devices/print/test-page';
import { sampleReceipt } from '../bench/print-receipt';

const OUT = path.join(SOURCE_ROOT, 'test-output');
const CCCD =
  '001090123456|012345678|Nguyễn Văn Á|01011990|Nam|Phường Bến Nghé, Quận 1, TP. Hồ Chí Minh|15042021';

beforeAll(async () => {
  const wasm = createRequire(import.meta.url).resolve('zxing-wasm/reader/zxing_reader.wasm');
  await prepareZXingModule({
    overrides: { wasmBinary: new Uint8Array(fs.readFileSync(wasm)).buffer },
    fireImmediately: true,
  });
  fs.mkdirSync(OUT, { recursive: true });
  registerReceiptFonts();
});

async function decodeCodes(bitmap: MonoBitmap): Promise<Map<string, string>> {
  const results = await readBarcodes(new Uint8Array(toPng(bitmap)), {
    formats: ['QRCode', 'Code128'],
    maxNumberOfSymbols: 4,
  });
  return new Map(results.map((r) => [r.format, r.text]));
}

function inkRows(bitmap: MonoBitmap): number[] {
  const rows: number[] = [];
  for (let y = 0; y < bitmap.height; y++) {
    for (let x = 0; x < bitmap.width; x++) {
      if (isDot(bitmap, x, y)) {
        rows.push(y);
        break;
      }
    }
  }
  return rows;
}

function profile(widthDots: 384 | 576): PrinterProfile {
  return {
    name: 'Quầy thu ngân',
    widthDots,
    cut: 'partial',
    feedLines: 3,
    mode: { kind: 'raster' },
    transport: { kind: 'tcp', host: '192.168.1.50' },
  };
}

describe('renderDocument', () => {
  it('fills exactly the paper width, packed MSB first with rows padded to whole bytes', () => {
    for (const widthDots of [384, 512, 576, 300]) {
      const bitmap = renderDocument({ blocks: [rule()] }, { widthDots });
      expect(bitmap.width).toBe(widthDots);
      expect(bitmap.data.length).toBe(Math.ceil(widthDots / 8) * bitmap.height);
      const ruleRow = inkRows(bitmap)[0]!;
      for (let x = 0; x < widthDots; x++) expect(isDot(bitmap, x, ruleRow)).toBe(true);
      // Padding bits past the paper edge stay clear.
      const last = bitmap.data[(ruleRow + 1) * Math.ceil(widthDots / 8) - 1]!;
      expect(last).toBe(widthDots % 8 === 0 ? 0xff : (0xff << (8 - (widthDots % 8))) & 0xff);
    }
  });

  it('prints only black and white: a rule is two full rows with blank paper around it', () => {
    const bitmap = renderDocument({ blocks: [rule()] }, { widthDots: 384 });
    const rows = inkRows(bitmap);
    expect(rows).toHaveLength(2);
    expect(rows[1]).toBe(rows[0]! + 1);
  });

  it('wraps text to the width and keeps every word', () => {
    const ctx = createCanvas(1, 1).getContext('2d');
    ctx.font = '400 24px "Tram Receipt"';
    const long = 'Nước muối sinh lý Natri clorid 0,9% chai 500ml dùng rửa vết thương '.repeat(3);
    const lines = wrapText(ctx, long, 384);
    expect(lines.length).toBeGreaterThan(3);
    for (const line of lines) expect(ctx.measureText(line).width).toBeLessThanOrEqual(384);
    expect(lines.join(' ').split(' ')).toEqual(long.trim().split(/\s+/));

    const one = renderDocument({ blocks: [text('Ngắn')] }, { widthDots: 384 });
    const many = renderDocument({ blocks: [text(long)] }, { widthDots: 384 });
    expect(many.height).toBe(one.height * lines.length);
  });

  it('cuts a word wider than the paper between letters, never inside one', () => {
    const ctx = createCanvas(1, 1).getContext('2d');
    ctx.font = '400 24px "Tram Receipt"';
    const word = 'Ệ'.repeat(40);
    const lines = wrapText(ctx, word.normalize('NFD'), 200);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join('')).toBe(word);
  });

  it('keeps stacked capital marks and descenders inside their line', () => {
    const bitmap = renderDocument({ blocks: [text('ỄẪỖ Ậỵgj')] }, { widthDots: 384 });
    const rows = inkRows(bitmap);
    expect(rows[0]).toBeGreaterThan(0);
    expect(rows.at(-1)).toBeLessThan(bitmap.height - 1);
  });

  it('right-aligns the amount of an item row', () => {
    const bitmap = renderDocument({ blocks: [row('Khám bệnh', '38.700 đ')] }, { widthDots: 576 });
    let rightmost = 0;
    for (let y = 0; y < bitmap.height; y++) {
      for (let x = 0; x < bitmap.width; x++)
        if (isDot(bitmap, x, y)) rightmost = Math.max(rightmost, x);
    }
    expect(rightmost).toBeGreaterThan(576 - 6);
  });

  it('draws QR codes and Code 128 that a decoder reads back exactly', async () => {
    for (const widthDots of [384, 576]) {
      const bitmap = renderDocument(
        { blocks: [text('Thẻ CCCD'), qr(CCCD), barcode('79001-2026-00042')] },
        { widthDots },
      );
      const codes = await decodeCodes(bitmap);
      expect(codes.get('QRCode')).toBe(CCCD);
      expect(codes.get('Code128')).toBe('79001-2026-00042');
    }
  });

  it('previews the very bitmap it prints', async () => {
    const bitmap = renderDocument(sampleReceipt(), { widthDots: 384 });
    const image = await loadImage(toPng(bitmap));
    const ctx = createCanvas(image.width, image.height).getContext('2d');
    ctx.drawImage(image, 0, 0);
    const rgba = ctx.getImageData(0, 0, image.width, image.height).data;
    expect([image.width, image.height]).toEqual([bitmap.width, bitmap.height]);
    let mismatches = 0;
    for (let y = 0; y < bitmap.height; y++) {
      for (let x = 0; x < bitmap.width; x++) {
        if ((rgba[(y * bitmap.width + x) * 4] === 0) !== isDot(bitmap, x, y)) mismatches++;
      }
    }
    expect(mismatches).toBe(0);
  });
});

describe('test page and sample receipt', () => {
  it('lists every vowel in six tones, upper and lower case, and đ Đ', () => {
    const all = vowelLines().join(' ');
    for (const letter of 'aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵđ') {
      expect(all).toContain(letter);
      expect(all).toContain(letter.toUpperCase());
    }
  });

  it('renders at 576 and 384 dots with a readable QR; PNGs go to test-output/', async () => {
    for (const widthDots of [576, 384] as const) {
      const options = {
        facilityName: 'Trạm Y tế phường Bến Nghé',
        profile: profile(widthDots),
        locale: 'vi' as const,
        printedAt: new Date('2026-03-01T02:30:00Z'),
      };
      const page = renderDocument(testPage(options), { widthDots });
      fs.writeFileSync(path.join(OUT, `test-page-${widthDots}.png`), toPng(page));
      expect((await decodeCodes(page)).get('QRCode')).toBe(testPageQrData(options));

      const receipt = renderDocument(sampleReceipt(), { widthDots });
      fs.writeFileSync(path.join(OUT, `receipt-${widthDots}.png`), toPng(receipt));
      expect((await decodeCodes(receipt)).get('QRCode')).toMatch(/^000201/);
    }
  });
});
