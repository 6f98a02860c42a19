import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

/** tsx's ESM register API (require.resolve would give its CommonJS twin, which cannot register). */
function tsxEsmApi(from: string): string {
  const manifest = createRequire(from).resolve('tsx/package.json');
  const { exports } = JSON.parse(fs.readFileSync(manifest, 'utf8')) as {
    exports: Record<string, { import: { default: string } }>;
  };
  const entry = exports['./esm/api']?.import.default ?? './dist/esm/api/index.mjs';
  return path.join(path.dirname(manifest), entry);
}

/**
 * From source (tests, `npm run web`): a worker thread running the TypeScript file `entry`
 * (relative to the caller's module URL) behind tsx's loader.
 */
export function sourceWorker(callerUrl: string, entry: string, workerData: unknown): Worker {
  const tsx = pathToFileURL(tsxEsmApi(callerUrl)).href;
  const script = new URL(entry, callerUrl).href;
  const boot = `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(script)}); });`;
  return new Worker(boot, { eval: true, workerData });
}

/**
 * In the desktop bundle: the built worker `fileName` beside the caller's bundle. A packaged app
 * unpacks it (electron-builder.yml): worker threads cannot load scripts from an asar.
 */
export function bundledWorker(callerUrl: string, fileName: string, workerData: unknown): Worker {
  const file = path
    .join(path.dirname(fileURLToPath(callerUrl)), fileName)
    .replace(`app.asar${path.sep}`, `app.asar.unpacked${path.sep}`);
  return new Worker(file, { workerData });
}
