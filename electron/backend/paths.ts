import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const APP_NAME = 'Tram';
export const DATABASE_FILE = 'tram.sqlite';

/**
 * The OS app-data folder for Tram: the same folder Electron's app.getPath('userData') gives
 * the desktop app, so web mode and desktop share one database.
 */
export function defaultDataDir(env = process.env, platform = process.platform): string {
  const home = os.homedir();
  if (platform === 'win32') {
    return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), APP_NAME);
  }
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', APP_NAME);
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), APP_NAME);
}

/** The repository root when running from source (web mode, tests, dev). */
export const SOURCE_ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface AppPaths {
  dataDir: string;
  databaseFile: string;
  backupDir: string;
  /** Files made for one download (exports, reports), removed once sent. */
  tmpDir: string;
  migrationsDir: string;
  resourcesDir: string;
}

/** Where things live: from source by default; the packaged app passes its resources folder. */
export function appPaths(dataDir: string, shippedRoot?: string): AppPaths {
  return {
    dataDir,
    databaseFile: path.join(dataDir, DATABASE_FILE),
    backupDir: path.join(dataDir, 'backups'),
    tmpDir: path.join(dataDir, 'tmp'),
    migrationsDir: shippedRoot
      ? path.join(shippedRoot, 'migrations')
      : path.join(SOURCE_ROOT, 'db', 'migrations'),
    resourcesDir: shippedRoot
      ? path.join(shippedRoot, 'resources')
      : path.join(SOURCE_ROOT, 'resources'),
  };
}
