import { z } from 'zod';
import { BUNDLE_LIMITS, type ImportOutcome, type RejectionReason } from '../domain/bundles';
import { mutation, query } from './contract';
import { empty, id } from './fields';
import type { FileResult } from './files';
import { REPORT_ROLES } from './reports';

export const TRAM_MIME = 'application/vnd.tram.bundle+zip';
export const ZIP_MIME = 'application/zip';

export interface FacilityKeyView {
  /** Raw Ed25519 public key, base64. */
  publicKey: string;
  /** What the printed report and the district's screen show: "3F2A-9C01-…". */
  fingerprint: string;
  createdAt: string;
}

export interface BundleExportView {
  id: number;
  bundleId: string;
  counter: number;
  /** SHA-256 of the bundle's manifest. */
  hash: string;
  previousHash: string | null;
  dataset: string;
  period: string;
  revision: number;
  fileName: string;
  size: number;
  createdAt: string;
  createdBy: string | null;
}

export interface WrittenBundle {
  fileName: string;
  /** Where it is now, on the stick or in the folder. */
  path: string;
  size: number;
}

/**
 * The bundle (one period) or a plain zip of them (several) as the file; `files` holds each
 * bundle for a client that saves them one by one; `written` what went to a drive or folder,
 * each read back and verified.
 */
export interface BundlesExport extends FileResult {
  bundles: BundleExportView[];
  files: FileResult[];
  written: WrittenBundle[];
}

export interface RemovableDrive {
  /** Mount point or drive letter ("E:\\", "/media/hoa/USB"). */
  path: string;
  label: string;
  sizeBytes: number | null;
  freeBytes: number | null;
}

/** What a bundle says it is, as far as the import could read it. */
export interface BundleSummary {
  facilityCode?: string;
  facilityName?: string;
  dataset?: string;
  period?: string;
  revision?: number;
  counter?: number;
  /** The sender key's fingerprint, for a station that awaits confirmation. */
  fingerprint?: string;
}

export interface BundleImportResult extends BundleSummary {
  outcome: ImportOutcome;
  /** Why it was refused, in the caller's language. */
  reason?: string;
  reasonCode?: RejectionReason;
  fileName: string;
}

const periodId = z.string().regex(/^\d{4}((0[1-9]|1[0-2])|Q[1-4]|S[12])?$/, 'bundles.period');
const datasetCode = z
  .string()
  .trim()
  .regex(/^[A-Z0-9][A-Z0-9_-]{1,49}$/, 'validation.invalid');
const targetPath = z.string().trim().min(1, 'validation.required').max(1000);

/** Base64 of the largest file the import takes, plus a little: bigger bodies stop at HTTP. */
const MAX_IMPORT_BASE64 = Math.ceil((BUNDLE_LIMITS.fileBytes + 1024 * 1024) / 3) * 4;

export const bundlesApi = {
  'bundles.key': query<FacilityKeyView>()({
    input: empty,
    access: 'authenticated',
    summary: "This facility's public signing key and its fingerprint (printed on reports).",
  }),
  'bundles.export': mutation<BundlesExport>()({
    input: z.object({
      dataset: datasetCode,
      periods: z.array(periodId).min(1, 'validation.required').max(24),
      /** Desktop: a removable drive from bundles.drives or a folder from bundles.pickFolder. */
      target: z
        .discriminatedUnion('kind', [
          z.object({ kind: z.literal('drive'), path: targetPath }),
          z.object({ kind: z.literal('folder'), path: targetPath }),
        ])
        .optional(),
    }),
    access: REPORT_ROLES,
    returnsFile: true,
    summary:
      'Signed .tram bundles of submitted reports (a district: its totals), one per period; written to a drive or folder when given.',
  }),
  'bundles.list': query<BundleExportView[]>()({
    input: z.object({ dataset: datasetCode.optional() }).default({}),
    access: REPORT_ROLES,
    summary: 'Bundles this facility made, newest first, with their counter and hash.',
  }),
  'bundles.download': query<FileResult>()({
    input: z.object({ id }),
    access: REPORT_ROLES,
    returnsFile: true,
    summary: 'An exported bundle again, byte for byte (the district sees it as a duplicate).',
  }),
  'bundles.drives': query<RemovableDrive[]>()({
    input: empty,
    access: REPORT_ROLES,
    summary: 'Removable drives (USB sticks) plugged into the PC that runs Tram.',
  }),
  'bundles.pickFolder': query<{ path: string | null }>()({
    input: empty,
    access: REPORT_ROLES,
    summary: "Desktop only: the OS folder picker; the folder may then be an export's target.",
  }),
  'bundles.import': mutation<BundleImportResult>()({
    input: z.object({
      fileName: z.string().trim().min(1).max(255),
      content: z.base64().max(MAX_IMPORT_BASE64, 'bundles.reason.tooLarge'),
    }),
    access: REPORT_ROLES,
    facility: 'district',
    maxBodyBytes: MAX_IMPORT_BASE64 + 64 * 1024,
    summary:
      "Verifies one station's bundle and applies it whole, or says why not: imported, duplicate, superseded, rejected, pending-station.",
  }),
} as const;
