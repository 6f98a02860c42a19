import { IMPORT_ROLES, type catalogApi } from '../../../shared/api/catalog';
import { hasAnyRole } from '../../../shared/domain/roles';
import type { HandlersFor } from '../context';
import { AppError, notFound } from '../errors';
import { getDrug, saveDrug, searchDrugs, toDrugView } from './drugs';
import { getIcd, searchIcd, setFavourite } from './icd';
import { applyImport, importResult, planImport } from './import';
import { getService, saveService, searchServices, toServiceView } from './services';
import { catalogSummary } from './summary';

export const catalogHandlers: HandlersFor<typeof catalogApi> = {
  'catalog.summary': (ctx) => catalogSummary(ctx.db, ctx.user.id),

  'catalog.icd.search': (ctx, input) => searchIcd(ctx.db, ctx.user.id, input),

  'catalog.icd.favourite': (ctx, input) => {
    const icd = getIcd(ctx.db, ctx.user.id, input.code);
    if (!icd) throw notFound('catalog.icd.notFound', { code: input.code });
    setFavourite(ctx.db, ctx.user.id, input.code, input.favourite, ctx.now.toISOString());
    ctx.audit.note({
      entity: 'icd10',
      entityId: input.code,
      detail: { favourite: input.favourite },
    });
    return { ...icd, favourite: input.favourite };
  },

  'catalog.drugs.search': (ctx, input) => searchDrugs(ctx.db, input),

  'catalog.drugs.get': (ctx, input) => getDrug(ctx.db, input.id),

  'catalog.drugs.save': (ctx, input) => {
    const row = saveDrug(ctx.db, input, ctx.now.toISOString(), ctx.config.resourcesDir);
    ctx.audit.note({
      entity: 'drug',
      entityId: String(row.id),
      detail: { created: input.id === undefined, code: row.code, name: row.name },
    });
    return toDrugView(row);
  },

  'catalog.services.search': (ctx, input) => searchServices(ctx.db, input),

  'catalog.services.get': (ctx, input) => getService(ctx.db, input.id),

  'catalog.services.save': (ctx, input) => {
    const row = saveService(ctx.db, input, ctx.now.toISOString());
    ctx.audit.note({
      entity: 'service',
      entityId: String(row.id),
      detail: { created: input.id === undefined, code: row.code, price: input.price },
    });
    return toServiceView(row);
  },

  'catalog.import': {
    prepare: async (ctx, input) => {
      if (!hasAnyRole(ctx.user.roles, IMPORT_ROLES[input.kind])) {
        throw new AppError('FORBIDDEN', 'catalog.import.adminOnly');
      }
      const decoded = await ctx.jobs.run('catalog.file', {
        kind: input.kind,
        fileName: input.fileName,
        content: input.content,
        dryRun: input.dryRun ?? false,
        locale: ctx.locale,
      });
      if ('done' in decoded) return decoded;
      const { parsed } = decoded;
      return {
        // Planned again inside the transaction: the catalogue may have changed meanwhile.
        write: () => {
          const plan = planImport(ctx.db, parsed);
          applyImport(ctx.db, plan, ctx.now.toISOString());
          const result = importResult(plan, false, ctx.locale);
          ctx.audit.note({
            entity: 'catalog',
            entityId: input.kind,
            detail: {
              fileName: input.fileName,
              imported: result.imported,
              updated: result.updated,
              unchanged: result.unchanged,
              rejected: result.rejectedCount,
            },
          });
          return result;
        },
      };
    },
  },
};
