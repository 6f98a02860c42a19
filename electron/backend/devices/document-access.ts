import type Database from 'better-sqlite3';
import { api, type ProcedureName } from '../../../shared/api';
import type { PrintDocumentKind, PrinterRole } from '../../../shared/api/devices';
import { hasAnyRole } from '../../../shared/domain/roles';
import type { UserCtx } from '../context';
import { AppError } from '../errors';

/**
 * Whose rules a printed document follows: the procedure that serves the same document as a
 * file. A receptionist who may not open a receipt may not preview or print one either.
 */
export const DOCUMENT_SOURCE = {
  receipt: 'billing.receipt',
  queueTicket: 'visits.ticket',
  label: 'documents.prescription',
} as const satisfies Record<PrinterRole, ProcedureName>;

/** Throws FORBIDDEN unless the caller holds a role of the document's own procedure. */
export function assertMayRead(ctx: UserCtx, kind: PrintDocumentKind): void {
  if (kind === 'testPage') return;
  const access = api[DOCUMENT_SOURCE[kind]].access;
  if (typeof access === 'string') return;
  if (!hasAnyRole(ctx.user.roles, access)) throw new AppError('FORBIDDEN', 'error.FORBIDDEN');
}

const PATIENT_OF: Record<PrinterRole, string> = {
  receipt:
    'SELECT i.patient_id FROM payments p JOIN invoices i ON i.id = p.invoice_id WHERE p.id = ?',
  queueTicket: 'SELECT patient_id FROM visits WHERE id = ?',
  label: `SELECT v.patient_id FROM prescription_items pi
    JOIN prescriptions pr ON pr.id = pi.prescription_id
    JOIN visits v ON v.id = pr.visit_id WHERE pi.id = ?`,
};

/** The patient a printed document is about (for the audit entry of who saw it). */
export function documentPatient(
  sqlite: Database.Database,
  kind: PrintDocumentKind,
  id: number | null,
): number | null {
  if (kind === 'testPage' || id === null) return null;
  const value = sqlite.prepare(PATIENT_OF[kind]).pluck().get(id);
  return typeof value === 'number' ? value : null;
}
