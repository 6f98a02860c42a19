import { z } from 'zod';
import { RECEIPT_FORMATS } from './billing';
import { mutation, query } from './contract';
import { id } from './fields';
import type { FileResult } from './files';
import { STOCK_READ_ROLES } from './stock';

/**
 * Everything Tram prints, each with a PDF sized for its paper: the three receipt-printer
 * documents (ticket, drug label, receipt), the pharmacy's slips and the prescription.
 */
export const PDF_KINDS = [
  'queueTicket',
  'label',
  'receipt',
  'goodsReceipt',
  'dispensingSlip',
  'prescription',
] as const;
export type PdfKind = (typeof PDF_KINDS)[number];

/** One printable, as its PDF procedure names it. */
export const printableRef = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('queueTicket'),
    visitId: id,
    width: z.union([z.literal(58), z.literal(80)]).default(80),
  }),
  z.object({ kind: z.literal('label'), prescriptionId: id, itemId: id.optional() }),
  z.object({
    kind: z.literal('receipt'),
    paymentId: id,
    format: z.enum(RECEIPT_FORMATS).default('80mm'),
  }),
  z.object({ kind: z.literal('goodsReceipt'), receiptId: id }),
  z.object({ kind: z.literal('dispensingSlip'), prescriptionId: id }),
  z.object({ kind: z.literal('prescription'), visitId: id }),
]);
export type PrintableRef = z.input<typeof printableRef>;

/**
 * The settings section `printing`: the operating-system printer each kind goes to without a
 * dialog in the desktop app (a PDF printed on an ordinary A4/A5 or label printer), where the
 * administrator chose one.
 */
export const printingSettings = z.object({
  osPrinters: z
    .object(
      Object.fromEntries(
        PDF_KINDS.map((kind) => [kind, z.string().trim().max(200).optional()]),
      ) as {
        [K in PdfKind]: z.ZodOptional<z.ZodString>;
      },
    )
    .prefault({}),
});
export type PrintingSettings = z.output<typeof printingSettings>;

export const documentsApi = {
  'prescriptions.labels': query<FileResult>()({
    input: z.object({ prescriptionId: id, itemId: id.optional() }),
    access: STOCK_READ_ROLES,
    returnsFile: true,
    summary:
      "Drug labels as a PDF, one page each, on the label printer's paper width (58 mm without one).",
  }),
  'stock.receiptSlip': query<FileResult>()({
    input: z.object({ receiptId: id }),
    access: STOCK_READ_ROLES,
    returnsFile: true,
    summary: 'A goods receipt (phiếu nhập kho) as an A4 PDF with its signature blocks.',
  }),
  'stock.dispensingSlip': query<FileResult>()({
    input: z.object({ prescriptionId: id }),
    access: STOCK_READ_ROLES,
    returnsFile: true,
    summary:
      'What was handed over for a prescription (phiếu phát thuốc), batches included, A5 PDF.',
  }),
  'documents.print': mutation<{ ok: true; printer: string }>()({
    input: z.object({ document: printableRef }),
    access: 'authenticated',
    summary:
      "Prints a document's PDF without a dialog on the OS printer chosen for its kind (desktop app); the caller needs the document's own procedure's role.",
  }),
} as const;
