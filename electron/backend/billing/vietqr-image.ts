import type BwipJs from 'bwip-js/node';
import { onFirstUse } from '../lazy';

const bwipjs = onFirstUse<typeof BwipJs>('bwip-js/node');

/** A VietQR code as a PNG with a white quiet zone, as banking apps scan it from a screen. */
export async function qrPng(payload: string): Promise<string> {
  const png = await bwipjs().toBuffer({
    bcid: 'qrcode',
    text: payload,
    scale: 5,
    backgroundcolor: 'FFFFFF',
    padding: 16,
  });
  return Buffer.from(png).toString('base64');
}
