import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createBackend } from '../../electron/backend/backend';
import { DEFAULT_SCRYPT_COST } from '../../electron/backend/auth/passwords';
import { SOURCE_ROOT } from '../../electron/backend/paths';
import { createHttpServer } from '../../electron/transport/http';
import { rendererOutDir } from '../../electron/transport/renderer-build';
import { timeIt, type BenchResult } from './measure';

function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'tram-bench-'));
}

/**
 * Cost of the dispatcher itself: authenticate, check the role, parse, run a tiny handler.
 * n is the one user of the station the calls are made as.
 */
export async function dispatcherCall(): Promise<BenchResult[]> {
  const dataDir = tempDir();
  const backend = createBackend({ dataDir, version: 'bench', scryptCost: DEFAULT_SCRYPT_COST });
  const setup = await backend.dispatcher.invoke('auth.setup', {
    facility: { name: 'Trạm Y tế xã An Bình', code: '01001', address: '' },
    admin: { username: 'admin', fullName: 'Quản trị', password: 'matkhau-admin' },
    setupCode: backend.setupCode ?? '',
  });
  if (!setup.ok) throw new Error(setup.error.message);
  const meta = { token: setup.value.token };
  const n = 1;
  const query = await timeIt(5000, () => backend.dispatcher.invoke('auth.me', {}, meta));
  const refused = await timeIt(5000, () =>
    backend.dispatcher.invoke('users.create', { username: '' } as never, meta),
  );
  const write = await timeIt(500, (i) =>
    backend.dispatcher.invoke(
      'settings.update',
      { security: { idleLockMinutes: 5 + (i % 10) } },
      meta,
    ),
  );
  backend.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
  return [
    { bench: 'dispatcher.call', n, procedure: 'auth.me', ...query },
    { bench: 'dispatcher.call', n, procedure: 'users.create (refused input)', ...refused },
    {
      bench: 'dispatcher.call',
      n,
      procedure: 'settings.update (write + audit, fsync)',
      ...write,
    },
  ];
}

/**
 * From nothing to answering HTTP: open (create + migrate) an empty database and listen.
 * n is the patients in it: none.
 */
export async function serverStart(): Promise<BenchResult[]> {
  const staticDir = rendererOutDir(SOURCE_ROOT);
  const dirs: string[] = [];
  const figures = await timeIt(
    20,
    async () => {
      const dataDir = tempDir();
      dirs.push(dataDir);
      const backend = createBackend({ dataDir, version: 'bench' });
      const server = await createHttpServer(backend, { staticDir });
      await server.listen({ host: '127.0.0.1', port: 0 });
      await server.close();
      backend.close();
    },
    2,
  );
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
  return [{ bench: 'server.start', n: 0, ...figures }];
}
