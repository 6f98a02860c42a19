import { and, desc, eq } from 'drizzle-orm';
import { unzipSync } from 'fflate';
import type { Db } from '../../../db/client';
import {
  bundleExports,
  syncOutbox,
  syncTargets,
  type SyncOutboxRow,
  type SyncTargetRow,
} from '../../../db/schema';
import type { OutboxRowView } from '../../../shared/api';
import { BUNDLE_FILES } from '../../../shared/domain/bundles';
import { aggregateValueSet } from '../../../shared/domain/sync';
import type { OutboxStatus } from '../../../shared/domain/sync';
import { translate, type Locale } from '../../../shared/i18n';
import type { UserCtx } from '../context';
import { AppError, notFound } from '../errors';
import { readSection } from '../settings/store';
import { recordBundles } from '../bundles/export';
import { networkReport } from '../bundles/sources';
import { dhis2Period, parsePeriod } from '../../../shared/domain/reports/periods';

/**
 * The aggregate figures a bundle carries, read back from its values file and checked against
 * the aggregate-only schema: what goes to DHIS2 is exactly what the signed bundle says.
 */
function valueSetOf(bundle: Buffer): Buffer {
  const file = unzipSync(bundle, { filter: (entry) => entry.name === BUNDLE_FILES.values })[
    BUNDLE_FILES.values
  ];
  if (!file) throw new Error('bundle without values');
  const set = aggregateValueSet.parse(JSON.parse(Buffer.from(file).toString('utf8')));
  return Buffer.from(JSON.stringify(set));
}

/**
 * Queues bundles this facility just recorded for every enabled target, in the same
 * transaction: a Tram gets the signed bundle, DHIS2 its figures. One row per report revision
 * and target (the idempotency key); the same revision queued again adds nothing.
 */
export function queueBundles(ctx: UserCtx, bundleIds: readonly number[]): number {
  const targets = ctx.db.select().from(syncTargets).where(eq(syncTargets.enabled, true)).all();
  if (targets.length === 0 || bundleIds.length === 0) return 0;
  const code = readSection(ctx.db, 'facility').code;
  const at = ctx.now.toISOString();
  let queued = 0;
  for (const bundleId of bundleIds) {
    const bundle = ctx.db.select().from(bundleExports).where(eq(bundleExports.id, bundleId)).get();
    if (!bundle) continue;
    for (const target of targets) {
      const payload =
        target.kind === 'tram'
          ? { payloadType: 'bundle' as const, payload: bundle.content }
          : { payloadType: 'dataValueSet' as const, payload: valueSetOf(bundle.content) };
      const inserted = ctx.db
        .insert(syncOutbox)
        .values({
          targetId: target.id,
          idempotencyKey: [code, bundle.dataset, bundle.period, bundle.revision, target.id].join(
            ':',
          ),
          dataset: bundle.dataset,
          period: bundle.period,
          revision: bundle.revision,
          ...payload,
          bundleExportId: bundle.id,
          nextAttemptAt: at,
          createdAt: at,
          createdBy: ctx.user.id,
        })
        .onConflictDoNothing()
        .run();
      queued += inserted.changes;
    }
  }
  return queued;
}

export function outboxView(
  locale: Locale,
  row: SyncOutboxRow,
  target: Pick<SyncTargetRow, 'name' | 'kind'>,
): OutboxRowView {
  return {
    id: row.id,
    targetId: row.targetId,
    targetName: target.name,
    targetKind: target.kind,
    dataset: row.dataset,
    period: row.period,
    revision: row.revision,
    status: row.status,
    attempts: row.attempts,
    nextAttemptAt: row.status === 'pending' ? row.nextAttemptAt : null,
    lastAttemptAt: row.lastAttemptAt,
    lastError: row.lastError ? translate(locale, row.lastError.key, row.lastError.params) : null,
    answer: row.answer,
    sentAt: row.sentAt,
    createdAt: row.createdAt,
    idempotencyKey: row.idempotencyKey,
  };
}

export function listOutbox(
  db: Db,
  locale: Locale,
  filter: { status?: OutboxStatus; targetId?: number; ids?: readonly number[]; limit?: number },
): OutboxRowView[] {
  const rows = db
    .select({ row: syncOutbox, target: { name: syncTargets.name, kind: syncTargets.kind } })
    .from(syncOutbox)
    .innerJoin(syncTargets, eq(syncTargets.id, syncOutbox.targetId))
    .where(
      and(
        filter.status ? eq(syncOutbox.status, filter.status) : undefined,
        filter.targetId ? eq(syncOutbox.targetId, filter.targetId) : undefined,
      ),
    )
    .orderBy(desc(syncOutbox.id))
    .limit(filter.ids ? -1 : (filter.limit ?? 200))
    .all();
  const wanted = filter.ids ? new Set(filter.ids) : null;
  return rows
    .filter(({ row }) => !wanted || wanted.has(row.id))
    .map(({ row, target }) => outboxView(locale, row, target));
}

/** A failed row goes back in the queue (its cause fixed): tried at the next run, from scratch. */
export function retryRow(db: Db, locale: Locale, id: number, now: Date): OutboxRowView {
  const row = db.select().from(syncOutbox).where(eq(syncOutbox.id, id)).get();
  if (!row) throw notFound('sync.outbox.notFound');
  if (row.status !== 'failed') throw new AppError('CONFLICT', 'sync.outbox.notFailed');
  db.update(syncOutbox)
    .set({ status: 'pending', attempts: 0, nextAttemptAt: now.toISOString() })
    .where(eq(syncOutbox.id, id))
    .run();
  const [view] = listOutbox(db, locale, { ids: [id] });
  if (!view) throw notFound('sync.outbox.notFound');
  return view;
}

/**
 * At submission (inside its transaction): the report's figures, signed, into the outbox for
 * every enabled target. A report that cannot go (no target, a 9-month period DHIS2 has no id
 * for, the signing key unreadable) is still submitted: the USB stick remains.
 */
export function queueSubmission(ctx: UserCtx, dataset: string, period: string): number {
  const any = ctx.db
    .select({ id: syncTargets.id })
    .from(syncTargets)
    .where(eq(syncTargets.enabled, true))
    .get();
  const parsed = parsePeriod(period);
  if (!any || !parsed || !dhis2Period(parsed)) return 0;
  try {
    return ctx.sqlite.transaction(() => {
      const made = recordBundles(ctx, dataset, [networkReport(ctx, dataset, period)], null);
      return queueBundles(
        ctx,
        made.bundles.map((b) => b.id),
      );
    })();
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    console.error(`[tram] report ${dataset} ${period} not queued for sync:`, error.messageKey);
    return 0;
  }
}
