import { z } from 'zod';
import type { VisitKind, VisitStatus } from '../domain/queue';
import type { Role } from '../domain/roles';
import { mutation, query } from './contract';
import { empty, id, isoDate, requestId } from './fields';
import type { FileResult } from './files';
import type { PatientSummary } from './patients';

/** Who keeps the store: receives, dispenses, adjusts, counts. */
export const STOCK_ROLES = ['pharmacist', 'admin'] as const satisfies readonly Role[];
/** Doctors see what is in stock when they prescribe. */
export const STOCK_READ_ROLES = [
  'pharmacist',
  'admin',
  'doctor',
] as const satisfies readonly Role[];

export const MAX_RECEIPT_LINES = 200;
export const MAX_STOCK_QUANTITY = 10_000_000;

/** One batch in the store with what it holds. */
export interface OnHandRow {
  batchId: number;
  drugId: number;
  /** MA_THUOC. */
  drugCode: string;
  drugName: string;
  ingredient: string;
  strength: string;
  unit: string;
  lot: string;
  /** YYYY-MM-DD. */
  expiry: string;
  quantity: number;
  unitCost: number;
  /** quantity × unitCost, VND. */
  value: number;
  /** Past its expiry day: never dispensed, waits for write-off. */
  expired: boolean;
  /** The drug's minimum level, when one is set. */
  minimum: number | null;
}

export interface ReceiptLineView {
  batchId: number;
  drugId: number;
  drugName: string;
  unit: string;
  lot: string;
  expiry: string;
  quantity: number;
  unitCost: number;
  amount: number;
}

export interface GoodsReceiptView {
  id: number;
  supplier: string | null;
  invoiceNo: string | null;
  /** The invoice's date, YYYY-MM-DD. */
  date: string;
  receivedAt: string;
  receivedBy: string;
  lines: ReceiptLineView[];
  total: number;
}

export interface Allocation {
  itemId: number;
  drugId: number;
  batchId: number;
  lot: string;
  expiry: string;
  quantity: number;
}

export interface Owed {
  itemId: number;
  quantity: number;
}

export interface DispenseResult {
  prescriptionId: number;
  allocations: Allocation[];
  /** Items still owed after this hand-over (only those with something owed). */
  owed: Owed[];
  visitStatus: VisitStatus;
}

/** A batch that went to the patient for an item, net of returns. */
export interface GivenBatch {
  batchId: number;
  lot: string;
  expiry: string;
  quantity: number;
}

export interface DispenseItemView {
  itemId: number;
  position: number;
  drugId: number;
  drugCode: string;
  drugName: string;
  ingredient: string;
  strength: string;
  unit: string;
  usage: string;
  prescribed: number;
  /** Given, net of returns: what billing charges for. */
  dispensed: number;
  /** No longer to be given (brought back unused, or closed by the pharmacist). */
  closed: number;
  owed: number;
  /** Usable stock today, all batches. */
  available: number;
  /** How the owed quantity would be taken now (first expiry first out). */
  plan: Omit<Allocation, 'itemId' | 'drugId'>[];
  given: GivenBatch[];
}

export interface DispensePrescriptionView {
  prescriptionId: number;
  code: string;
  visitId: number;
  visitDate: string;
  visitKind: VisitKind;
  visitStatus: VisitStatus;
  queueNumber: number;
  patient: PatientSummary;
  doctor: string;
  createdAt: string;
  items: DispenseItemView[];
}

export interface AwaitingPrescription {
  prescriptionId: number;
  code: string;
  visitId: number;
  visitDate: string;
  visitKind: VisitKind;
  queueNumber: number;
  patient: PatientSummary;
  doctor: string;
  createdAt: string;
  /** new: not handed over yet (visit awaiting pharmacy); owed: handed over with some still owed. */
  state: 'new' | 'owed';
  items: number;
  owedItems: number;
}

export interface ReturnResult {
  itemId: number;
  batchId: number;
  quantity: number;
  dispensed: number;
  owed: number;
}

export interface LowStock {
  drugId: number;
  drugCode: string;
  drugName: string;
  unit: string;
  minimum: number;
  /** Usable stock today. */
  onHand: number;
}

export interface StockAlerts {
  expiryWindowDays: number;
  /** Batches in stock that have expired or expire within the window, soonest first. */
  expiring: OnHandRow[];
  low: LowStock[];
}

export interface BatchRecipient {
  prescriptionId: number;
  prescriptionCode: string;
  visitDate: string;
  patient: PatientSummary;
  quantity: number;
}

export const STOCK_COUNT_STATUSES = ['open', 'confirmed', 'cancelled'] as const;
export type StockCountStatus = (typeof STOCK_COUNT_STATUSES)[number];

export interface StockCountLine {
  batchId: number;
  drugId: number;
  drugCode: string;
  drugName: string;
  unit: string;
  lot: string;
  expiry: string;
  unitCost: number;
  /** The book quantity when the count was entered (when the sheet was started, until then). */
  expected: number;
  counted: number | null;
  /** counted − expected. */
  difference: number | null;
  differenceValue: number | null;
  /** The adjustment made on confirming. */
  adjusted: number | null;
}

export interface StockCountView {
  id: number;
  status: StockCountStatus;
  note: string | null;
  startedAt: string;
  startedBy: string;
  reason: string | null;
  closedAt: string | null;
  closedBy: string | null;
  lines: StockCountLine[];
  countedLines: number;
  /** Counted lines whose count differs from the book. */
  differences: number;
}

/** The report's columns, in order. */
export const MOVEMENT_PARTS = [
  'opening',
  'received',
  'dispensed',
  'writtenOff',
  'adjusted',
  'closing',
] as const;

export interface MovementAmount {
  quantity: number;
  /** VND at each batch's unit cost. */
  value: number;
}

/** One drug in the nhập – xuất – tồn report: opening + received − dispensed − writtenOff + adjusted = closing. */
export interface MovementRow {
  drugId: number;
  drugCode: string;
  drugName: string;
  unit: string;
  opening: MovementAmount;
  received: MovementAmount;
  /** Given to patients, net of what they brought back. */
  dispensed: MovementAmount;
  /** Expired stock written off. */
  writtenOff: MovementAmount;
  /** Adjustments and stock-take differences, signed. */
  adjusted: MovementAmount;
  closing: MovementAmount;
}

export type MovementTotals = Omit<MovementRow, 'drugId' | 'drugCode' | 'drugName' | 'unit'>;

export interface MovementReport {
  from: string;
  to: string;
  rows: MovementRow[];
  totals: MovementTotals;
}

const quantity = z
  .number()
  .int('validation.integer')
  .positive('pharmacy.quantity.positive')
  .max(MAX_STOCK_QUANTITY);
const vnd = z.number().int('validation.integer').min(0).max(1_000_000_000);
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((v) => (v ? v : undefined));
const reason = z.string().trim().min(1, 'pharmacy.reason.required').max(300);
const inOrder = (p: { from: string; to: string }): boolean => p.from <= p.to;
const outOfOrder = { message: 'pharmacy.period.order', path: ['to'] };

export const receiptLine = z.object({
  drugId: id,
  lot: z.string().trim().min(1, 'validation.required').max(50),
  expiry: isoDate,
  quantity,
  unitCost: vnd,
});

export const stockApi = {
  'stock.receive': mutation<GoodsReceiptView>()({
    input: z.object({
      supplier: optionalText(200),
      invoiceNo: optionalText(50),
      /** The invoice's date; today when not given. */
      date: isoDate.optional(),
      note: optionalText(300),
      lines: z.array(receiptLine).min(1, 'pharmacy.receive.noLines').max(MAX_RECEIPT_LINES),
    }),
    access: STOCK_ROLES,
    summary:
      'Records a goods receipt (phiếu nhập) in one transaction; a line with a known drug, lot and expiry adds to that batch.',
  }),
  'stock.onHand': query<OnHandRow[]>()({
    input: z
      .object({ drugId: id.optional(), includeExpired: z.boolean().default(false) })
      .default({ includeExpired: false }),
    access: STOCK_READ_ROLES,
    summary: 'Batches in stock per drug, earliest expiry first; expired ones only when asked.',
  }),
  'stock.adjust': mutation<OnHandRow>()({
    input: z.object({
      batchId: id,
      /** Signed: +3 found, −2 broken. */
      quantity: z
        .number()
        .int('validation.integer')
        .min(-MAX_STOCK_QUANTITY)
        .max(MAX_STOCK_QUANTITY)
        .refine((q) => q !== 0, 'pharmacy.adjust.zero'),
      reason,
    }),
    access: STOCK_ROLES,
    summary: 'Adds to or takes from a batch outside dispensing, with the reason.',
  }),
  'stock.writeOffExpired': mutation<{ batchId: number; quantity: number }[]>()({
    input: z.object({
      batchIds: z.array(id).min(1).max(500),
      reason: optionalText(300),
    }),
    access: STOCK_ROLES,
    summary: 'Writes off everything left in expired batches (xuất hủy thuốc hết hạn).',
  }),
  'stock.setMinimum': mutation<{ drugId: number; minimum: number | null }>()({
    input: z.object({
      drugId: id,
      minimum: z.number().int('validation.integer').min(0).max(MAX_STOCK_QUANTITY).nullable(),
    }),
    access: STOCK_ROLES,
    summary: 'Sets the level below which a drug shows as low in stock; null or 0 clears it.',
  }),
  'stock.alerts': query<StockAlerts>()({
    input: empty,
    access: STOCK_READ_ROLES,
    summary:
      'Batches expired or expiring within the window (setting), and drugs below their minimum.',
  }),
  'stock.awaiting': query<AwaitingPrescription[]>()({
    input: empty,
    access: STOCK_ROLES,
    summary:
      'Prescriptions waiting at the pharmacy: visits not handed over yet, then recent ones with drugs still owed.',
  }),
  'stock.prescription': query<DispensePrescriptionView>()({
    input: z.object({ prescriptionId: id }),
    access: STOCK_ROLES,
    summary:
      'A prescription as the pharmacist dispenses it: owed quantities, the FEFO plan, and the batches already given (recalls).',
  }),
  'stock.dispense': mutation<DispenseResult>()({
    input: z.object({
      prescriptionId: id,
      /** What to give now per item (at most what is owed); all that is owed when not given. */
      lines: z
        .array(z.object({ itemId: id, quantity: z.number().int('validation.integer').min(0) }))
        .max(100)
        // An item twice would be given twice: one line per item, with the quantity to give.
        .refine(
          (lines) => new Set(lines.map((l) => l.itemId)).size === lines.length,
          'pharmacy.dispense.itemTwice',
        )
        .optional(),
      /** Made up by the client for this hand-over; a retry with it gives the first result back. */
      requestId: requestId.optional(),
    }),
    access: STOCK_ROLES,
    summary:
      'Hands a prescription over: allocates from batches not expired today, earliest expiry first; what stock cannot cover stays owed. Moves the visit on to the cashier and reprices its bill. Idempotent by requestId.',
  }),
  'stock.return': mutation<ReturnResult>()({
    input: z.object({
      itemId: id,
      /** Needed when the item was given from more than one batch. */
      batchId: id.optional(),
      quantity,
      reason: optionalText(300),
      /** The patient is to get it again (an exchange): the quantity becomes owed again. */
      reissue: z.boolean().default(false),
    }),
    access: STOCK_ROLES,
    summary: 'Takes drugs a patient brings back into the batch they came from.',
  }),
  'stock.closeOwed': mutation<{ itemId: number; closed: number; visitStatus: VisitStatus }>()({
    input: z.object({ itemId: id, reason }),
    access: STOCK_ROLES,
    summary: 'Stops owing the rest of an item (the patient will not come for it).',
  }),
  'stock.batchRecipients': query<BatchRecipient[]>()({
    input: z.object({ batchId: id }),
    access: STOCK_ROLES,
    summary: 'Who was given drugs from a batch, for a recall.',
  }),
  'stock.count.start': mutation<StockCountView>()({
    input: z.object({ note: optionalText(300) }),
    access: STOCK_ROLES,
    summary: 'Starts a stock-take with the book quantity of every batch in stock.',
  }),
  'stock.count': mutation<StockCountView>()({
    input: z.object({
      countId: id,
      lines: z
        .array(
          z.object({
            batchId: id,
            counted: z.number().int('validation.integer').min(0).max(MAX_STOCK_QUANTITY).nullable(),
          }),
        )
        .min(1)
        .max(5000),
    }),
    access: STOCK_ROLES,
    summary:
      'Enters counted quantities on the open stock-take (null clears one) and returns the differences.',
  }),
  'stock.count.get': query<StockCountView | null>()({
    input: z.object({ countId: id.optional() }).default({}),
    access: STOCK_ROLES,
    summary: 'A stock-take; the open one when no id is given (null when none is open).',
  }),
  'stock.count.confirm': mutation<StockCountView>()({
    input: z.object({ countId: id, reason }),
    access: STOCK_ROLES,
    summary: 'Confirms the counted differences as adjustments and closes the stock-take.',
  }),
  'stock.count.cancel': mutation<StockCountView>()({
    input: z.object({ countId: id }),
    access: STOCK_ROLES,
    summary: 'Abandons the open stock-take without changing stock.',
  }),
  'stock.count.sheet': query<FileResult>()({
    input: z.object({ countId: id }),
    access: STOCK_ROLES,
    returnsFile: true,
    summary: 'The stock-take sheet (biên bản kiểm kê) as a PDF.',
  }),
  'stock.movements': query<MovementReport>()({
    input: z.object({ from: isoDate, to: isoDate }).refine(inOrder, outOfOrder),
    access: STOCK_ROLES,
    summary: 'The nhập – xuất – tồn figures per drug for a period, in quantity and VND.',
  }),
  'stock.movementReport': query<FileResult>()({
    input: z
      .object({ from: isoDate, to: isoDate, format: z.enum(['xlsx', 'pdf']) })
      .refine(inOrder, outOfOrder),
    access: STOCK_ROLES,
    returnsFile: true,
    summary: 'The stock movement report (báo cáo nhập – xuất – tồn) as xlsx or PDF.',
  }),
  'stock.expiryReport': query<FileResult>()({
    input: z.object({ withinDays: z.number().int().min(0).max(3650).optional() }).default({}),
    access: STOCK_ROLES,
    returnsFile: true,
    summary:
      'Batches in stock that have expired or expire within the days given (the alert window by default), as a PDF.',
  }),
} as const;
