import type Database from 'better-sqlite3';
import { and, between, eq } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import type { BundleSummary } from '../../../shared/api';
import { receivedBundles, stationReports, stations, type StationRow } from '../../../db/schema';
import {
  formatFingerprint,
  receivedValueSetSchema,
  type BundleManifest,
  type ImportOutcome,
  type RejectionReason,
} from '../../../shared/domain/bundles';
import { fingerprintHex } from '../keys/facility-key';
import { perDatabase } from './per-database';
import { checkBundle, openBundle, type Rejection, type VerifiedBundle } from './verify';

export interface ReceiveDeps {
  db: Db;
  sqlite: Database.Database;
  now: Date;
  userId: number | null;
  /** This district's own code: its own bundles are not imported back. */
  ownCode: string;
  /** Whether this Tram has the form (definition) a bundle's report is made on. */
  knowsDataset(code: string): boolean;
}

export interface ReceiveResult extends BundleSummary {
  outcome: ImportOutcome;
  reason?: RejectionReason;
  params?: Record<string, string | number>;
}

interface Values {
  rows: { dataElement: string; categoryOptionCombo: string; value: number }[];
}

function rejected(rejection: Rejection, extra: Partial<ReceiveResult> = {}): ReceiveResult {
  return {
    outcome: 'rejected',
    reason: rejection.reason,
    ...(rejection.params && { params: rejection.params }),
    ...extra,
  };
}

function readValues(verified: VerifiedBundle): Values | Rejection {
  const { manifest, files } = verified;
  let raw: unknown;
  try {
    raw = JSON.parse(Buffer.from(files.values ?? new Uint8Array()).toString('utf8'));
  } catch {
    return { ok: false, reason: 'valuesInvalid' };
  }
  const parsed = receivedValueSetSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, reason: 'valuesInvalid' };
  const set = parsed.data;
  if (
    set.dataSet !== manifest.report.dataset ||
    set.period !== manifest.report.period ||
    set.orgUnit !== manifest.facility.code
  ) {
    return { ok: false, reason: 'valuesInvalid' };
  }
  const seen = new Set<string>();
  const rows: Values['rows'] = [];
  for (const v of set.dataValues) {
    const key = `${v.dataElement}.${v.categoryOptionCombo ?? ''}`;
    const value = Number(v.value);
    if (seen.has(key) || !Number.isSafeInteger(value))
      return { ok: false, reason: 'valuesInvalid' };
    seen.add(key);
    rows.push({
      dataElement: v.dataElement,
      categoryOptionCombo: v.categoryOptionCombo ?? '',
      value,
    });
  }
  return { rows };
}

/** The part of a verified bundle that decides: who, which report, where in the chain. */
function summaryOf(manifest: BundleManifest): Partial<ReceiveResult> {
  return {
    facilityCode: manifest.facility.code,
    facilityName: manifest.facility.name,
    dataset: manifest.report.dataset,
    period: manifest.report.period,
    revision: manifest.report.revision,
    counter: manifest.counter,
  };
}

class Statements {
  readonly deleteValues;
  readonly insertValue;
  readonly currentValues;

  constructor(sqlite: Database.Database) {
    this.deleteValues = sqlite.prepare(
      'DELETE FROM station_values WHERE dataset = ? AND period = ? AND station_code = ?',
    );
    this.insertValue = sqlite.prepare(
      `INSERT INTO station_values (dataset, period, station_code, data_element,
        category_option_combo, value) VALUES (?, ?, ?, ?, ?, ?)`,
    );
    this.currentValues = sqlite.prepare<
      [string, string, string],
      { data_element: string; category_option_combo: string; value: number }
    >(
      `SELECT data_element, category_option_combo, value FROM station_values
       WHERE dataset = ? AND period = ? AND station_code = ?`,
    );
  }
}

const statementsFor = perDatabase((sqlite) => new Statements(sqlite));

function sameValues(current: readonly Values['rows'][number][], incoming: Values['rows']): boolean {
  if (current.length !== incoming.length) return false;
  const map = new Map(current.map((v) => [`${v.dataElement}.${v.categoryOptionCombo}`, v.value]));
  return incoming.every((v) => map.get(`${v.dataElement}.${v.categoryOptionCombo}`) === v.value);
}

function recordBundle(
  deps: ReceiveDeps,
  verified: VerifiedBundle,
  file: { fileName: string; bytes: Uint8Array },
  state: 'pending' | 'applied',
): void {
  const { manifest } = verified;
  deps.db
    .insert(receivedBundles)
    .values({
      bundleId: manifest.bundleId,
      hash: verified.hash,
      stationCode: manifest.facility.code,
      counter: manifest.counter,
      previousHash: manifest.previousBundleHash,
      dataset: manifest.report.dataset,
      period: manifest.report.period,
      revision: manifest.report.revision,
      definitionVersion: manifest.definition.version,
      createdAt: manifest.createdAt,
      state,
      fileName: file.fileName.slice(0, 200),
      size: file.bytes.length,
      content: Buffer.from(file.bytes),
      receivedAt: deps.now.toISOString(),
      receivedBy: deps.userId,
    })
    .run();
}

/** Step 6: where the bundle sits among the ones already here from the same sender. */
function checkCounter(deps: ReceiveDeps, verified: VerifiedBundle): Rejection | 'duplicate' | null {
  const { manifest } = verified;
  const byId = deps.db
    .select({ hash: receivedBundles.hash })
    .from(receivedBundles)
    .where(eq(receivedBundles.bundleId, manifest.bundleId))
    .get();
  if (byId)
    return byId.hash === verified.hash ? 'duplicate' : { ok: false, reason: 'bundleIdReused' };
  const neighbours = deps.db
    .select({
      counter: receivedBundles.counter,
      hash: receivedBundles.hash,
      previousHash: receivedBundles.previousHash,
    })
    .from(receivedBundles)
    .where(
      and(
        eq(receivedBundles.stationCode, manifest.facility.code),
        between(receivedBundles.counter, manifest.counter - 1, manifest.counter + 1),
      ),
    )
    .all();
  if (neighbours.some((other) => other.counter === manifest.counter)) {
    return { ok: false, reason: 'counterReused', params: { counter: manifest.counter } };
  }
  for (const other of neighbours) {
    const broken =
      other.counter === manifest.counter - 1
        ? manifest.previousBundleHash !== other.hash
        : other.previousHash !== verified.hash;
    if (broken) return { ok: false, reason: 'chainBroken', params: { counter: manifest.counter } };
  }
  return null;
}

/** Step 7 and the write: the revision decides; one savepoint holds the whole bundle. */
function applyReport(
  deps: ReceiveDeps,
  verified: VerifiedBundle,
  values: Values,
  file: { fileName: string; bytes: Uint8Array },
): ReceiveResult {
  const { manifest } = verified;
  const { dataset, period, revision } = manifest.report;
  const code = manifest.facility.code;
  const summary = summaryOf(manifest);
  const statements = statementsFor(deps.sqlite);
  const current = deps.db
    .select()
    .from(stationReports)
    .where(
      and(
        eq(stationReports.stationCode, code),
        eq(stationReports.dataset, dataset),
        eq(stationReports.period, period),
      ),
    )
    .get();
  if (current && current.revision > revision) return { outcome: 'superseded', ...summary };
  if (current && current.revision === revision) {
    const held = statements.currentValues.all(dataset, period, code).map((v) => ({
      dataElement: v.data_element,
      categoryOptionCombo: v.category_option_combo,
      value: v.value,
    }));
    return sameValues(held, values.rows)
      ? { outcome: 'duplicate', ...summary }
      : rejected({ ok: false, reason: 'sameRevisionDiffers', params: { revision } }, summary);
  }
  deps.sqlite.transaction(() => {
    statements.deleteValues.run(dataset, period, code);
    for (const v of values.rows) {
      statements.insertValue.run(
        dataset,
        period,
        code,
        v.dataElement,
        v.categoryOptionCombo,
        v.value,
      );
    }
    const report = {
      revision,
      bundleId: manifest.bundleId,
      submittedAt: manifest.report.submittedAt,
      firstSubmittedAt: manifest.report.firstSubmittedAt,
      receivedAt: deps.now.toISOString(),
    };
    deps.db
      .insert(stationReports)
      .values({ stationCode: code, dataset, period, ...report })
      .onConflictDoUpdate({
        target: [stationReports.stationCode, stationReports.dataset, stationReports.period],
        set: report,
      })
      .run();
    recordBundle(deps, verified, file, 'applied');
    const station = deps.db.select().from(stations).where(eq(stations.code, code)).get();
    if (station && manifest.counter > station.lastCounter) {
      deps.db
        .update(stations)
        .set({
          lastCounter: manifest.counter,
          lastHash: verified.hash,
          name: manifest.facility.name,
        })
        .where(eq(stations.code, code))
        .run();
    }
  })();
  return { outcome: 'imported', ...summary };
}

function keepPending(
  deps: ReceiveDeps,
  station: StationRow | undefined,
  verified: VerifiedBundle,
  file: { fileName: string; bytes: Uint8Array },
): ReceiveResult {
  const { manifest } = verified;
  const summary = {
    ...summaryOf(manifest),
    fingerprint: formatFingerprint(fingerprintHex(manifest.publicKey)),
  };
  const counter = checkCounter(deps, verified);
  if (counter === 'duplicate') return { outcome: 'pending-station', ...summary };
  if (counter) return rejected(counter, summary);
  deps.sqlite.transaction(() => {
    if (!station) {
      deps.db
        .insert(stations)
        .values({
          code: manifest.facility.code,
          name: manifest.facility.name,
          publicKey: manifest.publicKey,
          fingerprint: fingerprintHex(manifest.publicKey),
          status: 'pending',
          firstSeenAt: deps.now.toISOString(),
        })
        .run();
    }
    recordBundle(deps, verified, file, 'pending');
  })();
  return { outcome: 'pending-station', ...summary };
}

/**
 * Verifies one bundle and applies it, all or nothing: the USB import and a network receive
 * both come through here. Checks run in this order: size, zip structure, signature with the
 * sender's registered key, file hashes, format version, contents, counter, revision. Run it
 * inside a write transaction or alone (it opens its own savepoint for the writes).
 */
export function receiveBundle(
  deps: ReceiveDeps,
  file: { fileName: string; bytes: Uint8Array },
): ReceiveResult {
  const opened = openBundle(file.bytes);
  if (!opened.ok) return rejected(opened);
  const { facilityCode, publicKey } = opened.claimed;
  const claimed = { facilityCode: facilityCode.slice(0, 20) };
  if (facilityCode === deps.ownCode) return rejected({ ok: false, reason: 'ownBundle' }, claimed);
  const station = deps.db.select().from(stations).where(eq(stations.code, facilityCode)).get();
  if (station?.status === 'rejected') {
    return rejected({ ok: false, reason: 'stationRejected' }, claimed);
  }
  if (station && station.publicKey !== publicKey) {
    return rejected({ ok: false, reason: 'keyMismatch' }, claimed);
  }
  const verified = checkBundle(opened, station?.publicKey ?? publicKey);
  if (!verified.ok) return rejected(verified, claimed);
  const summary = summaryOf(verified.manifest);
  if (!deps.knowsDataset(verified.manifest.report.dataset)) {
    return rejected(
      {
        ok: false,
        reason: 'unknownDataset',
        params: { dataset: verified.manifest.report.dataset },
      },
      summary,
    );
  }
  const values = readValues(verified);
  if ('ok' in values) return rejected(values, summary);
  if (station?.status !== 'active') return keepPending(deps, station, verified, file);
  const counter = checkCounter(deps, verified);
  if (counter === 'duplicate') return { outcome: 'duplicate', ...summary };
  if (counter) return rejected(counter, summary);
  return applyReport(deps, verified, values, file);
}
