import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { mm } from '../documents/pdf';
import type { TicketContent } from './ticket-content';

/** Paper widths and what each can print on: the printers' printable width is narrower. */
const PAPER = {
  58: { margin: mm(3), number: 44, text: 9 },
  80: { margin: mm(4), number: 60, text: 11 },
} as const;

export type TicketWidth = keyof typeof PAPER;

/** The queue ticket a patient holds while waiting, as long as its content. */
export function ticketDocument(content: TicketContent, width: TicketWidth): TDocumentDefinitions {
  const paper = PAPER[width];
  return {
    pageSize: { width: mm(width), height: 'auto' },
    pageMargins: paper.margin,
    info: { title: `${content.title} ${content.number}` },
    defaultStyle: { fontSize: paper.text, alignment: 'center' },
    content: [
      { text: content.facility, bold: true },
      { text: content.title, margin: [0, 4, 0, 0] },
      { text: content.number, bold: true, fontSize: paper.number, lineHeight: 1 },
      { text: content.name, bold: true },
      { text: content.code, fontSize: paper.text - 1 },
      { text: content.details, margin: [0, 2, 0, 0] },
      { text: content.time, margin: [0, 2, 0, 0] },
      { text: content.note, italics: true, fontSize: paper.text - 1, margin: [0, 4, 0, 0] },
    ],
  };
}
