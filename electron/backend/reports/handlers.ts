import type { reportsApi } from '../../../shared/api/reports';
import { XLSX_MIME } from '../../../shared/api/files';
import { localDate } from '../../../shared/domain/dates';
import type { HandlersFor, UserCtx } from '../context';
import { notFound } from '../errors';
import { readSection } from '../settings/store';
import { dashboard } from './dashboard';
import { deadlines } from './deadlines';
import { applyImport, planImport, readDefinitionFile } from './definition-import';
import { definitionToXlsx } from './definition-xlsx';
import { allDefinitions, getDefinitionVersion, summarize } from './definitions';
import { queueSubmission } from '../sync/outbox';
import { exportReport, printContext } from './export';
import { reportView } from './report';
import { enterValues, reopenReport, submitReport, type ReportWriter } from './submissions';

const writer = (ctx: UserCtx): ReportWriter => ({
  db: ctx.db,
  sqlite: ctx.sqlite,
  now: ctx.now,
  userId: ctx.user.id,
});

const noteReport = (
  ctx: UserCtx,
  input: { dataset: string; period: string },
  detail: Record<string, unknown>,
): void => {
  ctx.audit.note({ entity: 'report', entityId: `${input.dataset}/${input.period}`, detail });
};

export const reportsHandlers: HandlersFor<typeof reportsApi> = {
  'reports.definitions': (ctx) =>
    summarize(
      ctx.db,
      allDefinitions(ctx.db),
      localDate(ctx.now),
      readSection(ctx.db, 'reports').deadlineWorkingDays,
    ),

  'reports.compute': (ctx, input) => reportView(ctx, input.dataset, input.period),

  'reports.enter': (ctx, input) => {
    const saved = enterValues(writer(ctx), input.dataset, input.period, input.values);
    noteReport(ctx, input, { values: input.values, saved });
    return reportView(ctx, input.dataset, input.period);
  },

  'reports.submit': (ctx, input) => {
    const submitted = submitReport(writer(ctx), input.dataset, input.period);
    // Upstream targets get it in this same transaction; the worker sends it after the commit.
    const queued = queueSubmission(ctx, input.dataset, input.period);
    if (queued > 0) ctx.afterCommit(() => ctx.sync.kick());
    noteReport(ctx, input, { ...submitted, ...(queued > 0 && { queued }) });
    return reportView(ctx, input.dataset, input.period);
  },

  'reports.reopen': (ctx, input) => {
    const reopened = reopenReport(writer(ctx), input.dataset, input.period, input.reason);
    noteReport(ctx, input, { revision: reopened.revision, reason: input.reason });
    return reportView(ctx, input.dataset, input.period);
  },

  'reports.export': async (ctx, input) => {
    const view = reportView(ctx, input.dataset, input.period);
    return exportReport(
      ctx.config.resourcesDir,
      view,
      input.format,
      printContext(ctx.db, view, ctx.now),
    );
  },

  'reports.deadlines': (ctx) => deadlines(ctx.db, ctx.now),

  'reports.definitions.import': {
    prepare: async (ctx, input) => {
      const reading = await readDefinitionFile(input.fileName, input.content);
      if (input.dryRun) return { done: planImport(ctx.db, reading, ctx.now) };
      return {
        // Planned again inside the transaction: another import may have saved the version.
        write: () => {
          const result = applyImport(ctx.db, reading, {
            fileName: input.fileName,
            now: ctx.now,
            userId: ctx.user.id,
          });
          ctx.audit.note({
            entity: 'reportDefinition',
            entityId: result.definition
              ? `${result.definition.code}/v${result.definition.version}`
              : input.fileName,
            detail: { fileName: input.fileName, status: result.status, saved: result.saved },
          });
          return result;
        },
      };
    },
  },

  'reports.definitions.export': async (ctx, input) => {
    const stored = getDefinitionVersion(ctx.db, input.code, input.version);
    if (!stored) throw notFound('reports.definition.notFound', input);
    const base = `${stored.definition.code}.v${stored.definition.version}`;
    if (input.format === 'json') {
      return {
        fileName: `${base}.json`,
        mimeType: 'application/json',
        content: Buffer.from(`${JSON.stringify(stored.definition, null, 2)}\n`).toString('base64'),
      };
    }
    return {
      fileName: `${base}.xlsx`,
      mimeType: XLSX_MIME,
      content: Buffer.from(await definitionToXlsx(stored.definition)).toString('base64'),
    };
  },

  'reports.dashboard': (ctx, input) => dashboard(ctx.db, ctx.sqlite, input, ctx.now),
};
