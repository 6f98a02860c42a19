import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createBackend, type Backend } from '../../electron/backend/backend';
import type { InputOf, OutputOf, ProcedureName } from '../../shared/api';

export type Invoke = <N extends ProcedureName>(
  name: N,
  input: InputOf<N>,
  token?: string,
) => Promise<OutputOf<N>>;

/** A fresh data folder for one benchmark. */
export function benchDir(name: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `tram-bench-${name}-`));
}

/**
 * A backend on `dataDir` with cheap password hashing and a fixed clock, and `invoke`, which
 * calls through the dispatcher and throws on an error answer.
 */
export function benchBackend(dataDir: string, now?: Date): { backend: Backend; invoke: Invoke } {
  const backend = createBackend({
    dataDir,
    version: 'bench',
    scryptCost: { N: 1024, r: 8, p: 1 },
    ...(now && { clock: () => now }),
  });
  const invoke: Invoke = async (name, input, token) => {
    const result = await backend.dispatcher.invoke(name, input, token ? { token } : {});
    if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
    return result.value;
  };
  return { backend, invoke };
}

/** First-run setup as a station; the admin's session token. */
export async function setUpStation(
  backend: Backend,
  invoke: Invoke,
  facility = { name: 'Trạm Y tế xã An Bình', code: '01001' },
): Promise<string> {
  const { token } = await invoke('auth.setup', {
    facility: { ...facility, address: '' },
    admin: { username: 'admin', fullName: 'Quản trị', password: 'matkhau-admin' },
    setupCode: backend.setupCode ?? '',
  });
  return token;
}

/** Closes the backend and removes its folder (kept when BENCH_KEEP is set, to look at). */
export function cleanUp(backend: Backend, dataDir: string): void {
  backend.close();
  if (process.env.BENCH_KEEP) console.error('kept', dataDir);
  else fs.rmSync(dataDir, { recursive: true, force: true });
}
