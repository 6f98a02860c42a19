import type { PatientRow, VisitRow } from '../../../db/schema';
import { formatLocalDateTime } from '../../../shared/domain/dates';
import { translate, type MessageKey } from '../../../shared/i18n';
import { text, type PrintDocument } from '../../devices/print/layout';

/** What a queue ticket says, laid out once for the PDF ticket and the thermal printer. */
export interface TicketContent {
  facility: string;
  title: string;
  number: string;
  name: string;
  code: string;
  details: string;
  time: string;
  note: string;
}

/** Tickets are always printed in Vietnamese: the patient reads them, not the user. */
export function ticketContent(
  visit: VisitRow,
  patient: PatientRow,
  facilityName: string,
): TicketContent {
  const vi = (key: MessageKey) => translate('vi', key);
  return {
    facility: facilityName.toUpperCase(),
    title: vi('visits.ticket.title'),
    number: String(visit.queueNumber),
    name: patient.fullName.toUpperCase(),
    code: patient.code,
    details: [
      vi(visit.kind === 'bhyt' ? 'visits.kind.bhyt' : 'visits.kind.fee'),
      ...(visit.priority === 'none' ? [] : [vi(`visits.priority.${visit.priority}`)]),
    ].join(' · '),
    time: formatLocalDateTime(visit.createdAt),
    note: vi('visits.ticket.wait'),
  };
}

/** The same ticket for a receipt printer (devices.print { kind: 'queueTicket', id: visitId }). */
export function ticketPrintDocument(content: TicketContent): PrintDocument {
  return {
    blocks: [
      text(content.facility, { align: 'center', bold: true }),
      text(content.title, { align: 'center' }),
      text(content.number, { align: 'center', bold: true, size: 'xlarge' }),
      text(content.name, { align: 'center', bold: true }),
      text(content.code, { align: 'center' }),
      text(content.details, { align: 'center' }),
      text(content.time, { align: 'center' }),
      text(content.note, { align: 'center' }),
    ],
  };
}
