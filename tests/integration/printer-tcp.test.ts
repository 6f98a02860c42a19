import { describe, expect, it } from 'vitest';
import { encodeDocument, type PrinterProfile } from '../../electron/devices/print/escpos';
import type { MonoBitmap } from '../../electron/devices/print/render';
import { testPage, testPageQrData } from '../../electron/devices/print/test-page';
import {
  PrinterError,
  STATUS_REQUEST,
  sendJob,
  tcpTransport,
} from '../../electron/devices/print/transports';
import {
  decodeJob,
  fakePrinter,
  readQrCodes,
  sameBitmap,
  type Behaviour,
} from '../helpers/printer';

async function rejection(promise: Promise<unknown>): Promise<PrinterError> {
  const error: unknown = await promise.then(
    () => new Error('expected the job to fail'),
    (e: unknown) => e,
  );
  if (!(error instanceof PrinterError)) throw error;
  return error;
}

const profile: PrinterProfile = {
  name: 'Quầy thu ngân',
  widthDots: 576,
  cut: 'partial',
  feedLines: 3,
  mode: { kind: 'raster' },
  transport: { kind: 'tcp', host: '127.0.0.1' },
};
const pageOptions = {
  facilityName: 'Trạm Y tế xã Tân Hòa',
  profile,
  locale: 'vi' as const,
  printedAt: new Date('2026-03-01T02:30:00Z'),
};

describe('printing over TCP 9100', () => {
  it('delivers a test page whose raster, parsed by npos, is the rendered bitmap and scans', async () => {
    const printer = await fakePrinter();
    const job = encodeDocument(testPage(pageOptions), profile);
    const bitmap = job.bitmap as MonoBitmap;
    await sendJob(tcpTransport('127.0.0.1', printer.port), job.bytes, { timeoutMs: 5000 });

    // sendJob asked for status first (this printer stays silent), then sent the job.
    const [status, received] = printer.connections();
    expect(status).toEqual(Buffer.from(STATUS_REQUEST));
    expect(received?.equals(Buffer.from(job.bytes))).toBe(true);
    if (!received) return;
    const { commands, bitmap: printed } = await decodeJob(received);
    expect(commands[0]).toBe('ESC@');
    expect(commands.filter((c) => c === 'GSv0')).toHaveLength(Math.ceil(bitmap.height / 256));
    expect(commands.slice(-2)).toEqual(['ESCd', 'GSV']);
    expect(printed && sameBitmap(printed, bitmap)).toBe(true);
    expect(await readQrCodes(printed!)).toEqual([testPageQrData(pageOptions)]);
  });

  it('says the printer refused when nothing listens on the port', async () => {
    const closed = await fakePrinter();
    await closed.close();
    const error = await rejection(
      tcpTransport('127.0.0.1', closed.port).send(Uint8Array.of(0x1b, 0x40), { timeoutMs: 2000 }),
    );
    expect(error.messageKey).toBe('devices.printer.refused');
    expect(error.params).toEqual({ target: `127.0.0.1:${closed.port}` });
  });

  it('times out when the printer stops taking data mid-job', async () => {
    const printer = await fakePrinter((socket) => socket.once('data', () => socket.pause()));
    // Far more than loopback socket buffers hold, so the write really stalls.
    const job = new Uint8Array(64 * 1024 * 1024);
    const started = Date.now();
    const error = await rejection(
      tcpTransport('127.0.0.1', printer.port).send(job, { timeoutMs: 400 }),
    );
    expect(error.messageKey).toBe('devices.printer.timedOut');
    expect(error.params).toMatchObject({ seconds: 0.4 });
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(printer.received().length).toBeGreaterThan(0);
  });

  it('reports a printer that drops the connection mid-job', async () => {
    const printer = await fakePrinter((socket) =>
      socket.once('data', () => socket.resetAndDestroy()),
    );
    const job = encodeDocument(testPage(pageOptions), profile).bytes;
    const error = await rejection(
      tcpTransport('127.0.0.1', printer.port).send(job, { timeoutMs: 5000 }),
    );
    expect(error.messageKey).toBe('devices.printer.closedMidJob');
  });

  it('reports a printer that closes its side before the job is through', async () => {
    const printer = await fakePrinter((socket) => socket.once('data', () => socket.end()));
    const error = await rejection(
      tcpTransport('127.0.0.1', printer.port).send(new Uint8Array(32 * 1024 * 1024), {
        timeoutMs: 5000,
      }),
    );
    expect(error.messageKey).toBe('devices.printer.closedMidJob');
  });
});

describe('printer status over TCP (DLE EOT)', () => {
  const answering =
    (reply: number[]): Behaviour =>
    (socket) =>
      socket.once('data', (chunk) => {
        if (chunk.subarray(0, STATUS_REQUEST.length).equals(Buffer.from(STATUS_REQUEST))) {
          socket.write(Uint8Array.from(reply));
        }
      });

  it('reads a ready printer and then prints', async () => {
    const printer = await fakePrinter(answering([0x12, 0x12, 0x12]));
    const transport = tcpTransport('127.0.0.1', printer.port);
    expect(await transport.status!({ timeoutMs: 1000 })).toEqual({
      online: true,
      paperOut: false,
      paperNearEnd: false,
      coverOpen: false,
    });
    await sendJob(transport, Uint8Array.of(0x1b, 0x40, 0x0a), { timeoutMs: 2000 });
    expect(printer.received().subarray(-3)).toEqual(Buffer.from([0x1b, 0x40, 0x0a]));
  });

  it('refuses to send to a printer that is out of paper', async () => {
    // Offline (bit 3), paper-end stop (0x20), roll sensor: paper end (0x60).
    const printer = await fakePrinter(answering([0x1a, 0x32, 0x72]));
    const transport = tcpTransport('127.0.0.1', printer.port);
    const error = await rejection(
      sendJob(transport, Uint8Array.of(0x1b, 0x40), { timeoutMs: 2000 }),
    );
    expect(error.messageKey).toBe('devices.printer.paperOut');
    expect(printer.connections()).toEqual([Buffer.from(STATUS_REQUEST)]);
  });

  it('does not hang on a printer that never answers status, and still prints', async () => {
    const printer = await fakePrinter();
    const transport = tcpTransport('127.0.0.1', printer.port);
    const started = Date.now();
    expect(await transport.status!({ timeoutMs: 300 })).toBeNull();
    expect(Date.now() - started).toBeLessThan(3000);
    await sendJob(transport, Uint8Array.of(0x1b, 0x40), { timeoutMs: 300 });
    await sendJob(transport, Uint8Array.of(0x1b, 0x40), { timeoutMs: 300 });
    // Our status call, sendJob's own check, the job; then the second job goes straight out.
    expect(printer.connections()).toEqual([
      Buffer.from(STATUS_REQUEST),
      Buffer.from(STATUS_REQUEST),
      Buffer.from([0x1b, 0x40]),
      Buffer.from([0x1b, 0x40]),
    ]);
  });
});
