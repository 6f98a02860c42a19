import { build, type BuildOptions } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { ensureRendererBuild } from './transport/renderer-build';

/**
 * The backend as plain JavaScript in dist/electron (two folders deep, like the sources, so
 * paths found from import.meta.url still lead to the repository root). npm packages stay
 * external: electron-builder ships the production dependencies, and native ones
 * (better-sqlite3) are rebuilt for Electron with @electron/rebuild (README).
 */
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
} as const satisfies BuildOptions;

/** The job runner's worker, beside the bundle that starts it. */
export const JOB_WORKER_FILE = 'job-worker.mjs';
const workerDefine = { TRAM_JOB_WORKER: JSON.stringify(JOB_WORKER_FILE) };

const outdir = (root: string): string => path.join(root, 'dist', 'electron');

/** The job worker, shared by the desktop app and web mode. */
export async function bundleJobWorker(root: string): Promise<void> {
  await build({
    ...common,
    format: 'esm',
    entryPoints: [path.join(root, 'electron', 'backend', 'jobs', 'worker.ts')],
    outfile: path.join(outdir(root), JOB_WORKER_FILE),
  });
}

/** The backup worker (backups, encryption, integrity checks: backups/run-task.ts), beside main. */
export const BACKUP_WORKER_FILE = 'backup-worker.cjs';

export async function bundleBackupWorker(root: string): Promise<void> {
  await build({
    ...common,
    format: 'cjs',
    entryPoints: [path.join(root, 'electron', 'backend', 'backups', 'worker.ts')],
    outfile: path.join(outdir(root), BACKUP_WORKER_FILE),
    define: { 'import.meta.url': '__tramImportMetaUrl' },
    banner: {
      js: "const __tramImportMetaUrl = require('node:url').pathToFileURL(__filename).href;",
    },
  });
}

/** The Electron main process and its sandboxed preload, as CommonJS. */
export async function bundleDesktop(root: string): Promise<void> {
  const cjs = {
    ...common,
    format: 'cjs',
    outdir: outdir(root),
    outExtension: { '.js': '.cjs' },
  } as const;
  await build({
    ...cjs,
    entryPoints: { main: path.join(root, 'electron', 'main.ts') },
    // import.meta.url (used to find sources in web mode) has no meaning in CommonJS.
    define: { 'import.meta.url': '__tramImportMetaUrl', ...workerDefine },
    banner: {
      js: "const __tramImportMetaUrl = require('node:url').pathToFileURL(__filename).href;",
    },
  });
  // The sandboxed preload may require only 'electron': no banner, nothing else.
  await build({ ...cjs, entryPoints: { preload: path.join(root, 'electron', 'preload.ts') } });
}

/** `npm run web`'s server: one ES module that plain node runs, no TypeScript loader. */
export async function bundleWeb(root: string): Promise<void> {
  await build({
    ...common,
    format: 'esm',
    entryPoints: [path.join(root, 'electron', 'web.ts')],
    outfile: path.join(outdir(root), 'web.mjs'),
    define: workerDefine,
  });
}

/** Everything `npm run web` runs, and the stamp electron/web-start.js compares sources with. */
export async function buildWebServer(root: string, log = console.log): Promise<void> {
  const started = Date.now();
  await ensureRendererBuild(root, log);
  await bundleWeb(root);
  await bundleJobWorker(root);
  await bundleBackupWorker(root);
  fs.writeFileSync(path.join(outdir(root), '.web-build-stamp'), new Date().toISOString());
  log(`Tram: server built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
