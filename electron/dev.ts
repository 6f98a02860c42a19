import path from 'node:path';
import { parseArgs } from 'node:util';
import { createServer } from 'vite';
import { startBackend } from './backend/backups/startup';
import { defaultDataDir, SOURCE_ROOT } from './backend/paths';
import { readVersion } from './backend/version';
import { createHttpServer } from './transport/http';

/**
 * `npm run dev`: the API on one port and Vite's dev server (hot reload) on another, proxying
 * /api to it. Stop with Ctrl+C.
 */
const { values } = parseArgs({
  options: { 'data-dir': { type: 'string' }, port: { type: 'string', default: '5173' } },
});
const dataDir = path.resolve(values['data-dir'] ?? path.join(defaultDataDir(), 'dev'));
const backend = await startBackend({ dataDir, version: readVersion(), createFolder: true });
// Vite's proxy passes the page's own Host (the dev port) through to the API.
const api = await createHttpServer(backend, {
  staticDir: null,
  extraHosts: [`127.0.0.1:${values.port}`, `localhost:${values.port}`],
});
await api.listen({ host: '127.0.0.1', port: 0 });
const address = api.server.address();
const apiPort = typeof address === 'object' && address ? address.port : 0;

const vite = await createServer({
  configFile: path.join(SOURCE_ROOT, 'vite.config.ts'),
  server: {
    port: Number(values.port),
    host: '127.0.0.1',
    proxy: { '/api': { target: `http://127.0.0.1:${apiPort}` } },
  },
});
await vite.listen();
const setup = backend.setupCode ? `?setup=${backend.setupCode}` : '';
console.log(
  `Tram (dev) is ready: http://127.0.0.1:${values.port}/${setup}  — data: ${backend.database.file}`,
);
