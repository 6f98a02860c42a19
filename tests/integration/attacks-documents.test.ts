import { describe, expect, it } from 'vitest';
import { api } from '../../shared/api';
import { ROLES, type Role } from '../../shared/domain/roles';
import { DOCUMENT_SOURCE } from '../../electron/backend/devices/document-access';
import { expectOk, makeUser } from '../helpers/backend';
import { billingClinic, paidVisit, type Clinic } from '../helpers/billing';
import { addPrinter, tcpPrinter } from '../helpers/devices';
import { serve } from '../helpers/http';
import { fakePrinter } from '../helpers/printer';

/** A paid visit with a dispensed drug: a receipt, a queue ticket and a label to ask for. */
async function documents(clinic: Clinic) {
  const { visitId, patientId, paymentId, itemIds } = await paidVisit(clinic, { drug: true });
  return { patientId, ids: { receipt: paymentId, queueTicket: visitId, label: itemIds[0] ?? 0 } };
}

/** Whether a role may open the document's own file (billing.receipt, visits.ticket, …). */
function mayOpen(role: Role, kind: keyof typeof DOCUMENT_SOURCE): boolean {
  const access = api[DOCUMENT_SOURCE[kind]].access;
  return typeof access === 'string' || (access as readonly Role[]).includes(role);
}

describe('devices.preview and devices.print obey the roles of the document they render', () => {
  it('answers each role as the document’s own procedure does, and audits what it shows', async () => {
    const clinic = await billingClinic();
    const printer = await fakePrinter();
    await addPrinter(
      clinic.call,
      tcpPrinter(printer.port, { roles: ['receipt', 'queueTicket', 'label'] }),
    );
    const { patientId, ids } = await documents(clinic);
    const { post } = await serve(clinic.backend);
    const users = new Map<Role, string>();
    for (const role of ROLES) {
      users.set(
        role,
        (await makeUser(clinic.backend, clinic.adminToken, [role], `vai-${role}`)).token,
      );
    }
    const seen: string[] = [];
    for (const role of ROLES) {
      for (const kind of ['receipt', 'queueTicket', 'label'] as const) {
        const before = clinic.backend.services.sqlite
          .prepare('SELECT count(*) FROM audit_log WHERE patient_id = ?')
          .pluck()
          .get(patientId) as number;
        const document = { kind, id: ids[kind] };
        const preview = await post('devices.preview', { document }, users.get(role));
        const expected = mayOpen(role, kind) ? 200 : 403;
        expect(preview.status, `${role} previews a ${kind}`).toBe(expected);
        const after = clinic.backend.services.sqlite
          .prepare('SELECT count(*) FROM audit_log WHERE patient_id = ?')
          .pluck()
          .get(patientId) as number;
        // A preview shown is a read of the patient's data; a refused one wrote nothing.
        expect(after - before, `${role} ${kind} audit`).toBe(expected === 200 ? 1 : 0);
        const printed = await post('devices.print', { document }, users.get(role));
        expect(printed.status, `${role} prints a ${kind}`).toBe(expected);
        const layout = await post('devices.document', document, users.get(role));
        expect(layout.status, `${role} reads a ${kind}'s layout`).toBe(expected);
        seen.push(`${role}:${kind}:${preview.status}`);
      }
    }
    // The receptionist of the issue: a ticket yes, a receipt no.
    expect(seen).toContain('receptionist:receipt:403');
    expect(seen).toContain('receptionist:queueTicket:200');
    expect(seen).toContain('cashier:label:403');
    expect(seen).toContain('pharmacist:label:200');

    // A past job is judged by its document too: a receipt job stays closed to a receptionist.
    const jobs = expectOk(await clinic.call('devices.printJobs.list', {}));
    const receiptJob = jobs.find((job) => job.documentKind === 'receipt');
    expect(receiptJob).toBeDefined();
    const viaJob = await post(
      'devices.preview',
      { jobId: receiptJob?.id },
      users.get('receptionist'),
    );
    expect(viaJob.status).toBe(403);
    const reprint = await post(
      'devices.printJobs.reprint',
      { jobId: receiptJob?.id },
      users.get('receptionist'),
    );
    expect(reprint.status).toBe(403);
  }, 120_000);
});
