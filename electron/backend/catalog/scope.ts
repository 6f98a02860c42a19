import type { Scope } from '../../../shared/domain/coverage';

/** PHAM_VI as read back from a row whose CHECK constraint allows only 1, 2 and 3. */
export function asScope(scope: number): Scope {
  if (scope === 1 || scope === 2 || scope === 3) return scope;
  throw new Error(`PHAM_VI ${scope} got past its CHECK constraint`);
}
