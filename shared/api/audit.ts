import { z } from 'zod';
import { query } from './contract';
import { empty, id, isoDate } from './fields';

export interface AuditEntryView {
  id: number;
  at: string;
  userId: number | null;
  username: string | null;
  action: string;
  outcome: 'ok' | 'failed';
  patientId: number | null;
  entity: string | null;
  entityId: string | null;
  detail: Record<string, unknown> | null;
  hash: string;
}

export interface AuditPage {
  entries: AuditEntryView[];
  /** Pass as `before` to get the next (older) page; null at the start of the log. */
  nextBefore: number | null;
}

export interface AuditVerification {
  ok: boolean;
  checked: number;
  /** Id of the first entry whose hash does not follow from its content and predecessor. */
  brokenAt?: number;
  head: string;
}

export const auditApi = {
  'audit.list': query<AuditPage>()({
    input: z.object({
      userId: id.optional(),
      patientId: id.optional(),
      action: z.string().trim().max(64).optional(),
      from: isoDate.optional(),
      to: isoDate.optional(),
      before: id.optional(),
      limit: z.number().int().min(1).max(500).default(100),
    }),
    access: ['admin'],
    summary: 'Audit entries, newest first, filtered by user, patient, action and local date.',
  }),
  'audit.verify': query<AuditVerification>()({
    input: empty,
    access: ['admin'],
    summary: 'Recomputes the hash chain over the whole log and reports the first break.',
  }),
} as const;
