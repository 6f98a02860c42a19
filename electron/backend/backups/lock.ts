import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DatabaseOpenError } from '../../../db/open';

export const LOCK_FILE = 'tram.lock';

interface LockInfo {
  pid: number;
  host: string;
  since: string;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readLock(file: string): LockInfo | null {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as LockInfo;
  } catch {
    return null;
  }
}

export interface FolderLock {
  release(): void;
}

/**
 * One Tram per data folder, so two never migrate or write the same file at once: a lock file
 * with the owner's pid and host. A lock left by a process of this host that is gone is taken
 * over; one from another host (a shared folder) is refused, since its owner cannot be asked.
 */
export function lockDataFolder(dataDir: string, now: Date = new Date()): FolderLock {
  const file = path.join(dataDir, LOCK_FILE);
  const mine: LockInfo = { pid: process.pid, host: os.hostname(), since: now.toISOString() };
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = fs.openSync(file, 'wx', 0o600);
      fs.writeSync(fd, JSON.stringify(mine));
      fs.fsyncSync(fd);
      fs.closeSync(fd);
      return {
        release: () => {
          const current = readLock(file);
          if (current?.pid === mine.pid && current.host === mine.host)
            fs.rmSync(file, { force: true });
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const owner = readLock(file);
    const stale =
      owner === null || (owner.host === mine.host && (owner.pid === mine.pid || !alive(owner.pid)));
    if (!stale) {
      throw new DatabaseOpenError('locked', {
        host: owner.host,
        pid: owner.pid,
        since: owner.since,
      });
    }
    fs.rmSync(file, { force: true });
  }
  throw new DatabaseOpenError('locked', { host: '?', pid: '?', since: '?' });
}
