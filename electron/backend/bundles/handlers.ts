import { eq } from 'drizzle-orm';
import { bundleExports, reportDefinitions } from '../../../db/schema';
import type { BundleImportResult, InputOf } from '../../../shared/api';
import type { bundlesApi } from '../../../shared/api/bundles';
import { translate, type Locale } from '../../../shared/i18n';
import type { HandlersFor, PublicCtx, UserCtx } from '../context';
import { AppError, notFound } from '../errors';
import { currentFacilityKey } from '../keys/facility-key';
import { readSection } from '../settings/store';
import { exportFile, listExports, recordBundles } from './export';
import { receiveBundle, type ReceiveDeps, type ReceiveResult } from './receive';
import { reportsToBundle } from './sources';
import { queueBundles } from '../sync/outbox';

export function receiveDeps(ctx: PublicCtx): ReceiveDeps {
  return {
    db: ctx.db,
    sqlite: ctx.sqlite,
    now: ctx.now,
    userId: ctx.user?.id ?? null,
    ownCode: readSection(ctx.db, 'facility').code,
    knowsDataset: (code) =>
      ctx.db
        .select({ code: reportDefinitions.code })
        .from(reportDefinitions)
        .where(eq(reportDefinitions.code, code))
        .get() !== undefined,
  };
}

/** A receive result as the caller reads it: the reason in their language. */
export function importResultView(
  locale: Locale,
  fileName: string,
  result: ReceiveResult,
): BundleImportResult {
  const { reason, params, ...rest } = result;
  return {
    ...rest,
    fileName,
    ...(reason && {
      reasonCode: reason,
      reason: translate(locale, `bundles.reason.${reason}`, params),
    }),
  };
}

/** The audit entry of a bundle taken in (a USB import or a network receive). */
export function noteImport(
  ctx: PublicCtx,
  fileName: string,
  result: ReceiveResult,
  station: string | null,
  extra: Record<string, unknown> = {},
): void {
  ctx.audit.note({
    entity: 'bundle',
    entityId: station,
    detail: {
      ...extra,
      fileName,
      outcome: result.outcome,
      ...(result.reason && { reason: result.reason }),
      ...(result.period && { dataset: result.dataset, period: result.period }),
      ...(result.revision && { revision: result.revision, counter: result.counter }),
    },
  });
}

type Target = InputOf<'bundles.export'>['target'];

/** Only a drive plugged in now or a folder picked in this run: never any path a caller names. */
async function targetDir(ctx: UserCtx, target: Target): Promise<string | null> {
  if (!target) return null;
  const known =
    target.kind === 'drive'
      ? (await ctx.bundles.listDrives()).some((drive) => drive.path === target.path)
      : ctx.bundles.pickedFolders.has(target.path);
  if (!known) {
    throw new AppError('VALIDATION', 'error.VALIDATION', {
      fieldErrors: { 'target.path': { key: 'bundles.targetUnknown' } },
    });
  }
  return target.path;
}

export const bundlesHandlers: HandlersFor<typeof bundlesApi> = {
  'bundles.key': (ctx) => {
    const key = currentFacilityKey(ctx.db);
    if (!key) throw notFound('bundles.notFound');
    return { publicKey: key.publicKey, fingerprint: key.fingerprint, createdAt: key.createdAt };
  },

  'bundles.export': {
    prepare: async (ctx, input) => {
      const dir = await targetDir(ctx, input.target);
      const reports = await reportsToBundle(ctx, input.dataset, input.periods);
      return {
        write: () => {
          const made = recordBundles(ctx, input.dataset, reports, dir);
          // A district's totals go upstream like a station's submission (a station's own
          // reports were queued when they were submitted).
          if (readSection(ctx.db, 'facility').kind === 'district') {
            const queued = queueBundles(
              ctx,
              made.bundles.map((b) => b.id),
            );
            if (queued > 0) ctx.afterCommit(() => ctx.sync.kick());
          }
          return made;
        },
      };
    },
  },

  'bundles.list': (ctx, input) => listExports(ctx.db, input.dataset),

  'bundles.download': (ctx, input) => {
    const row = ctx.db
      .select({ fileName: bundleExports.fileName, content: bundleExports.content })
      .from(bundleExports)
      .where(eq(bundleExports.id, input.id))
      .get();
    if (!row) throw notFound('bundles.notFound');
    return exportFile(row);
  },

  'bundles.drives': (ctx) => ctx.bundles.listDrives(),

  'bundles.pickFolder': async (ctx) => {
    const picker = ctx.bundles.folderPicker;
    if (!picker) throw new AppError('CONFLICT', 'bundles.pickerUnavailable');
    const path = await picker();
    if (path) ctx.bundles.pickedFolders.add(path);
    return { path };
  },

  'bundles.import': (ctx, input) => {
    const bytes = Buffer.from(input.content, 'base64');
    const result = receiveBundle(receiveDeps(ctx), { fileName: input.fileName, bytes });
    noteImport(ctx, input.fileName, result, result.facilityCode ?? null);
    return importResultView(ctx.locale, input.fileName, result);
  },
};
