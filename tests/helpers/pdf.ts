import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { tempDir } from './backend';

/** The text of a PDF as poppler's pdftotext reads it (layout kept). */
export function pdfText(bytes: Uint8Array): string {
  const file = path.join(tempDir('tram-pdf-'), 'doc.pdf');
  fs.writeFileSync(file, bytes);
  return execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
}

/** Page size in points and page count, from pdfinfo. */
export function pdfInfo(bytes: Uint8Array): { pages: number; width: number; height: number } {
  const file = path.join(tempDir('tram-pdf-'), 'doc.pdf');
  fs.writeFileSync(file, bytes);
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const size = /Page size:\s+([\d.]+) x ([\d.]+)/.exec(info);
  return {
    pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1]),
    width: Number(size?.[1]),
    height: Number(size?.[2]),
  };
}

/** Renders page 1 of a PDF to PNG (for a look, and for decoding codes in it). */
export function pdfToPng(bytes: Uint8Array, outFile: string, dpi = 150): string {
  fs.mkdirSync(path.dirname(outFile), { recursive: true });
  const file = path.join(tempDir('tram-pdf-'), 'doc.pdf');
  fs.writeFileSync(file, bytes);
  const prefix = outFile.replace(/\.png$/, '');
  execFileSync('pdftoppm', ['-png', '-r', String(dpi), '-singlefile', file, prefix]);
  return `${prefix}.png`;
}
