import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { Block, PrintDocument } from '../../devices/print/layout';
import { mm } from './pdf';

/** Roll paper and what its PDF uses: the printable width is narrower than the paper. */
const ROLLS = {
  58: { margin: 3, text: 9 },
  80: { margin: 4, text: 10.5 },
} as const;
export type RollWidth = keyof typeof ROLLS;

const SIZES = { normal: 1, large: 1.35, xlarge: 1.8 } as const;

function blockContent(block: Block, width: number, fontSize: number): Content | null {
  switch (block.type) {
    case 'text':
      return {
        text: block.text,
        bold: block.bold ?? false,
        alignment: block.align ?? 'left',
        fontSize: fontSize * SIZES[block.size ?? 'normal'],
      };
    case 'row':
      return {
        columns: [
          { text: block.left, bold: block.bold ?? false, width: '*' },
          { text: block.right, bold: block.bold ?? false, width: 'auto', alignment: 'right' },
        ],
        columnGap: 4,
      };
    case 'rule':
      return {
        canvas: [{ type: 'line', x1: 0, y1: 2, x2: width, y2: 2, lineWidth: 0.5 }],
        margin: [0, 2, 0, 2],
      };
    case 'feed':
      return { text: ' ', lineHeight: block.lines };
    case 'qr':
      return { qr: block.data, fit: Math.min(width, mm(30)), alignment: block.align ?? 'center' };
    case 'barcode':
      // pdfmake draws no Code 128; the code's text prints in its place.
      return { text: block.data, alignment: block.align ?? 'center', characterSpacing: 1 };
  }
}

/**
 * A receipt-printer document as a PDF on the same roll (58 or 80 mm wide, as long as its
 * content), one page per document: the fallback when no receipt printer is set up, printed on
 * whatever printer the PC has.
 */
export function rollPdf(
  title: string,
  documents: readonly PrintDocument[],
  width: RollWidth,
): TDocumentDefinitions {
  const roll = ROLLS[width];
  const printable = mm(width - 2 * roll.margin);
  return {
    pageSize: { width: mm(width), height: 'auto' },
    pageMargins: mm(roll.margin),
    info: { title },
    defaultStyle: { fontSize: roll.text },
    content: documents.map((document, index) => ({
      stack: document.blocks.flatMap((block) => blockContent(block, printable, roll.text) ?? []),
      ...(index > 0 && { pageBreak: 'before' as const }),
    })),
  };
}
