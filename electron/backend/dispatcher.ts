import { SqliteError } from 'better-sqlite3';
import {
  api,
  isProcedureName,
  type ApiError,
  type Api,
  type InputOf,
  type OutputOf,
  type ProcedureName,
  type Result,
} from '../../shared/api';
import type { LocalizedText } from '../../shared/api/result';
import { fieldIssues } from '../../shared/api/validation';
import { hasAnyRole } from '../../shared/domain/roles';
import {
  DEFAULT_LOCALE,
  translate,
  type Locale,
  type MessageKey,
  type MessageParams,
} from '../../shared/i18n';
import type { AuditEntry } from './audit/chain';
import type { Session } from './auth/sessions';
import { loadCurrentUser } from './auth/users';
import { readFacilityKind } from './settings/store';
import type {
  AuditNote,
  AuditScope,
  CurrentUser,
  HandlersFor,
  PreparedMutation,
  PublicCtx,
  Services,
} from './context';
import { AppError } from './errors';

export interface CallMeta {
  token?: string | undefined;
  /** The caller's language, when the transport knows it; else the session's. */
  locale?: Locale | undefined;
  /** A paired workstation's credential (x-tram-workstation over HTTP). */
  workstation?: string | undefined;
  /** The caller's network address, when the transport knows it. */
  address?: string | undefined;
}

type HandlerFn = (ctx: PublicCtx, input: unknown) => unknown;
type AnyHandler = HandlerFn | PreparedMutation<PublicCtx, unknown, unknown>;

function localize(locale: Locale, text: LocalizedText): string {
  return translate(locale, text.key, text.params);
}

function failure(
  locale: Locale,
  code: ApiError['code'],
  key: MessageKey,
  extra: Partial<Omit<ApiError, 'code' | 'message' | 'messageKey'>> & {
    params?: MessageParams;
  } = {},
): { ok: false; error: ApiError } {
  return {
    ok: false,
    error: { code, message: translate(locale, key, extra.params), messageKey: key, ...extra },
  };
}

function isPromise(value: unknown): value is Promise<unknown> {
  return typeof value === 'object' && value !== null && 'then' in value;
}

/**
 * The one road into the backend: authenticate, check the role, parse the input, run the
 * handler (writes in one synchronous transaction with their audit entry), map errors.
 */
export class Dispatcher {
  private readonly handlers: Readonly<Record<string, AnyHandler | undefined>>;

  constructor(
    private readonly services: Services,
    handlers: HandlersFor<Api>,
  ) {
    this.handlers = handlers as unknown as Record<string, AnyHandler | undefined>;
    for (const [name, procedure] of Object.entries(api)) {
      const handler = this.handlers[name];
      const prepared =
        procedure.kind === 'mutation' &&
        typeof handler === 'object' &&
        typeof handler.prepare === 'function';
      if (typeof handler !== 'function' && !prepared) throw new Error(`No handler for ${name}`);
    }
  }

  /** Typed entry for in-process callers (tests, benchmarks). */
  invoke<N extends ProcedureName>(
    name: N,
    input: InputOf<N>,
    meta: CallMeta = {},
  ): Promise<Result<OutputOf<N>>> {
    return this.call(name, input, meta) as Promise<Result<OutputOf<N>>>;
  }

  /** The live, unlocked session and its user for a token (the HTTP extras use this). */
  authenticate(token: string | undefined): { session: Session; user: CurrentUser } | null {
    if (!token) return null;
    const session = this.services.sessions.resolve(token, this.services.clock().getTime());
    if (!session || session.locked) return null;
    const user = loadCurrentUser(this.services.db, session.userId);
    return user ? { session, user } : null;
  }

  async call(name: string, input: unknown, meta: CallMeta): Promise<Result<unknown>> {
    let locale = meta.locale ?? DEFAULT_LOCALE;
    if (!isProcedureName(name)) {
      return failure(locale, 'NOT_FOUND', 'error.unknownProcedure', { params: { name } });
    }
    const procedure = api[name];
    const now = this.services.clock();

    let workstationId: number | null = null;
    if (meta.workstation !== undefined) {
      workstationId = this.services.workstations.identify(meta.workstation);
      if (workstationId === null) {
        return failure(locale, 'UNAUTHENTICATED', 'workstations.revoked', {
          reason: 'workstationRevoked',
        });
      }
    }

    let session: Session | null = null;
    let user: CurrentUser | null = null;
    if (meta.token) {
      session = this.services.sessions.resolve(meta.token, now.getTime()) ?? null;
      // A session opened through a workstation is good only with that workstation's credential.
      if (session && session.workstationId !== null && session.workstationId !== workstationId) {
        session = null;
      }
      if (session) {
        user = loadCurrentUser(this.services.db, session.userId);
        if (!user) {
          this.services.sessions.end(session.id);
          session = null;
        }
      }
    }
    if (procedure.access !== 'public') {
      if (!session || !user) {
        return meta.token
          ? failure(locale, 'UNAUTHENTICATED', 'error.sessionExpired', { reason: 'expired' })
          : failure(locale, 'UNAUTHENTICATED', 'error.UNAUTHENTICATED', { reason: 'missing' });
      }
      locale = meta.locale ?? session.locale;
      if (session.locked && !procedure.whileLocked) {
        return failure(locale, 'UNAUTHENTICATED', 'error.sessionLocked', { reason: 'locked' });
      }
      session.lastSeenAt = now.getTime();
      if (user.mustChangePassword && !procedure.beforePasswordChange) {
        return failure(locale, 'FORBIDDEN', 'auth.password.mustChange', {
          reason: 'mustChangePassword',
        });
      }
      if (procedure.access !== 'authenticated' && !hasAnyRole(user.roles, procedure.access)) {
        return failure(locale, 'FORBIDDEN', 'error.FORBIDDEN');
      }
    }
    if (procedure.facility && procedure.facility !== readFacilityKind(this.services.db)) {
      return failure(locale, 'FORBIDDEN', 'error.otherFacilityKind', { reason: 'facilityKind' });
    }

    if (meta.workstation !== undefined) {
      this.services.workstations.seen(
        meta.workstation,
        now,
        meta.address ?? null,
        user?.username ?? null,
      );
    }

    const parsed = procedure.input.safeParse(input ?? undefined, { reportInput: true });
    if (!parsed.success) {
      const keys = fieldIssues(parsed.error);
      return failure(locale, 'VALIDATION', 'error.VALIDATION', {
        fieldErrors: Object.fromEntries(
          Object.entries(keys).map(([path, text]) => [path, localize(locale, text)]),
        ),
        fieldErrorKeys: keys,
      });
    }

    const handler = this.handlers[name] as AnyHandler;
    const note: AuditNote = {};
    const effects: (() => void)[] = [];
    const ctx: PublicCtx = {
      ...this.services,
      locale,
      now,
      user,
      session,
      audit: this.auditScope(name, now, user, note),
      via: { workstationId, address: meta.address ?? null },
      afterCommit: (effect) => effects.push(effect),
    };
    let value: unknown;
    try {
      if (typeof handler === 'function') {
        value =
          procedure.kind === 'query'
            ? await handler(ctx, parsed.data)
            : this.runMutation(name, ctx, note, () => handler(ctx, parsed.data));
      } else {
        const prepared = await handler.prepare(ctx, parsed.data);
        value =
          'done' in prepared ? prepared.done : this.runMutation(name, ctx, note, prepared.write);
      }
    } catch (error) {
      return this.mapError(error, locale, name);
    }
    for (const effect of effects) effect();
    return { ok: true, value };
  }

  private entry(now: Date, user: CurrentUser | null, action: string, note: AuditNote): AuditEntry {
    return {
      at: now.toISOString(),
      userId: user?.id ?? null,
      username: user?.username ?? null,
      action,
      outcome: 'ok',
      patientId: null,
      entity: null,
      entityId: null,
      detail: null,
      ...note,
    };
  }

  private auditScope(
    name: string,
    now: Date,
    user: CurrentUser | null,
    note: AuditNote,
  ): AuditScope {
    const { sqlite, auditChain } = this.services;
    const record = (action: string, more: AuditNote = {}): void => {
      const entry = this.entry(now, user, action, more);
      if (sqlite.inTransaction) auditChain.append(entry);
      else sqlite.transaction(() => auditChain.append(entry)).immediate();
    };
    return {
      note: (more) => Object.assign(note, more),
      record,
      read: (ids, more = {}) => {
        const patientIds = [
          ...new Set([...ids].filter((id): id is number => typeof id === 'number')),
        ];
        if (patientIds.length === 0) return;
        record(name, {
          patientId: patientIds.length === 1 ? (patientIds[0] ?? null) : null,
          patientIds,
          ...more,
        });
      },
    };
  }

  private runMutation(name: string, ctx: PublicCtx, note: AuditNote, run: () => unknown): unknown {
    const { sqlite, auditChain } = this.services;
    sqlite.exec('BEGIN IMMEDIATE');
    try {
      const value = run();
      if (isPromise(value)) throw new Error(`${name}: a mutation handler must be synchronous`);
      auditChain.append(this.entry(ctx.now, ctx.user, name, note));
      sqlite.exec('COMMIT');
      return value;
    } catch (error) {
      if (error instanceof AppError && error.options.commit) {
        const failed = error.options.audit;
        if (failed) {
          auditChain.append({
            ...this.entry(ctx.now, ctx.user, failed.action, { detail: failed.detail ?? null }),
            outcome: 'failed',
            ...(failed.userId !== undefined && { userId: failed.userId }),
            ...(failed.username !== undefined && { username: failed.username }),
          });
        }
        sqlite.exec('COMMIT');
      } else if (sqlite.inTransaction) {
        sqlite.exec('ROLLBACK');
      }
      throw error;
    }
  }

  private mapError(error: unknown, locale: Locale, name: string): { ok: false; error: ApiError } {
    if (error instanceof AppError) {
      const { params, fieldErrors, reason, details } = error.options;
      return failure(locale, error.code, error.messageKey, {
        ...(params && { params }),
        ...(fieldErrors && {
          fieldErrors: Object.fromEntries(
            Object.entries(fieldErrors).map(([path, text]) => [path, localize(locale, text)]),
          ),
          fieldErrorKeys: fieldErrors,
        }),
        ...(reason !== undefined && { reason }),
        ...(details && { details }),
      });
    }
    if (error instanceof SqliteError) {
      if (error.code === 'SQLITE_FULL' || error.code === 'SQLITE_IOERR_WRITE') {
        console.warn(`[tram] ${name}: the disk is full; nothing was written`);
        return failure(locale, 'DISK_FULL', 'error.DISK_FULL');
      }
      if (error.code === 'SQLITE_BUSY' || error.code === 'SQLITE_LOCKED') {
        return failure(locale, 'CONFLICT', 'error.busy');
      }
      if (error.code.startsWith('SQLITE_CONSTRAINT')) {
        console.warn(`[tram] ${name}: constraint refused a write: ${error.message}`);
        return failure(locale, 'CONFLICT', 'error.CONFLICT');
      }
    }
    console.error(`[tram] ${name} failed:`, error);
    return failure(locale, 'INTERNAL', 'error.INTERNAL');
  }
}
