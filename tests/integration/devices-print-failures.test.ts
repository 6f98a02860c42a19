import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { encodeDocument } from '../../electron/devices/print/escpos';
import type { OsPrintJob, OsPrintResult } from '../../electron/devices/print/os-driver';
import { renderDocument, toPng } from '../../electron/devices/print/render';
import { testPage } from '../../electron/devices/print/test-page';
import {
  FACILITY,
  expectError,
  expectOk,
  makeBackend,
  setUpClinic,
  tempDir,
  testClock,
} from '../helpers/backend';
import { addPrinter, savedProfile, tcpPrinter, useSampleReceipts } from '../helpers/devices';
import { decodeJob, fakePrinter, sameBitmap } from '../helpers/printer';

async function clinic() {
  const clock = testClock();
  const backend = makeBackend({ clock });
  const { call } = await setUpClinic(backend);
  return { backend, call, clock };
}

describe('a printer that fails mid-job', () => {
  it('is refused while off; the job is kept, and prints once the printer is back', async () => {
    const { backend, call, clock } = await clinic();
    const off = await fakePrinter();
    await off.close();
    const id = await addPrinter(call, tcpPrinter(off.port));

    const refused = expectError(await call('devices.printers.test', { printerId: id }), 'CONFLICT');
    expect(refused.message).toBe(
      `Máy in 127.0.0.1:${off.port} từ chối kết nối. Kiểm tra máy in đã bật và địa chỉ, cổng đã đúng.`,
    );
    const jobId = refused.details?.jobId as number;
    const [failed] = expectOk(await call('devices.printJobs.list', { status: 'failed' }));
    expect(failed).toMatchObject({
      id: jobId,
      status: 'failed',
      error: { key: 'devices.printer.refused', params: { target: `127.0.0.1:${off.port}` } },
      attempts: 1,
    });
    expect(failed?.bytes).toBeGreaterThan(50_000);
    const audit = expectOk(await call('audit.list', { action: 'devices.printers.test' }));
    expect(audit.entries.map((e) => [e.outcome, e.detail?.jobId])).toEqual([['failed', jobId]]);

    const back = await fakePrinter(undefined, off.port);
    const again = expectOk(await call('devices.printJobs.reprint', { jobId }));
    expect(again.jobId).toBe(jobId);
    const [bytes] = back.jobs();
    const profile = savedProfile(backend, id);
    const page = encodeDocument(
      testPage({ facilityName: FACILITY.name, profile, locale: 'vi', printedAt: clock() }),
      profile,
    );
    expect(sameBitmap((await decodeJob(bytes!)).bitmap!, page.bitmap!)).toBe(true);
    expect(expectOk(await call('devices.printJobs.list', {}))).toEqual([
      expect.objectContaining({ id: jobId, status: 'sent', error: null, attempts: 2 }),
    ]);
  });

  it('says the printer dropped the connection, and reprints the document on another printer', async () => {
    const { backend, call } = await clinic();
    const doc = useSampleReceipts(backend);
    const dropping = await fakePrinter((socket) =>
      socket.once('data', () => socket.resetAndDestroy()),
    );
    const spare = await fakePrinter();
    await addPrinter(call, tcpPrinter(dropping.port, { roles: ['receipt'] }));
    const spareId = await addPrinter(
      call,
      tcpPrinter(spare.port, { name: 'Máy in dự phòng', widthDots: 384 }),
    );

    const error = expectError(
      await call('devices.print', { document: { kind: 'receipt', id: 7 } }),
      'CONFLICT',
    );
    expect(error.messageKey).toBe('devices.printer.closedMidJob');
    const jobId = error.details?.jobId as number;

    expectOk(await call('devices.printJobs.reprint', { jobId, printerId: spareId }));
    // Laid out again for the 58 mm printer from the kept document, not the 80 mm bytes.
    const [bytes] = spare.jobs();
    expect(bytes?.equals(encodeDocument(doc, savedProfile(backend, spareId)).bytes)).toBe(true);
    const [job] = expectOk(await call('devices.printJobs.list', {}));
    expect(job).toMatchObject({
      printerId: spareId,
      printerName: 'Máy in dự phòng',
      documentKind: 'receipt',
      documentId: 7,
      status: 'sent',
      attempts: 2,
    });
  });

  it('times out on a USB printer that stops taking data, then prints once it reads again', async () => {
    const { call } = await clinic();
    const device = usbPrinter();
    const id = await addPrinter(call, {
      ...tcpPrinter(0),
      transport: { kind: 'device', path: device.path },
      timeoutSeconds: 1,
    });
    const stalled = expectError(await call('devices.printers.test', { printerId: id }), 'CONFLICT');
    expect(stalled.message).toBe(`Máy in ${device.path} không phản hồi sau 1 giây.`);
    expect(device.drain().length).toBeGreaterThan(0); // part of the job got through

    device.keepReading();
    const jobId = stalled.details?.jobId as number;
    const again = expectOk(await call('devices.printJobs.reprint', { jobId }));
    const received = device.drain();
    expect(received.length).toBe(again.bytes);
    expect((await decodeJob(received)).commands.slice(-2)).toEqual(['ESCd', 'GSV']);
  });
});

interface UsbPrinter {
  path: string;
  drain: () => Buffer;
  keepReading: () => void;
}

const readers: (() => void)[] = [];
afterEach(() => readers.splice(0).forEach((stop) => stop()));

/** A FIFO as /dev/usb/lp0: a 64 KB pipe that fills up and stalls when nobody reads it. */
function usbPrinter(): UsbPrinter {
  const file = path.join(tempDir('tram-lp-'), 'lp0');
  expect(spawnSync('mkfifo', [file]).status).toBe(0);
  const fd = fs.openSync(file, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK);
  const chunks: Buffer[] = [];
  const readNow = (): void => {
    const buffer = Buffer.alloc(65536);
    for (;;) {
      let n: number;
      try {
        n = fs.readSync(fd, buffer);
      } catch {
        return; // EAGAIN: nothing more right now
      }
      if (n === 0) return;
      chunks.push(Buffer.from(buffer.subarray(0, n)));
    }
  };
  let timer: NodeJS.Timeout | null = null;
  readers.push(() => {
    if (timer) clearInterval(timer);
    fs.closeSync(fd);
  });
  return {
    path: file,
    drain: () => {
      readNow();
      return Buffer.concat(chunks.splice(0));
    },
    keepReading: () => {
      timer = setInterval(readNow, 5);
    },
  };
}

describe('the OS-driver path', () => {
  it("hands the desktop shell the same bitmap as a page for the vendor's driver", async () => {
    const { backend, call } = await clinic();
    const doc = useSampleReceipts(backend);
    const id = await addPrinter(call, {
      ...tcpPrinter(0),
      transport: { kind: 'osDriver', printerName: 'XP-80C' },
      widthDots: 576,
      roles: ['receipt'],
    });

    // In a browser (web mode) there is no shell to print through: the reason is translated.
    const web = expectError(
      await call('devices.print', { document: { kind: 'receipt', id: 1 } }),
      'CONFLICT',
    );
    expect(web.messageKey).toBe('devices.printer.osDriverUnavailable');

    const jobs: OsPrintJob[] = [];
    backend.setOsPrinter({
      list: () => Promise.resolve(['XP-80C', 'Microsoft Print to PDF']),
      print: (job) => {
        jobs.push(job);
        return Promise.resolve(
          jobs.length === 1 ? { ok: true } : { ok: false, reason: 'Printer is offline' },
        );
      },
      printPdf: () => Promise.resolve({ ok: true }),
    });
    expect(expectOk(await call('devices.printers.osPrinters', {}))).toContain('XP-80C');
    const jobId = web.details?.jobId as number;
    const outcome = expectOk(await call('devices.printJobs.reprint', { jobId }));
    const [job] = jobs;
    const png = toPng(renderDocument(doc, { widthDots: 576 }));
    expect(job?.png.equals(png)).toBe(true);
    expect(outcome.bytes).toBe(png.length);
    expect(job).toMatchObject({ printerName: 'XP-80C', pageWidthMicrons: 80_000 });
    expect(job?.html).toContain(`src="data:image/png;base64,${png.toString('base64')}"`);
    expect(job?.html).toContain('width:72mm');

    const offline = expectError(
      await call('devices.print', { printerId: id, document: { kind: 'receipt', id: 2 } }),
      'CONFLICT',
    );
    expect(offline.message).toBe('Không in được trên máy in XP-80C (lỗi Printer is offline).');
  });
});

describe('printing and the database', () => {
  it('holds no transaction while it waits for the printer: other saves go through', async () => {
    const { backend, call } = await clinic();
    useSampleReceipts(backend);
    let finish: ((result: OsPrintResult) => void) | null = null;
    backend.setOsPrinter({
      list: () => Promise.resolve([]),
      print: () => new Promise((resolve) => (finish = resolve)),
      printPdf: () => Promise.resolve({ ok: true }),
    });
    await addPrinter(call, {
      ...tcpPrinter(0),
      transport: { kind: 'osDriver', printerName: 'XP-58' },
      timeoutSeconds: 120,
      roles: ['receipt'],
    });
    let printed = false;
    const printing = call('devices.print', { document: { kind: 'receipt', id: 3 } }).finally(() => {
      printed = true;
    });
    await vi.waitFor(() => expect(finish).not.toBeNull());

    // The printer has the job and has not answered: the database is free meanwhile.
    expect(backend.database.sqlite.inTransaction).toBe(false);
    expectOk(await call('settings.update', { security: { idleLockMinutes: 20 } }));
    expect(printed).toBe(false);
    finish!({ ok: true });
    expectOk(await printing);
    const audit = expectOk(await call('audit.list', {}));
    expect(audit.entries.slice(0, 2).map((e) => e.action)).toEqual([
      'devices.print',
      'settings.update',
    ]);
  });
});
