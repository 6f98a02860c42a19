import type { settingsApi } from '../../../shared/api/settings';
import type { HandlersFor } from '../context';
import { repriceOpenBills } from '../billing/reprice';
import { readSettings, writeSection } from './store';

export const settingsHandlers: HandlersFor<typeof settingsApi> = {
  'settings.get': (ctx) => readSettings(ctx.db),

  'settings.update': (ctx, input) => {
    const current = readSettings(ctx.db);
    const at = ctx.now.toISOString();
    const changed: string[] = [];
    if (input.facility) {
      const facility = { ...input.facility, kind: current.facility.kind };
      writeSection(ctx.db, 'facility', facility, at, ctx.user.id);
      changed.push('facility');
    }
    if (input.security) {
      writeSection(ctx.db, 'security', { ...current.security, ...input.security }, at, ctx.user.id);
      changed.push('security');
    }
    if (input.network) {
      writeSection(ctx.db, 'network', { ...current.network, ...input.network }, at, ctx.user.id);
      changed.push('network');
    }
    if (input.scanner) {
      const { prefix, ...rest } = input.scanner;
      const scanner = { ...current.scanner, ...rest };
      if (prefix === null) delete scanner.prefix;
      else if (prefix !== undefined) scanner.prefix = prefix;
      writeSection(ctx.db, 'scanner', scanner, at, ctx.user.id);
      changed.push('scanner');
    }
    if (input.reception) {
      const reception = { ...current.reception, ...input.reception };
      writeSection(ctx.db, 'reception', reception, at, ctx.user.id);
      changed.push('reception');
    }
    for (const key of [
      'clinical',
      'pharmacy',
      'coverage',
      'cashier',
      'claims',
      'reports',
      'printing',
    ] as const) {
      const patch = input[key];
      if (!patch) continue;
      writeSection(ctx.db, key, { ...current[key], ...patch }, at, ctx.user.id);
      changed.push(key);
    }
    // The coverage rules price bills: those still at the desk follow them in this transaction.
    const repriced = input.coverage ? repriceOpenBills(ctx.db, ctx.now) : [];
    ctx.audit.note({
      entity: 'settings',
      entityId: changed.join(','),
      detail: { ...input, ...(repriced.length > 0 && { repriced }) },
    });
    return readSettings(ctx.db);
  },
};
