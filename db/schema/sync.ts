import { sql } from 'drizzle-orm';
import {
  blob,
  check,
  index,
  integer,
  sqliteTable,
  text,
  uniqueIndex,
} from 'drizzle-orm/sqlite-core';
import type { Dhis2Mapping, SyncAnswer, SyncTargetKind } from '../../shared/domain/sync';
import type { LocalizedText } from '../../shared/api/result';
import { bundleExports } from './bundles';
import { users } from './users';

/**
 * Where this Tram sends its submitted reports when there is a network: the district's (or
 * province's) Tram, or a DHIS2 instance. Secrets are sealed (AES-256-GCM) with a key file held
 * outside the database, like the facility's signing key; no view ever returns them.
 */
export const syncTargets = sqliteTable(
  'sync_targets',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    name: text().notNull(),
    kind: text({ enum: ['tram', 'dhis2'] })
      .$type<SyncTargetKind>()
      .notNull(),
    /** https://host:port/ of a Tram; a DHIS2 instance's base URL (before /api). */
    baseUrl: text().notNull(),
    /** Tram: SHA-256 of the receiving Tram's CA certificate, as its Network settings show it. */
    fingerprint: text(),
    /** Tram: that CA's certificate, fetched at save and checked against the fingerprint. */
    caCertificate: text(),
    /** Tram: the station credential the receiver issued (sealed). */
    sealedCredential: text(),
    /** DHIS2: basic-auth user name and (sealed) password, or a (sealed) personal access token. */
    username: text(),
    sealedPassword: text(),
    sealedToken: text(),
    /** DHIS2: Tram codes → the instance's codes. */
    mapping: text({ mode: 'json' }).$type<Dhis2Mapping>().notNull().default({}),
    enabled: integer({ mode: 'boolean' }).notNull().default(true),
    lastSuccessAt: text(),
    lastErrorAt: text(),
    lastError: text({ mode: 'json' }).$type<LocalizedText>(),
    createdAt: text().notNull(),
    updatedAt: text().notNull(),
  },
  (t) => [
    check('sync_targets_kind', sql`${t.kind} IN ('tram', 'dhis2')`),
    check('sync_targets_mapping_json', sql`json_valid(${t.mapping})`),
  ],
);

/**
 * Reports waiting to go upstream, written in the transaction that submitted them. A row is
 * sent once its target acknowledged it (the receiver is idempotent, so a resend after a lost
 * reply changes nothing there), or failed when the target said the payload or the credential
 * is wrong; otherwise it stays pending and is tried again later.
 */
export const syncOutbox = sqliteTable(
  'sync_outbox',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    targetId: integer()
      .notNull()
      .references(() => syncTargets.id),
    /** facility:dataset:period:revision:target — one row per report revision and target. */
    idempotencyKey: text().notNull().unique(),
    dataset: text().notNull(),
    period: text().notNull(),
    revision: integer().notNull(),
    /** 'bundle': the signed .tram bundle; 'dataValueSet': DHIS2 JSON in Tram's own codes. */
    payloadType: text({ enum: ['bundle', 'dataValueSet'] }).notNull(),
    payload: blob({ mode: 'buffer' }).notNull(),
    bundleExportId: integer().references(() => bundleExports.id),
    status: text({ enum: ['pending', 'sent', 'failed'] })
      .notNull()
      .default('pending'),
    attempts: integer().notNull().default(0),
    nextAttemptAt: text().notNull(),
    lastAttemptAt: text(),
    /** Why the last attempt did not go through, in a form the screen translates. */
    lastError: text({ mode: 'json' }).$type<LocalizedText>(),
    /** What the target answered, as far as it matters to staff (counts, conflicts, outcome). */
    answer: text({ mode: 'json' }).$type<SyncAnswer>(),
    sentAt: text(),
    createdAt: text().notNull(),
    createdBy: integer().references(() => users.id),
  },
  (t) => [
    index('sync_outbox_due').on(t.status, t.targetId, t.nextAttemptAt),
    check('sync_outbox_status', sql`${t.status} IN ('pending', 'sent', 'failed')`),
    check('sync_outbox_payload_type', sql`${t.payloadType} IN ('bundle', 'dataValueSet')`),
    check('sync_outbox_sent', sql`(${t.status} = 'sent') = (${t.sentAt} IS NOT NULL)`),
  ],
);

/**
 * A district's credentials for stations that send over the network (bundles.receive): only
 * the SHA-256 of each is kept. Issuing a new one for a station revokes the old.
 */
export const stationCredentials = sqliteTable(
  'station_credentials',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    stationCode: text().notNull(),
    hash: text().notNull().unique(),
    issuedAt: text().notNull(),
    issuedBy: integer().references(() => users.id),
    revokedAt: text(),
    lastUsedAt: text(),
  },
  (t) => [
    uniqueIndex('station_credentials_current')
      .on(t.stationCode)
      .where(sql`${t.revokedAt} IS NULL`),
  ],
);

export type SyncTargetRow = typeof syncTargets.$inferSelect;
export type SyncOutboxRow = typeof syncOutbox.$inferSelect;
