import { receiptContent } from './billing/receipt-content';
import { receiptPrintDocument } from './billing/receipt-layouts';
import type { DocumentBuilders } from './devices/documents';
import { getPatientRow } from './patients/registry';
import { drugLabelDocument } from './prescriptions/label';
import { readSection } from './settings/store';
import { ticketContent, ticketPrintDocument } from './visits/ticket-content';
import { getVisitRow } from './visits/visits';

/**
 * What each printable kind is made from: the same content as the matching PDF, so the
 * thermal print and the document never disagree.
 */
export function registerPrintables(documents: DocumentBuilders): void {
  // The id is a payment's: the same content as its receipt PDF (billing.receipt).
  documents.set('receipt', (ctx, id) => receiptPrintDocument(receiptContent(ctx.db, id)));
  // The id is a visit's: the ticket handed out at reception.
  documents.set('queueTicket', (ctx, visitId) => {
    const visit = getVisitRow(ctx.db, visitId);
    const patient = getPatientRow(ctx.db, visit.patientId);
    return ticketPrintDocument(ticketContent(visit, patient, readSection(ctx.db, 'facility').name));
  });
  // The id is a prescription item's: the label on that drug's bag.
  documents.set('label', (ctx, itemId) =>
    drugLabelDocument(ctx.db, itemId, readSection(ctx.db, 'facility').name),
  );
}
