import fs from 'node:fs';
import path from 'node:path';

/** Where Tram keeps secrets that must not live in its own database: `<data>/keys/`. */
export function keysDir(dataDir: string): string {
  return path.join(dataDir, 'keys');
}

/**
 * Reads a small secret file, or creates it with `make()` readable by its owner only (0600 in
 * a 0700 folder). On Windows the mode bits do nothing; the file inherits the user profile's
 * ACL (the app-data folder is the user's own).
 */
export function readOrCreateSecretFile(file: string, make: () => string): string {
  try {
    const text = fs.readFileSync(file, 'utf8');
    if (process.platform !== 'win32' && (fs.statSync(file).mode & 0o077) !== 0) {
      fs.chmodSync(file, 0o600);
    }
    return text;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  const text = make();
  const temp = `${file}.${process.pid}.tmp`;
  writeDurably(temp, text, 'wx');
  fs.renameSync(temp, file);
  return text;
}

/** Writes (or appends, flag 'a') owner-only and waits until the bytes are on disk. */
export function writeDurably(file: string, text: string, flag: 'wx' | 'a'): void {
  const fd = fs.openSync(file, flag, 0o600);
  try {
    fs.writeSync(fd, text);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}
