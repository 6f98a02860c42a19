import { openDatabase, type OpenedDatabase } from '../../db/open';
import { anchorAuditHead, AuditAnchors } from './audit/anchors';
import { AuditChain } from './audit/chain';
import { priceOpenBillsAtStart } from './billing/reprice';
import { ensureAppendOnly } from './audit/guards';
import { UnknownNames } from './auth/attempts';
import type { ScryptCost } from './auth/passwords';
import { SessionStore } from './auth/sessions';
import { SetupCode } from './auth/setup-code';
import { countUsers } from './auth/users';
import { seedStarterCatalogs } from './catalog/seed';
import { systemClock, type Clock } from './clock';
import type { Services } from './context';
import { createDevicesRuntime, type DevicesOptions } from './devices/runtime';
import { registerPrintables } from './printables';
import { Dispatcher } from './dispatcher';
import { EventBus } from './events';
import { handlers } from './handlers';
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
}

export interface Backend {
  dispatcher: Dispatcher;
  events: EventBus;
  database: OpenedDatabase;
  paths: AppPaths;
  services: Services;
  version: string;
  /** First-run setup's one-time code; null once an administrator exists. */
  readonly setupCode: string | null;
  /** The desktop shell's silent print through the vendor's driver (never set in web mode). */
  setOsPrinter(printer: OsPrinter | null): void;
  close(): void;
}

/** Opens the database (refusing what it must) and wires the one dispatcher both transports use. */
export function createBackend(options: BackendOptions): Backend {
  const paths = appPaths(options.dataDir, options.shippedRoot);
  const database = openDatabase({
    file: paths.databaseFile,
    migrationsDir: paths.migrationsDir,
    backupDir: paths.backupDir,
  });
  const clock = options.clock ?? systemClock;
  let auditChain: AuditChain;
  let auditAnchors: AuditAnchors;
  try {
    ensureAppendOnly(database.sqlite);
    const nextId = (): number =>
      database.sqlite
        .prepare('SELECT COALESCE(MAX(id), 0) + 1 FROM audit_log')
        .pluck()
        .get() as number;
    const key = loadAuditKey(paths.dataDir, nextId, clock());
    auditChain = new AuditChain(database.sqlite, key);
    auditAnchors = new AuditAnchors(paths.dataDir, auditChain, key);
    seedStarterCatalogs(database.db, paths.resourcesDir, clock().toISOString());
    // The head outside the database at every start, and beside the pre-migration backup.
    anchorAuditHead({ auditAnchors, clock }, 'start');
    if (database.backupFile) {
      anchorAuditHead({ auditAnchors, clock }, 'backup', { besideFile: database.backupFile });
    }
  } catch (error) {
    database.sqlite.close();
    throw error;
  }
  const events = new EventBus();
  const devices = createDevicesRuntime(events, options.devices);
  registerPrintables(devices.documents);
  const services: Services = {
    db: database.db,
    sqlite: database.sqlite,
    clock,
    sessions: new SessionStore(),
    auditChain,
    auditAnchors,
    events,
    config: {
      dataDir: paths.dataDir,
      resourcesDir: paths.resourcesDir,
      version: options.version,
      ...(options.scryptCost && { scryptCost: options.scryptCost }),
    },
    devices,
    setupCode: new SetupCode(countUsers(database.db) === 0),
    unknownNames: new UnknownNames(),
    workstations: new WorkstationRegistry(database.sqlite),
    tls: new TlsStore(paths.dataDir),
    workstationLink: null,
  };
  priceOpenBillsAtStart(services);
  // Scanners start in the background; their status shows in Settings → scanners.
  void devices.scanners.apply(readSection(database.db, 'scannerDevices'));
  return {
    dispatcher: new Dispatcher(services, handlers),
    events,
    database,
    paths,
    services,
    version: options.version,
    get setupCode() {
      return services.setupCode.value;
    },
    setOsPrinter: (printer) => {
      devices.osPrinter = printer;
    },
    close: () => {
      devices.scanners.stop();
      database.sqlite.close();
    },
  };
}
