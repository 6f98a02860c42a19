import type { LocalizedText } from '../../../shared/api/result';
import { HID_POS_USAGE_PAGE, HidPosDecoder, type ScanEvent } from './hid-pos';

/** The slice of node-hid this file uses, so a test can stand in for the USB device. */
export interface HidDeviceInfo {
  path?: string;
  vendorId: number;
  productId: number;
  product?: string;
  manufacturer?: string;
  serialNumber?: string;
  usagePage?: number;
}

export interface HidHandle {
  on(event: 'data', listener: (data: Buffer) => void): unknown;
  on(event: 'error', listener: (error: unknown) => void): unknown;
  close(): void;
}

export interface HidModule {
  devices(): HidDeviceInfo[];
  open(path: string): HidHandle;
}

/**
 * node-hid is loaded on first use: its prebuilt binary needs Debian's libusb-1.0-0 on Linux,
 * and nothing but this file should fail when that library is missing.
 */
export async function loadNodeHid(): Promise<HidModule> {
  const hid = await import('node-hid');
  hid.getHidapiVersion(); // loads the native binding now, so a missing libusb shows up here
  return { devices: () => hid.devices(), open: (path) => new hid.HID(path) };
}

/** HID POS scanners only: keyboard-mode scanners belong to the OS and cannot be opened. */
export function listPosScanners(hid: HidModule): HidDeviceInfo[] {
  return hid.devices().filter((d) => d.usagePage === HID_POS_USAGE_PAGE && d.path);
}

export type ScannerStatus =
  | { state: 'connected'; message: LocalizedText }
  | { state: 'disconnected'; message: LocalizedText }
  | { state: 'unavailable'; message: LocalizedText };

/** Loads a scanner's native driver; when it cannot load, says so and gives null. */
export async function loadDriver<T>(
  load: () => Promise<T>,
  onStatus?: (status: ScannerStatus) => void,
): Promise<T | null> {
  try {
    return await load();
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    onStatus?.({
      state: 'unavailable',
      message: { key: 'devices.scanner.unavailable', params: { detail } },
    });
    return null;
  }
}

export type HidIdentity = Pick<HidDeviceInfo, 'vendorId' | 'productId' | 'serialNumber'>;

export interface HidScannerOptions {
  /** The path from listPosScanners; after a replug the same scanner is found by its ids. */
  path?: string;
  /** The scanner's ids, when it is chosen by model rather than by port (or is not plugged in). */
  match?: HidIdentity;
  onScan: (scan: ScanEvent) => void;
  onStatus?: (status: ScannerStatus) => void;
  hid?: HidModule;
  backoff?: { initialMs: number; maxMs: number };
}

const hex4 = (id: number): string => id.toString(16).padStart(4, '0');

/** One HID POS scanner kept open: reports go through the decoder; unplugs end in a reopen. */
export class HidScanner {
  private handle: HidHandle | null = null;
  private timer: NodeJS.Timeout | null = null;
  private delay: number;
  private stopped = false;
  private connected: boolean | null = null;
  private path: string;
  /** What staff see: the product name the scanner reports, else its path. */
  private label: string;
  private identity: HidIdentity | null;
  private readonly decoder = new HidPosDecoder();
  private hid: HidModule | null;

  constructor(private readonly options: HidScannerOptions) {
    this.identity = options.match ?? null;
    const ids = options.match;
    this.path = options.path ?? '';
    this.label = options.path ?? (ids ? `${hex4(ids.vendorId)}:${hex4(ids.productId)}` : '?');
    this.hid = options.hid ?? null;
    this.delay = options.backoff?.initialMs ?? 500;
  }

  async start(): Promise<void> {
    this.stopped = false;
    this.hid ??= await loadDriver(loadNodeHid, this.options.onStatus);
    if (this.hid) this.open();
  }

  stop(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.closeHandle();
  }

  private open(): void {
    const hid = this.hid;
    if (this.stopped || !hid) return;
    try {
      const info = this.locate(hid);
      if (!info?.path) throw new Error('not present');
      this.path = info.path;
      this.label = info.product ?? info.path;
      this.identity = {
        vendorId: info.vendorId,
        productId: info.productId,
        serialNumber: info.serialNumber,
      };
      const handle = hid.open(info.path);
      this.handle = handle;
      this.decoder.reset();
      handle.on('data', (data) => {
        const scan = this.decoder.feed(new Uint8Array(data));
        if (scan) this.options.onScan(scan);
      });
      handle.on('error', () => this.lost());
      this.delay = this.options.backoff?.initialMs ?? 500;
      this.connected = true;
      this.options.onStatus?.({
        state: 'connected',
        message: { key: 'devices.scanner.connected', params: { target: this.label } },
      });
    } catch {
      this.lost();
    }
  }

  /** The known path first; after a replug the OS may give the same scanner a new one. */
  private locate(hid: HidModule): HidDeviceInfo | undefined {
    const present = listPosScanners(hid);
    const id = this.identity;
    return (
      present.find((d) => d.path === this.path) ??
      (id
        ? present.find(
            (d) =>
              d.vendorId === id.vendorId &&
              d.productId === id.productId &&
              (id.serialNumber === undefined || d.serialNumber === id.serialNumber),
          )
        : undefined)
    );
  }

  private closeHandle(): void {
    const handle = this.handle;
    this.handle = null;
    try {
      handle?.close();
    } catch {
      // Closing an unplugged device can throw; it is gone either way.
    }
  }

  private lost(): void {
    this.closeHandle();
    if (this.stopped || this.timer) return;
    const retryInMs = this.delay;
    this.delay = Math.min(this.delay * 2, this.options.backoff?.maxMs ?? 10_000);
    // Said once per unplug, not on every retry.
    if (this.connected !== false) {
      this.options.onStatus?.({
        state: 'disconnected',
        message: { key: 'devices.scanner.disconnected', params: { target: this.label } },
      });
    }
    this.connected = false;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.open();
    }, retryInMs);
  }
}
