import { build } from 'esbuild';
import path from 'node:path';
import { SOURCE_ROOT } from './backend/paths';

/**
 * Bundles the Electron main process and preload to CommonJS (a sandboxed preload must be one
 * file). npm packages stay external: electron-builder ships the production dependencies, and
 * native ones (better-sqlite3) are rebuilt for Electron with @electron/rebuild (README).
 */
const outdir = path.join(SOURCE_ROOT, 'dist', 'electron');

const common = {
  outdir,
  outExtension: { '.js': '.cjs' },
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  packages: 'external',
  sourcemap: true,
  logLevel: 'info',
} as const;

await build({
  ...common,
  entryPoints: { main: path.join(SOURCE_ROOT, 'electron', 'main.ts') },
  // import.meta.url (used to find sources in web mode) has no meaning in CommonJS.
  define: { 'import.meta.url': '__tramImportMetaUrl' },
  banner: { js: "const __tramImportMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
});

// The sandboxed preload may require only 'electron': no banner, nothing else.
await build({
  ...common,
  entryPoints: { preload: path.join(SOURCE_ROOT, 'electron', 'preload.ts') },
});

// Backups, encryption and integrity checks run in a worker thread of their own (run-task.ts).
await build({
  ...common,
  entryPoints: {
    'backup-worker': path.join(SOURCE_ROOT, 'electron', 'backend', 'backups', 'worker.ts'),
  },
  define: { 'import.meta.url': '__tramImportMetaUrl' },
  banner: { js: "const __tramImportMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
});
