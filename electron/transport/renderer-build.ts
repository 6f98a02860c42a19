import fs from 'node:fs';
import path from 'node:path';

const STAMP = '.tram-build-stamp';
/** What the renderer bundle is made from. */
const INPUTS = [
  'renderer',
  'shared',
  'vite.config.ts',
  'electron/transport/csp.ts',
  'package-lock.json',
];

function newestMtime(target: string): number {
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

export function rendererOutDir(root: string): string {
  return path.join(root, 'dist', 'renderer');
}

export function rendererBuildIsFresh(root: string): boolean {
  const stamp = path.join(rendererOutDir(root), STAMP);
  if (!fs.existsSync(stamp) || !fs.existsSync(path.join(rendererOutDir(root), 'index.html'))) {
    return false;
  }
  const built = fs.statSync(stamp).mtimeMs;
  return INPUTS.every((input) => newestMtime(path.join(root, input)) <= built);
}

/** Builds the renderer with Vite when the build is missing or older than its sources. */
export async function ensureRendererBuild(root: string, log = console.log): Promise<string> {
  const outDir = rendererOutDir(root);
  if (rendererBuildIsFresh(root)) return outDir;
  log('Tram: building the user interface (first run or sources changed)…');
  const started = Date.now();
  const { build } = await import('vite');
  await build({ configFile: path.join(root, 'vite.config.ts'), logLevel: 'warn' });
  fs.writeFileSync(path.join(outDir, STAMP), new Date().toISOString());
  log(`Tram: user interface built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return outDir;
}
