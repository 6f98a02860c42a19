import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';

export class WriteFailed extends Error {
  constructor(
    readonly target: string,
    readonly detail: string,
  ) {
    super(`${target}: ${detail}`);
    this.name = 'WriteFailed';
  }
}

function syncDirectory(dir: string): void {
  // Makes the rename itself durable; Windows cannot open a folder this way and needs not.
  if (process.platform === 'win32') return;
  const fd = fs.openSync(dir, 'r');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

const digest = (data: Uint8Array): string => createHash('sha256').update(data).digest('hex');

/**
 * Writes a file so a pulled stick never holds half of it under its real name: a temporary
 * file beside it, flushed to the device, renamed, the folder flushed; then read back and
 * checked (same bytes, and `verify` on them) before the caller may say the stick can go.
 * The read-back goes through the OS cache: it proves what the OS will write, not the flash.
 */
export function writeVerified(
  dir: string,
  fileName: string,
  bytes: Uint8Array,
  verify: (readBack: Uint8Array) => boolean,
): string {
  const final = path.join(dir, fileName);
  const temp = path.join(dir, `.${fileName}.${process.pid}.part`);
  try {
    if (!fs.statSync(dir).isDirectory()) throw new WriteFailed(dir, 'not a folder');
    const fd = fs.openSync(temp, 'w');
    try {
      let written = 0;
      while (written < bytes.length) written += fs.writeSync(fd, bytes, written);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(temp, final);
    syncDirectory(dir);
    const back = fs.readFileSync(final);
    if (digest(back) !== digest(bytes) || !verify(back)) {
      throw new WriteFailed(final, 'read back differs');
    }
    return final;
  } catch (error) {
    fs.rmSync(temp, { force: true });
    if (error instanceof WriteFailed) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new WriteFailed(final, code ?? (error instanceof Error ? error.message : String(error)));
  }
}
