import path from 'node:path';
import type PdfMakeModule from 'pdfmake';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { PDF_MIME } from '../../../shared/api/files';
import type { FileOutput } from '../files';

type PdfMake = typeof PdfMakeModule;

let configuredFor: string | null = null;
let loaded: Promise<PdfMake> | null = null;

/** pdfmake (and its fonts machinery) loads with the first PDF, not when Tram starts. */
async function loadPdfMake(): Promise<PdfMake> {
  loaded ??= import('pdfmake').then((module) => {
    const lib = module as PdfMake & { default?: PdfMake };
    return lib.default ?? lib;
  });
  return loaded;
}

/** pdfmake reads only our bundled Roboto (it covers every Vietnamese letter) and nothing else. */
function configure(pdfmake: PdfMake, fontsDir: string): void {
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
  const pdfmake = await loadPdfMake();
  configure(pdfmake, path.join(resourcesDir, 'fonts'));
  const buffer = await pdfmake
    .createPdf({ ...definition, defaultStyle: { font: 'Roboto', ...definition.defaultStyle } })
    .getBuffer();
  return new Uint8Array(buffer);
}

export async function pdfFile(
  resourcesDir: string,
  fileName: string,
  definition: TDocumentDefinitions,
): Promise<FileOutput> {
  return { fileName, mimeType: PDF_MIME, content: await renderPdf(resourcesDir, definition) };
}

/** Millimetres to PDF points, for page sizes such as the CR80 card and 80 mm receipts. */
export const mm = (millimetres: number): number => (millimetres * 72) / 25.4;
