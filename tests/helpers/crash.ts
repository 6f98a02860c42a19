import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { verifyAudit } from '../../electron/backend/audit/verify';
import { createBackend } from '../../electron/backend/backend';

const WRITER = path.join(import.meta.dirname, 'crash-writer.ts');
const SCRYPT = { N: 1024, r: 8, p: 1 };

export interface CrashRound {
  round: number;
  acknowledged: number;
  missing: number;
  integrity: string;
  auditOk: boolean;
  /** Was the open after the crash the full check (the clean-shutdown marker was left)? */
  fullCheck: boolean;
}

/** A set-up station in a temp folder: the admin from the tests' fixtures. */
export async function crashFolder(): Promise<string> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tram-crash-'));
  const backend = createBackend({ dataDir, version: 'crash', scryptCost: SCRYPT });
  const setup = await backend.dispatcher.invoke('auth.setup', {
    facility: { name: 'Trạm Y tế xã An Bình', code: '01001', address: '' },
    admin: { username: 'admin', fullName: 'Quản trị', password: 'matkhau-admin' },
    setupCode: backend.setupCode ?? '',
  });
  backend.close();
  if (!setup.ok) throw new Error(setup.error.message);
  return dataDir;
}

/**
 * One round: start the writer, let it write for a random while, SIGKILL it, open the folder
 * again (as Tram would after a power cut) and check every acknowledged write is there, the
 * file passes integrity_check and the audit chain verifies.
 */
export async function crashRound(dataDir: string, round: number): Promise<CrashRound> {
  const child = spawn(process.execPath, ['--import', 'tsx', WRITER, dataDir, String(round)], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const exited = new Promise((resolve) => child.once('exit', resolve));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`writer did not start: ${err}`)), 60_000);
    child.stdout.on('data', () => {
      if (out.includes('ready')) {
        clearTimeout(timer);
        resolve();
      }
    });
    void exited.then(() => reject(new Error(`writer exited: ${err}`)));
  });
  await new Promise((resolve) => setTimeout(resolve, 50 + Math.random() * 1200));
  child.kill('SIGKILL');
  await exited;
  // Only whole lines count: a line cut by the kill was never fully acknowledged to us.
  const lines = out
    .split('\n')
    .slice(0, -1)
    .filter((line) => /^\d+ \d+$/.test(line));
  const pairs = lines.map((line) => line.split(' ').map(Number) as [number, number]);

  const marker = fs.existsSync(path.join(dataDir, 'tram.running'));
  const backend = createBackend({ dataDir, version: 'crash', scryptCost: SCRYPT });
  try {
    const { sqlite } = backend.services;
    const has = sqlite.prepare(
      'SELECT (SELECT count(*) FROM patients WHERE id = ?) + (SELECT count(*) FROM visits WHERE id = ?)',
    );
    const missing = pairs.filter(([p, v]) => (has.pluck().get(p, v) as number) !== 2).length;
    return {
      round,
      acknowledged: pairs.length,
      missing,
      integrity: String(sqlite.pragma('integrity_check', { simple: true })),
      auditOk: verifyAudit(backend.services.auditChain, backend.services.auditAnchors).ok,
      fullCheck: marker && backend.database.fullyChecked,
    };
  } finally {
    backend.close();
  }
}
