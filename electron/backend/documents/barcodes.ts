import bwipjs from 'bwip-js/node';

/** Barcodes for PDFs as vector SVG: crisp at any printer resolution. */
export function barcodeSvg(bcid: 'code128' | 'qrcode', text: string): string {
  return bwipjs.toSVG({
    bcid,
    text,
    ...(bcid === 'code128' ? { height: 8, scaleX: 2 } : { scale: 2, eclevel: 'M' }),
    paddingwidth: 0,
    paddingheight: 0,
  });
}
