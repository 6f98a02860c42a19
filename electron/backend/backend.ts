import { openDatabase, type OpenedDatabase } from '../../db/open';
import { AuditChain } from './audit/chain';
import type { ScryptCost } from './auth/passwords';
import { SessionStore } from './auth/sessions';
import { seedStarterCatalogs } from './catalog/seed';
import { systemClock, type Clock } from './clock';
import type { Services } from './context';
import { createDevicesRuntime, type DevicesOptions } from './devices/runtime';
import { registerPrintables } from './printables';
import { Dispatcher } from './dispatcher';
import { EventBus } from './events';
import { clearTempFolder } from './files';
import { handlers } from './handlers';
import { JobRunner } from './jobs/runner';
import { appPaths, type AppPaths } from './paths';
import { readSection } from './settings/store';
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
}

export interface Backend {
  dispatcher: Dispatcher;
  events: EventBus;
  database: OpenedDatabase;
  paths: AppPaths;
  services: Services;
  version: string;
  /** The desktop shell's silent print through the vendor's driver (never set in web mode). */
  setOsPrinter(printer: OsPrinter | null): void;
  close(): void;
}

/** How long the job worker waits for more work before it stops and frees its memory. */
const JOB_WORKER_IDLE_MS = 30_000;

/** Opens the database (refusing what it must) and wires the one dispatcher both transports use. */
export function createBackend(options: BackendOptions): Backend {
  const paths = appPaths(options.dataDir, options.shippedRoot);
  const database = openDatabase({
    file: paths.databaseFile,
    migrationsDir: paths.migrationsDir,
    backupDir: paths.backupDir,
  });
  const clock = options.clock ?? systemClock;
  try {
    seedStarterCatalogs(database.db, paths.resourcesDir, clock().toISOString());
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
    idleMs: options.jobIdleMs ?? JOB_WORKER_IDLE_MS,
  });
  const devices = createDevicesRuntime(events, options.devices);
  registerPrintables(devices.documents);
  const services: Services = {
    db: database.db,
    sqlite: database.sqlite,
    clock,
    sessions: new SessionStore(),
    auditChain: new AuditChain(database.sqlite),
    events,
    config: {
      dataDir: paths.dataDir,
      resourcesDir: paths.resourcesDir,
      version: options.version,
      ...(options.scryptCost && { scryptCost: options.scryptCost }),
    },
    devices,
    jobs,
  };
  // Scanners start in the background; their status shows in Settings → scanners.
  void devices.scanners.apply(readSection(database.db, 'scannerDevices'));
  return {
    dispatcher: new Dispatcher(services, handlers),
    events,
    database,
    paths,
    services,
    version: options.version,
    setOsPrinter: (printer) => {
      devices.osPrinter = printer;
    },
    close: () => {
      devices.scanners.stop();
      void jobs.close();
      database.sqlite.close();
    },
  };
}
