import { eq } from 'drizzle-orm';
import { users } from '../../db/schema';
import type { Me, Result, WorkstationLinkView } from '../../shared/api';
import type { PrintDocument } from '../devices/print/layout';
import type { Backend } from '../backend/backend';
import { PRINTER_ROLES, type PrinterRole } from '../../shared/api/devices';
import { AppError } from '../backend/errors';
import { readSection } from '../backend/settings/store';
import { refused, type EventListener, type IpcTarget } from '../transport/ipc';
import { removeWorkstationConfig } from './config';
import type { RemoteTram } from './remote';

/**
 * Procedures a workstation answers itself: its own printers, scanners and print history,
 * on its own local database. Documents come from the server (devices.document).
 */
export const LOCAL_PROCEDURES: ReadonlySet<string> = new Set([
  'devices.printers.list',
  'devices.printers.save',
  'devices.printers.delete',
  'devices.printers.test',
  'devices.printers.osPrinters',
  'devices.print',
  'devices.preview',
  'devices.printJobs.list',
  'devices.printJobs.reprint',
  'devices.scanners.list',
  'devices.scanners.save',
]);

/** A signed-in server user as the local device database knows them (no password). */
function mirrorUser(local: Backend, me: Me, now: Date): void {
  const db = local.database.db;
  const at = now.toISOString();
  const { user } = me;
  local.database.sqlite.transaction(() => {
    const clash = db.select().from(users).where(eq(users.username, user.username)).get();
    if (clash && clash.id !== user.id) {
      db.update(users)
        .set({ username: `${clash.username}~${clash.id}`, active: false, updatedAt: at })
        .where(eq(users.id, clash.id))
        .run();
    }
    const values = {
      username: user.username,
      fullName: user.fullName,
      roles: user.roles,
      cashierSupervisor: user.cashierSupervisor,
      active: true,
      mustChangePassword: false,
      updatedAt: at,
    };
    db.insert(users)
      .values({ id: user.id, ...values, passwordHash: '!', createdAt: at })
      .onConflictDoUpdate({ target: users.id, set: values })
      .run();
  })();
}

/**
 * The desktop app as a workstation of another Tram: every procedure goes to the server over
 * pinned HTTPS, except the devices, which the local main process drives on this PC's own
 * USB ports with documents laid out by the server.
 */
export class WorkstationRouter implements IpcTarget {
  readonly remote: RemoteTram;
  /** Server token → this PC's local session token for the same user. */
  private readonly localTokens = new Map<string, string>();
  /** Local session id → server token (for documents fetched on that user's behalf). */
  private readonly serverTokens = new Map<string, string>();

  constructor(
    remote: RemoteTram,
    private readonly local: Backend,
    private readonly onDisconnect: () => void,
  ) {
    this.remote = remote;
    for (const kind of PRINTER_ROLES)
      local.services.devices.documents.set(kind, (ctx, id) =>
        this.document(ctx.session.id, kind, id),
      );
  }

  status(): WorkstationLinkView {
    const { url, caFingerprint, name, pairedAt } = this.remote.config;
    return { mode: 'workstation', available: true, server: { url, caFingerprint, name, pairedAt } };
  }

  private async document(
    localSession: string,
    kind: PrinterRole,
    id: number,
  ): Promise<PrintDocument> {
    const token = this.serverTokens.get(localSession);
    const result = await this.remote.call('devices.document', { kind, id }, token);
    if (!result.ok) {
      // The server's refusal, as the window would have had it (a network failure as a conflict).
      const { code, messageKey, params, reason } = result.error;
      throw new AppError(code === 'INTERNAL' ? 'CONFLICT' : code, messageKey, {
        ...(params && { params }),
        ...(reason !== undefined && { reason }),
      });
    }
    return result.value as PrintDocument;
  }

  private async localToken(token: string | undefined): Promise<string | null> {
    if (!token) return null;
    const known = this.localTokens.get(token);
    const now = this.local.services.clock();
    if (known && this.local.services.sessions.resolve(known, now.getTime())) return known;
    const me = await this.remote.call('auth.me', {}, token);
    if (!me.ok) return null;
    mirrorUser(this.local, me.value as Me, now);
    const { token: localToken, session } = this.local.services.sessions.create(
      (me.value as Me).user.id,
      'vi',
      now.getTime(),
      { maxAgeMs: readSection(this.local.database.db, 'security').sessionMaxHours * 3_600_000 },
    );
    this.localTokens.set(token, localToken);
    this.serverTokens.set(session.id, token);
    return localToken;
  }

  private forget(token: string | undefined): void {
    if (!token) return;
    this.localTokens.delete(token);
    for (const [sessionId, serverToken] of this.serverTokens) {
      if (serverToken === token) {
        this.serverTokens.delete(sessionId);
        this.local.services.sessions.end(sessionId);
      }
    }
  }

  async call(name: string, input: unknown, token: string | undefined): Promise<Result<unknown>> {
    if (name === 'workstation.status') return { ok: true, value: this.status() };
    if (name === 'workstation.disconnect') return this.disconnect(token);
    if (LOCAL_PROCEDURES.has(name)) {
      const localToken = await this.localToken(token);
      // The server decides who is signed in; without a server session, no local device call.
      if (!localToken) return this.remote.call('auth.me', {}, token);
      return this.local.dispatcher.call(name, input, { token: localToken });
    }
    const result = await this.remote.call(name, input, token);
    if (name === 'auth.logout' && result.ok) this.forget(token);
    if (name === 'settings.get' && result.ok) {
      // Which scanners are plugged in is this PC's business, not the server's.
      const value = result.value as Record<string, unknown>;
      value.scannerDevices = readSection(this.local.database.db, 'scannerDevices');
    }
    return result;
  }

  private async disconnect(token: string | undefined): Promise<Result<unknown>> {
    const me = await this.remote.call('auth.me', {}, token);
    if (!me.ok) return me;
    if (!(me.value as Me).user.roles.includes('admin')) return refused();
    removeWorkstationConfig(this.local.paths.dataDir);
    this.close();
    this.onDisconnect();
    const view: WorkstationLinkView = { mode: 'standalone', available: true, server: null };
    return { ok: true, value: view };
  }

  subscribe(token: string, listener: EventListener): () => void {
    const stopRemote = this.remote.events(token, listener);
    // Scans come from this PC's own scanners.
    const stopLocal = this.local.events.subscribe((event, payload, target) => {
      if (event === 'scanner.scan' && target.userId === undefined) listener(event, payload);
    });
    return () => {
      stopRemote();
      stopLocal();
    };
  }

  setupCode(): string | null {
    return null;
  }

  close(): void {
    this.remote.close();
  }
}
