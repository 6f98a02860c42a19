import { openDatabase, type OpenedDatabase } from '../../db/open';
import { AuditChain } from './audit/chain';
import { createBundlesRuntime, type BundlesOptions, type FolderPicker } from './bundles/runtime';
import type { ScryptCost } from './auth/passwords';
import { SessionStore } from './auth/sessions';
import { seedStarterCatalogs } from './catalog/seed';
import { systemClock, type Clock } from './clock';
import type { Services } from './context';
import { createDevicesRuntime, type DevicesOptions } from './devices/runtime';
import { registerPrintables } from './printables';
import { seedShippedDefinitions } from './reports/definitions';
import { Dispatcher } from './dispatcher';
import { EventBus } from './events';
import { handlers } from './handlers';
import { ensureKeyOfSetUpFacility } from './keys/facility-key';
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
  /** USB drives for tests (temp folders standing in for sticks). */
  bundles?: BundlesOptions;
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
  /** The desktop shell's folder dialog for bundle exports (never set in web mode). */
  setFolderPicker(picker: FolderPicker | null): void;
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
  try {
    seedStarterCatalogs(database.db, paths.resourcesDir, clock().toISOString());
    seedShippedDefinitions(database.db, paths.resourcesDir, clock().toISOString());
    ensureKeyOfSetUpFacility(database.db, paths.dataDir, clock().toISOString());
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
    auditChain: new AuditChain(database.sqlite),
    events,
    config: {
      dataDir: paths.dataDir,
      resourcesDir: paths.resourcesDir,
      version: options.version,
      ...(options.scryptCost && { scryptCost: options.scryptCost }),
    },
    devices,
    bundles: createBundlesRuntime(options.bundles),
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
    setFolderPicker: (picker) => {
      services.bundles.folderPicker = picker;
    },
    close: () => {
      devices.scanners.stop();
      database.sqlite.close();
    },
  };
}
