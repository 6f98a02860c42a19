import { inArray } from 'drizzle-orm';
import type { claimsApi } from '../../../shared/api/claims';
import { XML_MIME } from '../../../shared/api/files';
import { localDate } from '../../../shared/domain/dates';
import { invoices } from '../../../db/schema';
import { patientsOf } from '../audit/patients-of';
import type { HandlersFor, UserCtx } from '../context';
import { conflict } from '../errors';
import { DiskFile } from '../files';
import { monthStates, recordExport, reopenMonth, type ExportedClaim } from './freeze';
import { renderXml0 } from '../../../shared/domain/claims/xml130';
import { readSection } from '../settings/store';
import { checkInsOf, outboxEntries } from './outbox';

/**
 * The export's file was built from the worker's snapshot: if a bill it carries was repriced
 * since (a return, a refund), freezing the months now would record money the file does not say.
 */
function changedSince(ctx: UserCtx, sent: readonly ExportedClaim[]): boolean {
  const now = new Map(
    ctx.db
      .select({
        visitId: invoices.visitId,
        total: invoices.total,
        insurancePays: invoices.insurancePays,
      })
      .from(invoices)
      .where(
        inArray(
          invoices.visitId,
          sent.map((c) => c.visitId),
        ),
      )
      .all()
      .map((row) => [row.visitId, row]),
  );
  return sent.some((claim) => {
    const current = now.get(claim.visitId);
    return current?.total !== claim.total || current.insurancePays !== claim.insurancePays;
  });
}

/** Both build a month of claims: the job runner does it off the main loop. */
export const claimsHandlers: HandlersFor<typeof claimsApi> = {
  'claims.validate': async (ctx, period) => {
    const validation = await ctx.jobs.run('claims.validate', period);
    ctx.audit.read(
      patientsOf(
        ctx.sqlite,
        'visits',
        validation.visits.map((v) => v.visitId),
      ),
    );
    return validation;
  },

  'claims.exportXml130': {
    // The file is built in the worker before the transaction opens; write records it.
    prepare: async (ctx, { from, to }) => {
      const written = await ctx.jobs.run('claims.exportXml130', {
        from,
        to,
        createdOn: localDate(ctx.now),
      });
      const content = new DiskFile(written.file.path, written.file.size);
      return {
        write: () => {
          try {
            if (changedSince(ctx, written.sent)) {
              throw conflict('claims.changedDuringExport', { from, to });
            }
            const { exportId, resentVisitIds } = recordExport(
              ctx.db,
              {
                from,
                to,
                userId: ctx.user.id,
                at: ctx.now.toISOString(),
                fileSha256: written.fileSha256,
              },
              written.sent,
            );
            ctx.audit.note({
              patientIds: written.patientIds,
              entity: 'claims',
              entityId: `${from}..${to}`,
              detail: {
                exportId,
                count: written.count,
                skipped: written.skippedVisitIds.length,
                resent: resentVisitIds,
              },
            });
            return {
              fileName: written.fileName,
              mimeType: XML_MIME,
              content,
              count: written.count,
              skipped: written.skippedVisitIds.length,
              skippedVisitIds: written.skippedVisitIds,
              resentVisitIds,
            };
          } catch (error) {
            content.discard();
            throw error;
          }
        },
      };
    },
  },

  'claims.exportCheckIns': (ctx, { from, to }) => {
    const checkIns = checkInsOf(ctx.db, from, to);
    const ready = checkIns.filter((c) => c.problems.length === 0);
    if (ready.length === 0) throw conflict('claims.nothingToExport', { from, to });
    const facilityCode = readSection(ctx.db, 'facility').code;
    // STT counts the rows of this file, 1 to n.
    const xml = renderXml0(ready.map((c, index) => ({ ...c.row, STT: index + 1 })));
    const skippedVisitIds = checkIns.filter((c) => c.problems.length > 0).map((c) => c.visitId);
    // The file names each patient checked in: one read entry lists them all.
    ctx.audit.read(
      patientsOf(
        ctx.sqlite,
        'visits',
        ready.map((c) => c.visitId),
      ),
      {
        entity: 'claims',
        entityId: `${from}..${to}`,
        detail: { count: ready.length, skipped: skippedVisitIds.length },
      },
    );
    return {
      fileName: `CHECKIN_${facilityCode}_${from.replace(/-/g, '')}_${to.replace(/-/g, '')}.xml`,
      mimeType: XML_MIME,
      content: Buffer.from(xml, 'utf8').toString('base64'),
      count: ready.length,
      skipped: skippedVisitIds.length,
      skippedVisitIds,
    };
  },

  'claims.outbox': (ctx, input) => {
    const entries = outboxEntries(ctx.db, input.kinds, input.pendingOnly, input.limit);
    ctx.audit.read(
      patientsOf(
        ctx.sqlite,
        'visits',
        entries.map((e) => e.visitId),
      ),
      { entity: 'gateway_outbox' },
    );
    return entries;
  },

  'claims.reopenMonth': (ctx, { month, reason }) => {
    const reopened = reopenMonth(ctx.db, {
      month,
      reason,
      userId: ctx.user.id,
      at: ctx.now.toISOString(),
    });
    ctx.audit.note({
      entity: 'claim_month',
      entityId: month,
      detail: { reason, liftedExportId: reopened.liftedExportId },
    });
    const [state] = monthStates(ctx.db, `${month}-01`, `${month}-01`);
    if (!state) throw new Error(`no state for ${month}`);
    return state;
  },
};
