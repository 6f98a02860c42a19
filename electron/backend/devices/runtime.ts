import type { OsPrinter } from '../../devices/print/os-driver';
import type { EventBus } from '../events';
import type { DocumentBuilders } from './documents';
import { PrinterPool, type TransportFactory } from './printer-pool';
import { ScannerService, type ScannerDeps } from './scanner-service';

export interface DevicesOptions {
  scanners?: ScannerDeps;
  /** Printer connections; the real TCP/device/serial/spooler ones unless a test says otherwise. */
  transports?: TransportFactory;
}

/** The backend's long-lived device state: open printer transports, scanners, the OS printer. */
export interface DevicesRuntime {
  printers: PrinterPool;
  /** One builder per printable kind; other slices register theirs (receipt, queue ticket). */
  documents: DocumentBuilders;
  /** Set by the desktop shell (electron/main.ts); null in web mode. */
  osPrinter: OsPrinter | null;
  scanners: ScannerService;
}

export function createDevicesRuntime(
  events: EventBus,
  options: DevicesOptions = {},
): DevicesRuntime {
  return {
    printers: new PrinterPool(options.transports),
    documents: new Map(),
    osPrinter: null,
    scanners: new ScannerService(
      (scan) => events.emit('scanner.scan', { text: scan.text, via: scan.via }),
      options.scanners,
    ),
  };
}
