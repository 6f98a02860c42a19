import { describe, expect, it } from 'vitest';
import { encodeDocument } from '../../electron/devices/print/escpos';
import { renderDocument, type MonoBitmap } from '../../electron/devices/print/render';
import { testPage, testPageQrData } from '../../electron/devices/print/test-page';
import { getPatientRow } from '../../electron/backend/patients/registry';
import { ticketContent, ticketPrintDocument } from '../../electron/backend/visits/ticket-content';
import { getVisitRow } from '../../electron/backend/visits/visits';
import {
  FACILITY,
  expectError,
  expectOk,
  makeBackend,
  makeUser,
  setUpClinic,
  testClock,
} from '../helpers/backend';
import { addPrinter, savedProfile, tcpPrinter, useSampleReceipts } from '../helpers/devices';
import { makePatient } from '../helpers/patients';
import { decodeJob, fakePrinter, readQrCodes, sameBitmap } from '../helpers/printer';

async function clinic() {
  const clock = testClock();
  const backend = makeBackend({ clock });
  const { adminToken, call } = await setUpClinic(backend);
  return { backend, adminToken, call, clock };
}

describe('printer profiles', () => {
  it('saves, lists with defaults, renames and keeps one printer per role', async () => {
    const { call } = await clinic();
    const first = await addPrinter(call, {
      ...tcpPrinter(9100),
      transport: { kind: 'tcp', host: '192.168.1.50' },
      roles: ['receipt', 'queueTicket'],
    });
    const second = await addPrinter(call, {
      name: 'Máy in nhãn',
      widthDots: 384,
      transport: { kind: 'serial', path: 'COM3', baudRate: 9600 },
      cut: false,
      textMode: { kind: 'tcvn3', codePage: 30 },
      roles: ['label', 'queueTicket'],
    });
    const listed = expectOk(await call('devices.printers.list', {}));
    expect(listed.map((p) => [p.name, p.roles])).toEqual([
      ['Máy in nhãn', ['label', 'queueTicket']],
      ['Máy in quầy thu ngân', ['receipt']],
    ]);
    expect(listed[1]).toMatchObject({
      id: first,
      widthDots: 576,
      transport: { kind: 'tcp', host: '192.168.1.50', port: 9100 },
      cut: true,
      feedLines: 3,
      textMode: { kind: 'off' },
      timeoutSeconds: 3,
    });
    expect(listed[0]).toMatchObject({ id: second, textMode: { kind: 'tcvn3', codePage: 30 } });

    // Saving without roles keeps them; an empty list gives them up.
    expectOk(await call('devices.printers.save', { ...tcpPrinter(9100), id: first, name: 'Quầy' }));
    const renamed = expectOk(await call('devices.printers.list', {}));
    expect(renamed.find((p) => p.id === first)).toMatchObject({ name: 'Quầy', roles: ['receipt'] });
    expectOk(await call('devices.printers.save', { ...tcpPrinter(9100), id: first, roles: [] }));
    expect(
      expectOk(await call('devices.printers.list', {})).find((p) => p.id === first)?.roles,
    ).toEqual([]);
  });

  it('refuses bad widths, addresses, baud rates and a name already used', async () => {
    const { call } = await clinic();
    const bad = expectError(
      await call('devices.printers.save', {
        ...tcpPrinter(9100),
        widthDots: 500 as 576,
        transport: { kind: 'tcp', host: 'http://192.168.1.50', port: 70000 },
      }),
      'VALIDATION',
    );
    expect(Object.keys(bad.fieldErrors ?? {}).sort()).toEqual([
      'transport.host',
      'transport.port',
      'widthDots',
    ]);
    expect(bad.fieldErrors?.['transport.host']).toContain('địa chỉ IP');
    const baud = expectError(
      await call('devices.printers.save', {
        ...tcpPrinter(9100),
        transport: { kind: 'serial', path: 'COM3', baudRate: 1234 },
      }),
      'VALIDATION',
    );
    expect(baud.fieldErrors).toEqual({ 'transport.baudRate': 'Tốc độ cổng COM không hợp lệ' });

    await addPrinter(call, tcpPrinter(9100));
    const taken = expectError(
      await call('devices.printers.save', { ...tcpPrinter(9101) }),
      'CONFLICT',
    );
    expect(taken.message).toBe('Đã có máy in tên “Máy in quầy thu ngân”.');
  });

  it('lets any signed-in user list printers but only an admin change them', async () => {
    const { backend, adminToken, call } = await clinic();
    const id = await addPrinter(call, tcpPrinter(9100));
    const cashier = await makeUser(backend, adminToken, ['cashier']);
    expect(expectOk(await call('devices.printers.list', {}, cashier.token))).toHaveLength(1);
    expectError(await call('devices.printers.save', tcpPrinter(9101), cashier.token), 'FORBIDDEN');
    expectError(await call('devices.printers.test', { printerId: id }, cashier.token), 'FORBIDDEN');
    expectError(await call('devices.printers.delete', { id }, cashier.token), 'FORBIDDEN');
  });
});

describe('test print over TCP', () => {
  it('prints the test page: npos reads the raster back dot for dot and the QR scans', async () => {
    const { backend, call, clock } = await clinic();
    const printer = await fakePrinter();
    const id = await addPrinter(call, tcpPrinter(printer.port));

    const outcome = expectOk(await call('devices.printers.test', { printerId: id }));
    const [job] = printer.jobs();
    expect(outcome).toMatchObject({ ok: true, bytes: job?.length });

    const profile = savedProfile(backend, id);
    const page = testPage({
      facilityName: FACILITY.name,
      profile,
      locale: 'vi',
      printedAt: clock(),
    });
    const expected = encodeDocument(page, profile);
    expect(job?.equals(expected.bytes)).toBe(true);
    const decoded = await decodeJob(job!);
    expect(decoded.commands[0]).toBe('ESC@');
    expect(decoded.commands.slice(-2)).toEqual(['ESCd', 'GSV']);
    expect(sameBitmap(decoded.bitmap!, expected.bitmap!)).toBe(true);
    expect(await readQrCodes(decoded.bitmap!)).toEqual([
      testPageQrData({ facilityName: FACILITY.name, profile }),
    ]);

    const [history] = expectOk(await call('devices.printJobs.list', {}));
    expect(history).toMatchObject({
      id: outcome.jobId,
      printerId: id,
      documentKind: 'testPage',
      status: 'sent',
      error: null,
      bytes: job?.length,
      attempts: 1,
      createdBy: 'Nguyễn Thị Hoa',
    });
    const audit = expectOk(await call('audit.list', {}));
    expect(audit.entries.find((e) => e.action === 'devices.printers.test')).toMatchObject({
      outcome: 'ok',
      entity: 'printJob',
      entityId: String(outcome.jobId),
    });
  });

  it('previews the same bitmap the printer gets', async () => {
    const { call } = await clinic();
    const printer = await fakePrinter();
    const id = await addPrinter(call, tcpPrinter(printer.port, { widthDots: 384 }));
    expectOk(await call('devices.printers.test', { printerId: id }));
    const [job] = expectOk(await call('devices.printJobs.list', {}));
    const printed = (await decodeJob(printer.jobs()[0]!)).bitmap!;

    const preview = expectOk(await call('devices.preview', { jobId: job!.id }));
    expect([preview.widthDots, preview.heightDots]).toEqual([384, printed.height]);
    const png = Buffer.from(preview.png, 'base64');
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(sameBitmap(await pngBitmap(png), printed)).toBe(true);
  });
});

/** Reads a 1-bit PNG back into a bitmap (any dark pixel is a dot). */
async function pngBitmap(png: Buffer): Promise<MonoBitmap> {
  const { loadImage, createCanvas } = await import('@napi-rs/canvas');
  const image = await loadImage(png);
  const canvas = createCanvas(image.width, image.height);
  const ctx = canvas.getContext('2d');
  ctx.drawImage(image, 0, 0);
  const rgba = ctx.getImageData(0, 0, image.width, image.height).data;
  const bytesPerRow = Math.ceil(image.width / 8);
  const data = new Uint8Array(bytesPerRow * image.height);
  for (let y = 0; y < image.height; y++) {
    for (let x = 0; x < image.width; x++) {
      if ((rgba[(y * image.width + x) * 4] ?? 255) < 128) {
        data[y * bytesPerRow + (x >> 3)]! |= 0x80 >> (x & 7);
      }
    }
  }
  return { width: image.width, height: image.height, data };
}

describe('printing documents', () => {
  it('prints a receipt on the printer holding the receipt role, and says when none does', async () => {
    const { backend, call } = await clinic();
    const doc = useSampleReceipts(backend);
    const none = expectError(
      await call('devices.print', { document: { kind: 'receipt', id: 42 } }),
      'NOT_FOUND',
    );
    expect(none.message).toBe('Chưa chọn máy in biên lai. Vào Cài đặt → Máy in để chọn.');

    const other = await fakePrinter();
    const cashier = await fakePrinter();
    await addPrinter(
      call,
      tcpPrinter(other.port, { name: 'Quầy tiếp đón', roles: ['queueTicket'] }),
    );
    const id = await addPrinter(call, tcpPrinter(cashier.port, { roles: ['receipt'] }));
    const outcome = expectOk(
      await call('devices.print', { document: { kind: 'receipt', id: 42 } }),
    );

    expect(other.jobs()).toEqual([]);
    const [bytes] = cashier.jobs();
    const expected = encodeDocument(doc, savedProfile(backend, id));
    expect(bytes?.equals(expected.bytes)).toBe(true);
    const printed = (await decodeJob(bytes!)).bitmap!;
    expect(sameBitmap(printed, renderDocument(doc, { widthDots: 576 }))).toBe(true);
    expect((await readQrCodes(printed))[0]).toMatch(/^000201/);
    const [job] = expectOk(await call('devices.printJobs.list', {}));
    expect(job).toMatchObject({ id: outcome.jobId, documentKind: 'receipt', documentId: 42 });

    // A deleted profile takes its roles with it; its history stays, under its name.
    expectOk(await call('devices.printers.delete', { id }));
    const [kept] = expectOk(await call('devices.printJobs.list', {}));
    expect(kept).toMatchObject({ printerId: null, printerName: 'Máy in quầy thu ngân' });
    const orphan = expectError(
      await call('devices.printJobs.reprint', { jobId: outcome.jobId }),
      'NOT_FOUND',
    );
    expect(orphan.messageKey).toBe('devices.printers.noReceiptPrinter');
  });

  it('prints the queue ticket of a visit with the reception ticket’s content', async () => {
    const { backend, call } = await clinic();
    const printer = await fakePrinter();
    const printerId = await addPrinter(call, tcpPrinter(printer.port, { roles: ['queueTicket'] }));
    const patient = await makePatient(call, { fullName: 'Trần Thị Bích Ngọc' });
    const { visitId } = expectOk(
      await call('visits.create', { patientId: patient.id, kind: 'fee' }),
    );
    expectOk(await call('devices.print', { document: { kind: 'queueTicket', id: visitId } }));
    const [bytes] = printer.jobs();
    const { db } = backend.services;
    const content = ticketContent(
      getVisitRow(db, visitId),
      getPatientRow(db, patient.id),
      FACILITY.name,
    );
    expect(content).toMatchObject({ number: '1', name: 'TRẦN THỊ BÍCH NGỌC', code: patient.code });
    const expected = renderDocument(ticketPrintDocument(content), {
      widthDots: savedProfile(backend, printerId).widthDots,
    });
    const printed = await decodeJob(bytes!);
    expect(printed.bitmap && sameBitmap(printed.bitmap, expected)).toBe(true);
    const [job] = expectOk(await call('devices.printJobs.list', {}));
    expect(job).toMatchObject({ documentKind: 'queueTicket', documentId: visitId, status: 'sent' });
  });

  it('answers a translated NOT_FOUND for a visit that does not exist', async () => {
    const { call } = await clinic();
    const printer = await fakePrinter();
    await addPrinter(call, tcpPrinter(printer.port, { roles: ['queueTicket', 'label'] }));
    const missing = await call('devices.print', { document: { kind: 'queueTicket', id: 999 } });
    expect(expectError(missing, 'NOT_FOUND').messageKey).toBe('visits.notFound');
    expect(printer.jobs()).toEqual([]);
  });

  it('prints in TCVN-3 text mode with the code page the profile names', async () => {
    const { backend, call } = await clinic();
    useSampleReceipts(backend);
    const printer = await fakePrinter();
    await addPrinter(
      call,
      tcpPrinter(printer.port, { textMode: { kind: 'tcvn3', codePage: 30 }, roles: ['receipt'] }),
    );
    expectOk(await call('devices.print', { document: { kind: 'receipt', id: 1 } }));
    const [bytes] = printer.jobs();
    // ESC @, then ESC t 30; "TRẠM" is T, R, ¹ (ạ's small letter: VN3 has no toned capitals), M.
    expect([...bytes!.subarray(0, 5)]).toEqual([0x1b, 0x40, 0x1b, 0x74, 30]);
    expect(bytes!.includes(Buffer.from([0x54, 0x52, 0xb9, 0x4d]))).toBe(true);
  });
});
