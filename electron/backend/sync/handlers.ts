import type { syncApi, syncReceiveApi } from '../../../shared/api/sync';
import type { HandlersFor, PublicCtx } from '../context';
import { importResultView, noteImport, receiveDeps } from '../bundles/handlers';
import { receiveBundle } from '../bundles/receive';
import { openBundle } from '../bundles/verify';
import { AppError } from '../errors';
import { readSection } from '../settings/store';
import { issueCredential, markCredentialUsed, stationOfCredential } from './credentials';
import { listOutbox, retryRow } from './outbox';
import { listTargets, saveTarget, targetRow } from './targets';
import { testTarget } from './test-target';

export const syncHandlers: HandlersFor<typeof syncApi> = {
  'sync.targets.list': (ctx) => listTargets(ctx.db, ctx.locale),

  'sync.targets.save': (ctx, input) => {
    const saved = saveTarget(ctx.db, ctx.config.dataDir, input, ctx.now);
    // The audit entry names the target, never a secret.
    ctx.audit.note({
      entity: 'sync_target',
      entityId: String(saved.id),
      detail: { name: input.name, kind: input.kind, baseUrl: input.baseUrl },
    });
    return saved;
  },

  'sync.targets.test': (ctx, input) => testTarget(ctx, targetRow(ctx.db, input.id)),

  'sync.outbox': (ctx, input) => listOutbox(ctx.db, ctx.locale, input),

  'sync.run': {
    prepare: async (ctx, input) => {
      if (input.targetId) targetRow(ctx.db, input.targetId);
      const { tried } = await ctx.sync.run({ ...(input.targetId && { targetId: input.targetId }) });
      const rows = listOutbox(ctx.db, ctx.locale, { ids: tried });
      const count = (status: string) => rows.filter((r) => r.status === status).length;
      return {
        done: { sent: count('sent'), failed: count('failed'), pending: count('pending'), rows },
      };
    },
  },

  'sync.retry': (ctx, input) => {
    const view = retryRow(ctx.db, ctx.locale, input.outboxId, ctx.now);
    ctx.audit.note({ entity: 'sync_outbox', entityId: String(input.outboxId) });
    ctx.afterCommit(() => ctx.sync.kick());
    return view;
  },
};

function credentialStation(ctx: PublicCtx, credential: string): string {
  const code = stationOfCredential(ctx.db, credential);
  if (!code) throw new AppError('UNAUTHENTICATED', 'sync.credential.wrong');
  return code;
}

export const syncReceiveHandlers: HandlersFor<typeof syncReceiveApi> = {
  'stations.credential': (ctx, input) => {
    const issued = issueCredential(ctx.db, input.code, ctx.now, ctx.user.id);
    ctx.audit.note({
      entity: 'station',
      entityId: input.code,
      detail: { issuedAt: issued.issuedAt },
    });
    return issued;
  },

  'sync.hello': (ctx, input) => {
    const stationCode = credentialStation(ctx, input.credential);
    const facility = readSection(ctx.db, 'facility');
    return { facilityCode: facility.code, facilityName: facility.name, stationCode };
  },

  /**
   * The network's USB stick: the credential says which station may send, the bundle's own
   * signature and chain say the rest, exactly as at a USB import.
   */
  'bundles.receive': (ctx, input) => {
    const station = credentialStation(ctx, input.credential);
    const bytes = Buffer.from(input.content, 'base64');
    const opened = openBundle(bytes);
    const deps = receiveDeps(ctx);
    const result =
      opened.ok && opened.claimed.facilityCode !== station
        ? {
            outcome: 'rejected' as const,
            reason: 'notCredentialStation' as const,
            params: { code: opened.claimed.facilityCode.slice(0, 20), station },
            facilityCode: opened.claimed.facilityCode.slice(0, 20),
          }
        : receiveBundle(deps, { fileName: input.fileName, bytes });
    markCredentialUsed(ctx.db, input.credential, ctx.now);
    noteImport(ctx, input.fileName, result, station, { via: 'network' });
    return importResultView(ctx.locale, input.fileName, result);
  },
};
