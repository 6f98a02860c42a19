import fs from 'node:fs';
import path from 'node:path';
import { fileKind } from '../../../db/cipher';
import { DatabaseOpenError } from '../../../db/open';
import { createBackend, type Backend, type BackendOptions } from '../backend';
import { appPaths } from '../paths';
import { keyStoreFor, newKey, type KeyWrapper } from './key-store';
import { lockDataFolder } from './lock';
import { readList } from './manifest';
import { runInWorker } from './run-task';
import { backupIdFor } from './service';

export interface StartOptions extends Omit<BackendOptions, 'key' | 'lock' | 'background'> {
  /** Create the data folder when missing (the default app-data folder); else refuse. */
  createFolder: boolean;
  /** The desktop's safeStorage; without it the key file (or TRAM_DB_KEY). */
  wrapper?: KeyWrapper;
  /** Encryption of an older plain database reports here (0–100). */
  onProgress?: (percent: number) => void;
}

function errno(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? '';
}

/**
 * The data folder is there and writable: a missing folder is most often an unplugged drive,
 * so only the default folder is created; a read-only or full disk is said plainly.
 */
export function checkDataFolder(dataDir: string, createFolder: boolean): void {
  if (!fs.existsSync(dataDir)) {
    if (!createFolder) throw new DatabaseOpenError('no-folder', { dir: dataDir });
    try {
      fs.mkdirSync(dataDir, { recursive: true });
    } catch (error) {
      if (['EACCES', 'EPERM', 'EROFS'].includes(errno(error))) {
        throw new DatabaseOpenError('read-only', { dir: dataDir });
      }
      throw error;
    }
  }
  if (!fs.statSync(dataDir).isDirectory())
    throw new DatabaseOpenError('no-folder', { dir: dataDir });
  const probe = path.join(dataDir, `.tram-write-check-${process.pid}`);
  try {
    fs.writeFileSync(probe, 'ok');
    fs.rmSync(probe);
  } catch (error) {
    const code = errno(error);
    if (code === 'ENOSPC') throw new DatabaseOpenError('disk-full', { file: dataDir });
    if (['EACCES', 'EPERM', 'EROFS'].includes(code)) {
      throw new DatabaseOpenError('read-only', { dir: dataDir });
    }
    throw error;
  }
}

/**
 * How the running app starts (web, desktop, dev): folder checks, the folder lock, the key
 * (created with a new database, else it must be there), encryption of an older plain file in
 * a worker with progress, then the backend with its background work.
 */
export async function startBackend(options: StartOptions): Promise<Backend> {
  const paths = appPaths(options.dataDir, options.shippedRoot);
  checkDataFolder(paths.dataDir, options.createFolder);
  const lock = lockDataFolder(paths.dataDir);
  try {
    const store = keyStoreFor(paths.dataDir, options.wrapper);
    const kind = fileKind(paths.databaseFile);
    if (kind === 'empty') {
      throw new DatabaseOpenError('empty-file', {
        file: paths.databaseFile,
        backupDir: paths.backupDir,
      });
    }
    if (kind === 'missing' && hasBackups(paths.dataDir)) {
      // Backups but no database (lost, or another PC restoring): never a silent fresh start.
      throw new DatabaseOpenError('missing-database', { dir: paths.dataDir });
    }
    let key = await store.load();
    if (!key) {
      if (kind === 'encrypted') {
        throw new DatabaseOpenError('missing-key', { file: paths.databaseFile });
      }
      key = newKey();
      await store.save(key);
    }
    if (kind === 'plain') {
      const id = backupIdFor(new Date(), 'before-encryption');
      fs.mkdirSync(paths.backupDir, { recursive: true });
      const keepCopyAs = path.join(paths.backupDir, `tram-${id}.sqlite`);
      options.onProgress?.(0);
      await runInWorker({ task: 'encrypt', file: paths.databaseFile, key, keepCopyAs }, (p) =>
        options.onProgress?.(Math.round(p.fraction * 100)),
      );
      const backend = startWith(options, key, lock);
      backend.backups.register(keepCopyAs, 'before-encryption', new Date());
      return backend;
    }
    return startWith(options, key, lock);
  } catch (error) {
    lock.release();
    throw error;
  }
}

function startWith(
  options: StartOptions,
  key: Buffer,
  lock: ReturnType<typeof lockDataFolder>,
): Backend {
  const { createFolder: _c, wrapper: _w, onProgress: _p, ...backendOptions } = options;
  return createBackend({ ...backendOptions, key, lock, background: true });
}

/** Whether a start-up failure left backups to offer (this folder's list or files). */
export function hasBackups(dataDir: string): boolean {
  const backupDir = appPaths(dataDir).backupDir;
  if (readList(backupDir).length > 0) return true;
  return fs.existsSync(backupDir) && fs.readdirSync(backupDir).some((f) => f.endsWith('.sqlite'));
}
