import { z } from 'zod';
import type { Sex } from '../domain/cccd';
import type { Priority, VisitKind, VisitStatus } from '../domain/queue';
import type { VitalField } from '../domain/vitals';
import type { ResultIndexView, ServiceCategory } from './catalog';
import { mutation, query } from './contract';
import { empty, facilityCode, id, isoDate } from './fields';
import type { PrescriptionView } from './prescriptions';
import type { LocalizedText } from './result';
import type { QueueEntry } from './visits';

/** The doctor's work: taking patients, the record of the exam, orders, finishing. */
export const EXAM_ROLES = ['doctor'] as const;
/** Who may open a visit's clinical record: the exam room, nurses, the station head. */
export const CLINICAL_READ_ROLES = ['doctor', 'nurse', 'admin'] as const;
/** Vitals are often measured by a nurse while the patient waits. */
export const VITALS_ROLES = ['doctor', 'nurse'] as const;

export const MAX_SECONDARY_DIAGNOSES = 12;
export const MAX_NOTE_LENGTH = 2000;

export interface WorklistEntry extends QueueEntry {
  /** The doctor who took the patient (in exam or later). */
  doctor?: { id: number; fullName: string };
  /** Taken by the caller. */
  mine: boolean;
  hasVitals: boolean;
}

export interface TakenVisit {
  visitId: number;
  queueNumber: number;
  fullName: string;
}

export interface ExamPatient {
  id: number;
  code: string;
  fullName: string;
  sex: Sex;
  birthDate?: string;
  birthYear: number;
  /** On the visit day: months under 72 months, else years. */
  age: LocalizedText | null;
  ageMonths: number | null;
  isUnder72Months: boolean;
  phone?: string;
  cccd?: string;
  address?: string;
  allergies: { text?: string; ingredients: string[] };
  guardian?: { name: string; phone?: string };
}

export type VitalValues = Record<VitalField, number | null>;

export interface VitalsView extends VitalValues {
  bmi: number | null;
  recordedAt: string;
  recordedBy: string;
  /** Unusual readings, kept but flagged. */
  warnings: Partial<Record<VitalField, LocalizedText>>;
}

export interface ExamNotes {
  history: string | null;
  complaint: string | null;
  examination: string | null;
  conclusion: string | null;
  /** Lời dặn. */
  advice: string | null;
  /** YYYY-MM-DD. */
  reexamDate: string | null;
}

export interface DiagnosisView {
  /** 0 is the primary diagnosis. */
  position: number;
  code: string;
  name: string;
  text: string | null;
  /** What QĐ 4469 says of the code, for the warnings beside it. */
  isCategory: boolean;
  mainAllowed: boolean;
  sexOnly: Sex | null;
  ageLists: string[];
}

export interface OrderView {
  orderId: number;
  serviceId: number;
  code: string;
  name: string;
  unit: string | null;
  category: ServiceCategory;
  quantity: number;
  unitPrice: number;
  insuredPrice: number | null;
  result: string | null;
  /** What the service measures (its catalogue definition). */
  resultIndices: ResultIndexView[];
  /** The measured values, as written with the result (XML4 rows). */
  resultValues: ResultValueView[];
  resultAt: string | null;
  orderedAt: string;
  cancelledAt: string | null;
}

export interface ResultValueView extends ResultIndexView {
  value: string;
}

export interface VisitDetail {
  visitId: number;
  queueNumber: number;
  visitDate: string;
  kind: VisitKind;
  status: VisitStatus;
  priority: Priority;
  reason?: string;
  bhyt?: { code: string; validFrom: string; validTo: string; facilityCode?: string };
  createdAt: string;
  patient: ExamPatient;
  doctor?: { id: number; fullName: string };
  startedAt?: string;
  finishedAt?: string;
  notes: ExamNotes;
  vitals: VitalsView | null;
  diagnoses: DiagnosisView[];
  orders: OrderView[];
  prescription: PrescriptionView | null;
  /** The patient's last prescription before this visit: chronic patients often get it again. */
  previousPrescription: (PrescriptionView & { visitDate: string }) | null;
  /** The patient was referred on when the visit was finished. */
  referral?: Referral;
  /** A diagnosis is on the chronic list: prescriptions may run to `maxDays`. */
  chronic: boolean;
  maxDays: number;
}

/** Chuyển tuyến: where the doctor sent the patient on, and why. */
export interface Referral {
  toFacilityCode: string;
  toFacilityName: string;
  reason: string;
  referredAt: string;
}

export interface FinishedVisit {
  visitId: number;
  status: VisitStatus;
  prescriptionCode?: string;
  referral?: Referral;
}

const visitId = id;
const note = z
  .string()
  .trim()
  .max(MAX_NOTE_LENGTH, 'validation.tooLong')
  .nullish()
  .transform((value) => (value === undefined ? undefined : value || null));
const reading = (integer: boolean) =>
  (integer ? z.number().int('validation.integer') : z.number()).nullish();
const diagnosis = z.object({
  code: z.string().trim().toUpperCase().min(1, 'validation.required').max(10),
  text: z
    .string()
    .trim()
    .max(300, 'validation.tooLong')
    .nullish()
    .transform((value) => value || null),
});

export const examApi = {
  'visits.worklist': query<WorklistEntry[]>()({
    input: empty,
    access: CLINICAL_READ_ROLES,
    summary: "Today's visits in the order they are called, with who is examining whom.",
  }),
  'visits.next': mutation<TakenVisit>()({
    input: empty,
    access: EXAM_ROLES,
    summary: "Takes the highest-priority waiting visit of today into the caller's exam room.",
  }),
  'visits.start': mutation<TakenVisit>()({
    input: z.object({ visitId }),
    access: EXAM_ROLES,
    summary: 'Takes a chosen waiting visit into the exam room (again, if it is already yours).',
  }),
  'visits.release': mutation<{ visitId: number; status: VisitStatus }>()({
    input: z.object({ visitId }),
    access: EXAM_ROLES,
    summary: 'Sends a visit taken by mistake back to the waiting queue, keeping what was written.',
  }),
  'visits.get': query<VisitDetail>()({
    input: z.object({ visitId }),
    access: CLINICAL_READ_ROLES,
    summary: 'The clinical record of one visit: patient, vitals, notes, diagnoses, orders, drugs.',
  }),
  'visits.recordVitals': mutation<VitalsView>()({
    input: z.object({
      visitId,
      pulse: reading(true),
      systolic: reading(true),
      diastolic: reading(true),
      temperatureC: reading(false),
      respiratoryRate: reading(true),
      spo2: reading(true),
      weightKg: reading(false),
      heightCm: reading(false),
    }),
    access: VITALS_ROLES,
    summary:
      'Records the whole vitals row (fields left out are cleared): impossible values refused, unusual ones flagged, weight required under 72 months.',
  }),
  'visits.saveNotes': mutation<ExamNotes>()({
    input: z.object({
      visitId,
      history: note,
      complaint: note,
      examination: note,
      conclusion: note,
      advice: note,
      reexamDate: isoDate.nullish(),
    }),
    access: EXAM_ROLES,
    summary:
      'Saves the notes it names (history, complaint, examination, conclusion, advice, re-exam date); null clears one.',
  }),
  'visits.setDiagnoses': mutation<DiagnosisView[]>()({
    input: z.object({
      visitId,
      primary: diagnosis,
      secondary: z.array(diagnosis).max(MAX_SECONDARY_DIAGNOSES).default([]),
    }),
    access: EXAM_ROLES,
    summary: 'Replaces the diagnoses: one primary ICD-10 code and any secondary ones, with text.',
  }),
  'visits.orderServices': mutation<OrderView[]>()({
    input: z.object({
      visitId,
      services: z
        .array(z.object({ serviceId: id, quantity: z.number().int().min(1).max(100).default(1) }))
        .min(1)
        .max(20),
    }),
    access: EXAM_ROLES,
    summary: "Orders services from the catalogue at today's prices; returns the visit's orders.",
  }),
  'visits.setOrderResult': mutation<OrderView>()({
    input: z.object({
      orderId: id,
      result: z
        .string()
        .trim()
        .max(500, 'validation.tooLong')
        .transform((value) => value || null),
      /**
       * One value per index of the service's definition, in its order ('' not measured);
       * left out: a plain text result.
       */
      values: z.array(z.string().trim().max(50, 'validation.tooLong')).max(50).optional(),
    }),
    access: VITALS_ROLES,
    summary:
      'Writes the result of an ordered service: measured values for the indices its catalogue entry defines, and/or text (all empty clears it).',
  }),
  'visits.cancelOrder': mutation<OrderView>()({
    input: z.object({ orderId: id }),
    access: EXAM_ROLES,
    summary: 'Cancels an order that has no result yet; it stays listed, not billed.',
  }),
  'visits.finish': mutation<FinishedVisit>()({
    input: z.object({
      visitId,
      referral: z
        .object({
          toFacilityCode: facilityCode,
          toFacilityName: z.string().trim().min(1, 'validation.required').max(200),
          reason: z.string().trim().min(1, 'validation.required').max(500),
        })
        .optional(),
    }),
    access: EXAM_ROLES,
    summary:
      'Ends the exam: needs a primary diagnosis; to the pharmacy with a prescription, else to the cashier; with a referral (chuyển tuyến) when the patient is sent on.',
  }),
} as const;
