// Plain JavaScript: electron/web-start.js uses it before anything is compiled.
import fs from 'node:fs';
import path from 'node:path';

/** The newest modification time under a file or folder (node_modules and dot-files aside). */
export function newestMtime(target) {
  if (!fs.existsSync(target)) return 0;
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of fs.readdirSync(target, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    newest = Math.max(newest, newestMtime(path.join(target, entry.name)));
  }
  return newest;
}

/** A build is fresh when its stamp exists and no input under root changed after it. */
export function stampIsFresh(stamp, root, inputs) {
  if (!fs.existsSync(stamp)) return false;
  const built = fs.statSync(stamp).mtimeMs;
  return inputs.every((input) => newestMtime(path.join(root, input)) <= built);
}
