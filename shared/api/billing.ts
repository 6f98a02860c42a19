import { z } from 'zod';
import type { CoverageStatus, Scope } from '../domain/coverage';
import type { PaymentMethod } from '../domain/payment';
import type { Sex } from '../domain/cccd';
import type { VisitKind, VisitStatus } from '../domain/queue';
import type { Role } from '../domain/roles';
import { mutation, query } from './contract';
import { empty, id, requestId } from './fields';
import type { FileResult } from './files';
import type { LocalizedText } from './result';

/** Who works the cashier's desk; a single-doctor clinic's admin does it too. */
export const CASHIER_ROLES = ['admin', 'cashier'] as const satisfies readonly Role[];

export const PAYMENT_METHOD_VALUES = ['cash', 'transfer'] as const satisfies PaymentMethod[];
export const RECEIPT_FORMATS = ['80mm', 'A5'] as const;
export type ReceiptFormat = (typeof RECEIPT_FORMATS)[number];

const vnd = z.number().int().min(0).max(1_000_000_000_000);

export interface InvoiceLineView {
  kind: 'service' | 'drug';
  /** The service order or the prescription item billed. */
  refId: number;
  name: string;
  quantity: number;
  unitPrice: number;
  /** quantity × unitPrice (THANH_TIEN_BV). */
  amount: number;
  insurancePays: number;
  coPay: number;
  patientPays: number;
  otherSources: number;
  code: string;
  unit: string;
  insuredUnitPrice: number;
  /** TYLE_TT_BH. */
  coverageRatio: number;
  scope: Scope;
  covered: boolean;
  benefitPercent: number;
  insuredAmount: number;
  notes: LocalizedText[];
}

export interface PaymentView {
  id: number;
  invoiceId: number;
  /** Money in, money given back (hoàn trả), or the reversal of one of those. */
  kind: 'payment' | 'refund' | 'void';
  method: PaymentMethod;
  /** Signed: payments add, refunds take away, a void is the opposite of what it reverses. */
  amount: number;
  tendered: number | null;
  change: number | null;
  receiptBook: string | null;
  receiptNumber: number | null;
  reference: string | null;
  reason: string | null;
  /** For a void: the payment or refund it reverses. */
  reversesId: number | null;
  /** For a payment or refund: the void that reversed it. */
  voidedById: number | null;
  cashierId: number;
  cashierName: string;
  patientName: string;
  shiftId: number;
  shiftClosed: boolean;
  at: string;
}

export interface InvoiceView {
  invoiceId: number;
  visitId: number;
  total: number;
  /** T_BHTT. */
  insurancePays: number;
  /** T_BNCCT. */
  coPay: number;
  /** T_BNTT. */
  patientPays: number;
  /** T_NGUONKHAC. */
  otherSources: number;
  lines: InvoiceLineView[];
  /** coPay + patientPays: the patient's share. */
  patientDue: number;
  /** Net of payments, refunds and voids. */
  paid: number;
  /** What the patient still owes: patientDue − paid, at least 0. */
  due: number;
  /** What the patient paid beyond a share priced down since (a return): paid − patientDue. */
  refundDue: number;
  settled: boolean;
  settledAt: string | null;
  /**
   * The visit's claim was sent to the insurer: returns, voids and repricing are refused until
   * an admin reopens its month.
   */
  frozen: boolean;
  /** When the bill was last priced (by the write that changed it). */
  computedAt: string;
  coverage: {
    status: CoverageStatus;
    benefitLevel: number | null;
    benefitPercent: number;
    lowCostApplied: boolean;
    lowCostThreshold: number;
    reasons: LocalizedText[];
  };
  visit: { visitDate: string; queueNumber: number; kind: VisitKind; status: VisitStatus };
  patient: { id: number; code: string; fullName: string; birthYear: number; sex: Sex };
  card: { code: string; validFrom: string; validTo: string; registeredFacility: string } | null;
  payments: PaymentView[];
}

export interface PaymentResult {
  invoiceId: number;
  /** The receipt; null when a bill with nothing due was only settled. */
  receipt: PaymentView | null;
  change: number;
  paid: number;
  due: number;
  refundDue: number;
  settled: boolean;
  visitStatus: VisitStatus;
  /** For a transfer: the VietQR payload the patient scanned (amount and invoice reference). */
  vietQr: string | null;
}

export interface RefundResult {
  invoiceId: number;
  /** The phiếu chi: a negative ledger row with its number in the receipt book. */
  refund: PaymentView;
  paid: number;
  /** Still to give back after this refund. */
  refundDue: number;
  settled: boolean;
  visitStatus: VisitStatus;
}

export interface TransferQr {
  payload: string;
  /** The QR code as a PNG, base64. */
  png: string;
  amount: number;
  reference: string;
  bankName: string;
  account: string;
  payee: string;
}

export interface AwaitingVisit {
  visitId: number;
  visitDate: string;
  queueNumber: number;
  patientId: number;
  patientCode: string;
  fullName: string;
  birthYear: number;
  kind: VisitKind;
  status: VisitStatus;
  cardCode: string | null;
  /** Since when the visit has waited at the desk. */
  since: string;
  invoiceId: number | null;
  total: number | null;
  due: number | null;
  /** Money to give back (hoàn trả) after the bill was priced down. */
  refundDue: number | null;
}

export interface ShiftTotal {
  cashierId: number;
  cashierName: string;
  method: PaymentMethod;
  payments: number;
  collected: number;
  voids: number;
  /** Money given back (positive). */
  refunded: number;
  net: number;
}

export interface ShiftView {
  shiftId: number;
  scope: string;
  openedAt: string;
  openedByName: string;
  closedAt: string | null;
  closedByName: string | null;
  /** By cashier and method. */
  totals: ShiftTotal[];
  net: number;
  netCash: number;
  netTransfer: number;
  countedCash: number | null;
  /** countedCash − netCash, once counted. */
  cashDifference: number | null;
  note: string | null;
  payments: PaymentView[];
}

export const billingApi = {
  'billing.awaiting': query<AwaitingVisit[]>()({
    input: empty,
    access: CASHIER_ROLES,
    summary:
      'Visits waiting at the cash desk, and finished ones owed again (a void, drugs given later) or owed money back (a return).',
  }),
  'billing.invoice': query<InvoiceView>()({
    input: z.object({ visitId: id }),
    access: CASHIER_ROLES,
    summary:
      "The visit's invoice with the BHYT share per line, as the last write that changed the bill priced it (a read).",
  }),
  'billing.pay': mutation<PaymentResult>()({
    input: z.object({
      invoiceId: id,
      method: z.enum(PAYMENT_METHOD_VALUES),
      amount: vnd,
      tendered: vnd.optional(),
      /** Made up by the client for this payment; a retry with it gives the first receipt back. */
      requestId,
      /** The invoice total the cashier saw: a bill that changed since is refused (CONFLICT). */
      expectedTotal: vnd,
    }),
    access: CASHIER_ROLES,
    summary:
      'Takes a payment (partial allowed) with a numbered receipt; settling the patient share finishes the visit. Idempotent by requestId.',
  }),
  'billing.refund': mutation<RefundResult>()({
    input: z.object({
      invoiceId: id,
      /** At most what is owed back; all of it when not given. */
      amount: vnd.min(1).optional(),
      reason: z.string().trim().min(1).max(300).optional(),
      requestId,
    }),
    access: CASHIER_ROLES,
    summary:
      'Gives back in cash what was paid beyond a bill priced down (hoàn trả), as a numbered phiếu chi (admins and cashier supervisors). Idempotent by requestId.',
  }),
  'billing.transferQr': query<TransferQr>()({
    input: z.object({ invoiceId: id, amount: vnd.optional() }),
    access: CASHIER_ROLES,
    summary:
      "The VietQR code for a transfer of what is owed (or the amount given) to the station's bank.",
  }),
  'billing.void': mutation<PaymentView>()({
    input: z.object({
      paymentId: id,
      reason: z.string().trim().min(1, 'validation.required').max(300),
      requestId: requestId.optional(),
    }),
    access: CASHIER_ROLES,
    summary:
      'Reverses a payment or refund with the reason (admins and cashier supervisors); nothing is deleted. Idempotent by requestId.',
  }),
  'billing.currentShift': query<ShiftView | null>()({
    input: empty,
    access: CASHIER_ROLES,
    summary: "The caller's open shift with its running totals, or null.",
  }),
  'billing.closeShift': mutation<ShiftView>()({
    input: z.object({
      shiftId: id.optional(),
      countedCash: vnd.optional(),
      note: z.string().trim().max(300).optional(),
    }),
    access: CASHIER_ROLES,
    summary:
      'Closes the open shift: totals by cashier and method; its payments can no longer change.',
  }),
  'billing.shifts': query<ShiftView[]>()({
    input: z.object({ limit: z.number().int().min(1).max(100).default(20) }).default({ limit: 20 }),
    access: CASHIER_ROLES,
    summary: 'Recent shifts, newest first.',
  }),
  'billing.shiftReport': query<FileResult>()({
    input: z.object({ shiftId: id }),
    access: CASHIER_ROLES,
    returnsFile: true,
    summary: 'The shift report as an A4 PDF.',
  }),
  'billing.receipt': query<FileResult>()({
    input: z.object({ paymentId: id, format: z.enum(RECEIPT_FORMATS).default('80mm') }),
    access: CASHIER_ROLES,
    returnsFile: true,
    summary: 'A receipt as a PDF, 80 mm roll or A5; the thermal printer prints the same content.',
  }),
  'billing.costStatement': query<FileResult>()({
    input: z.object({ invoiceId: id }),
    access: CASHIER_ROLES,
    returnsFile: true,
    summary: 'Form 01/BV: the outpatient cost statement of an insured visit (A4 PDF).',
  }),
} as const;
