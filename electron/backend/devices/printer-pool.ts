import {
  createTransport,
  sendJob,
  type PrinterTransport,
  type TransportConfig,
} from '../../devices/print/transports';

interface Entry {
  /** The configuration the transport was made from; a changed profile gets a new one. */
  key: string;
  transport: PrinterTransport;
  /** The last job queued on this printer: jobs go out one after another, never interleaved. */
  tail: Promise<void>;
}

export type TransportFactory = (config: TransportConfig) => PrinterTransport;

/**
 * One transport object per printer, kept between jobs (it remembers a printer that never
 * answers status requests), and one job at a time per printer. Every job opens its own
 * connection or file handle, so a printer unplugged and plugged back in simply works again.
 */
export class PrinterPool {
  private readonly entries = new Map<number, Entry>();

  constructor(private readonly create: TransportFactory = createTransport) {}

  private entry(printerId: number, config: TransportConfig): Entry {
    const key = JSON.stringify(config);
    const known = this.entries.get(printerId);
    if (known?.key === key) return known;
    const entry: Entry = { key, transport: this.create(config), tail: Promise.resolve() };
    this.entries.set(printerId, entry);
    return entry;
  }

  send(
    printerId: number,
    config: TransportConfig,
    bytes: Uint8Array,
    timeoutMs: number,
  ): Promise<void> {
    const entry = this.entry(printerId, config);
    const job = entry.tail.then(() => sendJob(entry.transport, bytes, { timeoutMs }));
    entry.tail = job.catch(() => undefined);
    return job;
  }

  forget(printerId: number): void {
    this.entries.delete(printerId);
  }
}
