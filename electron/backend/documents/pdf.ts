import path from 'node:path';
import pdfmake from 'pdfmake';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import type { FileResult } from '../../../shared/api';
import { PDF_MIME } from '../../../shared/api/files';

let configuredFor: string | null = null;

/** pdfmake reads only our bundled Roboto (it covers every Vietnamese letter) and nothing else. */
function configure(fontsDir: string): void {
  if (configuredFor === fontsDir) return;
  const font = (file: string) => path.join(fontsDir, file);
  pdfmake.setFonts({
    Roboto: {
      normal: font('Roboto-Regular.ttf'),
      bold: font('Roboto-Medium.ttf'),
      italics: font('Roboto-Italic.ttf'),
      bolditalics: font('Roboto-MediumItalic.ttf'),
    },
  });
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((file) => path.resolve(file).startsWith(path.resolve(fontsDir)));
  configuredFor = fontsDir;
}

export async function renderPdf(
  resourcesDir: string,
  definition: TDocumentDefinitions,
): Promise<Uint8Array> {
  configure(path.join(resourcesDir, 'fonts'));
  const buffer = await pdfmake
    .createPdf({ ...definition, defaultStyle: { font: 'Roboto', ...definition.defaultStyle } })
    .getBuffer();
  return new Uint8Array(buffer);
}

export async function pdfFile(
  resourcesDir: string,
  fileName: string,
  definition: TDocumentDefinitions,
): Promise<FileResult> {
  const bytes = await renderPdf(resourcesDir, definition);
  return { fileName, mimeType: PDF_MIME, content: Buffer.from(bytes).toString('base64') };
}

/** Millimetres to PDF points, for page sizes such as the CR80 card and 80 mm receipts. */
export const mm = (millimetres: number): number => (millimetres * 72) / 25.4;
