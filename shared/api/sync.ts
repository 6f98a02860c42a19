import { z } from 'zod';
import {
  dhis2MappingSchema,
  OUTBOX_STATUSES,
  type Dhis2Mapping,
  type OutboxStatus,
  type SyncAnswer,
  type SyncTargetKind,
} from '../domain/sync';
import { BUNDLE_LIMITS } from '../domain/bundles';
import { mutation, query } from './contract';
import { empty, facilityCode, id } from './fields';
import type { BundleImportResult } from './bundles';
import { REPORT_ROLES } from './reports';

export interface SyncTargetView {
  id: number;
  name: string;
  kind: SyncTargetKind;
  baseUrl: string;
  enabled: boolean;
  /** Tram: the pinned CA fingerprint (SHA-256, as the receiver's Network settings show it). */
  fingerprint: string | null;
  hasCredential: boolean;
  /** DHIS2 */
  username: string | null;
  hasPassword: boolean;
  hasToken: boolean;
  mapping: Dhis2Mapping;
  mappingRows: number;
  lastSuccessAt: string | null;
  lastErrorAt: string | null;
  /** The last failure, in the caller's language. */
  lastError: string | null;
  counts: Record<OutboxStatus, number>;
}

export interface OutboxRowView {
  id: number;
  targetId: number;
  targetName: string;
  targetKind: SyncTargetKind;
  dataset: string;
  period: string;
  revision: number;
  status: OutboxStatus;
  attempts: number;
  nextAttemptAt: string | null;
  lastAttemptAt: string | null;
  /** Why it has not gone yet (pending) or will not go (failed), in the caller's language. */
  lastError: string | null;
  answer: SyncAnswer | null;
  sentAt: string | null;
  createdAt: string;
  idempotencyKey: string;
}

export interface SyncTestResult {
  ok: boolean;
  /** What was checked and what came back, in the caller's language. */
  message: string;
  /** A Tram: the receiver's name and code; DHIS2: the instance's version and the user. */
  detail?: Record<string, string>;
}

export interface SyncRunResult {
  sent: number;
  failed: number;
  pending: number;
  /** The rows this run tried, as they stand now. */
  rows: OutboxRowView[];
}

export interface StationCredentialView {
  code: string;
  /** Shown once: the station's admin types it into its sync target. */
  credential: string;
  issuedAt: string;
}

export interface SyncHello {
  facilityCode: string;
  facilityName: string;
  stationCode: string;
}

const name = z.string().trim().min(1, 'validation.required').max(100);
const httpUrl = z
  .string()
  .trim()
  .max(300)
  .regex(/^https?:\/\/[^\s/?#]+(\/[^\s?#]*)?$/i, 'sync.url');
const fingerprint = z
  .string()
  .trim()
  .transform((v) => v.replace(/[^0-9a-f]/gi, '').toUpperCase())
  .pipe(z.string().regex(/^[0-9A-F]{64}$/, 'sync.fingerprint'));
/** A credential a district issued: "tram-sc." + 43 characters of base64url. */
export const stationCredential = z
  .string()
  .trim()
  .regex(/^tram-sc\.[A-Za-z0-9_-]{43}$/, 'sync.credential.format');

const tramTarget = z.object({
  id: id.optional(),
  name,
  kind: z.literal('tram'),
  /** The receiving Tram's address: https://host:port (https is implied). */
  baseUrl: z
    .string()
    .trim()
    .max(300)
    .transform((v) => (/^https?:\/\//i.test(v) ? v : `https://${v}`))
    .pipe(httpUrl),
  fingerprint,
  /** Required for a new target; left out, the saved one is kept. */
  credential: stationCredential.optional(),
  enabled: z.boolean().optional(),
});

const dhis2Target = z.object({
  id: id.optional(),
  name,
  kind: z.literal('dhis2'),
  baseUrl: httpUrl,
  username: z.string().trim().max(100).optional(),
  /** Left out, the saved one is kept; an empty string clears it. */
  password: z.string().max(500).optional(),
  token: z.string().trim().max(500).optional(),
  mapping: dhis2MappingSchema.optional(),
  /** The mapping as csv (kind,tram,dhis2); replaces `mapping` when given. */
  mappingCsv: z.string().max(1_000_000).optional(),
  enabled: z.boolean().optional(),
});

const MAX_RECEIVE_BASE64 = Math.ceil((BUNDLE_LIMITS.fileBytes + 1024 * 1024) / 3) * 4;

export const syncApi = {
  'sync.targets.list': query<SyncTargetView[]>()({
    input: empty,
    access: REPORT_ROLES,
    summary: 'Where submitted reports go upstream, with each target’s last success and error.',
  }),
  'sync.targets.save': mutation<{ id: number }>()({
    input: z.discriminatedUnion('kind', [tramTarget, dhis2Target]),
    access: ['admin'],
    summary:
      'Adds or changes a target: a district Tram (address, pinned fingerprint, credential) or DHIS2.',
  }),
  'sync.targets.test': query<SyncTestResult>()({
    input: z.object({ id }),
    access: ['admin'],
    summary: 'Reaches the target with its saved settings and says what answered.',
  }),
  'sync.outbox': query<OutboxRowView[]>()({
    input: z
      .object({
        status: z.enum(OUTBOX_STATUSES).optional(),
        targetId: id.optional(),
        limit: z.number().int().min(1).max(1000).default(200),
      })
      .default({ limit: 200 }),
    access: REPORT_ROLES,
    summary: 'Reports waiting to go, sent, or failed, newest first, with the target’s answer.',
  }),
  'sync.run': mutation<SyncRunResult>()({
    input: z.object({ targetId: id.optional() }).default({}),
    access: REPORT_ROLES,
    summary: '“Gửi ngay”: delivers every pending row now (or one target’s) and answers when done.',
  }),
  'sync.retry': mutation<OutboxRowView>()({
    input: z.object({ outboxId: id }),
    access: ['admin'],
    summary: 'Puts a failed row back in the queue after its cause was fixed.',
  }),
} as const;

/** What a district offers stations that send over the network. */
export const syncReceiveApi = {
  'stations.credential': mutation<StationCredentialView>()({
    input: z.object({ code: facilityCode }),
    access: ['admin'],
    summary: 'Issues a station’s network credential (shown once); the old one stops working.',
  }),
  'sync.hello': query<SyncHello>()({
    input: z.object({ credential: stationCredential }),
    access: 'public',
    summary: 'A station checks its credential and learns whom it reaches.',
  }),
  'bundles.receive': mutation<BundleImportResult>()({
    input: z.object({
      credential: stationCredential,
      fileName: z.string().trim().min(1).max(255),
      content: z.base64().max(MAX_RECEIVE_BASE64, 'bundles.reason.tooLarge'),
    }),
    access: 'public',
    maxBodyBytes: MAX_RECEIVE_BASE64 + 64 * 1024,
    summary:
      'A station’s signed bundle over the network, with its credential: the same checks as a USB import.',
  }),
} as const;
