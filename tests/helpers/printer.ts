import fs from 'node:fs';
import { createRequire } from 'node:module';
import net from 'node:net';
import { afterEach } from 'vitest';
import { prepareZXingModule, readBarcodes } from 'zxing-wasm/reader';
import { STATUS_REQUEST } from '../../electron/devices/print/transports';
import { isDot, type MonoBitmap } from '../../electron/devices/print/render';

const require = createRequire(import.meta.url);

/** npos ships no types; this is the part of its parser result the tests read. */
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

export interface FakePrinter {
  port: number;
  /** The bytes of each connection, in order. */
  connections: () => Buffer[];
  /** Connections that carried a job (not just a DLE EOT status request). */
  jobs: () => Buffer[];
  received: () => Buffer;
  /** Stops listening and drops open connections: the printer is switched off. */
  close: () => Promise<void>;
}

/** What the printer does with each new connection (pause, reset, answer status…). */
export type Behaviour = (socket: net.Socket, chunks: Buffer[]) => void;

const servers: { server: net.Server; sockets: Set<net.Socket> }[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map(stopServer));
});

function stopServer({ server, sockets }: (typeof servers)[number]): Promise<void> {
  sockets.forEach((s) => s.destroy());
  return new Promise((resolve) => server.close(() => resolve()));
}

/** A network receipt printer on loopback (port 0, or the given one): records every byte. */
export async function fakePrinter(
  behaviour: Behaviour = () => undefined,
  port = 0,
): Promise<FakePrinter> {
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
  const entry = { server, sockets };
  servers.push(entry);
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const all = (): Buffer[] => connections.map((chunks) => Buffer.concat(chunks));
  const status = Buffer.from(STATUS_REQUEST);
  return {
    port: (server.address() as net.AddressInfo).port,
    connections: all,
    jobs: () => all().filter((bytes) => bytes.length > 0 && !bytes.equals(status)),
    received: () => Buffer.concat(connections.flat()),
    close: async () => {
      servers.splice(servers.indexOf(entry), 1);
      await stopServer(entry);
    },
  };
}

export interface DecodedJob {
  /** Command names in order, e.g. ['ESC@', 'GSv0', 'GSv0', 'ESCd', 'GSV']. */
  commands: string[];
  /** The raster as npos read it, turned back into Tram's 1-bit layout. */
  bitmap: MonoBitmap | null;
}

/** Parses ESC/POS bytes with npos, an independent parser, and joins the raster bands. */
export async function decodeJob(bytes: Uint8Array): Promise<DecodedJob> {
  const ast = await npos.parser().parse(Buffer.from(bytes));
  const commands = ast.tree.map((n) => `${n.ascii}${n.fn ?? ''}`);
  const rasters = ast.entries.filter((e) => e.type === 'raster').map((e) => e.data as NposBitmap);
  if (rasters.length === 0) return { commands, bitmap: null };
  const width = rasters[0]!.getWidth();
  const height = rasters.reduce((sum, r) => sum + r.getHeight(), 0);
  const bytesPerRow = Math.ceil(width / 8);
  const data = new Uint8Array(bytesPerRow * height);
  let top = 0;
  for (const raster of rasters) {
    for (let y = 0; y < raster.getHeight(); y++) {
      for (let x = 0; x < width; x++) {
        // npos paints dots black (0) on white.
        if (raster.getPixel(x, y) === 0)
          data[(top + y) * bytesPerRow + (x >> 3)]! |= 0x80 >> (x & 7);
      }
    }
    top += raster.getHeight();
  }
  return { commands, bitmap: { width, height, data } };
}

export function sameBitmap(a: MonoBitmap, b: MonoBitmap): boolean {
  return a.width === b.width && a.height === b.height && Buffer.from(a.data).equals(b.data);
}

let zxingReady: Promise<unknown> | null = null;

/** Every QR code zxing-wasm finds in a bitmap (its .wasm loaded from node_modules, offline). */
export async function readQrCodes(bitmap: MonoBitmap): Promise<string[]> {
  zxingReady ??= prepareZXingModule({
    overrides: {
      wasmBinary: new Uint8Array(
        fs.readFileSync(require.resolve('zxing-wasm/reader/zxing_reader.wasm')),
      ).buffer,
    },
    fireImmediately: true,
  });
  await zxingReady;
  const { width, height } = bitmap;
  const rgba = new Uint8ClampedArray(width * height * 4);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      rgba.fill(isDot(bitmap, x, y) ? 0 : 255, i, i + 3);
      rgba[i + 3] = 255;
    }
  }
  const codes = await readBarcodes(
    { data: rgba, width, height, colorSpace: 'srgb' },
    { formats: ['QRCode'] },
  );
  return codes.map((c) => c.text);
}
