import { desc, eq, isNull } from 'drizzle-orm';
import { workstations, type WorkstationRow } from '../../../db/schema';
import type { WorkstationLinkView, WorkstationView } from '../../../shared/api';
import type { workstationsApi } from '../../../shared/api/workstations';
import { hasAnyRole } from '../../../shared/domain/roles';
import { countUsers } from '../auth/users';
import type { HandlersFor, PublicCtx } from '../context';
import { AppError, conflict, notFound } from '../errors';
import { lanNames, servedUrls } from '../network/lan-addresses';
import { readSection } from '../settings/store';
import { credentialHash, serverProof } from './proof';

function toView(row: WorkstationRow): WorkstationView {
  return {
    id: row.id,
    name: row.name,
    pairedAt: row.pairedAt,
    pairedFrom: row.pairedFrom,
    lastSeenAt: row.lastSeenAt,
    lastAddress: row.lastAddress,
    lastUsername: row.lastUsername,
    revokedAt: row.revokedAt,
  };
}

const STANDALONE: WorkstationLinkView = { mode: 'standalone', available: false, server: null };

/** The CA workstations pin; pairing exists only while LAN mode (HTTPS) is on. */
function lanAuthority(ctx: PublicCtx): { fingerprint: string } {
  const authority = ctx.tls.authority();
  if (!authority || !readSection(ctx.db, 'network').lanEnabled) {
    throw conflict('workstations.lanOff');
  }
  return authority;
}

export const workstationsHandlers: HandlersFor<typeof workstationsApi> = {
  'workstations.list': (ctx) =>
    ctx.db
      .select()
      .from(workstations)
      .orderBy(desc(isNull(workstations.revokedAt)), desc(workstations.id))
      .all()
      .map(toView),

  'workstations.pairingCode': (ctx) => {
    const authority = lanAuthority(ctx);
    const offered = ctx.workstations.offerCode(ctx.now);
    const port = readSection(ctx.db, 'network').lanPort;
    ctx.audit.note({
      entity: 'workstation',
      detail: { expiresAt: offered.expiresAt.toISOString() },
    });
    return {
      code: offered.code,
      expiresAt: offered.expiresAt.toISOString(),
      caFingerprint: authority.fingerprint,
      urls: servedUrls('0.0.0.0', port, true).filter((url) => !url.includes('127.0.0.1')),
    };
  },

  'workstations.revoke': (ctx, { id }) => {
    const row = ctx.db.select().from(workstations).where(eq(workstations.id, id)).get();
    if (!row) throw notFound('workstations.notFound');
    if (row.revokedAt) return toView(row);
    const revoked = ctx.db
      .update(workstations)
      .set({ revokedAt: ctx.now.toISOString(), revokedBy: ctx.user.id })
      .where(eq(workstations.id, id))
      .returning()
      .get();
    ctx.afterCommit(() => {
      ctx.workstations.forget(id);
      ctx.sessions.endForWorkstation(id);
    });
    ctx.audit.note({ entity: 'workstation', entityId: String(id), detail: { name: row.name } });
    return toView(revoked);
  },

  'workstations.pair': (ctx, input) => {
    const authority = lanAuthority(ctx);
    const redeemed = ctx.workstations.redeem(
      input.proof,
      input.nonce,
      authority.fingerprint,
      ctx.now,
    );
    if (!redeemed.ok) {
      throw new AppError('FORBIDDEN', redeemed.key, {
        reason: 'pairingRefused',
        commit: true,
        audit: {
          action: 'workstations.pair.failed',
          detail: { name: input.name, address: ctx.via.address },
        },
      });
    }
    const row = ctx.db
      .insert(workstations)
      .values({
        name: input.name,
        credentialHash: credentialHash(redeemed.credential),
        pairedAt: ctx.now.toISOString(),
        pairedFrom: ctx.via.address,
      })
      .returning()
      .get();
    ctx.audit.note({
      entity: 'workstation',
      entityId: String(row.id),
      detail: { name: input.name, address: ctx.via.address },
    });
    return {
      workstationId: row.id,
      credential: redeemed.credential,
      serverProof: serverProof(
        redeemed.code,
        authority.fingerprint,
        input.nonce,
        redeemed.credential,
      ),
    };
  },

  'network.certificate': async (ctx) => {
    const facility = readSection(ctx.db, 'facility').name;
    const identity = await ctx.tls.ensure(lanNames(), facility, ctx.now);
    return {
      caFingerprint: identity.caFingerprint,
      serverFingerprint: identity.serverFingerprint,
      names: identity.names,
      validTo: identity.validTo,
      caCertificate: identity.caCertificate,
    };
  },

  'workstation.status': (ctx) => ctx.workstationLink?.status() ?? STANDALONE,

  'workstation.connect': {
    prepare: async (ctx, input) => {
      const link = ctx.workstationLink;
      if (!link) throw notFound('workstation.desktopOnly');
      // Before setup anyone at this PC may; afterwards only its administrator.
      const allowed =
        countUsers(ctx.db) === 0 || (ctx.user !== null && hasAnyRole(ctx.user.roles, ['admin']));
      if (!allowed) throw new AppError('FORBIDDEN', 'error.FORBIDDEN');
      const linked = await link.connect(input);
      return {
        write: () => {
          ctx.audit.note({
            entity: 'workstation',
            detail: { server: linked.server?.url, caFingerprint: linked.server?.caFingerprint },
          });
          return linked;
        },
      };
    },
  },

  // Reaches this backend only when the app is not a workstation: nothing to disconnect.
  'workstation.disconnect': () => {
    throw conflict('workstation.notConnected');
  },
};
