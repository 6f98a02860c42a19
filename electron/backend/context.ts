import type Database from 'better-sqlite3';
import type { z } from 'zod';
import type { Db } from '../../db/client';
import type { Access, FileResult, Procedure, ProcedureKind, ProcedureMap } from '../../shared/api';
import type { Role } from '../../shared/domain/roles';
import type { Locale } from '../../shared/i18n';
import type { WorkstationLinkView } from '../../shared/api';
import type { AuditAnchors } from './audit/anchors';
import type { AuditChain, AuditEntry } from './audit/chain';
import type { UnknownNames } from './auth/attempts';
import type { SetupCode } from './auth/setup-code';
import type { BackupService } from './backups/service';
import type { ScryptCost } from './auth/passwords';
import type { Session, SessionStore } from './auth/sessions';
import type { BundlesRuntime } from './bundles/runtime';
import type { Clock } from './clock';
import type { DevicesRuntime } from './devices/runtime';
import type { EventBus } from './events';
import type { FileOutput } from './files';
import type { JobRunner } from './jobs/runner';
import type { SyncWorker } from './sync/worker';
import type { TlsStore } from './tls/tls-store';
import type { WorkstationRegistry } from './workstations/registry';

export interface BackendConfig {
  dataDir: string;
  /** Shipped files: fonts, starter catalogues, printer profiles. */
  resourcesDir: string;
  version: string;
  scryptCost?: ScryptCost;
}

/** What every handler can reach: handlers take it first, like `db` in a plain function. */
export interface Services {
  db: Db;
  sqlite: Database.Database;
  clock: Clock;
  sessions: SessionStore;
  auditChain: AuditChain;
  events: EventBus;
  config: BackendConfig;
  /** Printer connections, document builders, scanners, the desktop's OS printer. */
  devices: DevicesRuntime;
  /** Heavy work (exports, report files, catalogue decoding) in a worker thread. */
  jobs: JobRunner;
  /** Verified backups, the backup list and the integrity check's result. */
  backups: BackupService;
  /** Removable drives and the desktop's folder picker, for report bundles. */
  bundles: BundlesRuntime;
  /** First-run setup's one-time code (null once set up). */
  setupCode: SetupCode;
  /** Failed sign-ins under names no account has (answered like real ones). */
  unknownNames: UnknownNames;
  /** Copies of the audit chain's head outside the database. */
  auditAnchors: AuditAnchors;
  /** Paired workstations and the pairing code on offer (server side). */
  workstations: WorkstationRegistry;
  /** LAN mode's CA and server certificate. */
  tls: TlsStore;
  /** Delivers the outbox of submitted reports to upstream targets (district Tram, DHIS2). */
  sync: SyncWorker;
  /** This desktop app as a workstation of another Tram: set by the desktop shell, null in web mode. */
  workstationLink: WorkstationLink | null;
}

/** The desktop's side of "Kết nối tới máy chủ Tram" (electron/workstation does the work). */
export interface WorkstationLink {
  status(): WorkstationLinkView;
  connect(input: { address: string; code: string; name: string }): Promise<WorkstationLinkView>;
}

export interface CurrentUser {
  id: number;
  username: string;
  fullName: string;
  roles: readonly Role[];
  mustChangePassword: boolean;
}

/** Details a handler adds to the audit entry the dispatcher writes for its call. */
export type AuditNote = Partial<
  Pick<
    AuditEntry,
    'userId' | 'username' | 'patientId' | 'entity' | 'entityId' | 'detail' | 'patientIds'
  >
>;

export interface AuditScope {
  /** Adds detail to this call's own entry (mutations). */
  note(note: AuditNote): void;
  /** Writes an extra entry now, e.g. "who looked at whom" from a query. */
  record(action: string, note?: AuditNote): void;
  /**
   * Records that this call showed these patients' personal data: one entry for the call,
   * however many patients (a search is one row), none when the list is empty.
   */
  read(patientIds: Iterable<number | null | undefined>, note?: AuditNote): void;
}

export interface PublicCtx extends Services {
  locale: Locale;
  now: Date;
  user: CurrentUser | null;
  session: Session | null;
  audit: AuditScope;
  /** How the call came: through which paired workstation, from which address. */
  via: { workstationId: number | null; address: string | null };
  /** Runs once this call's writes are committed (never on rollback): events, I/O. */
  afterCommit(effect: () => void): void;
}

export interface UserCtx extends PublicCtx {
  user: CurrentUser;
  session: Session;
}

/** What the first, asynchronous step of a prepared mutation hands back. */
export type Prepared<O> =
  /** Write now: runs like a mutation handler, in one transaction with the call's audit entry. */
  | { write: () => O }
  /** Nothing to write (a dry run): this is the answer; no transaction, no audit entry. */
  | { done: O };

/**
 * A mutation with slow work to do before it writes (decoding an uploaded spreadsheet). The
 * dispatcher awaits `prepare` before it opens the transaction, so no other call waits on it;
 * `write` must therefore read what it depends on again, inside the transaction.
 */
export interface PreparedMutation<C, I, O> {
  prepare(ctx: C, input: I): Promise<Prepared<O>>;
}

type CtxFor<A extends Access> = A extends 'public' ? PublicCtx : UserCtx;

/**
 * A file procedure's handler hands over bytes or a file on disk, which the dispatcher encodes
 * for JSON callers; small documents made elsewhere may still come as base64.
 */
type Produced<O> = O extends FileResult ? O | FileOutput<O> : O;

export type HandlerOf<P> =
  P extends Procedure<infer I, infer O, infer K extends ProcedureKind, infer A extends Access>
    ? K extends 'mutation'
      ? | ((ctx: CtxFor<A>, input: z.output<I>) => Produced<O>)
        | PreparedMutation<CtxFor<A>, z.output<I>, Produced<O>>
      : (ctx: CtxFor<A>, input: z.output<I>) => Produced<O> | Promise<Produced<O>>
    : never;

/** One handler per procedure of a contract; a missing or extra one is a type error. */
export type HandlersFor<M extends ProcedureMap> = { [N in keyof M]: HandlerOf<M[N]> };
