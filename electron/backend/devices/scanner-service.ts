import type {
  HidScannerView,
  ScannerDevicesSettings,
  ScannerStatusView,
  ScannersView,
  SerialPortView,
} from '../../../shared/api/devices';
import type { LocalizedText } from '../../../shared/api/result';
import {
  HidScanner,
  listPosScanners,
  loadNodeHid,
  type HidModule,
  type ScannerStatus,
} from '../../devices/scan/hid-device';
import type { ScanEvent } from '../../devices/scan/hid-pos';
import { SerialScanner, type SerialScannerPortFactory } from '../../devices/scan/serial-scanner';

/** The hardware seams: tests hand in stand-ins for the USB device, never for the decoding. */
export interface ScannerDeps {
  /** node-hid; loaded on first use when absent. */
  hid?: HidModule;
  openSerialPort?: SerialScannerPortFactory;
  listSerialPorts?: () => Promise<SerialPortView[]>;
  backoff?: { initialMs: number; maxMs: number };
}

const OFF: ScannerStatusView = { state: 'off' };

function statusView(status: ScannerStatus): ScannerStatusView {
  const state = status.state === 'disconnected' ? 'reconnecting' : status.state;
  return { state, message: status.message };
}

function problem(error: unknown): LocalizedText {
  const detail = error instanceof Error ? error.message : String(error);
  return { key: 'devices.scanner.unavailable', params: { detail } };
}

/** The fields of serialport's PortInfo used here (its types do not resolve from this package). */
interface PortInfo {
  path: string;
  manufacturer?: string;
  vendorId?: string;
  productId?: string;
}

async function nativeSerialPorts(): Promise<SerialPortView[]> {
  const { SerialPort } = await import('serialport');
  const ports = (await SerialPort.list()) as unknown as PortInfo[];
  return ports.map((port) => ({
    path: port.path,
    ...(port.manufacturer && { manufacturer: port.manufacturer }),
    ...(port.vendorId && { vendorId: port.vendorId }),
    ...(port.productId && { productId: port.productId }),
  }));
}

/**
 * The scanners the backend owns (HID POS and USB-COM), run as the settings say. Every scan
 * goes to onScan (the backend emits it as `scanner.scan`); unplugs end in quiet reconnects.
 */
export class ScannerService {
  private hidScanner: HidScanner | null = null;
  private serialScanner: SerialScanner | null = null;
  private hidStatus: ScannerStatusView = OFF;
  private serialStatus: ScannerStatusView = OFF;
  private hidModule: Promise<HidModule> | null = null;
  /** Bumped on every apply, so a start still loading node-hid cannot outlive a newer one. */
  private generation = 0;

  constructor(
    private readonly onScan: (scan: ScanEvent) => void,
    private readonly deps: ScannerDeps = {},
  ) {}

  private loadHid(): Promise<HidModule> {
    if (this.deps.hid) return Promise.resolve(this.deps.hid);
    this.hidModule ??= loadNodeHid().catch((error: unknown) => {
      this.hidModule = null;
      throw error;
    });
    return this.hidModule;
  }

  status(): ScannersView['status'] {
    return { hid: this.hidStatus, serial: this.serialStatus };
  }

  /** Stops what runs and starts what the settings ask for; resolves once both are started. */
  async apply(settings: ScannerDevicesSettings): Promise<void> {
    this.stop();
    const generation = this.generation;
    const { hid, serial } = settings;
    const starts: Promise<void>[] = [];
    if (serial.enabled && serial.path) {
      const scanner = new SerialScanner({
        path: serial.path,
        baudRate: serial.baudRate,
        onScan: this.onScan,
        onStatus: (status) => {
          if (this.serialScanner === scanner) this.serialStatus = statusView(status);
        },
        ...(this.deps.openSerialPort && { openPort: this.deps.openSerialPort }),
        ...(this.deps.backoff && { backoff: this.deps.backoff }),
      });
      this.serialScanner = scanner;
      this.serialStatus = { state: 'reconnecting' };
      starts.push(scanner.start());
    }
    if (hid.enabled) starts.push(this.startHid(hid, generation));
    await Promise.all(starts);
  }

  private async startHid(
    settings: ScannerDevicesSettings['hid'],
    generation: number,
  ): Promise<void> {
    this.hidStatus = { state: 'reconnecting' };
    let module: HidModule;
    try {
      module = await this.loadHid();
    } catch (error) {
      if (generation === this.generation) {
        this.hidStatus = { state: 'unavailable', message: problem(error) };
      }
      return;
    }
    if (generation !== this.generation) return;
    const { path, vendorId, productId } = settings;
    const scanner = new HidScanner({
      hid: module,
      ...(path && { path }),
      ...(vendorId !== undefined && productId !== undefined && { match: { vendorId, productId } }),
      onScan: this.onScan,
      onStatus: (status) => {
        if (this.hidScanner === scanner) this.hidStatus = statusView(status);
      },
      ...(this.deps.backoff && { backoff: this.deps.backoff }),
    });
    this.hidScanner = scanner;
    await scanner.start();
  }

  /** What is plugged in now; a driver library that cannot load is reported, not thrown. */
  async list(): Promise<ScannersView> {
    const problems: LocalizedText[] = [];
    let hid: HidScannerView[] = [];
    try {
      hid = listPosScanners(await this.loadHid()).map((d) => ({
        path: d.path ?? '',
        vendorId: d.vendorId,
        productId: d.productId,
        ...(d.product && { product: d.product }),
        ...(d.manufacturer && { manufacturer: d.manufacturer }),
        ...(d.serialNumber && { serialNumber: d.serialNumber }),
      }));
    } catch (error) {
      problems.push(problem(error));
    }
    let serialPorts: SerialPortView[] = [];
    try {
      serialPorts = await (this.deps.listSerialPorts ?? nativeSerialPorts)();
    } catch (error) {
      problems.push(problem(error));
    }
    return { hid, serialPorts, status: this.status(), problems };
  }

  stop(): void {
    this.generation++;
    this.hidScanner?.stop();
    this.serialScanner?.stop();
    this.hidScanner = null;
    this.serialScanner = null;
    this.hidStatus = OFF;
    this.serialStatus = OFF;
  }
}
