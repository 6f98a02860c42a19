import path from 'node:path';
import { parseArgs } from 'node:util';
import { DatabaseOpenError, RESTORABLE } from '../db/open';
import type { Backend } from './backend/backend';
import { keyStoreFor } from './backend/backups/key-store';
import { RecoveryService } from './backend/backups/recovery';
import { hasBackups, startBackend } from './backend/backups/startup';
import { defaultDataDir, SOURCE_ROOT } from './backend/paths';
import { readSection } from './backend/settings/store';
import { readVersion } from './backend/version';
import { createHttpServer } from './transport/http';
import { servingFor } from './transport/lan-serving';
import { createRecoveryServer } from './transport/recovery-http';
import { ensureRendererBuild } from './transport/renderer-build';

/** Start-up failures are said in both languages, never as a stack trace. */
function report(error: unknown): void {
  if (error instanceof DatabaseOpenError) {
    console.error(`Tram không khởi động được: ${error.localized('vi')}`);
    console.error(`Tram could not start: ${error.message}`);
  } else {
    const message = error instanceof Error ? error.message : String(error);
    console.error(`Tram không khởi động được / Tram could not start: ${message}`);
  }
}

/**
 * The database cannot be opened but a restore could mend it: serve the error screen on
 * loopback until a backup is restored (or the recovery code given), then start for real.
 */
async function recover(
  dataDir: string,
  failure: DatabaseOpenError,
  start: () => Promise<Backend>,
  staticDir: string | null,
  port: number,
): Promise<{ backend: Backend; port: number }> {
  let resolveBackend: (backend: Backend) => void = () => undefined;
  const started = new Promise<Backend>((resolve) => {
    resolveBackend = resolve;
  });
  const recovery = new RecoveryService(dataDir, failure, keyStoreFor(dataDir), async () => {
    resolveBackend(await start());
  });
  const server = await createRecoveryServer(recovery, staticDir);
  await server.listen({ host: '127.0.0.1', port });
  const address = server.server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  console.log(`Tram cần khôi phục dữ liệu / needs a restore: http://127.0.0.1:${actualPort}/`);
  const backend = await started;
  await server.close();
  return { backend, port: actualPort };
}

/** `npm run web -- [--port N] [--data-dir DIR] [--host H]`: Tram in a browser. */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string' },
      'data-dir': { type: 'string' },
      host: { type: 'string' },
      'no-build': { type: 'boolean', default: false },
    },
  });
  const dataDir = path.resolve(values['data-dir'] ?? defaultDataDir());
  const requestedPort = values.port !== undefined ? Number(values.port) : undefined;
  if (
    requestedPort !== undefined &&
    (!Number.isInteger(requestedPort) || requestedPort < 0 || requestedPort > 65535)
  ) {
    console.error(`Cổng không hợp lệ / invalid port: ${values.port}`);
    process.exit(2);
  }
  const staticDir = values['no-build'] ? null : await ensureRendererBuild(SOURCE_ROOT);
  let shown = -1;
  const start = (): Promise<Backend> =>
    startBackend({
      dataDir,
      version: readVersion(),
      createFolder: values['data-dir'] === undefined,
      onProgress: (percent) => {
        if (percent < shown + 10 && percent !== 100) return;
        shown = percent;
        console.log(`Đang mã hoá dữ liệu lần đầu / encrypting the data… ${percent}%`);
      },
    });

  let backend: Backend;
  let recoveredPort: number | undefined;
  try {
    backend = await start();
  } catch (error) {
    report(error);
    const restorable =
      error instanceof DatabaseOpenError &&
      RESTORABLE.includes(error.kind) &&
      (hasBackups(dataDir) || error.kind === 'missing-key');
    if (!restorable) process.exit(1);
    ({ backend, port: recoveredPort } = await recover(
      dataDir,
      error,
      start,
      staticDir,
      requestedPort ?? 8717,
    ));
  }

  const network = readSection(backend.database.db, 'network');
  const host = values.host ?? (network.lanEnabled ? '0.0.0.0' : '127.0.0.1');
  const port = recoveredPort ?? requestedPort ?? network.lanPort;
  const serving = await servingFor(backend, host);
  const server = await createHttpServer(backend, { staticDir, ...serving.options });
  await server.listen({ host, port });
  const address = server.server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  // Jupyter's token model: the first address carries the one-time setup code.
  const [first = '', ...others] = serving.urls(actualPort);
  const setup = backend.setupCode ? `?setup=${backend.setupCode}` : '';
  console.log(`Tram ${backend.version} is ready: ${[first + setup, ...others].join(' ')}`);
  if (serving.caFingerprint) console.log(`CA SHA-256: ${serving.caFingerprint}`);
  console.log(`Dữ liệu / data: ${backend.database.file}`);

  const stop = (): void => {
    void server.close().finally(() => {
      backend.close();
      process.exit(0);
    });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

try {
  await main();
} catch (error) {
  report(error);
  process.exit(1);
}
