import { z } from 'zod';
import { CASHIER_ROLES } from './billing';
import { mutation, query } from './contract';
import { isoDate } from './fields';
import type { FileResult } from './files';
import { OUTBOX_KINDS, type OutboxKind } from '../domain/claims/outbox-kinds';
import type { ClaimProblem } from '../domain/claims/problems';
import type { LocalizedText } from './result';

export type { ClaimProblem };

/** Longest period one claims file covers (a quarter); months are the usual batch. */
export const CLAIMS_MAX_DAYS = 92;

export interface ClaimCheck {
  visitId: number;
  visitDate: string;
  queueNumber: number;
  /** MA_LK of the visit's HOSO. */
  link: string;
  patientCode: string;
  fullName: string;
  cardCode: string | null;
  total: number;
  insurancePays: number;
  /**
   * Empty: the visit goes into the export. Each names the item and the patient, the field of
   * the gateway's sheet and where to fix it.
   */
  problems: ClaimProblem[];
  /** An earlier export carried this visit: the next one sends its HOSO again (resent). */
  sentBefore: boolean;
  /** Sent and its month not reopened: its money cannot change. */
  frozen: boolean;
}

/** A claim month (YYYY-MM): frozen by its last export until an admin reopens it. */
export interface ClaimMonthState {
  month: string;
  frozen: boolean;
  lastExportAt: string | null;
  /** HOSO of this month in its last export. */
  sent: number;
  reopenedAt: string | null;
  reopenReason: string | null;
}

export interface ClaimsValidation {
  from: string;
  to: string;
  visits: ClaimCheck[];
  ready: number;
  withProblems: number;
  /** Settings every claim needs (the head's code) that are missing. */
  problems: LocalizedText[];
  /** The months of the period, and whether their claims were sent. */
  months: ClaimMonthState[];
}

export interface ClaimsExport extends FileResult {
  /** HOSO in the file. */
  count: number;
  /** How many visits of the period were left out because of their problems. */
  skipped: number;
  /** Those visits (claims.validate lists why). */
  skippedVisitIds: number[];
  /** Visits sent before whose HOSO this file sends again (after their month was reopened). */
  resentVisitIds: number[];
}

/** A document waiting for an upload adapter (the gateway needs network and credentials). */
export interface OutboxEntry {
  id: number;
  kind: OutboxKind;
  visitId: number;
  visitDate: string;
  fullName: string;
  createdAt: string;
  /** Set only by an adapter that got the gateway's answer; Tram itself never sends. */
  sentAt: string | null;
  problems: ClaimProblem[];
  payload: Record<string, unknown>;
}

export interface CheckInsExport extends FileResult {
  count: number;
  skipped: number;
  skippedVisitIds: number[];
}

const period = z
  .object({ from: isoDate, to: isoDate })
  .refine((p) => p.from <= p.to, { message: 'claims.period.order', path: ['to'] })
  .refine((p) => Date.parse(p.to) - Date.parse(p.from) <= (CLAIMS_MAX_DAYS - 1) * 86_400_000, {
    message: 'claims.period.tooLong',
    path: ['to'],
  });

export const claimsApi = {
  'claims.validate': query<ClaimsValidation>()({
    input: period,
    access: CASHIER_ROLES,
    summary: 'Per finished insured visit of the period, the problems the insurer would reject.',
  }),
  'claims.exportXml130': mutation<ClaimsExport>()({
    input: period,
    access: CASHIER_ROLES,
    returnsFile: true,
    summary:
      'The GIAMDINHHS file of the period (XML1/2/3/4/14 per visit, base64 in NOIDUNGFILE), base64; visits with problems are left out and counted. Records the HOSO sent, which freezes their money; visits sent before are marked resent.',
  }),
  'claims.exportCheckIns': query<CheckInsExport>()({
    input: period,
    access: CASHIER_ROLES,
    returnsFile: true,
    summary:
      'The XML0 check-ins (CHI_TIEU_TRANG_THAI_KCB) built when insured visits of the period were checked in; ones with problems are left out and counted.',
  }),
  'claims.outbox': query<OutboxEntry[]>()({
    input: z.object({
      kinds: z
        .array(z.enum(OUTBOX_KINDS))
        .min(1)
        .default([...OUTBOX_KINDS]),
      pendingOnly: z.boolean().default(true),
      limit: z.number().int().min(1).max(500).default(100),
    }),
    access: ['admin', 'cashier'],
    summary:
      'Check-ins and e-prescriptions kept for the upload adapters (BHXH gateway, national e-prescription system), newest first.',
  }),
  'claims.reopenMonth': mutation<ClaimMonthState>()({
    input: z.object({
      month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'validation.month'),
      reason: z.string().trim().min(1, 'validation.required').max(300),
    }),
    access: ['admin'],
    summary:
      "Reopens an exported claim month with the reason (admins): its visits' money may change again, and the next export resends their HOSO.",
  }),
} as const;
