import { z } from 'zod';
import type { Sex } from '../domain/cccd';
import {
  PRIORITIES,
  VISIT_KINDS,
  type Priority,
  type VisitKind,
  type VisitStatus,
} from '../domain/queue';
import { STAFF_ROLES } from '../domain/roles';
import { mutation, query } from './contract';
import { empty, id } from './fields';
import type { FileResult } from './files';
import { RECEPTION_ROLES } from './patients';

export interface CreatedVisit {
  visitId: number;
  queueNumber: number;
  /** The Vietnamese calendar day the number belongs to. */
  visitDate: string;
  /** As chosen, or from the patient's age. */
  priority: Priority;
}

export interface QueueEntry {
  visitId: number;
  queueNumber: number;
  patientId: number;
  patientCode: string;
  fullName: string;
  sex: Sex;
  birthYear: number;
  kind: VisitKind;
  reason?: string;
  status: VisitStatus;
  priority: Priority;
  cancelReason?: string;
  /** Chuyển tuyến: the facility the patient was sent on to. */
  referral?: { toFacilityCode: string; toFacilityName: string };
  createdAt: string;
  waitingMinutes: number;
}

export const visitsApi = {
  'visits.create': mutation<CreatedVisit>()({
    input: z.object({
      patientId: id,
      kind: z.enum(VISIT_KINDS),
      reason: z
        .string()
        .trim()
        .max(300)
        .transform((value) => value || undefined)
        .optional(),
      priority: z.enum(PRIORITIES).optional(),
    }),
    access: RECEPTION_ROLES,
    summary: "Checks a patient in: today's queue number; a BHYT visit needs a card valid today.",
  }),
  'visits.cancel': mutation<{ visitId: number; status: 'cancelled' }>()({
    input: z.object({
      visitId: id,
      reason: z.string().trim().min(1, 'validation.required').max(300),
    }),
    access: RECEPTION_ROLES,
    summary: 'Cancels a visit that has not finished, with the reason.',
  }),
  'visits.ticket': query<FileResult>()({
    input: z.object({ visitId: id, width: z.union([z.literal(58), z.literal(80)]) }),
    access: STAFF_ROLES,
    returnsFile: true,
    summary: 'The queue ticket as a PDF for 58 or 80 mm receipt paper.',
  }),
  'queue.today': query<QueueEntry[]>()({
    input: empty,
    access: STAFF_ROLES,
    summary: "Today's visits: open ones by priority and number, then finished ones.",
  }),
} as const;
