// `npm run web`: build what is missing or stale, then run the built server in this very
// process: plain node, no TypeScript loader or wrapper left running beside it.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { stampIsFresh } from './build-stamp.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const built = path.join(root, 'dist', 'electron');
const stamp = path.join(built, '.web-build-stamp');
// What the server and the interface are built from (db/migrations are read at run time).
const inputs = ['electron', 'db', 'shared', 'renderer', 'package-lock.json', 'vite.config.ts'];

if (!stampIsFresh(stamp, root, inputs)) {
  // The build runs in a child that exits: its compilers never stay in the server's memory.
  const build = spawnSync(process.execPath, ['--import', 'tsx', 'electron/build-web.ts'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
await import(pathToFileURL(path.join(built, 'web.mjs')).href);
