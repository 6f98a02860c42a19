import { zipSync, type Zippable } from 'fflate';
import { createHash, randomUUID } from 'node:crypto';
import {
  BUNDLE_FILES,
  BUNDLE_FORMAT,
  BUNDLE_FORMAT_VERSION,
  bundleFileName,
  MANIFEST_FILE,
  SIGNATURE_FILE,
  type BundleFileRole,
  type BundleManifest,
} from '../../../shared/domain/bundles';
import type { Signer } from '../keys/facility-key';

export function sha256Hex(data: Uint8Array | string): string {
  return createHash('sha256').update(data).digest('hex');
}

export interface BundleFile {
  role: BundleFileRole;
  content: Uint8Array;
}

export interface PackInput {
  signer: Signer;
  facility: BundleManifest['facility'];
  counter: number;
  previousBundleHash: string | null;
  createdAt: string;
  app: BundleManifest['app'];
  definition: BundleManifest['definition'];
  report: BundleManifest['report'];
  auditHead: BundleManifest['auditHead'];
  files: readonly BundleFile[];
  /** Tests pin it; a new bundle gets a random one. */
  bundleId?: string;
}

export interface PackedBundle {
  fileName: string;
  bytes: Uint8Array;
  manifest: BundleManifest;
  /** SHA-256 of manifest.json: the next bundle names this one by it. */
  hash: string;
}

/** Already-compressed formats are stored; text is deflated. */
const STORED: ReadonlySet<BundleFileRole> = new Set(['xlsx']);

/** Builds, signs and zips one bundle. Pure but for the random id: same input, same bytes. */
export function packBundle(input: PackInput): PackedBundle {
  const manifest: BundleManifest = {
    format: BUNDLE_FORMAT,
    formatVersion: BUNDLE_FORMAT_VERSION,
    bundleId: input.bundleId ?? randomUUID(),
    facility: input.facility,
    publicKey: input.signer.publicKey,
    keyFingerprint: input.signer.fingerprint,
    counter: input.counter,
    previousBundleHash: input.previousBundleHash,
    createdAt: input.createdAt,
    app: input.app,
    definition: input.definition,
    report: input.report,
    auditHead: input.auditHead,
    files: input.files.map((file) => ({
      path: BUNDLE_FILES[file.role],
      role: file.role,
      size: file.content.length,
      sha256: sha256Hex(file.content),
    })),
  };
  const manifestBytes = Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`, 'utf8');
  const signature = input.signer.sign(manifestBytes);
  const mtime = new Date(input.createdAt);
  const entries: Zippable = {
    [MANIFEST_FILE]: [manifestBytes, { level: 6, mtime }],
    [SIGNATURE_FILE]: [Buffer.from(`${signature.toString('base64')}\n`), { level: 0, mtime }],
  };
  for (const file of input.files) {
    entries[BUNDLE_FILES[file.role]] = [
      file.content,
      { level: STORED.has(file.role) ? 0 : 6, mtime },
    ];
  }
  return {
    fileName: bundleFileName(
      input.facility.code,
      input.report.dataset,
      input.report.period,
      input.report.revision,
    ),
    bytes: zipSync(entries),
    manifest,
    hash: sha256Hex(manifestBytes),
  };
}
