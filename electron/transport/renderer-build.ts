import fs from 'node:fs';
import path from 'node:path';
import { stampIsFresh } from '../build-stamp';

const STAMP = '.tram-build-stamp';
/** What the renderer bundle is made from. */
const INPUTS = [
  'renderer',
  'shared',
  'vite.config.ts',
  'electron/transport/csp.ts',
  'package-lock.json',
];

export function rendererOutDir(root: string): string {
  return path.join(root, 'dist', 'renderer');
}

export function rendererBuildIsFresh(root: string): boolean {
  const stamp = path.join(rendererOutDir(root), STAMP);
  return (
    fs.existsSync(path.join(rendererOutDir(root), 'index.html')) &&
    stampIsFresh(stamp, root, INPUTS)
  );
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
