import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import {
  MAX_BAND_ROWS,
  TCVN3,
  encodeRaster,
  encodeTcvn3,
  encodeText,
  finish,
  foldToAscii,
  rasterBands,
  type PrinterProfile,
} from '../../electron/devices/print/escpos';
import { qr, row, rule, text } from '../../electron/devices/print/layout';
import type { MonoBitmap } from '../../electron/devices/print/render';

const hex = (bytes: Uint8Array): string =>
  [...bytes].map((b) => b.toString(16).padStart(2, '0')).join(' ');

function stripes(width: number, height: number): MonoBitmap {
  const bytesPerRow = Math.ceil(width / 8);
  const data = new Uint8Array(bytesPerRow * height);
  // Each row's first byte holds its row number, so a band cut in the wrong place shows.
  for (let y = 0; y < height; y++) data[y * bytesPerRow] = y & 0xff;
  return { width, height, data };
}

describe('raster encoding', () => {
  it('encodes a tiny known bitmap byte for byte', () => {
    // 10×2 dots: row 0 has dots at x=0 and x=9; row 1 is all black.
    const bitmap: MonoBitmap = {
      width: 10,
      height: 2,
      data: Uint8Array.of(0x80, 0x40, 0xff, 0xc0),
    };
    const bytes = encodeRaster(bitmap, { cut: 'partial', feedLines: 3 });
    expect(hex(bytes)).toBe(
      [
        '1b 40', // ESC @
        '1d 76 30 00 02 00 02 00', // GS v 0, m=0, 2 bytes wide, 2 rows
        '80 40 ff c0',
        '1b 64 03', // ESC d 3
        '1d 56 42 00', // GS V 66 0: feed to the cutter, partial cut
      ].join(' '),
    );
  });

  it('cuts a 700-row image into bands of at most 256 rows that add up to the image', () => {
    const bitmap = stripes(576, 700);
    const bands = rasterBands(bitmap);
    expect(bands).toHaveLength(3);
    const heights = bands.map((band) => band[6]! + band[7]! * 256);
    expect(heights).toEqual([256, 256, 188]);
    for (const band of bands) {
      expect([...band.subarray(0, 6)]).toEqual([0x1d, 0x76, 0x30, 0, 72, 0]);
    }
    const joined = Buffer.concat(bands.map((band) => band.subarray(8)));
    expect(joined.equals(Buffer.from(bitmap.data))).toBe(true);
    expect(Math.max(...heights)).toBeLessThanOrEqual(MAX_BAND_ROWS);
  });

  it('sends exactly one band for a short image and none for an empty one', () => {
    expect(rasterBands(stripes(384, 256))).toHaveLength(1);
    expect(rasterBands(stripes(384, 257))).toHaveLength(2);
    expect(rasterBands({ width: 384, height: 0, data: new Uint8Array() })).toHaveLength(0);
  });

  it('feeds and cuts as the profile says', () => {
    expect(hex(finish({ cut: 'none', feedLines: 0 }))).toBe('');
    expect(hex(finish({ cut: 'full', feedLines: 2 }))).toBe('1b 64 02 1d 56 41 00');
    expect(hex(finish({ cut: 'none', feedLines: 300 }))).toBe('1b 64 ff 1b 64 2d');
  });
});

describe('TCVN-3', () => {
  it('maps Vietnamese letters to their VN3 bytes and leaves ASCII alone', () => {
    expect(hex(encodeTcvn3('Nguyễn Văn Á', 30))).toBe(
      '4e 67 75 79 d4 6e 20 56 a8 6e 20 b8', // Á has no VN3 capital: printed as á
    );
    expect(hex(encodeTcvn3('đĐ ơƠ ưƯ', 30))).toBe('ae a7 20 ac a5 20 ad a6');
    expect(hex(encodeTcvn3('Hồ Chí Minh', 30))).toBe('48 e5 20 43 68 dd 20 4d 69 6e 68');
    expect(hex(encodeTcvn3('ặ ỵ', 30))).toBe('c6 20 fe');
  });

  it('switches to the capitals page for toned capitals when the profile has one', () => {
    expect(hex(encodeTcvn3('aẤb', 30, 31))).toBe('61 1b 74 1f ca 1b 74 1e 62');
    // Decomposed input (as some keyboards type it) is composed first.
    expect(hex(encodeTcvn3('e\u0302\u0301', 30))).toBe('d5');
  });

  it('folds characters VN3 does not have', () => {
    expect(hex(encodeTcvn3('ç€', 30))).toBe('63 3f');
  });

  it('has the 60 toned small vowels, ăâêôơưđ and their capitals, each on its own byte', () => {
    expect(TCVN3.size).toBe(60 + 7 + 7);
    expect(new Set(TCVN3.values()).size).toBe(TCVN3.size);
    for (const code of TCVN3.values()) expect(code).toBeGreaterThanOrEqual(0xa1);
  });

  const iconv = spawnSync('iconv', ['--version']);
  it.skipIf(iconv.status !== 0)('agrees with glibc iconv TCVN5712-1 for every letter', () => {
    const letters = [...TCVN3.keys()].join('');
    const out = spawnSync('iconv', ['-f', 'UTF-8', '-t', 'TCVN5712-1'], { input: letters });
    expect(out.status).toBe(0);
    expect(hex(new Uint8Array(out.stdout))).toBe(hex(encodeTcvn3(letters, 30)));
  });
});

/** Characters that take room on paper: ESC @ and the 3-byte ESC/GS commands do not. */
function printedLength(line: string): number {
  let length = 0;
  for (let i = 0; i < line.length; i++) {
    const code = line.charCodeAt(i);
    if (code === 0x1b || code === 0x1d) i += line[i + 1] === '@' ? 1 : 2;
    else length++;
  }
  return length;
}

describe('text mode', () => {
  const profile: PrinterProfile = {
    name: 'COM',
    widthDots: 384,
    cut: 'none',
    feedLines: 2,
    mode: { kind: 'text-ascii' },
    transport: { kind: 'serial', path: '/dev/ttyUSB0', baudRate: 9600 },
  };

  it('folds accents for ASCII printers', () => {
    expect(foldToAscii('Nguyễn Văn Đức – 5€')).toBe('Nguyen Van Duc ? 5?');
  });

  it('pads item rows to the 32 columns of 58 mm paper and ends with a feed', () => {
    const bytes = encodeText({ blocks: [row('Thuốc ho', '12.000 đ'), rule()] }, profile);
    const body = Buffer.from(bytes).toString('latin1');
    expect(body.startsWith('\x1b@')).toBe(true);
    expect(body).toContain(`${'Thuoc ho'.padEnd(24)}12.000 d\n`);
    expect(body).toContain(`${'-'.repeat(32)}\n`);
    expect(body.endsWith('\x1bd\x02')).toBe(true);
  });

  it('wraps long text at the column count and selects the code page for TCVN-3', () => {
    const tcvn = { ...profile, mode: { kind: 'text-tcvn3', codePage: 30 } } as const;
    const bytes = encodeText(
      { blocks: [text('Phường Bến Nghé '.repeat(3), { bold: true })] },
      tcvn,
    );
    expect(hex(bytes.subarray(0, 5))).toBe('1b 40 1b 74 1e');
    const lines = Buffer.from(bytes).toString('latin1').split('\n');
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) expect(printedLength(line)).toBeLessThanOrEqual(32);
  });

  it('still sends QR codes as raster, never as the printer’s barcode command', () => {
    const bytes = Buffer.from(encodeText({ blocks: [qr('TRAM')] }, profile));
    expect(bytes.includes(Buffer.from([0x1d, 0x76, 0x30, 0x00]))).toBe(true);
    expect(bytes.includes(Buffer.from([0x1d, 0x28, 0x6b]))).toBe(false); // GS ( k
  });
});
