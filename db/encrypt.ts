import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { openConnection, syncPath } from './cipher';

export type EncryptStage = 'copy' | 'encrypt' | 'verify' | 'done';
export type ProgressFn = (stage: EncryptStage, fraction: number) => void;

const CHUNK = 4 * 1024 * 1024;

/** Row count of every table, to compare a copy with its source. */
export function rowCounts(sqlite: Database.Database): Record<string, number> {
  const tables = sqlite
    .prepare(
      `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
       AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name`,
    )
    .pluck()
    .all() as string[];
  const counts: Record<string, number> = {};
  for (const table of tables) {
    const escaped = table.replace(/"/g, '""');
    counts[table] = sqlite.prepare(`SELECT count(*) FROM "${escaped}"`).pluck().get() as number;
  }
  return counts;
}

function copyWithProgress(from: string, to: string, onProgress: (fraction: number) => void): void {
  const total = fs.statSync(from).size;
  const input = fs.openSync(from, 'r');
  const output = fs.openSync(to, 'w', 0o600);
  try {
    const buffer = Buffer.alloc(CHUNK);
    let done = 0;
    for (;;) {
      const read = fs.readSync(input, buffer, 0, CHUNK, done);
      if (read === 0) break;
      fs.writeSync(output, buffer, 0, read, done);
      done += read;
      onProgress(total === 0 ? 1 : done / total);
    }
  } finally {
    fs.closeSync(input);
    fs.closeSync(output);
  }
}

/**
 * Encrypts a plain SQLite file in place, crash-safe: the work happens on a copy beside it,
 * which is checked (opens with the key, quick_check, same row counts) and only then renamed
 * over the original. A crash at any point leaves the original, plain and whole.
 * `keepCopy` receives the verified encrypted file before the swap (to keep it as a backup).
 */
export function encryptPlainFile(
  file: string,
  key: Buffer,
  onProgress: ProgressFn = () => undefined,
  keepCopy?: (encryptedFile: string) => void,
): Record<string, number> {
  const work = `${file}.encrypting`;
  fs.rmSync(work, { force: true });
  fs.rmSync(`${work}-journal`, { force: true });

  // Fold the WAL into the file so the copy holds everything, and count rows for the check.
  const source = new Database(file, { fileMustExist: true });
  let counts: Record<string, number>;
  try {
    source.pragma('wal_checkpoint(TRUNCATE)');
    const check = source.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw new Error(`quick_check: ${String(check)}`);
    counts = rowCounts(source);
  } finally {
    source.close();
  }

  copyWithProgress(file, work, (f) => onProgress('copy', f * 0.4));
  onProgress('encrypt', 0.4);
  const copy = new Database(work, { fileMustExist: true });
  try {
    copy.pragma('journal_mode = DELETE');
    copy.pragma("cipher = 'sqlcipher'");
    copy.pragma('legacy = 4');
    copy.pragma(`rekey = "x'${key.toString('hex')}'"`);
  } finally {
    copy.close();
  }

  onProgress('verify', 0.9);
  const check = openConnection(work, key, { readonly: true });
  try {
    const quick = check.pragma('quick_check', { simple: true });
    if (quick !== 'ok') throw new Error(`encrypted copy failed quick_check: ${String(quick)}`);
    const after = rowCounts(check);
    if (JSON.stringify(after) !== JSON.stringify(counts)) {
      throw new Error('encrypted copy has different row counts');
    }
  } finally {
    check.close();
  }
  syncPath(work);
  keepCopy?.(work);
  // The checkpointed WAL is empty; a stale one must never be replayed onto the new file.
  fs.rmSync(`${file}-wal`, { force: true });
  fs.rmSync(`${file}-shm`, { force: true });
  fs.renameSync(work, file);
  syncPath(path.dirname(file));
  onProgress('done', 1);
  return counts;
}
