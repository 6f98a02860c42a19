import type BwipJs from 'bwip-js/node';
import type { CanvasRect } from 'pdfmake/interfaces';
import { onFirstUse } from '../lazy';

const bwipjs = onFirstUse<typeof BwipJs>('bwip-js/node');

/** Barcodes for PDFs as vector SVG: crisp at any printer resolution. */
export function barcodeSvg(bcid: 'code128' | 'qrcode', text: string): string {
  return bwipjs().toSVG({
    bcid,
    text,
    ...(bcid === 'code128' ? { height: 8, scaleX: 2 } : { scale: 2, eclevel: 'M' }),
    paddingwidth: 0,
    paddingheight: 0,
  });
}

/**
 * A QR code as pdfmake canvas rectangles, one per run of dark modules in a row: as crisp as
 * the SVG, but pdfmake's SVG parsing took more than half of a prescription page's time.
 */
export function qrRects(text: string, size: number): CanvasRect[] {
  const [symbol] = bwipjs().raw({ bcid: 'qrcode', text });
  if (!symbol || !('pixs' in symbol)) throw new Error('bwip-js returned no QR matrix');
  const { pixs, pixx, pixy } = symbol;
  const module = size / pixx;
  const rects: CanvasRect[] = [];
  for (let y = 0; y < pixy; y++) {
    let x = 0;
    while (x < pixx) {
      if (!pixs[y * pixx + x]) {
        x += 1;
        continue;
      }
      const start = x;
      while (x < pixx && pixs[y * pixx + x]) x += 1;
      rects.push({
        type: 'rect',
        x: start * module,
        y: y * module,
        w: (x - start) * module,
        h: module,
        color: '#000000',
      });
    }
  }
  return rects;
}
