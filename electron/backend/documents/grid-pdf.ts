import path from 'node:path';
import type { FileOutput } from '../files';
import { PDF_MIME } from '../../../shared/api/files';

type Align = 'left' | 'center' | 'right';

export interface GridCell {
  text: string;
  bold?: boolean;
  align?: Align;
  colSpan?: number;
  rowSpan?: number;
}

export interface GridColumn {
  /** Points of text, or '*' for the rest of the line (one column, which also wraps its text). */
  width: number | '*';
  align?: Align;
}

export interface GridLine {
  text: string;
  bold?: boolean;
  italics?: boolean;
  size?: number;
  align?: Align;
  /** Space under the line, in points. */
  gap?: number;
}

/**
 * A report that is mostly one long table: lines above it, a grey header repeated on every
 * page, the rows, total rows, the place for signatures, and "page x of y" under each page.
 */
export interface GridDocument {
  title: string;
  orientation: 'portrait' | 'landscape';
  /** Page margin on every side, in points. */
  margin: number;
  fontSize: number;
  heading: GridLine[];
  columns: GridColumn[];
  /** Header rows, HTML style: a cell spanned over by one above or to its left is left out. */
  header: GridCell[][];
  rows: (string | GridCell)[][];
  totals: GridCell[][];
  /** Kept together on one page after the table. */
  closing: { line: GridLine; signers: { title: string; hint: string }[] };
  pageFooter: (page: number, pages: number) => string;
}

/** pdfmake's table cell padding, so both kinds of document look alike. */
const PAD_X = 4;
const PAD_Y = 2;
const HEADER_FILL = '#eeeeee';

interface Placed {
  cell: GridCell;
  col: number;
  row: number;
}

/** Where each header cell sits once the spans above and to its left are counted. */
function placeHeader(header: GridCell[][]): Placed[] {
  const taken = new Set<string>();
  const placed: Placed[] = [];
  header.forEach((cells, row) => {
    let col = 0;
    for (const cell of cells) {
      while (taken.has(`${row}:${col}`)) col++;
      for (let r = 0; r < (cell.rowSpan ?? 1); r++) {
        for (let c = 0; c < (cell.colSpan ?? 1); c++) taken.add(`${row + r}:${col + c}`);
      }
      placed.push({ cell, col, row });
      col += cell.colSpan ?? 1;
    }
  });
  return placed;
}

/**
 * Draws a GridDocument with pdfkit (pdfmake's own engine) directly: a year's stock report is
 * thousands of cells, and pdfmake's general layout (styles resolved per cell, every text
 * measured twice) took half a second for it; here each cell is measured once, if at all.
 */
export async function renderGridPdf(resourcesDir: string, grid: GridDocument): Promise<Uint8Array> {
  const { default: PDFDocument } = await import('pdfkit');
  const file = (name: string) => path.join(resourcesDir, 'fonts', name);
  // Fonts are named by file: pdfkit keeps an opened font under the name it was asked by,
  // except a registered alias of the default font, which it would open again on every use.
  const fonts = {
    normal: file('Roboto-Regular.ttf'),
    bold: file('Roboto-Medium.ttf'),
    italics: file('Roboto-Italic.ttf'),
  };
  const doc = new PDFDocument({
    size: 'A4',
    layout: grid.orientation,
    margin: grid.margin,
    bufferPages: true,
    font: fonts.normal,
    info: { Title: grid.title },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve) => doc.on('end', resolve));

  const left = grid.margin;
  const bottom = doc.page.height - grid.margin;
  const inner = doc.page.width - 2 * grid.margin;
  // Widths are of the text, as in pdfmake: each column adds its padding.
  const fixed = grid.columns.reduce(
    (sum, c) => sum + 2 * PAD_X + (c.width === '*' ? 0 : c.width),
    0,
  );
  const widths = grid.columns.map((c) => 2 * PAD_X + (c.width === '*' ? inner - fixed : c.width));
  const xs = widths.reduce<number[]>((at, w, i) => [...at, (at[i] ?? left) + w], [left]);
  const right = xs.at(-1) ?? left;
  const wrapColumn = grid.columns.findIndex((c) => c.width === '*');
  doc.fontSize(grid.fontSize).lineWidth(0.5);
  const lineHeight = doc.currentLineHeight(true);
  const rowHeight = lineHeight + 2 * PAD_Y;

  /** One cell's text in the box from column `col` to `col + span`, at the line's top `y`. */
  const put = (cell: GridCell, col: number, span: number, y: number, align: Align) => {
    doc.font(cell.bold ? fonts.bold : fonts.normal);
    const x = (xs[col] ?? left) + PAD_X;
    const width = (xs[col + span] ?? right) - PAD_X - x;
    if (col === wrapColumn && span === 1) {
      doc.text(cell.text, x, y, { width, lineGap: 0 });
      return;
    }
    const offset =
      align === 'left' ? 0 : (width - doc.widthOfString(cell.text)) / (align === 'right' ? 1 : 2);
    doc.text(cell.text, x + Math.max(0, offset), y, { lineBreak: false });
  };

  const line = ({ text, bold, italics, size, align, gap }: GridLine, y: number): number => {
    doc
      .font(bold ? fonts.bold : italics ? fonts.italics : fonts.normal)
      .fontSize(size ?? grid.fontSize);
    doc.text(text, left, y, { width: inner, align: align ?? 'left' });
    const next = doc.y + (gap ?? 0);
    doc.fontSize(grid.fontSize);
    return next;
  };

  const header = placeHeader(grid.header);
  const drawHeader = (top: number): number => {
    for (const { cell, col, row } of header) {
      const span = cell.colSpan ?? 1;
      const x = xs[col] ?? left;
      const y = top + row * rowHeight;
      const height = (cell.rowSpan ?? 1) * rowHeight;
      doc.rect(x, y, (xs[col + span] ?? right) - x, height).fillAndStroke(HEADER_FILL, 'black');
      doc.fillColor('black');
      put(cell, col, span, y + (height - lineHeight) / 2, cell.align ?? 'center');
    }
    return top + grid.header.length * rowHeight;
  };

  // Body rows are ruled once per page: a line under each row, the columns' lines down them.
  let bodyTop = 0;
  const ruleBody = (to: number) => {
    if (to <= bodyTop) return;
    for (const x of xs) doc.moveTo(x, bodyTop).lineTo(x, to);
    doc.stroke();
  };

  let y = grid.heading.reduce((at, heading) => line(heading, at), grid.margin);
  y = bodyTop = drawHeader(y);
  const newPage = () => {
    ruleBody(y);
    doc.addPage();
    y = bodyTop = drawHeader(grid.margin);
  };
  for (const cells of grid.rows) {
    const wrapped = cells[wrapColumn];
    const text = typeof wrapped === 'string' ? wrapped : (wrapped?.text ?? '');
    const height =
      wrapColumn < 0
        ? rowHeight
        : Math.max(
            rowHeight,
            doc.font(fonts.normal).heightOfString(text, {
              width: (widths[wrapColumn] ?? 0) - 2 * PAD_X,
              lineGap: 0,
            }) +
              2 * PAD_Y,
          );
    if (y + height > bottom) newPage();
    cells.forEach((cell, col) => {
      const value = typeof cell === 'string' ? { text: cell } : cell;
      put(value, col, 1, y + PAD_Y, value.align ?? grid.columns[col]?.align ?? 'left');
    });
    y += height;
    doc.moveTo(left, y).lineTo(right, y);
  }
  ruleBody(y);
  for (const cells of grid.totals) {
    if (y + rowHeight > bottom) newPage();
    let col = 0;
    for (const cell of cells) {
      const span = cell.colSpan ?? 1;
      const x = xs[col] ?? left;
      doc.rect(x, y, (xs[col + span] ?? right) - x, rowHeight).stroke();
      put(cell, col, span, y + PAD_Y, cell.align ?? grid.columns[col]?.align ?? 'left');
      col += span;
    }
    y += rowHeight;
  }

  // The signatures stay together: on a new page if they do not fit under the table.
  const { closing } = grid;
  if (y + 14 + 6 * lineHeight > bottom) {
    doc.addPage();
    y = grid.margin;
  }
  y = line({ ...closing.line, italics: true, align: 'right' }, y + 14) + 4;
  const column = inner / closing.signers.length;
  closing.signers.forEach(({ title, hint }, i) => {
    const x = left + i * column;
    doc.font(fonts.bold).text(title, x, y, { width: column, align: 'center' });
    doc
      .font(fonts.italics)
      .fontSize(grid.fontSize - 0.5)
      .text(hint, { width: column, align: 'center' });
    doc.fontSize(grid.fontSize);
  });

  const { start, count } = doc.bufferedPageRange();
  for (let page = start; page < start + count; page++) {
    doc.switchToPage(page);
    // In the bottom margin: one unwrapped line, which pdfkit does not move to a new page.
    const text = grid.pageFooter(page - start + 1, count);
    doc.font(fonts.normal).fontSize(7);
    doc.text(text, left + (inner - doc.widthOfString(text)) / 2, bottom + 6, { lineBreak: false });
  }
  doc.end();
  await ended;
  return new Uint8Array(Buffer.concat(chunks));
}

export async function gridPdfFile(
  resourcesDir: string,
  fileName: string,
  grid: GridDocument,
): Promise<FileOutput> {
  return { fileName, mimeType: PDF_MIME, content: await renderGridPdf(resourcesDir, grid) };
}
