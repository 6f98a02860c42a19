import { createRequire } from 'node:module';

const load = createRequire(import.meta.url);

/**
 * A CommonJS library loaded the first time it is used, not when Tram starts: barcodes and
 * the receipt canvas hold memory most of a day never needs.
 */
export function onFirstUse<T>(id: string): () => T {
  let module: T | undefined;
  return () => (module ??= load(id) as T);
}
