import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { syncOutbox, syncTargets, type SyncTargetRow } from '../../../db/schema';
import type { ParsedInputOf, SyncTargetView } from '../../../shared/api';
import { MAPPING_KINDS, parseMappingCsv, type OutboxStatus } from '../../../shared/domain/sync';
import { translate, type Locale } from '../../../shared/i18n';
import { AppError, notFound } from '../errors';
import { sealSecret } from './secrets';

const noCounts = (): Record<OutboxStatus, number> => ({ pending: 0, sent: 0, failed: 0 });

export function targetView(
  locale: Locale,
  row: SyncTargetRow,
  counts = noCounts(),
): SyncTargetView {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    baseUrl: row.baseUrl,
    enabled: row.enabled,
    fingerprint: row.fingerprint,
    hasCredential: row.sealedCredential !== null,
    username: row.username,
    hasPassword: row.sealedPassword !== null,
    hasToken: row.sealedToken !== null,
    mapping: row.mapping,
    mappingRows: MAPPING_KINDS.reduce((n, k) => n + Object.keys(row.mapping[k] ?? {}).length, 0),
    lastSuccessAt: row.lastSuccessAt,
    lastErrorAt: row.lastErrorAt,
    lastError: row.lastError ? translate(locale, row.lastError.key, row.lastError.params) : null,
    counts,
  };
}

export function listTargets(db: Db, locale: Locale): SyncTargetView[] {
  const counts = new Map<number, Record<OutboxStatus, number>>();
  for (const c of db
    .select({ targetId: syncOutbox.targetId, status: syncOutbox.status, n: sql<number>`count(*)` })
    .from(syncOutbox)
    .groupBy(syncOutbox.targetId, syncOutbox.status)
    .all()) {
    const entry = counts.get(c.targetId) ?? noCounts();
    entry[c.status] = c.n;
    counts.set(c.targetId, entry);
  }
  return db
    .select()
    .from(syncTargets)
    .orderBy(syncTargets.id)
    .all()
    .map((row) => targetView(locale, row, counts.get(row.id)));
}

export function targetRow(db: Db, id: number): SyncTargetRow {
  const row = db.select().from(syncTargets).where(eq(syncTargets.id, id)).get();
  if (!row) throw notFound('sync.target.notFound');
  return row;
}

type SaveInput = ParsedInputOf<'sync.targets.save'>;

function fieldError(field: string, key: 'validation.required' | 'sync.mapping.csv', params = {}) {
  return new AppError('VALIDATION', 'error.VALIDATION', {
    fieldErrors: { [field]: { key, params } },
  });
}

/** Adds or changes a target; secrets left out keep their saved value, an empty one clears it. */
export function saveTarget(db: Db, dataDir: string, input: SaveInput, now: Date): { id: number } {
  const existing = input.id === undefined ? undefined : targetRow(db, input.id);
  if (existing && existing.kind !== input.kind) {
    throw new AppError('CONFLICT', 'sync.target.kindChanged');
  }
  const at = now.toISOString();
  const common = {
    name: input.name,
    kind: input.kind,
    baseUrl: input.baseUrl.replace(/\/+$/, ''),
    enabled: input.enabled ?? existing?.enabled ?? true,
    updatedAt: at,
  };
  let values: Partial<SyncTargetRow>;
  if (input.kind === 'tram') {
    if (!existing && !input.credential) throw fieldError('credential', 'validation.required');
    const pinChanged =
      existing?.fingerprint !== input.fingerprint || existing.baseUrl !== common.baseUrl;
    values = {
      ...common,
      fingerprint: input.fingerprint,
      // A new address or pin: the receiver's CA is fetched again and checked against it.
      ...(pinChanged && { caCertificate: null }),
      ...(input.credential && {
        sealedCredential: sealSecret(dataDir, 'credential', input.credential),
      }),
    };
  } else {
    let mapping = input.mapping ?? existing?.mapping ?? {};
    if (input.mappingCsv !== undefined) {
      const parsed = parseMappingCsv(input.mappingCsv);
      const first = parsed.problems[0];
      if (first) throw fieldError('mappingCsv', 'sync.mapping.csv', { line: first.line });
      mapping = parsed.mapping;
    }
    const secret = (field: 'password' | 'token', value: string | undefined) =>
      value === undefined
        ? {}
        : {
            [`sealed${field === 'password' ? 'Password' : 'Token'}`]: value
              ? sealSecret(dataDir, field, value)
              : null,
          };
    values = {
      ...common,
      username:
        input.username === undefined ? (existing?.username ?? null) : input.username || null,
      mapping,
      ...secret('password', input.password),
      ...secret('token', input.token),
    };
    const hasPassword = input.password === undefined ? existing?.sealedPassword : input.password;
    const hasToken = input.token === undefined ? existing?.sealedToken : input.token;
    const username = values.username;
    if (!hasToken && !(username && hasPassword)) throw fieldError('token', 'validation.required');
  }
  if (existing) {
    db.update(syncTargets).set(values).where(eq(syncTargets.id, existing.id)).run();
    return { id: existing.id };
  }
  const row = db
    .insert(syncTargets)
    .values({ ...common, ...values, createdAt: at } as typeof syncTargets.$inferInsert)
    .returning({ id: syncTargets.id })
    .get();
  return row;
}
