import fs from 'node:fs';
import { createRequire } from 'node:module';
import net from 'node:net';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { prepareZXingModule, readBarcodes } from 'zxing-wasm/reader';
import { encodeDocument, type PrinterProfile } from '../../electron/devices/print/escpos';
import { isDot, type MonoBitmap } from '../../electron/devices/print/render';
import { testPage, testPageQrData } from '../../electron/devices/print/test-page';
import {
  PrinterError,
  STATUS_REQUEST,
  sendJob,
  tcpTransport,
} from '../../electron/devices/print/transports';

const require = createRequire(import.meta.url);

/** npos ships no types; this is the part of its parser result the test reads. */
interface NposBitmap {
  getWidth(): number;
  getHeight(): number;
  getPixel(x: number, y: number): number;
}
interface NposAst {
  tree: { ascii: string; fn?: string }[];
  entries: { type: string; data: unknown }[];
}
const npos = require('npos') as { parser(): { parse(buffer: Buffer): Promise<NposAst> } };

interface FakePrinter {
  port: number;
  /** The bytes of each connection, in order. */
  connections: () => Buffer[];
  received: () => Buffer;
}

type Behaviour = (socket: net.Socket, chunks: Buffer[]) => void;

const servers: { server: net.Server; sockets: Set<net.Socket> }[] = [];
afterEach(async () => {
  const closing = servers.splice(0).map(({ server, sockets }) => {
    sockets.forEach((s) => s.destroy());
    return new Promise((r) => server.close(r));
  });
  await Promise.all(closing);
});

/** A network receipt printer on loopback: records every byte it is sent. */
async function fakePrinter(behaviour: Behaviour = () => undefined): Promise<FakePrinter> {
  const connections: Buffer[][] = [];
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => {
    const chunks: Buffer[] = [];
    connections.push(chunks);
    sockets.add(socket);
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('end', () => socket.end());
    socket.on('error', () => undefined);
    socket.on('close', () => sockets.delete(socket));
    behaviour(socket, chunks);
  });
  servers.push({ server, sockets });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    port: (server.address() as net.AddressInfo).port,
    connections: () => connections.map((chunks) => Buffer.concat(chunks)),
    received: () => Buffer.concat(connections.flat()),
  };
}

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

beforeAll(async () => {
  const wasm = require.resolve('zxing-wasm/reader/zxing_reader.wasm');
  await prepareZXingModule({
    overrides: { wasmBinary: new Uint8Array(fs.readFileSync(wasm)).buffer },
    fireImmediately: true,
  });
});

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
    const ast = await npos.parser().parse(received);
    const commands = ast.tree.map((n) => `${n.ascii}${n.fn ?? ''}`);
    expect(commands[0]).toBe('ESC@');
    expect(commands.filter((c) => c === 'GSv0')).toHaveLength(Math.ceil(bitmap.height / 256));
    expect(commands.slice(-2)).toEqual(['ESCd', 'GSV']);

    const rasters = ast.entries.filter((e) => e.type === 'raster');
    expect(rasters).toHaveLength(1);
    const printed = rasters[0]!.data as NposBitmap;
    expect([printed.getWidth(), printed.getHeight()]).toEqual([576, bitmap.height]);
    let differing = 0;
    const rgba = new Uint8ClampedArray(576 * bitmap.height * 4);
    for (let y = 0; y < bitmap.height; y++) {
      for (let x = 0; x < 576; x++) {
        const dot = printed.getPixel(x, y) === 0;
        if (dot !== isDot(bitmap, x, y)) differing++;
        rgba.fill(dot ? 0 : 255, (y * 576 + x) * 4, (y * 576 + x) * 4 + 3);
        rgba[(y * 576 + x) * 4 + 3] = 255;
      }
    }
    expect(differing).toBe(0);

    const codes = await readBarcodes(
      { data: rgba, width: 576, height: bitmap.height, colorSpace: 'srgb' },
      { formats: ['QRCode'] },
    );
    expect(codes.map((c) => c.text)).toEqual([testPageQrData(pageOptions)]);
  });

  it('says the printer refused when nothing listens on the port', async () => {
    const closed = await fakePrinter();
    await new Promise((r) => servers.pop()!.server.close(r));
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
