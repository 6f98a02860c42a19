import { unzipSync } from 'fflate';
import {
  BUNDLE_FILES,
  BUNDLE_FORMAT,
  BUNDLE_FORMAT_VERSION,
  BUNDLE_LIMITS,
  formatMajor,
  MANIFEST_FILE,
  manifestSchema,
  SAFE_ENTRY_NAME,
  SIGNATURE_FILE,
  type BundleFileRole,
  type BundleManifest,
  type RejectionReason,
} from '../../../shared/domain/bundles';
import { verifySignature } from '../keys/facility-key';
import { sha256Hex } from './pack';

export interface Rejection {
  ok: false;
  reason: RejectionReason;
  params?: Record<string, string | number>;
}

const reject = (reason: RejectionReason, params?: Rejection['params']): Rejection => ({
  ok: false,
  reason,
  ...(params && { params }),
});

/** A bundle unzipped safely, its manifest not yet trusted. */
export interface OpenedBundle {
  ok: true;
  entries: ReadonlyMap<string, Uint8Array>;
  manifestBytes: Uint8Array;
  /** Just enough of the manifest to find the sender's registered key. */
  claimed: { facilityCode: string; publicKey: string };
}

export interface VerifiedBundle {
  ok: true;
  manifest: BundleManifest;
  /** SHA-256 of manifest.json. */
  hash: string;
  files: Partial<Record<BundleFileRole, Uint8Array>>;
}

class ZipRefused extends Error {
  constructor(readonly rejection: Rejection) {
    super(rejection.reason);
  }
}

function entryLimit(name: string): number {
  if (name === MANIFEST_FILE) return BUNDLE_LIMITS.manifestBytes;
  if (name === SIGNATURE_FILE) return BUNDLE_LIMITS.signatureBytes;
  return BUNDLE_LIMITS.entryBytes;
}

/**
 * Steps 1 and 2 of an import: the size limit before anything is unzipped, then the zip's
 * structure from its central directory (names, count, declared sizes, ratios) before any
 * entry is inflated. fflate inflates into a buffer of the declared size, so an entry that
 * lies about its size cannot grow past it; the file hashes catch the lie later.
 */
export function openBundle(bytes: Uint8Array): OpenedBundle | Rejection {
  if (bytes.length > BUNDLE_LIMITS.fileBytes) {
    return reject('tooLarge', { mb: Math.round(BUNDLE_LIMITS.fileBytes / 1024 / 1024) });
  }
  const names = new Set<string>();
  let total = 0;
  let unzipped: Record<string, Uint8Array>;
  try {
    unzipped = unzipSync(bytes, {
      filter: (entry) => {
        if (names.size + 1 > BUNDLE_LIMITS.entries) throw new ZipRefused(reject('tooManyEntries'));
        if (!SAFE_ENTRY_NAME.test(entry.name) || entry.name.includes('..')) {
          throw new ZipRefused(reject('unsafePath', { name: entry.name.slice(0, 100) }));
        }
        if (names.has(entry.name)) {
          throw new ZipRefused(reject('duplicateEntry', { name: entry.name }));
        }
        names.add(entry.name);
        if (entry.compression !== 0 && entry.compression !== 8) {
          throw new ZipRefused(reject('notAZip'));
        }
        total += entry.originalSize;
        if (entry.originalSize > entryLimit(entry.name) || total > BUNDLE_LIMITS.totalBytes) {
          throw new ZipRefused(reject('entryTooLarge', { name: entry.name }));
        }
        if (
          entry.originalSize > 1024 * 1024 &&
          entry.originalSize > BUNDLE_LIMITS.ratio * Math.max(entry.size, 1)
        ) {
          throw new ZipRefused(reject('zipBomb', { name: entry.name }));
        }
        return true;
      },
    });
  } catch (error) {
    if (error instanceof ZipRefused) return error.rejection;
    return reject('notAZip');
  }
  const entries = new Map(Object.entries(unzipped));
  const manifestBytes = entries.get(MANIFEST_FILE);
  if (!manifestBytes || !entries.has(SIGNATURE_FILE)) {
    return reject('missingEntry', { name: manifestBytes ? SIGNATURE_FILE : MANIFEST_FILE });
  }
  let raw: unknown;
  try {
    raw = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(manifestBytes));
  } catch {
    return reject('manifestUnreadable');
  }
  const facility = (raw as { facility?: { code?: unknown } } | null)?.facility;
  const publicKey = (raw as { publicKey?: unknown } | null)?.publicKey;
  if (typeof facility?.code !== 'string' || typeof publicKey !== 'string') {
    return reject('manifestUnreadable');
  }
  return { ok: true, entries, manifestBytes, claimed: { facilityCode: facility.code, publicKey } };
}

function readSignature(bytes: Uint8Array): Buffer | null {
  const text = Buffer.from(bytes).toString('latin1').trim();
  if (!/^[A-Za-z0-9+/]{86}==$/.test(text)) return null;
  return Buffer.from(text, 'base64');
}

/**
 * Steps 3 to 5: the manifest's signature with the key the caller trusts for its sender,
 * every file's SHA-256 (and no file the manifest does not list), then the format version and
 * the manifest's full shape.
 */
export function checkBundle(opened: OpenedBundle, trustedKey: string): VerifiedBundle | Rejection {
  const signature = readSignature(opened.entries.get(SIGNATURE_FILE) ?? new Uint8Array());
  if (!signature || !verifySignature(trustedKey, opened.manifestBytes, signature)) {
    return reject('badSignature');
  }
  const raw = JSON.parse(Buffer.from(opened.manifestBytes).toString('utf8')) as {
    files?: unknown;
    format?: unknown;
    formatVersion?: unknown;
  };
  const listed = Array.isArray(raw.files) ? (raw.files as unknown[]) : [];
  const files: Partial<Record<BundleFileRole, Uint8Array>> = {};
  const expected = new Set([MANIFEST_FILE, SIGNATURE_FILE]);
  for (const item of listed) {
    const file = item as { path?: unknown; sha256?: unknown; role?: unknown };
    if (typeof file.path !== 'string') return reject('manifestInvalid');
    const content = opened.entries.get(file.path);
    if (!content) return reject('missingEntry', { name: file.path.slice(0, 100) });
    if (sha256Hex(content) !== file.sha256) return reject('hashMismatch', { name: file.path });
    expected.add(file.path);
    if (typeof file.role === 'string') files[file.role as BundleFileRole] = content;
  }
  for (const name of opened.entries.keys()) {
    if (!expected.has(name)) return reject('unexpectedEntry', { name });
  }
  const version = typeof raw.formatVersion === 'string' ? raw.formatVersion : '?';
  if (
    raw.format !== BUNDLE_FORMAT ||
    !/^\d+\.\d+$/.test(version) ||
    formatMajor(version) !== formatMajor(BUNDLE_FORMAT_VERSION)
  ) {
    return reject('formatVersion', { version: version.slice(0, 20) });
  }
  const parsed = manifestSchema.safeParse(raw);
  if (!parsed.success) return reject('manifestInvalid');
  const manifest = parsed.data;
  const roles = manifest.files.map((f) => f.role);
  if (new Set(roles).size !== roles.length || !roles.includes('values')) {
    return reject('manifestInvalid');
  }
  if (
    manifest.files.some((f) => BUNDLE_FILES[f.role] !== f.path || files[f.role]?.length !== f.size)
  ) {
    return reject('manifestInvalid');
  }
  if (manifest.publicKey !== trustedKey || manifest.report.orgUnit !== manifest.facility.code) {
    return reject('manifestInvalid');
  }
  return { ok: true, manifest, hash: sha256Hex(opened.manifestBytes), files };
}
