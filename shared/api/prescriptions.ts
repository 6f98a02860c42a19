import { z } from 'zod';
import type { Scope } from '../domain/coverage';
import type { DoseTake } from '../domain/dosing';
import {
  PRESCRIPTION_TYPES,
  type PrescriptionIssue,
  type PrescriptionType,
} from '../domain/prescription';
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

const required = (max: number) => z.string().trim().min(1, 'validation.required').max(max);

/**
 * The national e-prescription system's prescription (QĐ 808/QĐ-BYT's "gửi đơn thuốc"), as an
 * upload adapter will send it: field names and formats are the system's own.
 */
export const nationalPrescriptionSchema = z
  .object({
    ma_don_thuoc: z.string().regex(/^[0-9A-Z]{12}-[cnhy]$/),
    loai_don_thuoc: z.enum(PRESCRIPTION_TYPES),
    ho_ten_benh_nhan: required(255),
    /** CCCD, 12 digits; left out when the patient has none on record. */
    ma_dinh_danh_cong_dan: z
      .string()
      .regex(/^\d{12}$/)
      .optional(),
    /** dd/mm/yyyy; the year alone when only it is known. */
    ngay_sinh_benh_nhan: z.string().regex(/^(\d{2}\/\d{2}\/)?\d{4}$/),
    /** Kilograms; required under 72 months (TT 26/2025). */
    can_nang: z.number().positive().max(500).optional(),
    /** The system's codes: 2 male, 3 female (1 is "not determined"). */
    gioi_tinh: z.union([z.literal(2), z.literal(3)]),
    ma_so_the_bao_hiem_y_te: z
      .string()
      .regex(/^[A-Z]{2}\d{13}$/)
      .optional(),
    /** The accompanying adult of a child under 72 months. */
    thong_tin_nguoi_giam_ho: z.string().trim().min(1).max(255).optional(),
    dia_chi: required(1024),
    chan_doan: z
      .array(
        z.object({
          ma_chan_doan: required(10),
          ten_chan_doan: required(1024),
          ket_luan: z.string().max(1024),
        }),
      )
      .min(1),
    thong_tin_don_thuoc: z
      .array(
        z.object({
          ma_thuoc: required(255),
          biet_duoc: required(1024),
          ten_thuoc: required(1024),
          don_vi_tinh: required(50),
          so_luong: z.number().int().positive(),
          cach_dung: required(1024),
        }),
      )
      .min(1)
      .max(MAX_PRESCRIPTION_ITEMS),
    loi_dan: z.string().max(4000),
    /** Days from the prescription to the re-exam (the system wants a count, not a date). */
    ngay_tai_kham: z.number().int().min(0).optional(),
    /** yyyy-MM-dd HH:mm:ss, Vietnam time. */
    ngay_gio_ke_don: z.string().regex(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/),
  })
  .superRefine((value, ctx) => {
    if (value.thong_tin_nguoi_giam_ho !== undefined && value.can_nang === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['can_nang'],
        message: 'clinical.rx.childWeightRequired',
      });
    }
  });

export type NationalPrescription = z.output<typeof nationalPrescriptionSchema>;

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
  'prescriptions.nationalPayload': query<NationalPrescription>()({
    input: z.object({ prescriptionId: id }),
    access: PRESCRIPTION_PRINT_ROLES,
    summary:
      'The prescription as the national e-prescription system takes it (QĐ 808 field names), checked against its schema.',
  }),
  'documents.prescription': query<FileResult>()({
    input: z.object({ visitId: id }),
    access: PRESCRIPTION_PRINT_ROLES,
    returnsFile: true,
    summary: 'The prescription as an A5 PDF (TT 26/2025 layout) with its code as a QR.',
  }),
} as const;
