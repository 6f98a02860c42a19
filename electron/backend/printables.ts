import { getPatientRow } from './patients/registry';
import type { DocumentBuilders } from './devices/documents';
import { readSection } from './settings/store';
import { ticketContent, ticketPrintDocument } from './visits/ticket-content';
import { getVisitRow } from './visits/visits';

/**
 * What each printable kind is made from: the same content as the matching PDF, so the
 * thermal print and the document never disagree.
 */
export function registerPrintables(documents: DocumentBuilders): void {
  documents.set('queueTicket', (ctx, visitId) => {
    const visit = getVisitRow(ctx.db, visitId);
    const patient = getPatientRow(ctx.db, visit.patientId);
    return ticketPrintDocument(ticketContent(visit, patient, readSection(ctx.db, 'facility').name));
  });
}
