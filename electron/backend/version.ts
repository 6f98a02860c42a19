import fs from 'node:fs';
import path from 'node:path';
import { SOURCE_ROOT } from './paths';

/** Tram's version from package.json (the packaged app reads the same file). */
export function readVersion(root = SOURCE_ROOT): string {
  const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as {
    version: string;
  };
  return pkg.version;
}
