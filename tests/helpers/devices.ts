import type { Backend } from '../../electron/backend/backend';
import { getPrinter, printerProfile } from '../../electron/backend/devices/printers';
import type { PrinterProfile } from '../../electron/devices/print/escpos';
import type { PrintDocument } from '../../electron/devices/print/layout';
import type { InputOf } from '../../shared/api';
import { sampleReceipt } from '../bench/print-receipt';
import { expectOk, type setUpClinic } from './backend';

export type Call = Awaited<ReturnType<typeof setUpClinic>>['call'];
export type PrinterInput = InputOf<'devices.printers.save'>;

/** An 80 mm network printer profile on loopback. */
export function tcpPrinter(port: number, overrides: Partial<PrinterInput> = {}): PrinterInput {
  return {
    name: 'Máy in quầy thu ngân',
    widthDots: 576,
    transport: { kind: 'tcp', host: '127.0.0.1', port },
    cut: true,
    timeoutSeconds: 3,
    ...overrides,
  };
}

export async function addPrinter(call: Call, input: PrinterInput): Promise<number> {
  return expectOk(await call('devices.printers.save', input)).id;
}

/** The encoder profile the backend builds for a saved printer. */
export function savedProfile(backend: Backend, printerId: number): PrinterProfile {
  return printerProfile(getPrinter(backend.database.db, printerId));
}

/**
 * Stands in for the billing slice's receipt until it is merged: a real 80 mm receipt layout
 * (the benchmark's), registered the way billing will register its own builder.
 */
export function useSampleReceipts(backend: Backend): PrintDocument {
  const doc = sampleReceipt();
  backend.services.devices.documents.set('receipt', () => doc);
  return doc;
}
