import path from 'node:path';
import { parseArgs } from 'node:util';
import { DatabaseOpenError } from '../db/open';
import { createBackend } from './backend/backend';
import { defaultDataDir, SOURCE_ROOT } from './backend/paths';
import { readSection } from './backend/settings/store';
import { readVersion } from './backend/version';
import { createHttpServer } from './transport/http';
import { servingFor } from './transport/lan-serving';
import { ensureRendererBuild } from './transport/renderer-build';

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
  const staticDir = values['no-build'] ? null : await ensureRendererBuild(SOURCE_ROOT);

  let backend;
  try {
    backend = createBackend({ dataDir, version: readVersion() });
  } catch (error) {
    if (error instanceof DatabaseOpenError) {
      console.error(`Tram không khởi động được: ${error.localized('vi')}`);
      console.error(`Tram could not start: ${error.message}`);
      process.exit(1);
    }
    throw error;
  }
  const network = readSection(backend.database.db, 'network');
  const host = values.host ?? (network.lanEnabled ? '0.0.0.0' : '127.0.0.1');
  const port = values.port !== undefined ? Number(values.port) : network.lanPort;
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`Cổng không hợp lệ / invalid port: ${values.port}`);
    process.exit(2);
  }

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

await main();
