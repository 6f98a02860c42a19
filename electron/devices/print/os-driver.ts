import { paperMillimetres, type PaperWidth } from './layout';
import { toPng, type MonoBitmap } from './render';

/** Thermal heads print 203 dpi: 8 dots to the millimetre. */
const DOTS_PER_MM = 8;

/** A receipt for the vendor's OS driver: the same bitmap, as a page the size of the paper. */
export interface OsPrintJob {
  printerName: string;
  html: string;
  /** Electron's pageSize is in microns. */
  pageWidthMicrons: number;
  pageHeightMicrons: number;
  png: Buffer;
}

export type OsPrintResult = { ok: true } | { ok: false; reason: string };

/**
 * What the desktop shell provides (electron/main.ts prints through a hidden window with
 * webContents.print, silently, on the named printer); absent in web mode.
 */
export interface OsPrinter {
  print(job: OsPrintJob): Promise<OsPrintResult>;
  /** A PDF as it is (its own page size), silently, on the named printer. */
  printPdf(job: OsPdfJob): Promise<OsPrintResult>;
  list(): Promise<string[]>;
}

export interface OsPdfJob {
  printerName: string;
  pdf: Buffer;
  /** For the print history and the temporary file's name. */
  title: string;
}

/** The bitmap at its true size (one dot = 1/8 mm), crisp, with no margins. */
export function osPrintJob(printerName: string, bitmap: MonoBitmap): OsPrintJob {
  const png = toPng(bitmap);
  const paperMm = paperMillimetres(bitmap.width as PaperWidth);
  const imageMm = bitmap.width / DOTS_PER_MM;
  const heightMm = Math.max(10, Math.ceil(bitmap.height / DOTS_PER_MM));
  const html = [
    '<!doctype html><html><head><meta charset="utf-8"><style>',
    `@page{size:${paperMm}mm ${heightMm}mm;margin:0}`,
    'html,body{margin:0;padding:0}',
    `img{display:block;margin:0 auto;width:${imageMm}mm;image-rendering:pixelated}`,
    '</style></head><body>',
    `<img alt="" src="data:image/png;base64,${png.toString('base64')}">`,
    '</body></html>',
  ].join('');
  return {
    printerName,
    html,
    pageWidthMicrons: paperMm * 1000,
    pageHeightMicrons: heightMm * 1000,
    png,
  };
}
