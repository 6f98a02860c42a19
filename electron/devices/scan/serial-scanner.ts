import { loadDriver, type ScannerStatus } from './hid-device';
import { decodeUtf8, type ScanEvent } from './hid-pos';

/**
 * Cuts a USB-COM scanner's byte stream into scans: at CR or LF (CRLF counts once), or when
 * the caller says the line went quiet. Bytes are kept until the end so a multi-byte UTF-8
 * letter split across two chunks survives.
 */
export class SerialLineSplitter {
  private pending: number[] = [];

  constructor(private readonly maxBytes = 8192) {}

  get hasPending(): boolean {
    return this.pending.length > 0;
  }

  /** The complete lines in this chunk; the unterminated rest waits for more bytes. */
  push(chunk: Uint8Array): string[] {
    const lines: string[] = [];
    for (const byte of chunk) {
      if (byte === 0x0d || byte === 0x0a) {
        const line = this.flush();
        if (line !== null) lines.push(line);
      } else if (this.pending.length < this.maxBytes) {
        this.pending.push(byte);
      }
    }
    return lines;
  }

  /** The bytes so far as one scan (scanners set to send no suffix end with silence). */
  flush(): string | null {
    if (this.pending.length === 0) return null;
    const { text } = decodeUtf8(Uint8Array.from(this.pending));
    this.pending = [];
    return text;
  }
}

/** The slice of serialport's SerialPort used here; tests pass serialport's own mock. */
export interface SerialScannerPort {
  open(callback: (error: Error | null) => void): void;
  close(callback?: (error: Error | null) => void): void;
  on(event: 'data', listener: (data: Buffer) => void): unknown;
  on(event: 'close', listener: (error?: Error | null) => void): unknown;
  on(event: 'error', listener: (error: Error) => void): unknown;
  readonly isOpen: boolean;
}

export type SerialScannerPortFactory = (options: {
  path: string;
  baudRate: number;
  autoOpen: false;
}) => SerialScannerPort;

export interface SerialScannerOptions {
  path: string;
  baudRate?: number;
  /** Silence after which bytes without CR/LF count as a whole scan. */
  gapMs?: number;
  onScan: (scan: ScanEvent) => void;
  onStatus?: (status: ScannerStatus) => void;
  openPort?: SerialScannerPortFactory;
  backoff?: { initialMs: number; maxMs: number };
}

async function nativeSerialPort(): Promise<SerialScannerPortFactory> {
  const { SerialPort } = await import('serialport');
  return (options) => new SerialPort(options);
}

/** A USB-COM scanner kept open; an unplug closes the port and the scanner reopens it. */
export class SerialScanner {
  private port: SerialScannerPort | null = null;
  private retry: NodeJS.Timeout | null = null;
  private gap: NodeJS.Timeout | null = null;
  private delay: number;
  private stopped = false;
  private connected: boolean | null = null;
  private readonly splitter = new SerialLineSplitter();
  private factory: SerialScannerPortFactory | null;

  constructor(private readonly options: SerialScannerOptions) {
    this.factory = options.openPort ?? null;
    this.delay = options.backoff?.initialMs ?? 500;
  }

  async start(): Promise<void> {
    this.stopped = false;
    this.factory ??= await loadDriver(nativeSerialPort, this.options.onStatus);
    if (this.factory) this.open();
  }

  stop(): void {
    this.stopped = true;
    for (const timer of [this.retry, this.gap]) if (timer) clearTimeout(timer);
    this.retry = this.gap = null;
    const port = this.port;
    this.port = null;
    if (port?.isOpen) port.close();
  }

  private emit(text: string | null): void {
    if (text) this.options.onScan({ text, via: 'serial' });
  }

  private onData(data: Buffer): void {
    for (const line of this.splitter.push(new Uint8Array(data))) this.emit(line);
    if (this.gap) clearTimeout(this.gap);
    this.gap = this.splitter.hasPending
      ? setTimeout(() => {
          this.gap = null;
          this.emit(this.splitter.flush());
        }, this.options.gapMs ?? 100)
      : null;
  }

  private open(): void {
    const factory = this.factory;
    if (this.stopped || !factory) return;
    const port = factory({
      path: this.options.path,
      baudRate: this.options.baudRate ?? 9600,
      autoOpen: false,
    });
    this.port = port;
    port.on('data', (data) => this.onData(data));
    port.on('close', () => {
      if (this.port === port) this.lost();
    });
    port.on('error', () => {
      if (this.port === port && !port.isOpen) this.lost();
    });
    port.open((error) => {
      if (this.port !== port) return;
      if (error) return this.lost();
      this.delay = this.options.backoff?.initialMs ?? 500;
      this.connected = true;
      this.options.onStatus?.({
        state: 'connected',
        message: { key: 'devices.scanner.connected', params: { target: this.options.path } },
      });
    });
  }

  private lost(): void {
    const port = this.port;
    this.port = null;
    if (port?.isOpen) port.close();
    if (this.gap) clearTimeout(this.gap);
    this.gap = null;
    this.emit(this.splitter.flush());
    if (this.stopped || this.retry) return;
    if (this.connected !== false) {
      this.options.onStatus?.({
        state: 'disconnected',
        message: { key: 'devices.scanner.disconnected', params: { target: this.options.path } },
      });
    }
    this.connected = false;
    const wait = this.delay;
    this.delay = Math.min(this.delay * 2, this.options.backoff?.maxMs ?? 10_000);
    this.retry = setTimeout(() => {
      this.retry = null;
      this.open();
    }, wait);
  }
}
