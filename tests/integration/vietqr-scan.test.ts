import bwipjs from 'bwip-js/node';
import { beforeAll, describe, expect, it } from 'vitest';
import { readBarcodes } from 'zxing-wasm/reader';
import { buildVietQr, parseEmv, verifyCrc } from '../../shared/domain/vietqr';
import { prepareZxingOffline } from '../helpers/zxing';

beforeAll(prepareZxingOffline);

async function scan(text: string): Promise<string[]> {
  // White background and a quiet zone, as printed on a receipt (bwip-js defaults to transparent).
  const png = await bwipjs.toBuffer({
    bcid: 'qrcode',
    text,
    scale: 4,
    backgroundcolor: 'FFFFFF',
    padding: 16,
  });
  const results = await readBarcodes(new Uint8Array(png), { formats: ['QRCode'] });
  return results.map((r) => r.text);
}

describe('VietQR payload rendered as a QR image', () => {
  it.each([
    {
      bankBin: '970436',
      accountNumber: '1234567890',
      amount: 351_000,
      reference: 'HD-2025-000123',
    },
    { bankBin: '970415', accountNumber: '0011001932418', reference: 'Thu tiền khám bệnh' },
    { bankBin: '970422', accountNumber: '0123456789012345678' },
  ])('scans back to the exact payload ($accountNumber)', async (input) => {
    const outcome = buildVietQr(input);
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
    const decoded = await scan(outcome.payload);
    expect(decoded).toEqual([outcome.payload]);
    const [text = ''] = decoded;
    expect(verifyCrc(text)).toBe(true);
    expect(parseEmv(text).ok).toBe(true);
  });
});
