import { sql } from 'drizzle-orm';
import {
  blob,
  check,
  index,
  integer,
  primaryKey,
  sqliteTable,
  text,
  uniqueIndex,
} from 'drizzle-orm/sqlite-core';
import { users } from './users';

/**
 * This facility's Ed25519 signing keys. The private key is sealed (AES-256-GCM) with a key
 * held outside the database (a key file in the data folder), so a copied database alone
 * cannot sign. One key is current (retired_at null); older ones are kept for the record.
 */
export const facilityKeys = sqliteTable(
  'facility_keys',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    /** Raw 32 bytes, base64. */
    publicKey: text().notNull().unique(),
    /** SHA-256 of the raw public key, hex. */
    fingerprint: text().notNull(),
    /** base64(iv ‖ tag ‖ ciphertext) of the PKCS#8 private key. */
    sealedPrivateKey: text().notNull(),
    /** The name of the key file that seals it (keys/<name>). */
    sealedWith: text().notNull(),
    createdAt: text().notNull(),
    retiredAt: text(),
  },
  (t) => [
    uniqueIndex('facility_keys_current')
      .on(t.retiredAt)
      .where(sql`${t.retiredAt} IS NULL`),
  ],
);

/** Bundles this facility made (a station's reports, a district's totals), in counter order. */
export const bundleExports = sqliteTable(
  'bundle_exports',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    bundleId: text().notNull().unique(),
    counter: integer().notNull().unique(),
    dataset: text().notNull(),
    period: text().notNull(),
    revision: integer().notNull(),
    fileName: text().notNull(),
    /** SHA-256 of manifest.json: the bundle's identity in the next bundle's chain link. */
    hash: text().notNull().unique(),
    previousHash: text(),
    size: integer().notNull(),
    content: blob({ mode: 'buffer' }).notNull(),
    createdAt: text().notNull(),
    createdBy: integer().references(() => users.id),
  },
  (t) => [
    index('bundle_exports_report').on(t.dataset, t.period, t.revision),
    check('bundle_exports_counter', sql`${t.counter} >= 1`),
  ],
);

/**
 * A district's senders. A bundle from an unknown code makes a `pending` row holding the key
 * it was signed with; an admin confirms it (trust on first use, against the fingerprint on
 * the paper report) or rejects it.
 */
export const stations = sqliteTable(
  'stations',
  {
    code: text().primaryKey(),
    name: text().notNull(),
    publicKey: text().notNull(),
    fingerprint: text().notNull(),
    status: text({ enum: ['pending', 'active', 'rejected'] }).notNull(),
    /** The highest counter imported from it, and that bundle's hash. */
    lastCounter: integer().notNull().default(0),
    lastHash: text(),
    firstSeenAt: text().notNull(),
    decidedAt: text(),
    decidedBy: integer().references(() => users.id),
  },
  (t) => [check('stations_status', sql`${t.status} IN ('pending', 'active', 'rejected')`)],
);

/**
 * Every bundle a district accepted. `applied` ones made the current figures; a pending
 * station's wait here (with their bytes) until it is confirmed; on rejection they go.
 */
export const receivedBundles = sqliteTable(
  'received_bundles',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    bundleId: text().notNull().unique(),
    hash: text().notNull().unique(),
    stationCode: text()
      .notNull()
      .references(() => stations.code),
    counter: integer().notNull(),
    previousHash: text(),
    dataset: text().notNull(),
    period: text().notNull(),
    revision: integer().notNull(),
    definitionVersion: integer().notNull(),
    createdAt: text().notNull(),
    state: text({ enum: ['pending', 'applied'] }).notNull(),
    fileName: text().notNull(),
    size: integer().notNull(),
    content: blob({ mode: 'buffer' }).notNull(),
    receivedAt: text().notNull(),
    receivedBy: integer().references(() => users.id),
  },
  (t) => [
    uniqueIndex('received_bundles_counter').on(t.stationCode, t.counter),
    index('received_bundles_report').on(t.dataset, t.period, t.stationCode),
    check('received_bundles_state', sql`${t.state} IN ('pending', 'applied')`),
  ],
);

/** The current revision of each station's report, as a district holds it. */
export const stationReports = sqliteTable(
  'station_reports',
  {
    stationCode: text()
      .notNull()
      .references(() => stations.code),
    dataset: text().notNull(),
    period: text().notNull(),
    revision: integer().notNull(),
    bundleId: text().notNull(),
    submittedAt: text().notNull(),
    firstSubmittedAt: text().notNull(),
    receivedAt: text().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.stationCode, t.dataset, t.period] }),
    index('station_reports_period').on(t.dataset, t.period),
  ],
);

/**
 * The values of each station's current revision, as its dataValueSet carried them: '' is the
 * default category option combo (a row without disaggregation).
 */
export const stationValues = sqliteTable(
  'station_values',
  {
    stationCode: text()
      .notNull()
      .references(() => stations.code),
    dataset: text().notNull(),
    period: text().notNull(),
    dataElement: text().notNull(),
    categoryOptionCombo: text().notNull().default(''),
    value: integer().notNull(),
  },
  (t) => [
    primaryKey({
      columns: [t.dataset, t.period, t.stationCode, t.dataElement, t.categoryOptionCombo],
    }),
  ],
);

export type FacilityKeyRow = typeof facilityKeys.$inferSelect;
export type BundleExportRow = typeof bundleExports.$inferSelect;
export type StationRow = typeof stations.$inferSelect;
export type ReceivedBundleRow = typeof receivedBundles.$inferSelect;
