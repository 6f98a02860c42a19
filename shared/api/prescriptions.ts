import { z } from 'zod';
import type { Scope } from '../domain/coverage';
import type { DoseTake } from '../domain/dosing';
import type { PrescriptionIssue, PrescriptionType } from '../domain/prescription';
import { mutation, query } from './contract';
import { id } from './fields';
import type { FileResult } from './files';

/** Who may print a prescription again: the exam room, the pharmacy, nurses, the station head. */
export const PRESCRIPTION_PRINT_ROLES = ['doctor', 'nurse', 'pharmacist', 'admin'] as const;

export const MAX_PRESCRIPTION_ITEMS = 30;

export type DoseText = Record<DoseTake, string>;

export interface PrescriptionItemView {
  itemId: number;
  drugId: number;
  drugCode: string;
  /** As printed (TT 26/2025): "Amlodipin 5mg (Amlodipin Stada)". */
  displayName: string;
  /** Trade name. */
  name: string;
  ingredient: string;
  strength: string;
  dosageForm: string | null;
  unit: string;
  /** Amount per take as typed; '' when not taken then. */
  dose: DoseText;
  days: number;
  quantity: number;
  route: string | null;
  note: string | null;
  usage: string;
  unitPrice: number;
  insuredPrice: number | null;
  scope: Scope;
}

export interface PrescriptionView {
  prescriptionId: number;
  code: string;
  type: PrescriptionType;
  prescribedBy: { id: number; fullName: string };
  createdAt: string;
  updatedAt: string;
  items: PrescriptionItemView[];
}

/** A problem found by the checks, with the input path it belongs to when it has one. */
export interface RxIssue extends PrescriptionIssue {
  /** "items.0.drugId", "items.1.days", "items.0.dose.morning". */
  path?: string;
}

export interface RxLineReview {
  drugId: number;
  /** Null while the dose or days do not compute. */
  quantity: number | null;
  usage: string;
  unit: string;
  onHand: number;
  inBhytScope: boolean;
}

/** What the checks say about a prescription as typed, without saving it. */
export interface PrescriptionReview {
  items: RxLineReview[];
  /** Refusals: saving is refused while any remain. */
  errors: RxIssue[];
  warnings: RxIssue[];
  chronic: boolean;
  maxDays: number;
}

export interface SavedPrescription {
  prescriptionId: number;
  code: string;
  items: { itemId: number; drugId: number; quantity: number; usage: string }[];
  warnings: RxIssue[];
}

const doseAmount = z
  .union([z.string().trim().max(20, 'validation.tooLong'), z.number().min(0).max(1000)])
  .nullish();

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, 'validation.tooLong')
    .nullish()
    .transform((value) => value || null);

export const prescriptionInput = z.object({
  visitId: id,
  items: z
    .array(
      z.object({
        drugId: id,
        dose: z.object({
          morning: doseAmount,
          noon: doseAmount,
          afternoon: doseAmount,
          evening: doseAmount,
        }),
        days: z.number().int('validation.integer').min(1).max(366),
        route: optionalText(100),
        note: optionalText(200),
      }),
    )
    .max(MAX_PRESCRIPTION_ITEMS),
});

export const prescriptionsApi = {
  'prescriptions.check': query<PrescriptionReview>()({
    input: prescriptionInput,
    access: ['doctor'],
    summary:
      'Runs the prescription checks on the lines as typed (quantities, usage, refusals, warnings) without saving.',
  }),
  'prescriptions.save': mutation<SavedPrescription>()({
    input: prescriptionInput,
    access: ['doctor'],
    summary:
      "Saves the visit's prescription (replacing its lines): quantities rounded up, a national code on first save; refusals fail, warnings are returned.",
  }),
  'prescriptions.remove': mutation<{ visitId: number }>()({
    input: z.object({ visitId: id }),
    access: ['doctor'],
    summary: 'Takes the prescription off a visit still in the exam room.',
  }),
  'documents.prescription': query<FileResult>()({
    input: z.object({ visitId: id }),
    access: PRESCRIPTION_PRINT_ROLES,
    returnsFile: true,
    summary: 'The prescription as an A5 PDF (TT 26/2025 layout) with its code as a QR.',
  }),
} as const;
