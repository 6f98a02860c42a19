import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  PROCEDURE_NAMES,
  type FileResult,
  type InputOf,
  type OutputOf,
  type ProcedureName,
} from '../../shared/api';
import { expectOk, makeUser } from '../helpers/backend';
import { billingClinic, cardCode, CLAIM_READY_PATIENT } from '../helpers/billing';
import { addPrinter, tcpPrinter } from '../helpers/devices';
import { EXAM_DRUGS } from '../helpers/exam';
import { cccdFor, makePatient } from '../helpers/patients';
import { pdfText } from '../helpers/pdf';
import { fakePrinter } from '../helpers/printer';

/**
 * Every procedure is either called here on a real visit of one patient, or named below with
 * why its answer can hold no patient's personal data. Whatever answers with that patient's
 * name, code, CCCD, phone or card must leave an audit entry naming the patient. A procedure
 * added later without a place in this file fails the test.
 */
const NO_PATIENT_DATA: Partial<Record<ProcedureName, string>> = {
  'auth.status': 'facility name only',
  'auth.setup': 'creates the administrator',
  'auth.login': 'the user signing in',
  'auth.logout': 'ok',
  'auth.me': 'the user and the facility',
  'auth.lock': 'ok',
  'auth.unlock': 'ok',
  'auth.changePassword': 'ok',
  'users.list': 'staff accounts',
  'users.create': 'a staff account',
  'users.update': 'a staff account',
  'audit.list': 'the audit log itself, read by administrators reviewing it (ids, not records)',
  'audit.verify': 'hashes and counts',
  'settings.get': 'settings',
  'settings.update': 'settings',
  'catalog.summary': 'catalogue counts',
  'catalog.icd.search': 'ICD-10 codes',
  'catalog.icd.favourite': 'an ICD-10 code',
  'catalog.drugs.search': 'drugs',
  'catalog.drugs.get': 'a drug',
  'catalog.drugs.save': 'a drug',
  'catalog.services.search': 'services',
  'catalog.services.get': 'a service',
  'catalog.services.save': 'a service',
  'catalog.import': 'catalogue rows',
  'devices.printers.list': 'printer profiles',
  'devices.printers.save': 'a printer id',
  'devices.printers.delete': 'ok',
  'devices.printers.test': 'the test page: facility and letters',
  'devices.printers.osPrinters': 'printer names',
  'devices.printJobs.list': 'job ids, kinds, printer names, staff',
  'devices.scanners.list': 'USB devices',
  'devices.scanners.save': 'ok',
  'cards.parse': "echoes the caller's own scan; reads no record",
  'reference.adminUnits': 'provinces and wards',
  'reference.oldUnits': 'pre-2025 districts and wards',
  'reference.routeCodes': 'routes of administration',
  'stock.receive': 'batches',
  'stock.onHand': 'stock',
  'stock.adjust': 'stock',
  'stock.writeOffExpired': 'a batch',
  'stock.setMinimum': 'a drug',
  'stock.alerts': 'batches and drugs',
  'stock.count.start': 'a stock count',
  'stock.count': 'a stock count',
  'stock.count.get': 'a stock count',
  'stock.count.confirm': 'a stock count',
  'stock.count.cancel': 'a stock count',
  'stock.count.sheet': 'the count sheet: drugs and batches',
  'stock.movements': 'drug totals',
  'stock.movementReport': 'drug totals',
  'stock.expiryReport': 'batches',
  'billing.transferQr': "the station's bank account and an amount",
  'workstations.list': 'paired PCs',
  'workstations.pairingCode': 'a code',
  'workstations.revoke': 'a paired PC',
  'workstations.pair': "a workstation's credential",
  'network.certificate': 'certificates',
  'workstation.status': 'the server this PC uses',
  'workstation.connect': 'the server this PC uses',
  'workstation.disconnect': 'ok',
  'visits.release': 'the visit id',
  'stock.closeOwed': 'an item id',
  'prescriptions.remove': 'the visit id',
  'backups.list': 'backup files and their checks',
  'backups.create': 'a backup file',
  'backups.verify': 'a backup file',
  'backups.restore': 'ok',
  'backups.settings': 'the second place',
  'backups.status': 'integrity and backup state',
  'backups.recoveryCode': "the database key's recovery code",
  'backups.recoveryCodeSaved': 'ok',
  'recovery.status': 'the start-up failure and backup files',
  'recovery.verify': 'a backup file',
  'recovery.restore': 'ok',
  'recovery.secondPlace': 'backup files',
  'recovery.unlock': 'ok',
  'billing.refund':
    'a refund receipt (phiếu chi): amounts and its number; the patient is noted on its entry',
  'claims.reopenMonth': 'a claim month',
  'reports.compute': 'counts',
  'reports.enter': 'counts',
  'reports.submit': 'counts',
  'reports.reopen': 'counts',
  'reports.export': 'counts in a report file',
  'reports.deadlines': 'periods and dates',
  'reports.dashboard': 'counts',
  'reports.definitions': 'form definitions',
  'reports.definitions.import': 'a form definition',
  'reports.definitions.export': 'a form definition',
  'bundles.key': "the facility's public key",
  'bundles.export': 'a bundle of counts',
  'bundles.list': 'bundles of counts',
  'bundles.download': 'a bundle of counts',
  'bundles.drives': 'removable drives',
  'bundles.pickFolder': 'a folder',
  'bundles.import': 'stations and counts',
  'stations.list': 'stations',
  'stations.confirm': 'a station',
  'stations.reject': 'a station',
  'district.completeness': 'stations and periods',
  'district.totals': 'counts',
  'district.export': 'counts',
  'sync.targets.list': 'upstream targets (secrets never shown)',
  'sync.targets.save': 'an upstream target',
  'sync.targets.test': "a target's answer",
  'sync.outbox': 'report revisions and counts',
  'sync.run': 'report revisions and counts',
  'sync.retry': 'a report revision',
  'stations.credential': "a station's credential",
  'sync.hello': "the district's name",
  'bundles.receive': 'stations and counts',
  'stock.receiptSlip': 'a goods receipt: supplier, drugs and batches',
  'documents.print': "the printer's name (the PDF it prints is audited by its own procedure)",
};

/** The reads the issue names: each must be called on the patient here, and audited. */
const ISSUE_LIST: ProcedureName[] = [
  'patients.search',
  'patients.duplicates',
  'queue.today',
  'visits.worklist',
  'visits.ticket',
  'billing.awaiting',
  'billing.shiftReport',
  'claims.validate',
  'stock.awaiting',
  'stock.batchRecipients',
  'prescriptions.check',
  'devices.preview',
];

function textOf(output: unknown): string {
  const file = output as Partial<FileResult> | null;
  if (file && typeof file.content === 'string' && typeof file.mimeType === 'string') {
    const bytes = Buffer.from(file.content, 'base64');
    if (file.mimeType === 'application/pdf') return pdfText(new Uint8Array(bytes));
    // XML 130 nests each table as base64 inside the file.
    const text = bytes.toString('utf8');
    const nested = [...text.matchAll(/>([A-Za-z0-9+/=]{40,})</g)].map((m) =>
      Buffer.from(m[1] ?? '', 'base64').toString('utf8'),
    );
    return [text, ...nested].join('\n');
  }
  return JSON.stringify(output);
}

describe('reads of patient data are audited', () => {
  it('every procedure that answers with a patient’s personal data writes who read whom', async () => {
    const clinic = await billingClinic();
    const { backend, adminToken, cashier, doctor, drugId } = clinic;
    const sqlite = backend.services.sqlite;
    const receptionist = await makeUser(backend, adminToken, ['receptionist']);
    const nurse = await makeUser(backend, adminToken, ['nurse']);
    const pharmacist = await makeUser(backend, adminToken, ['pharmacist']);
    const printer = await fakePrinter();
    await addPrinter(
      clinic.call,
      tcpPrinter(printer.port, { roles: ['receipt', 'queueTicket', 'label'] }),
    );

    const called = new Set<ProcedureName>();
    const showed = new Set<ProcedureName>();
    const audited = new Set<ProcedureName>();
    let marks: string[] = [];
    let patientId = 0;
    const lastId = () =>
      sqlite.prepare('SELECT COALESCE(MAX(id), 0) FROM audit_log').pluck().get() as number;
    const named = (after: number, id: number) =>
      sqlite
        .prepare(
          `SELECT count(*) FROM audit_log WHERE id > ? AND (patient_id = ?
             OR id IN (SELECT audit_id FROM audit_patients WHERE patient_id = ?))`,
        )
        .pluck()
        .get(after, id, id) as number;

    async function run<N extends ProcedureName>(
      name: N,
      token: string,
      input: InputOf<N>,
    ): Promise<OutputOf<N>> {
      const before = lastId();
      const output = expectOk(await backend.dispatcher.invoke(name, input, { token }));
      called.add(name);
      if (patientId > 0 && named(before, patientId) > 0) audited.add(name);
      const text = textOf(output);
      if (patientId > 0 && marks.some((mark) => text.includes(mark))) {
        showed.add(name);
        expect(
          named(before, patientId),
          `${name} showed the patient without an audit entry`,
        ).toBeGreaterThan(0);
      }
      return output;
    }

    const card = cardCode();
    const patient = await run('patients.create', receptionist.token, {
      fullName: 'Phùng Thị Xuyến',
      sex: 'female',
      birthDate: '1962-05-09',
      phone: '0912 345 678',
      cccd: cccdFor(1962, 'female', 424242),
      bhyt: { code: card, validFrom: '2026-01-01', validTo: '2026-12-31', facilityCode: '01001' },
      // What a claim, a check-in and an e-prescription need of the patient.
      ...CLAIM_READY_PATIENT,
    });
    patientId = patient.id;
    marks = [
      patient.code,
      patient.cccd ?? '-',
      card,
      '0912345678',
      'Phùng Thị Xuyến',
      'PHÙNG THỊ XUYẾN',
    ];
    await run('patients.get', receptionist.token, { id: patientId });
    await run('patients.search', receptionist.token, { q: 'phung thi xuyen' });
    await run('patients.duplicates', receptionist.token, {
      draft: { fullName: 'Phùng Thị Xuyến', birthYear: 1962 },
    });
    await run('patients.card', receptionist.token, { id: patientId });
    const other = await run('patients.create', receptionist.token, {
      fullName: 'Phùng T. Xuyến',
      sex: 'female',
      birthDate: '1962-05-09',
    });
    const { visitId: otherVisit } = await run('visits.create', receptionist.token, {
      patientId: other.id,
      kind: 'fee',
    });
    await run('visits.cancel', receptionist.token, { visitId: otherVisit, reason: 'Trùng hồ sơ' });
    await run('patients.merge', adminToken, { keepId: patientId, mergeId: other.id });
    await run('patients.update', receptionist.token, {
      id: patientId,
      fullName: 'Phùng Thị Xuyến',
      sex: 'female',
      birthDate: '1962-05-09',
      phone: '0912345678',
      cccd: patient.cccd,
      bhyt: { code: card, validFrom: '2026-01-01', validTo: '2026-12-31', facilityCode: '01001' },
      ...CLAIM_READY_PATIENT,
      expectedUpdatedAt: expectOk(
        await backend.dispatcher.invoke('patients.get', { id: patientId }, { token: adminToken }),
      ).updatedAt,
    });

    const { visitId } = await run('visits.create', receptionist.token, {
      patientId,
      kind: 'bhyt',
      reason: 'Đau đầu',
    });
    await run('visits.ticket', receptionist.token, { visitId, width: 80 });
    await run('queue.today', receptionist.token, {});
    await run('visits.recordVitals', nurse.token, {
      visitId,
      systolic: 150,
      diastolic: 95,
      weightKg: 58,
    });
    await run('visits.worklist', nurse.token, {});
    await run('visits.next', doctor.token, {});
    await run('visits.release', doctor.token, { visitId });
    await run('visits.start', doctor.token, { visitId });
    await run('visits.get', doctor.token, { visitId });
    await run('visits.saveNotes', doctor.token, {
      visitId,
      complaint: 'Đau đầu',
      history: 'Tăng huyết áp',
    });
    await run('visits.setDiagnoses', doctor.token, { visitId, primary: { code: 'I10' } });
    const services = expectOk(await clinic.call('catalog.services.search', { q: 'glucose' }));
    const orders = await run('visits.orderServices', doctor.token, {
      visitId,
      services: [{ serviceId: services[0]?.id ?? 0 }],
    });
    const order = orders.find((o) => o.serviceId === services[0]?.id);
    await run('visits.setOrderResult', nurse.token, {
      orderId: order?.orderId ?? 0,
      result: '7,8 mmol/L',
    });
    await run('visits.setOrderResult', nurse.token, { orderId: order?.orderId ?? 0, result: '' });
    await run('visits.cancelOrder', doctor.token, { orderId: order?.orderId ?? 0 });
    // A drug outside BHYT, so that the patient has something to pay.
    const vitaminC = expectOk(
      await clinic.call('catalog.drugs.save', {
        ...EXAM_DRUGS.vitaminC,
        tenderInfo: '57/QĐ-TTMS;G1;N1;2022',
      }),
    ).id;
    const items = [
      { drugId, dose: { morning: '1', evening: '1' }, days: 5 },
      { drugId: vitaminC, dose: { morning: '1' }, days: 5 },
    ];
    await run('prescriptions.check', doctor.token, { visitId, items });
    await run('prescriptions.save', doctor.token, { visitId, items });
    await run('prescriptions.remove', doctor.token, { visitId });
    await run('prescriptions.save', doctor.token, { visitId, items });
    await run('documents.prescription', doctor.token, { visitId });
    await run('visits.finish', doctor.token, { visitId });

    const { lines } = await run('stock.receive', pharmacist.token, {
      supplier: 'Công ty Dược',
      lines: [
        { drugId, lot: 'L1', expiry: '2028-01-31', quantity: 100, unitCost: 500 },
        { drugId: vitaminC, lot: 'C1', expiry: '2028-01-31', quantity: 100, unitCost: 300 },
      ],
    });
    const [waiting] = await run('stock.awaiting', pharmacist.token, {});
    const prescriptionId = waiting?.prescriptionId ?? 0;
    const rx = await run('stock.prescription', pharmacist.token, { prescriptionId });
    await run('prescriptions.nationalPayload', doctor.token, { prescriptionId });
    await run('stock.dispense', pharmacist.token, { prescriptionId });
    await run('prescriptions.labels', pharmacist.token, { prescriptionId });
    await run('stock.dispensingSlip', pharmacist.token, { prescriptionId });
    await run('stock.batchRecipients', pharmacist.token, { batchId: lines[0]?.batchId ?? 0 });
    const itemId = rx.items[0]?.itemId ?? 0;
    await run('stock.return', pharmacist.token, {
      itemId,
      batchId: lines[0]?.batchId ?? 0,
      quantity: 1,
    });

    await run('billing.awaiting', cashier.token, {});
    const invoice = await run('billing.invoice', cashier.token, { visitId });
    await run('billing.costStatement', cashier.token, { invoiceId: invoice.invoiceId });
    const first = await run('billing.pay', cashier.token, {
      invoiceId: invoice.invoiceId,
      method: 'cash',
      amount: invoice.patientDue,
      requestId: randomUUID(),
      expectedTotal: invoice.total,
    });
    const wrongId = first.receipt?.id ?? 0;
    await run('billing.void', adminToken, { paymentId: wrongId, reason: 'Thu nhầm' });
    const paid = await run('billing.pay', cashier.token, {
      invoiceId: invoice.invoiceId,
      method: 'cash',
      amount: invoice.patientDue,
      requestId: randomUUID(),
      expectedTotal: invoice.total,
    });
    const paymentId = paid.receipt?.id ?? 0;
    await run('billing.receipt', cashier.token, { paymentId, format: '80mm' });
    await run('billing.currentShift', cashier.token, {});
    for (const [kind, id] of [
      ['receipt', paymentId],
      ['queueTicket', visitId],
      ['label', itemId],
    ] as const) {
      await run('devices.preview', adminToken, { document: { kind, id } });
      await run('devices.document', adminToken, { kind, id });
      await run('devices.print', adminToken, { document: { kind, id } });
    }
    const [job] = expectOk(await clinic.call('devices.printJobs.list', {}));
    await run('devices.preview', adminToken, { jobId: job?.id ?? 0 });
    await run('devices.printJobs.reprint', adminToken, { jobId: job?.id ?? 0 });
    const closed = await run('billing.closeShift', cashier.token, { countedCash: 0 });
    await run('billing.shifts', cashier.token, {});
    await run('billing.shiftReport', cashier.token, { shiftId: closed.shiftId });
    await run('claims.validate', cashier.token, { from: '2026-11-01', to: '2026-11-30' });
    await run('claims.exportXml130', cashier.token, { from: '2026-11-01', to: '2026-11-30' });
    await run('claims.outbox', cashier.token, {});
    await run('claims.exportCheckIns', cashier.token, { from: '2026-11-01', to: '2026-11-30' });

    const unplaced = PROCEDURE_NAMES.filter(
      (name) => !called.has(name) && !(name in NO_PATIENT_DATA),
    );
    expect(unplaced, 'procedures neither exercised nor declared free of patient data').toEqual([]);
    const both = [...called].filter((name) => name in NO_PATIENT_DATA && showed.has(name));
    expect(both, 'declared free of patient data, yet showed the patient').toEqual([]);
    // The issue's list: each was called on this patient and wrote its read entry (a preview
    // is a bitmap and a prescription check names no one in words, but both read the record).
    expect(ISSUE_LIST.filter((name) => !audited.has(name))).toEqual([]);
    // Issue 17's documents for the gateways carry the patient (name, card, address).
    const gatewayReads: ProcedureName[] = [
      'claims.exportCheckIns',
      'claims.outbox',
      'prescriptions.nationalPayload',
    ];
    expect(gatewayReads.filter((name) => !audited.has(name))).toEqual([]);
    expect(gatewayReads.filter((name) => !showed.has(name))).toEqual([]);
  }, 180_000);

  it('a search is one entry however many patients it shows, and none when it shows no one', async () => {
    const clinic = await billingClinic();
    const sqlite = clinic.backend.services.sqlite;
    const ids = [];
    for (const fullName of ['Lò Văn Pá', 'Lò Thị Mai', 'Lò Văn Sinh']) {
      ids.push((await makePatient(clinic.call, { fullName })).id);
    }
    const lastId = () =>
      sqlite.prepare('SELECT COALESCE(MAX(id), 0) FROM audit_log').pluck().get() as number;
    const before = lastId();
    const found = expectOk(await clinic.call('patients.search', { q: 'lo' }));
    expect(found.map((p) => p.id).sort()).toEqual(ids.sort());
    expect(lastId() - before).toBe(1);
    const named = sqlite
      .prepare('SELECT patient_id FROM audit_patients WHERE audit_id = ? ORDER BY patient_id')
      .pluck()
      .all(lastId());
    expect(named).toEqual(ids);
    expectOk(await clinic.call('patients.search', { q: 'khong ai ten nay' }));
    expect(lastId() - before).toBe(1);
  });
});
