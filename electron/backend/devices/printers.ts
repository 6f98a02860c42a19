import { asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { printerRoles, printers, type PrinterRow } from '../../../db/schema';
import type {
  PrinterRole,
  PrinterTextMode,
  PrinterTransportSpec,
  PrinterView,
} from '../../../shared/api/devices';
import type { MessageKey } from '../../../shared/i18n';
import type { PrintMode, PrinterProfile } from '../../devices/print/escpos';
import type { PaperWidth } from '../../devices/print/layout';
import { describeTransport, type TransportConfig } from '../../devices/print/transports';
import { notFound } from '../errors';

export interface PrinterInput {
  name: string;
  widthDots: PaperWidth;
  transport: PrinterTransportSpec;
  cut: boolean;
  feedLines: number;
  textMode: PrinterTextMode;
  timeoutSeconds: number;
  roles?: PrinterRole[] | undefined;
}

function rolesByPrinter(db: Db): Map<number, PrinterRole[]> {
  const byPrinter = new Map<number, PrinterRole[]>();
  for (const { role, printerId } of db
    .select()
    .from(printerRoles)
    .orderBy(printerRoles.role)
    .all()) {
    byPrinter.set(printerId, [...(byPrinter.get(printerId) ?? []), role]);
  }
  return byPrinter;
}

function toView(row: PrinterRow, roles: PrinterRole[]): PrinterView {
  const view: Omit<PrinterView, 'connection'> = {
    id: row.id,
    name: row.name,
    widthDots: row.widthDots as PaperWidth,
    transport: row.transport,
    cut: row.cut,
    feedLines: row.feedLines,
    textMode: row.textMode,
    timeoutSeconds: row.timeoutSeconds,
    roles,
    updatedAt: row.updatedAt,
  };
  return { ...view, connection: describeTransport(printerProfile(view).transport) };
}

export function listPrinters(db: Db): PrinterView[] {
  const roles = rolesByPrinter(db);
  return db
    .select()
    .from(printers)
    .orderBy(asc(printers.name))
    .all()
    .map((row) => toView(row, roles.get(row.id) ?? []));
}

export function getPrinter(db: Db, id: number): PrinterView {
  const row = db.select().from(printers).where(eq(printers.id, id)).get();
  if (!row) throw notFound('devices.printers.notFound');
  return toView(row, rolesByPrinter(db).get(id) ?? []);
}

const NO_PRINTER_FOR = {
  receipt: 'devices.printers.noReceiptPrinter',
  queueTicket: 'devices.printers.noQueueTicketPrinter',
  label: 'devices.printers.noLabelPrinter',
} as const satisfies Record<PrinterRole, MessageKey>;

/** The printer holding a role; not having one is a setup step staff are told about. */
export function printerForRole(db: Db, role: PrinterRole): PrinterView {
  const assigned = db.select().from(printerRoles).where(eq(printerRoles.role, role)).get();
  if (!assigned) throw notFound(NO_PRINTER_FOR[role]);
  return getPrinter(db, assigned.printerId);
}

export function findPrinterByName(db: Db, name: string): PrinterRow | undefined {
  return db.select().from(printers).where(eq(printers.name, name)).get();
}

/** Inserts or updates the profile; assigned roles move here from whichever printer had them. */
export function savePrinter(
  db: Db,
  id: number | undefined,
  input: PrinterInput,
  at: string,
  userId: number,
): number {
  const values = {
    name: input.name,
    widthDots: input.widthDots,
    transport: input.transport,
    cut: input.cut,
    feedLines: input.feedLines,
    textMode: input.textMode,
    timeoutSeconds: input.timeoutSeconds,
    updatedAt: at,
    updatedBy: userId,
  };
  let printerId: number;
  if (id === undefined) {
    printerId = db
      .insert(printers)
      .values({ ...values, createdAt: at })
      .returning({ id: printers.id })
      .get().id;
  } else {
    const updated = db.update(printers).set(values).where(eq(printers.id, id)).run();
    if (updated.changes === 0) throw notFound('devices.printers.notFound');
    printerId = id;
  }
  if (input.roles) {
    db.delete(printerRoles).where(eq(printerRoles.printerId, printerId)).run();
    if (input.roles.length > 0) {
      db.delete(printerRoles).where(inArray(printerRoles.role, input.roles)).run();
      db.insert(printerRoles)
        .values([...new Set(input.roles)].map((role) => ({ role, printerId })))
        .run();
    }
  }
  return printerId;
}

export function deletePrinter(db: Db, id: number): PrinterRow {
  const row = db.delete(printers).where(eq(printers.id, id)).returning().get();
  if (!row) throw notFound('devices.printers.notFound');
  return row;
}

/** The connection as electron/devices/print speaks it; null for the OS-driver path. */
export function transportConfig(spec: PrinterTransportSpec): TransportConfig | null {
  switch (spec.kind) {
    case 'tcp':
      return { kind: 'tcp', host: spec.host, port: spec.port };
    case 'spooler':
      return { kind: 'windows', printerName: spec.printerName };
    case 'device':
      return { kind: 'device', path: spec.path };
    case 'serial':
      return { kind: 'serial', path: spec.path, baudRate: spec.baudRate };
    case 'osDriver':
      return null;
  }
}

function printMode(textMode: PrinterTextMode): PrintMode {
  switch (textMode.kind) {
    case 'off':
      return { kind: 'raster' };
    case 'ascii':
      return { kind: 'text-ascii' };
    case 'tcvn3':
      return {
        kind: 'text-tcvn3',
        codePage: textMode.codePage,
        ...(textMode.upperCodePage !== undefined && { upperCodePage: textMode.upperCodePage }),
      };
  }
}

/** The encoder's profile. The OS driver always gets the bitmap, whatever the text mode says. */
export function printerProfile(printer: Omit<PrinterView, 'connection'>): PrinterProfile {
  const spec = printer.transport;
  // The test page names the connection; a driver-installed printer is a Windows printer.
  const transport =
    spec.kind === 'osDriver'
      ? ({ kind: 'windows', printerName: spec.printerName } as const)
      : transportConfig(spec);
  if (!transport) throw new Error(`No transport for ${spec.kind}`);
  return {
    name: printer.name,
    widthDots: printer.widthDots,
    cut: printer.cut ? 'partial' : 'none',
    feedLines: printer.feedLines,
    mode: spec.kind === 'osDriver' ? { kind: 'raster' } : printMode(printer.textMode),
    transport,
  };
}
