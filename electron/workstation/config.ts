import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { keysDir } from '../backend/keys/key-file';

const stored = z.object({
  version: z.literal(1),
  /** https://host:port/ of the server. */
  url: z.string().url(),
  caCertificate: z.string().includes('BEGIN CERTIFICATE'),
  caFingerprint: z.string().regex(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/),
  credential: z.string().min(20),
  workstationId: z.number().int().positive(),
  name: z.string(),
  pairedAt: z.string(),
});

/** What a paired workstation keeps: the server, its pinned CA and this PC's credential. */
export type WorkstationConfig = z.output<typeof stored>;

export function workstationFile(dataDir: string): string {
  return path.join(keysDir(dataDir), 'workstation.json');
}

/** The pairing, if this PC is a workstation; a damaged file counts as none (pair again). */
export function readWorkstationConfig(dataDir: string): WorkstationConfig | null {
  try {
    const parsed = stored.safeParse(JSON.parse(fs.readFileSync(workstationFile(dataDir), 'utf8')));
    if (parsed.success) return parsed.data;
    console.error('[tram] workstation.json is not valid; working on our own', parsed.error.issues);
    return null;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/** Written readable by the owner only: the credential lets this PC reach the server. */
export function writeWorkstationConfig(dataDir: string, config: WorkstationConfig): void {
  const file = workstationFile(dataDir);
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  const temp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temp, JSON.stringify(stored.parse(config), null, 2), { mode: 0o600 });
  fs.renameSync(temp, file);
}

export function removeWorkstationConfig(dataDir: string): void {
  fs.rmSync(workstationFile(dataDir), { force: true });
}
