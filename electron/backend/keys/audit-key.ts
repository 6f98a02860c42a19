import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { z } from 'zod';
import { keysDir, readOrCreateSecretFile } from './key-file';

export interface AuditKey {
  /** The HMAC key of the audit chain. */
  key: Buffer;
  /** Entries from this id on are keyed; earlier ones were written with plain SHA-256. */
  keyedFrom: number;
  file: string;
}

const stored = z.object({
  version: z.literal(1),
  key: z.string().min(40),
  keyedFrom: z.number().int().min(1),
  createdAt: z.string(),
});

export function auditKeyFile(dataDir: string): string {
  return path.join(keysDir(dataDir), 'audit-chain.key');
}

/**
 * The audit chain's secret, kept outside the database so that someone editing the file with
 * SQL cannot recompute the chain. Made on first start; `nextId` is the id the next entry gets.
 */
export function loadAuditKey(dataDir: string, nextId: () => number, now: Date): AuditKey {
  const file = auditKeyFile(dataDir);
  const text = readOrCreateSecretFile(file, () =>
    JSON.stringify({
      version: 1,
      key: randomBytes(32).toString('base64'),
      keyedFrom: nextId(),
      createdAt: now.toISOString(),
    }),
  );
  const parsed = stored.safeParse(JSON.parse(text));
  if (!parsed.success) throw new Error(`The audit key file ${file} is damaged`);
  return { key: Buffer.from(parsed.data.key, 'base64'), keyedFrom: parsed.data.keyedFrom, file };
}
