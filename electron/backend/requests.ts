import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { requestLog } from '../../db/schema';
import { conflict } from './errors';

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== undefined)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, v]) => [k, canonical(v)]),
    );
  }
  return value;
}

/** JSON with keys sorted at every level, so equal values always give the same text. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(canonical(value));
}

export function inputHash(input: Record<string, unknown>): string {
  const { requestId: _ignored, ...rest } = input;
  return createHash('sha256').update(canonicalJson(rest)).digest('hex');
}

export interface Once<T> {
  value: T;
  /** True when this is a retry answered from the log: nothing was done again. */
  replayed: boolean;
}

/**
 * Runs a money or stock write once per client request id, inside the caller's transaction:
 * a retry with the same id and input gets the first result back (a reply lost on the LAN must
 * not charge or hand out twice); the same id with other input or from someone else is refused.
 * Without an id the write simply runs.
 */
export function once<T>(
  ctx: { db: Db; now: Date; userId: number },
  procedure: string,
  input: Record<string, unknown> & { requestId?: string | undefined },
  run: () => T,
): Once<T> {
  const { requestId } = input;
  if (requestId === undefined) return { value: run(), replayed: false };
  const hash = inputHash(input);
  const seen = ctx.db.select().from(requestLog).where(eq(requestLog.requestId, requestId)).get();
  if (seen) {
    if (seen.procedure !== procedure || seen.inputHash !== hash || seen.userId !== ctx.userId) {
      throw conflict('error.requestReused', undefined, { requestId });
    }
    return { value: seen.result as T, replayed: true };
  }
  const value = run();
  ctx.db
    .insert(requestLog)
    .values({
      requestId,
      procedure,
      userId: ctx.userId,
      inputHash: hash,
      result: value,
      at: ctx.now.toISOString(),
    })
    .run();
  return { value, replayed: false };
}
