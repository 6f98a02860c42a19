import { z } from 'zod';
import type { LocalizedText } from './result';
import { mutation, query } from './contract';
import { empty, id } from './fields';

/** What a printer can be assigned to print; each role belongs to at most one printer. */
export const PRINTER_ROLES = ['receipt', 'queueTicket', 'label'] as const;
export type PrinterRole = (typeof PRINTER_ROLES)[number];

/** Documents Tram prints on a receipt printer; the test page comes from devices.printers.test. */
export const PRINT_DOCUMENT_KINDS = [...PRINTER_ROLES, 'testPage'] as const;
export type PrintDocumentKind = (typeof PRINT_DOCUMENT_KINDS)[number];

export const PRINTER_WIDTHS = [384, 512, 576] as const;
export const BAUD_RATES = [1200, 2400, 4800, 9600, 19200, 38400, 57600, 115200] as const;
export const TRANSPORT_KINDS = ['tcp', 'spooler', 'device', 'serial', 'osDriver'] as const;
export type TransportKind = (typeof TRANSPORT_KINDS)[number];

const required = (max: number) => z.string().trim().min(1, 'validation.required').max(max);
const baudRate = z
  .number()
  .int()
  .refine((value) => (BAUD_RATES as readonly number[]).includes(value), 'devices.baudRate');

/** Host names and IPv4/IPv6 addresses; no scheme, no port, no spaces. */
const host = required(253).regex(/^[A-Za-z0-9.:_-]+$/, 'devices.host');

export const printerTransport = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('tcp'),
    host,
    port: z.number().int().min(1).max(65535).default(9100),
  }),
  /** Windows spooler, RAW datatype, by the printer's name in Windows. */
  z.object({ kind: z.literal('spooler'), printerName: required(200) }),
  /** A device file such as /dev/usb/lp0 (Linux) that takes raw ESC/POS. */
  z.object({ kind: z.literal('device'), path: required(300) }),
  z.object({ kind: z.literal('serial'), path: required(100), baudRate }),
  /** The vendor's OS driver: the same bitmap printed silently by the desktop app. */
  z.object({ kind: z.literal('osDriver'), printerName: required(200) }),
]);
export type PrinterTransportSpec = z.output<typeof printerTransport>;

export const printerTextMode = z.discriminatedUnion('kind', [
  /** Raster: the receipt as an image, which prints Vietnamese on every printer. */
  z.object({ kind: z.literal('off') }),
  z.object({ kind: z.literal('ascii') }),
  z.object({
    kind: z.literal('tcvn3'),
    /** ESC t number of the printer's TCVN-3 page (differs by maker: check its self-test). */
    codePage: z.number().int().min(0).max(255),
    /** ESC t number of the page holding toned capitals, where the printer has one. */
    upperCodePage: z.number().int().min(0).max(255).optional(),
  }),
]);
export type PrinterTextMode = z.output<typeof printerTextMode>;

export interface PrinterView {
  id: number;
  name: string;
  widthDots: (typeof PRINTER_WIDTHS)[number];
  transport: PrinterTransportSpec;
  cut: boolean;
  feedLines: number;
  textMode: PrinterTextMode;
  timeoutSeconds: number;
  roles: PrinterRole[];
  /** The connection in words, as the test page prints it. */
  connection: LocalizedText;
  updatedAt: string;
}

export interface PrintOutcome {
  ok: true;
  jobId: number;
  /** Bytes handed to the printer (the PNG's size on the OS-driver path). */
  bytes: number;
}

export interface PrintPreview {
  /** The 1-bit bitmap the printer gets, as a PNG (base64). */
  png: string;
  widthDots: number;
  heightDots: number;
  /** The printer is set to text mode: it prints the same lines in its own font. */
  textMode: boolean;
}

/**
 * A printable document's layout (text, rows, rules, QR and bar codes), as the server lays it
 * out; a workstation renders it for its own printer. See electron/devices/print/layout.ts.
 */
export interface PrintableLayout {
  blocks: readonly unknown[];
}

export interface PrintJobView {
  id: number;
  printerId: number | null;
  printerName: string;
  documentKind: PrintDocumentKind;
  documentId: number | null;
  status: 'sent' | 'failed';
  /** Why the last attempt failed. */
  error: LocalizedText | null;
  bytes: number;
  attempts: number;
  createdAt: string;
  createdBy: string | null;
  lastAttemptAt: string;
  lastAttemptBy: string | null;
}

export type ScannerState = 'off' | 'connected' | 'reconnecting' | 'unavailable';

export interface ScannerStatusView {
  state: ScannerState;
  message?: LocalizedText;
}

export interface HidScannerView {
  path: string;
  vendorId: number;
  productId: number;
  product?: string;
  manufacturer?: string;
  serialNumber?: string;
}

export interface SerialPortView {
  path: string;
  manufacturer?: string;
  vendorId?: string;
  productId?: string;
}

export interface ScannersView {
  /** HID POS scanners (usage page 0x8C) plugged in now. */
  hid: HidScannerView[];
  serialPorts: SerialPortView[];
  status: { hid: ScannerStatusView; serial: ScannerStatusView };
  /** Why a list is empty although devices may be there (a driver library failed to load). */
  problems: LocalizedText[];
}

/**
 * The settings section `scannerDevices`: scanners the backend opens itself (HID POS by path,
 * or by vendor and product id so a replug into another port still finds it; USB-COM by port).
 */
export const scannerDevicesSettings = z
  .object({
    hid: z
      .object({
        enabled: z.boolean().default(false),
        path: z.string().trim().max(500).optional(),
        vendorId: z.number().int().min(0).max(0xffff).optional(),
        productId: z.number().int().min(0).max(0xffff).optional(),
      })
      .prefault({}),
    serial: z
      .object({
        enabled: z.boolean().default(false),
        path: z.string().trim().max(100).default(''),
        baudRate: baudRate.default(9600),
      })
      .prefault({}),
  })
  .refine(
    ({ hid }) =>
      !hid.enabled ||
      Boolean(hid.path) ||
      (hid.vendorId !== undefined && hid.productId !== undefined),
    { message: 'devices.scanner.chooseDevice', path: ['hid', 'path'] },
  )
  .refine(({ serial }) => !serial.enabled || serial.path !== '', {
    message: 'validation.required',
    path: ['serial', 'path'],
  });
export type ScannerDevicesSettings = z.output<typeof scannerDevicesSettings>;

const printableDocument = z.object({ kind: z.enum(PRINTER_ROLES), id });

export const devicesApi = {
  'devices.printers.list': query<PrinterView[]>()({
    input: empty,
    access: 'authenticated',
    summary: 'Printer profiles with the roles each one prints.',
  }),
  'devices.printers.save': mutation<{ id: number }>()({
    input: z.object({
      id: id.optional(),
      name: required(100),
      widthDots: z.union(PRINTER_WIDTHS.map((w) => z.literal(w))),
      transport: printerTransport,
      cut: z.boolean(),
      feedLines: z.number().int().min(0).max(20).default(3),
      textMode: printerTextMode.default({ kind: 'off' }),
      timeoutSeconds: z.number().int().min(1).max(120).default(10),
      /** Assigning a role takes it from the printer that had it. Absent: roles unchanged. */
      roles: z.array(z.enum(PRINTER_ROLES)).max(PRINTER_ROLES.length).optional(),
    }),
    access: ['admin'],
    summary: 'Creates or changes a printer profile and the roles it prints.',
  }),
  'devices.printers.delete': mutation<{ ok: true }>()({
    input: z.object({ id }),
    access: ['admin'],
    summary: 'Removes a printer profile; its print history stays, under its name.',
  }),
  'devices.printers.test': mutation<PrintOutcome>()({
    input: z.object({ printerId: id }),
    access: ['admin'],
    summary:
      'Prints the test page (facility, every Vietnamese vowel in every tone, a QR); fails saying why.',
  }),
  'devices.printers.osPrinters': query<string[]>()({
    input: empty,
    access: ['admin'],
    summary: 'Printers installed in the operating system (desktop app only; empty in a browser).',
  }),
  'devices.print': mutation<PrintOutcome>()({
    input: z.object({ printerId: id.optional(), document: printableDocument }),
    access: 'authenticated',
    summary: 'Prints a receipt, queue ticket or label; without printerId, on the role printer.',
  }),
  'devices.preview': query<PrintPreview>()({
    input: z
      .object({
        printerId: id.optional(),
        document: z
          .discriminatedUnion('kind', [
            printableDocument,
            z.object({ kind: z.literal('testPage') }),
          ])
          .optional(),
        jobId: id.optional(),
      })
      .refine((v) => (v.document === undefined) !== (v.jobId === undefined), {
        message: 'devices.preview.documentOrJob',
        path: ['document'],
      })
      .refine((v) => v.document?.kind !== 'testPage' || v.printerId !== undefined, {
        message: 'validation.required',
        path: ['printerId'],
      }),
    access: 'authenticated',
    summary: "The bitmap a document (or a past job) prints as, at the printer's width, as a PNG.",
  }),
  'devices.document': query<PrintableLayout>()({
    input: printableDocument,
    access: 'authenticated',
    summary:
      "A receipt's, ticket's or label's layout, for a workstation to print locally; the document's own roles apply.",
  }),
  'devices.printJobs.list': query<PrintJobView[]>()({
    input: z
      .object({
        status: z.enum(['sent', 'failed']).optional(),
        beforeId: id.optional(),
        limit: z.number().int().min(1).max(200).default(50),
      })
      .default({ limit: 50 }),
    access: 'authenticated',
    summary: 'Print history, newest first.',
  }),
  'devices.printJobs.reprint': mutation<PrintOutcome>()({
    input: z.object({ jobId: id, printerId: id.optional() }),
    access: 'authenticated',
    summary: "Prints a past job's document again, on its printer or another one.",
  }),
  'devices.scanners.list': query<ScannersView>()({
    input: empty,
    access: ['admin'],
    summary: 'HID POS scanners and serial ports found now, and the scanner connections.',
  }),
  'devices.scanners.save': mutation<{ ok: true }>()({
    input: scannerDevicesSettings,
    access: ['admin'],
    summary: 'Chooses the HID POS scanner and the USB-COM scanner port, and restarts them.',
  }),
} as const;
