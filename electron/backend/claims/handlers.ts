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
