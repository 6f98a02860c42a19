import type { claimsApi } from '../../../shared/api/claims';
import { XML_MIME } from '../../../shared/api/files';
import { localDate } from '../../../shared/domain/dates';
import type { HandlersFor } from '../context';
import { DiskFile } from '../files';

/** Both build a month of claims: the job runner does it off the main loop. */
export const claimsHandlers: HandlersFor<typeof claimsApi> = {
  'claims.validate': (ctx, period) => ctx.jobs.run('claims.validate', period),

  'claims.exportXml130': async (ctx, { from, to }) => {
    const written = await ctx.jobs.run('claims.exportXml130', {
      from,
      to,
      createdOn: localDate(ctx.now),
    });
    ctx.audit.record('claims.exportXml130', {
      entity: 'claims',
      entityId: `${from}..${to}`,
      detail: { count: written.count, skipped: written.skippedVisitIds.length },
    });
    return {
      fileName: written.fileName,
      mimeType: XML_MIME,
      content: new DiskFile(written.file.path, written.file.size),
      count: written.count,
      skippedVisitIds: written.skippedVisitIds,
    };
  },
};
