import type { PrintDocumentKind, PrintOutcome, PrinterView } from '../../../shared/api/devices';
import { encodeDocument } from '../../devices/print/escpos';
import type { PrintDocument } from '../../devices/print/layout';
import { osPrintJob } from '../../devices/print/os-driver';
import { fontsDirFor, renderDocument } from '../../devices/print/render';
import { PrinterError, timedOut } from '../../devices/print/transports';
import type { Prepared, UserCtx } from '../context';
import { AppError } from '../errors';
import { insertJob, recordAttempt, type Attempt } from './jobs';
import { printerProfile, transportConfig } from './printers';
import type { DevicesRuntime } from './runtime';

interface Delivered {
  /** The encoded job's size, sent or not. */
  bytes: number;
  error: PrinterError | null;
}

function withTimeout<T>(work: Promise<T>, target: string, timeoutMs: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(timedOut(target, timeoutMs)), timeoutMs);
  });
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}

async function throughOsDriver(
  devices: DevicesRuntime,
  printer: PrinterView & { transport: { kind: 'osDriver' } },
  doc: PrintDocument,
  fontsDir: string,
): Promise<Delivered> {
  const target = printer.transport.printerName;
  const job = osPrintJob(target, renderDocument(doc, { widthDots: printer.widthDots, fontsDir }));
  const port = devices.osPrinter;
  if (!port) {
    const error = new PrinterError('devices.printer.osDriverUnavailable', { target });
    return { bytes: job.png.length, error };
  }
  const result = await withTimeout(port.print(job), target, printer.timeoutSeconds * 1000);
  return {
    bytes: job.png.length,
    error: result.ok
      ? null
      : new PrinterError('devices.printer.failed', { target, detail: result.reason }, 'os-driver'),
  };
}

/** Lays the document out at the printer's width, encodes it and sends it; never loses why. */
export async function deliver(
  devices: DevicesRuntime,
  printer: PrinterView,
  doc: PrintDocument,
  fontsDir: string,
): Promise<Delivered> {
  try {
    const spec = printer.transport;
    if (spec.kind === 'osDriver') {
      return await throughOsDriver(devices, { ...printer, transport: spec }, doc, fontsDir);
    }
    const { bytes } = encodeDocument(doc, printerProfile(printer), { fontsDir });
    const config = transportConfig(spec);
    if (!config) throw new Error(`No transport for ${spec.kind}`);
    try {
      await devices.printers.send(printer.id, config, bytes, printer.timeoutSeconds * 1000);
      return { bytes: bytes.length, error: null };
    } catch (error) {
      if (error instanceof PrinterError) return { bytes: bytes.length, error };
      throw error;
    }
  } catch (error) {
    if (error instanceof PrinterError) return { bytes: 0, error };
    throw error;
  }
}

/** A new job for a document, or one more attempt at a job from the history. */
export type PrintTarget =
  | { kind: 'new'; documentKind: PrintDocumentKind; documentId: number | null }
  | { kind: 'again'; jobId: number };

/**
 * The print mutations' shape: render and send first, outside any transaction, then record the
 * attempt in one short write. A failed attempt is committed too (the document stays in the
 * history for a reprint) and the caller gets the printer's reason as the error.
 */
export async function printAndRecord(
  ctx: UserCtx,
  printer: PrinterView,
  doc: PrintDocument,
  target: PrintTarget,
  action: string,
): Promise<Prepared<PrintOutcome>> {
  const { bytes, error } = await deliver(ctx.devices, printer, doc, fontsDirFor(ctx.config));
  return {
    write: () => {
      const attempt: Attempt = {
        printer: { id: printer.id, name: printer.name },
        bytes,
        error,
        at: ctx.now.toISOString(),
        userId: ctx.user.id,
      };
      let jobId: number;
      if (target.kind === 'new') {
        const { documentKind, documentId } = target;
        jobId = insertJob(ctx.db, { documentKind, documentId, document: doc }, attempt);
      } else {
        recordAttempt(ctx.db, target.jobId, attempt);
        jobId = target.jobId;
      }
      const detail = { jobId, printerId: printer.id, printer: printer.name, bytes };
      if (error) {
        throw new AppError('CONFLICT', error.messageKey, {
          params: error.params,
          reason: 'printFailed',
          details: { jobId },
          commit: true,
          audit: { action, detail: { ...detail, error: error.messageKey } },
        });
      }
      ctx.audit.note({ entity: 'printJob', entityId: String(jobId), detail });
      return { ok: true, jobId, bytes };
    },
  };
}
