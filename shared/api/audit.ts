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

/** What a copy of the chain's head outside the database was taken for. */
export type AuditAnchorReason = 'start' | 'shiftClose' | 'backup' | 'reportBundle';

/** The chain's head (newest id and hash) as copied outside the database at one moment. */
export interface AuditAnchorView {
  id: number;
  hash: string;
  at: string;
  reason: AuditAnchorReason;
  /** What carries it: a backup file's name, a shift, a bundle. */
  ref: string | null;
}

export interface AuditChainCheck {
  ok: boolean;
  checked: number;
  /** Id of the first entry whose hash does not follow from its content and predecessor. */
  brokenAt?: number;
  /** Hash of the last entry that verified. */
  head: string;
  /** Id of the newest entry in the log. */
  lastId: number;
}

export interface AuditVerification extends AuditChainCheck {
  anchors: {
    /** Anchors held against the log. */
    checked: number;
    failed: number;
    /** Lines of the anchor file that are not genuine anchors (edited or made up). */
    unreadable: number;
  };
  /** The earliest anchor the log no longer matches: its row is gone, or its hash changed. */
  failedAnchor?: AuditAnchorView & { problem: 'missing' | 'changed' };
  /** The newest anchor before that which still holds: the log matched up to here. */
  intactUntil?: AuditAnchorView;
  /** Entries an anchor saw that are no longer in the log (cut from its tail). */
  missingRows?: number;
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
    summary:
      'Recomputes the keyed hash chain, holds it against the anchors kept outside the database and reports the first break.',
  }),
} as const;
