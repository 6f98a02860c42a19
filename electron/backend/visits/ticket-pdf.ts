import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import type { PatientRow, VisitRow } from '../../../db/schema';
import { formatLocalDateTime } from '../../../shared/domain/dates';
import { translate, type MessageKey } from '../../../shared/i18n';
import { mm } from '../documents/pdf';

/** Paper widths and what each can print on: the printers' printable width is narrower. */
const PAPER = {
  58: { margin: mm(3), number: 44, text: 9 },
  80: { margin: mm(4), number: 60, text: 11 },
} as const;

export type TicketWidth = keyof typeof PAPER;

/** The queue ticket a patient holds while waiting, in Vietnamese, as long as its content. */
export function ticketDocument(
  visit: VisitRow,
  patient: PatientRow,
  facilityName: string,
  width: TicketWidth,
): TDocumentDefinitions {
  const paper = PAPER[width];
  const vi = (key: MessageKey, params?: Record<string, string | number>) =>
    translate('vi', key, params);
  const details = [
    vi(visit.kind === 'bhyt' ? 'visits.kind.bhyt' : 'visits.kind.fee'),
    ...(visit.priority === 'none' ? [] : [vi(`visits.priority.${visit.priority}`)]),
  ].join(' · ');
  return {
    pageSize: { width: mm(width), height: 'auto' },
    pageMargins: paper.margin,
    info: { title: `${vi('visits.ticket.title')} ${visit.queueNumber}` },
    defaultStyle: { fontSize: paper.text, alignment: 'center' },
    content: [
      { text: facilityName.toUpperCase(), bold: true },
      { text: vi('visits.ticket.title'), margin: [0, 4, 0, 0] },
      { text: String(visit.queueNumber), bold: true, fontSize: paper.number, lineHeight: 1 },
      { text: patient.fullName.toUpperCase(), bold: true },
      { text: patient.code, fontSize: paper.text - 1 },
      { text: details, margin: [0, 2, 0, 0] },
      { text: formatLocalDateTime(visit.createdAt), margin: [0, 2, 0, 0] },
      {
        text: vi('visits.ticket.wait'),
        italics: true,
        fontSize: paper.text - 1,
        margin: [0, 4, 0, 0],
      },
    ],
  };
}
