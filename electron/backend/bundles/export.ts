import { desc, eq } from 'drizzle-orm';
import { zipSync, type Zippable } from 'fflate';
import type { Db } from '../../../db/client';
import { auditLog, bundleExports, users, type BundleExportRow } from '../../../db/schema';
import type { BundleExportView, BundlesExport, FileResult } from '../../../shared/api';
import { TRAM_MIME, ZIP_MIME } from '../../../shared/api/bundles';
import type { BundleManifest } from '../../../shared/domain/bundles';
import type { UserCtx } from '../context';
import { AppError } from '../errors';
import { facilitySigner, SigningKeyUnavailable, type Signer } from '../keys/facility-key';
import { readSection } from '../settings/store';
import { GENESIS_HASH } from '../audit/chain';
import { packBundle, type BundleFile } from './pack';
import { checkBundle, openBundle } from './verify';
import { WriteFailed, writeVerified } from './write-file';

/** One report made ready to bundle: what it is and its files (values, ADX, xlsx, PDF). */
export interface ReportToBundle {
  definition: BundleManifest['definition'];
  report: Omit<BundleManifest['report'], 'orgUnit'>;
  files: BundleFile[];
}

export function toExportView(row: BundleExportRow, createdBy: string | null): BundleExportView {
  return {
    id: row.id,
    bundleId: row.bundleId,
    counter: row.counter,
    hash: row.hash,
    previousHash: row.previousHash,
    dataset: row.dataset,
    period: row.period,
    revision: row.revision,
    fileName: row.fileName,
    size: row.size,
    createdAt: row.createdAt,
    createdBy,
  };
}

export function listExports(db: Db, dataset?: string): BundleExportView[] {
  const rows = db
    .select({ row: bundleExports, by: users.fullName })
    .from(bundleExports)
    .leftJoin(users, eq(users.id, bundleExports.createdBy))
    .where(dataset ? eq(bundleExports.dataset, dataset) : undefined)
    .orderBy(desc(bundleExports.counter))
    .all();
  return rows.map(({ row, by }) => toExportView(row, by));
}

export function exportFile(row: Pick<BundleExportRow, 'fileName' | 'content'>): FileResult {
  return { fileName: row.fileName, mimeType: TRAM_MIME, content: row.content.toString('base64') };
}

function auditHead(db: Db): BundleManifest['auditHead'] {
  const last = db
    .select({ id: auditLog.id, hash: auditLog.hash })
    .from(auditLog)
    .orderBy(desc(auditLog.id))
    .limit(1)
    .get();
  return last ?? { id: 0, hash: GENESIS_HASH };
}

function signerOf(ctx: UserCtx): Signer {
  try {
    return facilitySigner(ctx.db, ctx.config.dataDir);
  } catch (error) {
    if (error instanceof SigningKeyUnavailable)
      throw new AppError('CONFLICT', 'bundles.keyUnavailable');
    throw error;
  }
}

/** Several bundles in one download: a plain zip of the .tram files, stored as they are. */
function containerOf(code: string, dataset: string, files: readonly FileResult[]): FileResult {
  const entries: Zippable = {};
  for (const f of files) entries[f.fileName] = [Buffer.from(f.content, 'base64'), { level: 0 }];
  return {
    fileName: `${code}_${dataset}_${files.length}-goi.zip`,
    mimeType: ZIP_MIME,
    content: Buffer.from(zipSync(entries)).toString('base64'),
  };
}

/**
 * Signs, records and (when a folder is given) writes the bundles, inside the call's
 * transaction: each takes the next counter and names the previous bundle's hash. A bundle
 * that cannot be written and read back whole fails the call, so nothing is recorded for it.
 */
export function recordBundles(
  ctx: UserCtx,
  dataset: string,
  reports: readonly ReportToBundle[],
  targetDir: string | null,
): BundlesExport {
  const signer = signerOf(ctx);
  const facility = readSection(ctx.db, 'facility');
  const head = auditHead(ctx.db);
  const at = ctx.now.toISOString();
  const views: BundleExportView[] = [];
  const files: FileResult[] = [];
  const written: BundlesExport['written'] = [];
  for (const item of reports) {
    const last = ctx.db
      .select({ counter: bundleExports.counter, hash: bundleExports.hash })
      .from(bundleExports)
      .orderBy(desc(bundleExports.counter))
      .limit(1)
      .get();
    const packed = packBundle({
      signer,
      facility: { code: facility.code, name: facility.name, kind: facility.kind },
      counter: (last?.counter ?? 0) + 1,
      previousBundleHash: last?.hash ?? null,
      createdAt: at,
      app: { name: 'Tram', version: ctx.config.version },
      definition: item.definition,
      report: { ...item.report, orgUnit: facility.code },
      auditHead: head,
      files: item.files,
    });
    const row = ctx.db
      .insert(bundleExports)
      .values({
        bundleId: packed.manifest.bundleId,
        counter: packed.manifest.counter,
        dataset: item.report.dataset,
        period: item.report.period,
        revision: item.report.revision,
        fileName: packed.fileName,
        hash: packed.hash,
        previousHash: packed.manifest.previousBundleHash,
        size: packed.bytes.length,
        content: Buffer.from(packed.bytes),
        createdAt: at,
        createdBy: ctx.user.id,
      })
      .returning()
      .get();
    views.push(toExportView(row, ctx.user.fullName));
    files.push(exportFile(row));
    if (targetDir) {
      try {
        const path = writeVerified(targetDir, packed.fileName, packed.bytes, (back) => {
          const opened = openBundle(back);
          return opened.ok && checkBundle(opened, signer.publicKey).ok;
        });
        written.push({ fileName: packed.fileName, path, size: packed.bytes.length });
      } catch (error) {
        if (!(error instanceof WriteFailed)) throw error;
        throw new AppError('CONFLICT', 'bundles.writeFailed', {
          params: { path: error.target, detail: error.detail },
        });
      }
    }
  }
  ctx.audit.note({
    entity: 'bundle',
    entityId: views.map((v) => v.counter).join(','),
    detail: { dataset, bundles: views.map((v) => ({ period: v.period, hash: v.hash })) },
  });
  const main =
    files.length === 1 && files[0] ? files[0] : containerOf(facility.code, dataset, files);
  return { ...main, bundles: views, files, written };
}
