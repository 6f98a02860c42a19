import fs from 'node:fs';
import net from 'node:net';
import type { LocalizedText } from '../../../shared/api/result';
import type { MessageKey, MessageParams } from '../../../shared/i18n';
import { printRawOnWindows } from './windows-spooler';

export type TransportConfig =
  | { kind: 'tcp'; host: string; port?: number }
  | { kind: 'device'; path: string }
  | { kind: 'serial'; path: string; baudRate: number }
  | { kind: 'windows'; printerName: string };

export interface SendOptions {
  /** Longest wait without progress (connecting, writing, or an answer). */
  timeoutMs: number;
}

export interface PrinterStatus {
  online: boolean;
  paperOut: boolean;
  paperNearEnd: boolean;
  coverOpen: boolean;
}

export interface PrinterTransport {
  /** How people recognise this printer in messages: an address, a port or a name. */
  readonly target: string;
  send(bytes: Uint8Array, options: SendOptions): Promise<void>;
  /** Null when the printer does not answer status requests (many do not). */
  status?(options: SendOptions): Promise<PrinterStatus | null>;
}

/** An expected printing failure, carrying the catalogue key to show staff. */
export class PrinterError extends Error {
  constructor(
    readonly messageKey: MessageKey,
    readonly params: MessageParams,
    /** The OS error code (ECONNREFUSED…) or spooler outcome behind it, for the log. */
    readonly code?: string,
  ) {
    super(`${messageKey}${code ? ` (${code})` : ''}`);
    this.name = 'PrinterError';
  }

  toText(): LocalizedText {
    return { key: this.messageKey, params: this.params };
  }
}

export const DEFAULT_TCP_PORT = 9100;

export function describeTransport(config: TransportConfig): LocalizedText {
  switch (config.kind) {
    case 'tcp':
      return {
        key: 'devices.transport.tcp',
        params: { host: config.host, port: config.port ?? DEFAULT_TCP_PORT },
      };
    case 'device':
      return { key: 'devices.transport.device', params: { path: config.path } };
    case 'serial':
      return {
        key: 'devices.transport.serial',
        params: { path: config.path, baudRate: config.baudRate },
      };
    case 'windows':
      return { key: 'devices.transport.windows', params: { name: config.printerName } };
  }
}

/** OS error codes to what staff can act on; anything else keeps its code as the detail. */
export function errorFromCode(code: string | undefined, target: string): PrinterError {
  const keyed: Record<string, MessageKey> = {
    ECONNREFUSED: 'devices.printer.refused',
    EHOSTUNREACH: 'devices.printer.unreachable',
    ENETUNREACH: 'devices.printer.unreachable',
    ENOTFOUND: 'devices.printer.unreachable',
    EAI_AGAIN: 'devices.printer.unreachable',
    ECONNRESET: 'devices.printer.closedMidJob',
    EPIPE: 'devices.printer.closedMidJob',
    ENOENT: 'devices.printer.notFound',
    ENODEV: 'devices.printer.notFound',
    ENXIO: 'devices.printer.notFound',
    EACCES: 'devices.printer.accessDenied',
    EPERM: 'devices.printer.accessDenied',
    EBUSY: 'devices.printer.busy',
    ENOSPC: 'devices.printer.paperOut',
    EIO: 'devices.printer.offline',
  };
  const key = code ? keyed[code] : undefined;
  return key
    ? new PrinterError(key, { target }, code)
    : new PrinterError('devices.printer.failed', { target, detail: code ?? '?' }, code);
}

export function timedOut(target: string, timeoutMs: number): PrinterError {
  return new PrinterError('devices.printer.timedOut', {
    target,
    seconds: Math.round(timeoutMs / 100) / 10,
  });
}

function errnoCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error
    ? String(error.code)
    : undefined;
}

/** After our last byte, a printer that never closes its side is given this long. */
const CLOSE_GRACE_MS = 2000;

function sendTcp(host: string, port: number, bytes: Uint8Array, timeoutMs: number): Promise<void> {
  const target = `${host}:${port}`;
  return new Promise((resolve, reject) => {
    const socket = net.connect({ host, port, timeout: timeoutMs });
    let connected = false;
    let handedOver = false;
    let settled = false;
    const settle = (error?: PrinterError): void => {
      if (settled) return;
      settled = true;
      socket.destroy();
      if (error) reject(error);
      else resolve();
    };
    socket.on('connect', () => {
      connected = true;
      socket.end(bytes, () => {
        // Every byte is with the OS and our FIN is queued; a printer closes after that.
        handedOver = true;
        setTimeout(settle, Math.min(CLOSE_GRACE_MS, timeoutMs)).unref();
      });
    });
    socket.on('end', () => {
      if (!handedOver) settle(new PrinterError('devices.printer.closedMidJob', { target }));
    });
    socket.on('close', () => {
      settle(handedOver ? undefined : new PrinterError('devices.printer.closedMidJob', { target }));
    });
    socket.on('timeout', () => settle(handedOver ? undefined : timedOut(target, timeoutMs)));
    socket.on('error', (error) => {
      const code = errnoCode(error);
      if (code === 'ETIMEDOUT') settle(timedOut(target, timeoutMs));
      else if (connected && (code === 'ECONNRESET' || code === 'EPIPE')) {
        settle(new PrinterError('devices.printer.closedMidJob', { target }, code));
      } else settle(errorFromCode(code, target));
    });
  });
}

/** DLE EOT 1 (printer), 2 (offline cause), 4 (roll sensor): one byte back for each. */
export const STATUS_REQUEST = Uint8Array.of(0x10, 0x04, 1, 0x10, 0x04, 2, 0x10, 0x04, 4);

/** Every status byte has bit 1 and bit 4 set and bits 0 and 7 clear; anything else is noise. */
export function parseStatus(reply: Uint8Array): PrinterStatus | null {
  const [printer, offline, paper] = reply;
  if (printer === undefined || offline === undefined || paper === undefined) return null;
  if (![printer, offline, paper].every((b) => (b & 0x93) === 0x12)) return null;
  return {
    online: (printer & 0x08) === 0,
    coverOpen: (offline & 0x04) !== 0,
    paperOut: (offline & 0x20) !== 0 || (paper & 0x60) !== 0,
    paperNearEnd: (paper & 0x0c) !== 0,
  };
}

function statusTcp(host: string, port: number, timeoutMs: number): Promise<PrinterStatus | null> {
  const target = `${host}:${port}`;
  return new Promise((resolve, reject) => {
    const socket = net.connect({ host, port, timeout: timeoutMs });
    const reply: number[] = [];
    let connected = false;
    const done = (status: PrinterStatus | null, error?: PrinterError): void => {
      socket.destroy();
      if (error) reject(error);
      else resolve(status);
    };
    socket.on('connect', () => {
      connected = true;
      socket.write(STATUS_REQUEST);
    });
    socket.on('data', (chunk: Buffer) => {
      reply.push(...chunk);
      if (reply.length >= 3) done(parseStatus(Uint8Array.from(reply.slice(0, 3))));
    });
    // Silence is an answer too: many printers ignore DLE EOT over the network.
    socket.on('timeout', () => done(null, connected ? undefined : timedOut(target, timeoutMs)));
    socket.on('close', () => done(null));
    socket.on('error', (error) => {
      const code = errnoCode(error);
      done(null, connected ? undefined : errorFromCode(code, target));
    });
  });
}

export function tcpTransport(host: string, port = DEFAULT_TCP_PORT): PrinterTransport {
  return {
    target: `${host}:${port}`,
    send: (bytes, { timeoutMs }) => sendTcp(host, port, bytes, timeoutMs),
    status: ({ timeoutMs }) => statusTcp(host, port, timeoutMs),
  };
}

const RETRY_MS = 20;

/**
 * /dev/usb/lp* opened non-blocking: a busy or paperless printer answers EAGAIN instead of
 * parking a libuv thread in write(2) forever, so the timeout can really give up.
 */
async function sendDevice(devicePath: string, bytes: Uint8Array, timeoutMs: number): Promise<void> {
  const flags = fs.constants.O_WRONLY | (fs.constants.O_NONBLOCK ?? 0);
  let handle: fs.promises.FileHandle;
  try {
    handle = await fs.promises.open(devicePath, flags);
  } catch (error) {
    throw errorFromCode(errnoCode(error), devicePath);
  }
  try {
    let offset = 0;
    let lastProgress = Date.now();
    while (offset < bytes.length) {
      try {
        const { bytesWritten } = await handle.write(bytes, offset, bytes.length - offset);
        offset += bytesWritten;
        if (bytesWritten > 0) lastProgress = Date.now();
      } catch (error) {
        if (errnoCode(error) !== 'EAGAIN') throw errorFromCode(errnoCode(error), devicePath);
      }
      if (offset < bytes.length) {
        if (Date.now() - lastProgress > timeoutMs) throw timedOut(devicePath, timeoutMs);
        await new Promise((r) => setTimeout(r, RETRY_MS));
      }
    }
  } finally {
    await handle.close().catch(() => undefined);
  }
}

export function deviceTransport(devicePath: string): PrinterTransport {
  return {
    target: devicePath,
    send: (bytes, { timeoutMs }) => sendDevice(devicePath, bytes, timeoutMs),
  };
}

/** The part of serialport's SerialPort this file uses, so tests can hand in its mock. */
export interface SerialPortLike {
  open(callback: (error: Error | null) => void): void;
  write(data: Uint8Array, callback: (error: Error | null | undefined) => void): boolean;
  drain(callback: (error: Error | null) => void): void;
  close(callback?: (error: Error | null) => void): void;
  readonly isOpen: boolean;
}

export type SerialPortFactory = (options: {
  path: string;
  baudRate: number;
  autoOpen: false;
}) => SerialPortLike;

/** Loaded on first use: the native binding stays out of processes that never print by COM. */
async function nativeSerialPort(): Promise<SerialPortFactory> {
  const { SerialPort } = await import('serialport');
  return (options) => new SerialPort(options);
}

/** serialport's open errors carry no errno code, only a message that names the cause. */
export function serialOpenError(error: Error, target: string): PrinterError {
  const message = error.message;
  if (/no such file|cannot find|not found|does not exist/i.test(message)) {
    return errorFromCode('ENOENT', target);
  }
  if (/access denied|permission denied/i.test(message)) return errorFromCode('EACCES', target);
  if (/busy|in use/i.test(message)) return errorFromCode('EBUSY', target);
  return new PrinterError('devices.printer.failed', { target, detail: message }, message);
}

function callback(run: (done: (error?: Error | null) => void) => void): Promise<void> {
  return new Promise((resolve, reject) => run((error) => (error ? reject(error) : resolve())));
}

async function sendSerial(
  factory: SerialPortFactory,
  options: { path: string; baudRate: number },
  bytes: Uint8Array,
  timeoutMs: number,
): Promise<void> {
  const port = factory({ ...options, autoOpen: false });
  // 10 bits a byte on the wire: a 40 KB raster takes 42 s at 9600 baud, which is not a hang.
  const budget = timeoutMs + Math.ceil((bytes.length * 10 * 1000) / options.baudRate);
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(timedOut(options.path, budget)), budget);
  });
  try {
    await Promise.race([
      callback((done) => port.open(done)).catch((error: Error) => {
        throw serialOpenError(error, options.path);
      }),
      deadline,
    ]);
    await Promise.race([
      callback((done) => port.write(bytes, done)).then(() => callback((d) => port.drain(d))),
      deadline,
    ]).catch((error: unknown) => {
      throw error instanceof PrinterError ? error : errorFromCode(errnoCode(error), options.path);
    });
  } finally {
    clearTimeout(timer);
    if (port.isOpen) port.close();
  }
}

export function serialTransport(
  options: { path: string; baudRate: number },
  factory?: SerialPortFactory,
): PrinterTransport {
  return {
    target: options.path,
    send: async (bytes, { timeoutMs }) =>
      sendSerial(factory ?? (await nativeSerialPort()), options, bytes, timeoutMs),
  };
}

const WINDOWS_ERRORS = {
  'not-found': 'devices.printer.notFound',
  offline: 'devices.printer.offline',
  'paper-out': 'devices.printer.paperOut',
  'cover-open': 'devices.printer.coverOpen',
  unsupported: 'devices.printer.unsupported',
} as const satisfies Record<string, MessageKey>;

export function windowsTransport(printerName: string): PrinterTransport {
  return {
    target: printerName,
    send: async (bytes, { timeoutMs }) => {
      const outcome = await printRawOnWindows(printerName, bytes, timeoutMs);
      const params = { target: printerName };
      if (outcome.kind === 'ok') return;
      if (outcome.kind === 'timed-out') throw timedOut(printerName, timeoutMs);
      if (outcome.kind === 'failed') {
        throw new PrinterError('devices.printer.failed', { ...params, detail: outcome.detail });
      }
      throw new PrinterError(WINDOWS_ERRORS[outcome.kind], params, outcome.kind);
    },
  };
}

export function createTransport(config: TransportConfig): PrinterTransport {
  switch (config.kind) {
    case 'tcp':
      return tcpTransport(config.host, config.port);
    case 'device':
      return deviceTransport(config.path);
    case 'serial':
      return serialTransport(config);
    case 'windows':
      return windowsTransport(config.printerName);
  }
}

/** Printers that stayed silent once are not asked again: each silence costs a print 800 ms. */
const silentPrinters = new WeakSet<PrinterTransport>();

/**
 * Checks status first where the printer can tell (paper out, cover open), then sends.
 * Keep one transport per printer so the silence above is remembered.
 */
export async function sendJob(
  transport: PrinterTransport,
  bytes: Uint8Array,
  options: SendOptions,
): Promise<void> {
  const ask = transport.status && !silentPrinters.has(transport);
  const status = ask
    ? await transport.status!({ timeoutMs: Math.min(options.timeoutMs, 800) })
    : null;
  if (ask && !status) silentPrinters.add(transport);
  const target = { target: transport.target };
  if (status?.paperOut) throw new PrinterError('devices.printer.paperOut', target);
  if (status?.coverOpen) throw new PrinterError('devices.printer.coverOpen', target);
  if (status && !status.online) throw new PrinterError('devices.printer.offline', target);
  await transport.send(bytes, options);
}
