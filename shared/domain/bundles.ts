import { z } from 'zod';

/**
 * A report bundle (`.tram`): a zip holding `manifest.json`, `manifest.sig` (Ed25519 over the
 * manifest's bytes) and the files the manifest lists with their SHA-256. The layout follows
 * BagIt's idea (a signed list of file digests) in one file a USB stick can carry.
 */
export const BUNDLE_FORMAT = 'tram-bundle';
/** Major.minor: a reader refuses another major, accepts a newer minor (fields it ignores). */
export const BUNDLE_FORMAT_VERSION = '1.0';
export const BUNDLE_EXTENSION = '.tram';
export const MANIFEST_FILE = 'manifest.json';
export const SIGNATURE_FILE = 'manifest.sig';

/** The files of a bundle by role; names are fixed so a reader need not trust the manifest. */
export const BUNDLE_FILES = {
  values: 'values.json',
  adx: 'values.adx.xml',
  xlsx: 'report.xlsx',
  pdf: 'report.pdf',
} as const;
export type BundleFileRole = keyof typeof BUNDLE_FILES;

/** What an import refuses before and while unzipping. */
export const BUNDLE_LIMITS = {
  /** The whole file, checked before anything is unzipped. */
  fileBytes: 20 * 1024 * 1024,
  entries: 8,
  manifestBytes: 256 * 1024,
  signatureBytes: 512,
  entryBytes: 16 * 1024 * 1024,
  totalBytes: 40 * 1024 * 1024,
  /** Uncompressed ÷ compressed above this (for entries over 1 MB) is a zip bomb. */
  ratio: 200,
} as const;

const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/);
const base64 = z.string().regex(/^[A-Za-z0-9+/]+={0,2}$/);

/** Paths inside a bundle: plain relative names, never absolute, never `..`. */
export const SAFE_ENTRY_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;

export const manifestFileSchema = z.object({
  path: z.string().regex(SAFE_ENTRY_NAME),
  role: z.enum(Object.keys(BUNDLE_FILES) as [BundleFileRole, ...BundleFileRole[]]),
  size: z.number().int().min(0).max(BUNDLE_LIMITS.entryBytes),
  sha256: sha256Hex,
});

export const manifestSchema = z.object({
  format: z.literal(BUNDLE_FORMAT),
  formatVersion: z.string().regex(/^\d+\.\d+$/),
  bundleId: z.uuid(),
  facility: z.object({
    code: z.string().regex(/^[0-9A-Z]{5}$/),
    name: z.string().min(1).max(200),
    kind: z.enum(['station', 'district']),
  }),
  /** The signer's Ed25519 public key, raw 32 bytes in base64. */
  publicKey: base64.length(44),
  keyFingerprint: z.string().max(64),
  /** Per sending facility, +1 for every bundle it makes (re-exports too). */
  counter: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER),
  /** The hash of this facility's previous bundle (null for its first). */
  previousBundleHash: sha256Hex.nullable(),
  createdAt: z.iso.datetime(),
  app: z.object({ name: z.string().max(40), version: z.string().max(40) }),
  definition: z.object({ code: z.string().max(50), version: z.number().int().min(1) }),
  report: z.object({
    dataset: z.string().regex(/^[A-Z0-9][A-Z0-9_-]{1,49}$/),
    period: z.string().regex(/^\d{4}((0[1-9]|1[0-2])|Q[1-4]|S[12])?$/),
    orgUnit: z.string().max(20),
    revision: z.number().int().min(1).max(9999),
    submittedAt: z.iso.datetime(),
    /** When revision 1 was submitted: the district's on-time check uses it. */
    firstSubmittedAt: z.iso.datetime(),
  }),
  /** The sender's audit chain head when it made the bundle (DESIGN: exports carry it). */
  auditHead: z.object({ id: z.number().int().min(0), hash: sha256Hex }),
  files: z
    .array(manifestFileSchema)
    .min(1)
    .max(BUNDLE_LIMITS.entries - 2),
});

export type BundleManifest = z.output<typeof manifestSchema>;
export type ManifestFile = BundleManifest['files'][number];

export function formatMajor(version: string): number {
  return Number(version.split('.')[0]);
}

/** `<facility code>_<dataset>_<period>_r<revision>.tram` */
export function bundleFileName(
  facilityCode: string,
  dataset: string,
  period: string,
  revision: number,
): string {
  return `${facilityCode}_${dataset}_${period}_r${revision}${BUNDLE_EXTENSION}`;
}

/**
 * A public key's fingerprint as staff read it off paper: the first 16 bytes of its SHA-256,
 * upper-case hex in groups of four ("3F2A-9C01-…"). `sha256Hex` is the full digest.
 */
export function formatFingerprint(sha256Hex: string): string {
  const hex = sha256Hex.slice(0, 32).toUpperCase();
  return hex.match(/.{4}/g)?.join('-') ?? hex;
}

/** Why an import refused a bundle; each has a Vietnamese message `bundles.reason.<code>`. */
export const REJECTION_REASONS = [
  'tooLarge',
  'notAZip',
  'unsafePath',
  'duplicateEntry',
  'tooManyEntries',
  'entryTooLarge',
  'zipBomb',
  'missingEntry',
  'unexpectedEntry',
  'manifestUnreadable',
  'ownBundle',
  'stationRejected',
  'keyMismatch',
  'badSignature',
  'hashMismatch',
  'formatVersion',
  'manifestInvalid',
  'bundleIdReused',
  'counterReused',
  'chainBroken',
  'unknownDataset',
  'valuesInvalid',
  'sameRevisionDiffers',
  /** Over the network: signed by another station than the credential's. */
  'notCredentialStation',
] as const;
export type RejectionReason = (typeof REJECTION_REASONS)[number];

export const IMPORT_OUTCOMES = [
  'imported',
  'duplicate',
  'superseded',
  'rejected',
  'pending-station',
] as const;
export type ImportOutcome = (typeof IMPORT_OUTCOMES)[number];

/** One coded count of a dataValueSet: codes in capitals, a whole number as a string. */
export const dataValueSchema = z.object({
  dataElement: z.string().regex(/^[A-Z][A-Z0-9_]{0,49}$/),
  categoryOptionCombo: z
    .string()
    .regex(/^[A-Z0-9][A-Z0-9_]{0,99}$/)
    .optional(),
  value: z.string().regex(/^-?\d{1,15}$/),
});

/**
 * The dataValueSet a bundle's values.json holds (DHIS2's JSON, idScheme=code), as a receiver
 * reads it: whole numbers only (a station reports counts and VND, never ratios).
 */
export const receivedValueSetSchema = z.object({
  dataSet: z.string().max(50),
  period: z.string().max(10),
  orgUnit: z.string().max(20),
  completeDate: z.string().max(40).optional(),
  dataValues: z.array(dataValueSchema).max(20_000),
});
export type ReceivedValueSet = z.output<typeof receivedValueSetSchema>;
