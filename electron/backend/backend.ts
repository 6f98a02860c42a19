import fs from 'node:fs';
import path from 'node:path';
import { copyFileDurably } from '../../db/backup';
import { fileKind } from '../../db/cipher';
import { DatabaseOpenError, openDatabase, type OpenedDatabase } from '../../db/open';
import { anchorAuditHead, AuditAnchors } from './audit/anchors';
import { AuditChain } from './audit/chain';
import { ensureAppendOnly } from './audit/guards';
import { UnknownNames } from './auth/attempts';
import { priceOpenBillsAtStart } from './billing/reprice';
import type { FolderLock } from './backups/lock';
import { databaseKeyFor } from './backups/key-store';
import { backupIdFor, BackupService } from './backups/service';
import { runInWorker } from './backups/run-task';
import { SyncWorker, type SyncOptions } from './sync/worker';
import { createBundlesRuntime, type BundlesOptions, type FolderPicker } from './bundles/runtime';
import type { ScryptCost } from './auth/passwords';
import { SessionStore } from './auth/sessions';
import { SetupCode } from './auth/setup-code';
import { countUsers } from './auth/users';
import { seedStarterCatalogs } from './catalog/seed';
import { systemClock, type Clock } from './clock';
import type { Services } from './context';
import { createDevicesRuntime, type DevicesOptions } from './devices/runtime';
import { registerPrintables } from './printables';
import { seedShippedDefinitions } from './reports/definitions';
import { Dispatcher } from './dispatcher';
import { EventBus } from './events';
import { clearTempFolder } from './files';
import { handlers } from './handlers';
import { JobRunner } from './jobs/runner';
import { ensureKeyOfSetUpFacility } from './keys/facility-key';
import { appPaths, type AppPaths } from './paths';
import { loadAuditKey } from './keys/audit-key';
import { readSection } from './settings/store';
import { TlsStore } from './tls/tls-store';
import { WorkstationRegistry } from './workstations/registry';
import type { OsPrinter } from '../devices/print/os-driver';

export interface BackendOptions {
  dataDir: string;
  version: string;
  /** The packaged app's resources folder (holds migrations/ and resources/). */
  shippedRoot?: string;
  clock?: Clock;
  scryptCost?: ScryptCost;
  /** Hardware seams for tests (a stand-in HID module, serial ports, printer transports). */
  devices?: DevicesOptions;
  /** Tests shorten the job worker's idle time. */
  jobIdleMs?: number;
  /** The database key; without it, TRAM_DB_KEY or the key file in the data folder. */
  key?: Buffer;
  /** The data folder's lock (startBackend takes it); released at close. */
  lock?: FolderLock;
  /**
   * The running app's background work: the first-of-the-day backup and, after a clean
   * shutdown, the full integrity check. Off in tests that make many backends.
   */
  background?: boolean;
  /** How often a running Tram looks whether a new day wants its backup (15 minutes). */
  dailyCheckMs?: number;
  /** USB drives for tests (temp folders standing in for sticks). */
  bundles?: BundlesOptions;
  /** Upstream delivery: request timeout, jitter, and how often the background round runs. */
  sync?: SyncOptions & { everyMs?: number };
}

export interface Backend {
  dispatcher: Dispatcher;
  events: EventBus;
  database: OpenedDatabase;
  paths: AppPaths;
  services: Services;
  backups: BackupService;
  /** The key, for worker threads that open their own connection (db/cipher openConnection). */
  key: Buffer;
  version: string;
  /** First-run setup's one-time code; null once an administrator exists. */
  readonly setupCode: string | null;
  /** The desktop shell's silent print through the vendor's driver (never set in web mode). */
  setOsPrinter(printer: OsPrinter | null): void;
  /** Closes and opens the database file again in place (after a restore swapped it). */
  reopen(): void;
  /** The desktop shell's folder dialog for bundle exports (never set in web mode). */
  setFolderPicker(picker: FolderPicker | null): void;
  close(): void;
}

/** How long the job worker waits for more work before it stops and frees its memory. */
const JOB_WORKER_IDLE_MS = 30_000;

/** Present while Tram runs; left behind by a crash, so the next start checks the whole file. */
export const RUNNING_MARKER = 'tram.running';
/** Left when the background check found damage: the next start checks in full before writing. */
export const CHECK_FAILED_MARKER = 'tram.check-failed';

/** Opens the database (refusing what it must) and wires the one dispatcher both transports use. */
export function createBackend(options: BackendOptions): Backend {
  const paths = appPaths(options.dataDir, options.shippedRoot);
  const key = options.key ?? databaseKeyFor(paths.dataDir, paths.databaseFile);
  const clock = options.clock ?? systemClock;
  const backups = new BackupService({
    databaseFile: paths.databaseFile,
    backupDir: paths.backupDir,
    key,
    clock,
  });
  const marker = path.join(paths.dataDir, RUNNING_MARKER);
  const checkFailed = path.join(paths.dataDir, CHECK_FAILED_MARKER);

  const open = (): OpenedDatabase => {
    const unclean = fs.existsSync(marker) || fs.existsSync(checkFailed);
    if (fileKind(paths.databaseFile) === 'missing' && backups.records().length > 0) {
      // Backups but no database: the file was lost; starting afresh would hide that.
      throw new DatabaseOpenError('missing-database', { dir: paths.dataDir });
    }
    let encryptedCopy: string | null = null;
    const opened = openDatabase({
      file: paths.databaseFile,
      key,
      migrationsDir: paths.migrationsDir,
      backupDir: paths.backupDir,
      integrity: unclean ? 'full' : 'cheap',
      keepEncryptedCopy: (file) => {
        const id = backupIdFor(clock(), 'before-encryption');
        encryptedCopy = path.join(paths.backupDir, `tram-${id}.sqlite`);
        copyFileDurably(file, encryptedCopy);
      },
    });
    try {
      ensureAppendOnly(opened.sqlite);
      seedStarterCatalogs(opened.db, paths.resourcesDir, clock().toISOString());
      seedShippedDefinitions(opened.db, paths.resourcesDir, clock().toISOString());
      ensureKeyOfSetUpFacility(opened.db, paths.dataDir, clock().toISOString());
      fs.writeFileSync(marker, `${process.pid}\n`);
      // A full check passed: an earlier background alarm is answered.
      if (opened.fullyChecked) fs.rmSync(checkFailed, { force: true });
      if (encryptedCopy) backups.register(encryptedCopy, 'before-encryption', clock());
      if (opened.backupFile) backups.register(opened.backupFile, 'migration', clock());
    } catch (error) {
      opened.sqlite.close();
      throw error;
    }
    backups.integrity = {
      state: opened.fullyChecked ? 'ok' : 'running',
      how: opened.fullyChecked ? 'startup' : 'background',
      checkedAt: opened.fullyChecked ? clock().toISOString() : null,
      detail: null,
    };
    return opened;
  };
  let database = open();

  /** The keyed audit chain over this file, and its head copied outside it. */
  const auditFor = (opened: OpenedDatabase): { chain: AuditChain; anchors: AuditAnchors } => {
    const nextId = (): number =>
      opened.sqlite
        .prepare('SELECT COALESCE(MAX(id), 0) + 1 FROM audit_log')
        .pluck()
        .get() as number;
    const auditKey = loadAuditKey(paths.dataDir, nextId, clock());
    const chain = new AuditChain(opened.sqlite, auditKey);
    const anchors = new AuditAnchors(paths.dataDir, chain, auditKey);
    // The head outside the database at every start, and beside the pre-migration backup.
    anchorAuditHead({ auditAnchors: anchors, clock }, 'start');
    if (opened.backupFile) {
      anchorAuditHead({ auditAnchors: anchors, clock }, 'backup', {
        besideFile: opened.backupFile,
      });
    }
    return { chain, anchors };
  };
  let audit: { chain: AuditChain; anchors: AuditAnchors };
  try {
    audit = auditFor(database);
  } catch (error) {
    database.sqlite.close();
    throw error;
  }

  const events = new EventBus();
  clearTempFolder(paths.tmpDir);
  const jobs = new JobRunner({
    databaseFile: paths.databaseFile,
    resourcesDir: paths.resourcesDir,
    tmpDir: paths.tmpDir,
    key,
    idleMs: options.jobIdleMs ?? JOB_WORKER_IDLE_MS,
  });
  const devices = createDevicesRuntime(events, options.devices);
  registerPrintables(devices.documents);
  const services: Services = {
    db: database.db,
    sqlite: database.sqlite,
    clock,
    sessions: new SessionStore(),
    auditChain: audit.chain,
    auditAnchors: audit.anchors,
    events,
    config: {
      dataDir: paths.dataDir,
      resourcesDir: paths.resourcesDir,
      version: options.version,
      ...(options.scryptCost && { scryptCost: options.scryptCost }),
    },
    devices,
    jobs,
    setupCode: new SetupCode(countUsers(database.db) === 0),
    unknownNames: new UnknownNames(),
    workstations: new WorkstationRegistry(database.sqlite),
    tls: new TlsStore(paths.dataDir),
    workstationLink: null,
    backups,
    bundles: createBundlesRuntime(options.bundles),
    // Reads the services at each round: reopening a restored database swaps them in place.
    sync: new SyncWorker(() => services, { ...options.sync, auto: options.background ?? false }),
  };
  priceOpenBillsAtStart(services);
  // Scanners start in the background; their status shows in Settings → scanners.
  void devices.scanners.apply(readSection(database.db, 'scannerDevices'));

  // Bumped at reopen and close: a check of a file since replaced or closed reports nothing.
  let generation = 0;
  const background = (): void => {
    if (!options.background) return;
    if (backups.integrity.state === 'running') {
      const started = generation;
      const settle = (detail: string | null): void => {
        if (started !== generation) return;
        backups.integrity = {
          state: detail === null ? 'ok' : 'failed',
          how: 'background',
          checkedAt: clock().toISOString(),
          detail,
        };
        if (detail !== null) fs.writeFileSync(checkFailed, `${detail}\n`);
      };
      backups.watchCheck(
        runInWorker({ task: 'quickCheck', file: paths.databaseFile, key }).then(
          (result) => settle(result === 'ok' ? null : result),
          (error: unknown) => settle(error instanceof Error ? error.message : String(error)),
        ),
      );
    }
    dailyIfDue();
  };
  const dailyIfDue = (): void => {
    if (!backups.dailyDue() || backups.running) return;
    backups.create('daily').catch((error: unknown) => {
      console.error('[tram] daily backup failed:', error);
    });
  };
  background();
  // A station PC left on overnight: the new day's backup comes without a restart.
  const dailyTimer = options.background
    ? setInterval(dailyIfDue, options.dailyCheckMs ?? 15 * 60_000)
    : null;
  dailyTimer?.unref();
  // Reports waiting to go upstream: tried at start and every few minutes when a network is there.
  const syncTimer = options.background
    ? setInterval(() => services.sync.kick(), options.sync?.everyMs ?? 5 * 60_000)
    : null;
  syncTimer?.unref();
  if (options.background) services.sync.kick();

  const backend: Backend = {
    dispatcher: new Dispatcher(services, handlers),
    events,
    database,
    paths,
    services,
    backups,
    key,
    version: options.version,
    get setupCode() {
      return services.setupCode.value;
    },
    setOsPrinter: (printer) => {
      devices.osPrinter = printer;
    },
    reopen: () => {
      generation++;
      if (database.sqlite.open) database.sqlite.close();
      database = open();
      // The dispatcher reads services at every call: swapping them in place reaches it.
      services.db = database.db;
      services.sqlite = database.sqlite;
      audit = auditFor(database);
      services.auditChain = audit.chain;
      services.auditAnchors = audit.anchors;
      services.workstations = new WorkstationRegistry(database.sqlite);
      // The job worker's connection still reads the replaced file: the next job opens afresh.
      jobs.restart();
      backend.database = database;
      background();
    },
    setFolderPicker: (picker) => {
      services.bundles.folderPicker = picker;
    },
    close: () => {
      generation++;
      if (dailyTimer) clearInterval(dailyTimer);
      if (syncTimer) clearInterval(syncTimer);
      devices.scanners.stop();
      void jobs.close();
      database.sqlite.close();
      fs.rmSync(marker, { force: true });
      options.lock?.release();
    },
  };
  backups.reopenFrom = (file) => {
    database.sqlite.close();
    replaceDatabaseFile(paths.databaseFile, file);
    // The marker would ask for a full check of a file verified a moment ago.
    fs.rmSync(marker, { force: true });
    backend.reopen();
    return database.sqlite;
  };
  return backend;
}

/** Puts a verified copy in the database's place: whole or not at all, no stale WAL. */
export function replaceDatabaseFile(databaseFile: string, copy: string): void {
  const work = `${databaseFile}.restoring`;
  copyFileDurably(copy, work);
  fs.rmSync(`${databaseFile}-wal`, { force: true });
  fs.rmSync(`${databaseFile}-shm`, { force: true });
  fs.renameSync(work, databaseFile);
}
