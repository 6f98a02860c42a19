import type Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { openConnection, syncPath } from './cipher';
import { rowCounts } from './encrypt';

export interface ChainHead {
  id: number;
  hash: string;
}

/** What a verified copy holds, recorded in the backup list to compare against later. */
export interface BackupFacts {
  bytes: number;
  sha256: string;
  rowCounts: Record<string, number>;
  chainHead: ChainHead | null;
  schemaVersion: number;
}

export interface Inspection {
  ok: boolean;
  problems: string[];
  facts: BackupFacts | null;
}

const CHUNK = 1024 * 1024;

export function sha256File(file: string): string {
  const hash = createHash('sha256');
  const fd = fs.openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(CHUNK);
    let position = 0;
    for (;;) {
      const read = fs.readSync(fd, buffer, 0, CHUNK, position);
      if (read === 0) break;
      hash.update(buffer.subarray(0, read));
      position += read;
    }
  } finally {
    fs.closeSync(fd);
  }
  return hash.digest('hex');
}

export function chainHead(sqlite: Database.Database): ChainHead | null {
  const hasAudit = sqlite
    .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'audit_log'")
    .get();
  if (!hasAudit) return null;
  return (
    (sqlite.prepare('SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1').get() as
      ChainHead | undefined) ?? null
  );
}

function schemaVersion(sqlite: Database.Database): number {
  const tracked = sqlite
    .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '__drizzle_migrations'")
    .get();
  if (!tracked) return 0;
  return sqlite.prepare('SELECT count(*) FROM __drizzle_migrations').pluck().get() as number;
}

/**
 * `VACUUM INTO` a part file (it keeps the source's encryption and key), synced and renamed, so
 * a copy either exists whole or not at all. Runs on its own connection: in WAL mode it reads a
 * snapshot and writers go on.
 */
export function vacuumInto(sqlite: Database.Database, target: string): void {
  const part = `${target}.part`;
  fs.rmSync(part, { force: true });
  fs.mkdirSync(path.dirname(target), { recursive: true });
  sqlite.prepare('VACUUM INTO ?').run(part);
  syncPath(part);
  fs.renameSync(part, target);
  syncPath(path.dirname(target));
}

/**
 * Opens a copy with the key and checks it: quick_check, then its facts. `expected` (from the
 * backup list) must match: same bytes, same rows, same chain head.
 */
export function inspectBackup(file: string, key: Buffer, expected?: BackupFacts): Inspection {
  const problems: string[] = [];
  if (!fs.existsSync(file)) return { ok: false, problems: ['missing'], facts: null };
  const bytes = fs.statSync(file).size;
  const sha256 = sha256File(file);
  if (expected && expected.sha256 !== sha256) problems.push('sha256');
  let sqlite: Database.Database;
  try {
    sqlite = openConnection(file, key, { readonly: true });
  } catch (error) {
    const code = (error as { code?: string }).code ?? String(error);
    return { ok: false, problems: [...problems, `open:${code}`], facts: null };
  }
  try {
    const check = sqlite.pragma('quick_check', { simple: true });
    if (check !== 'ok') problems.push(`quick_check:${String(check)}`);
    const facts: BackupFacts = {
      bytes,
      sha256,
      rowCounts: rowCounts(sqlite),
      chainHead: chainHead(sqlite),
      schemaVersion: schemaVersion(sqlite),
    };
    if (expected) {
      if (JSON.stringify(facts.rowCounts) !== JSON.stringify(expected.rowCounts)) {
        problems.push('rowCounts');
      }
      if (JSON.stringify(facts.chainHead) !== JSON.stringify(expected.chainHead)) {
        problems.push('chainHead');
      }
    }
    return { ok: problems.length === 0, problems, facts };
  } catch (error) {
    const code = (error as { code?: string }).code ?? String(error);
    return { ok: false, problems: [...problems, `read:${code}`], facts: null };
  } finally {
    sqlite.close();
  }
}

/** Copies a file to another folder (part file, sync, rename) for the second place. */
export function copyFileDurably(from: string, to: string): void {
  const part = `${to}.part`;
  fs.mkdirSync(path.dirname(to), { recursive: true });
  fs.copyFileSync(from, part);
  syncPath(part);
  fs.renameSync(part, to);
  syncPath(path.dirname(to));
}
