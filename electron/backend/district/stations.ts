import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { receivedBundles, stations, type StationRow } from '../../../db/schema';
import type { StationView } from '../../../shared/api';
import { formatFingerprint } from '../../../shared/domain/bundles';
import { receiveBundle, type ReceiveDeps, type ReceiveResult } from '../bundles/receive';
import { AppError } from '../errors';

function toView(
  row: StationRow,
  counts: { pending: number; lastReceivedAt: string | null },
): StationView {
  return {
    code: row.code,
    name: row.name,
    fingerprint: formatFingerprint(row.fingerprint),
    status: row.status,
    active: row.status === 'active',
    lastCounter: row.lastCounter,
    lastHash: row.lastHash,
    firstSeenAt: row.firstSeenAt,
    decidedAt: row.decidedAt,
    pendingBundles: counts.pending,
    lastReceivedAt: counts.lastReceivedAt,
  };
}

/** The district's stations: awaiting confirmation first, then by code. */
export function listStations(db: Db): StationView[] {
  const counts = new Map(
    db
      .select({
        code: receivedBundles.stationCode,
        pending: sql<number>`sum(${receivedBundles.state} = 'pending')`,
        lastReceivedAt: sql<string | null>`max(${receivedBundles.receivedAt})`,
      })
      .from(receivedBundles)
      .groupBy(receivedBundles.stationCode)
      .all()
      .map((c) => [c.code, c]),
  );
  const order = { pending: 0, active: 1, rejected: 2 } as const;
  return db
    .select()
    .from(stations)
    .all()
    .map((row) =>
      toView(row, {
        pending: counts.get(row.code)?.pending ?? 0,
        lastReceivedAt: counts.get(row.code)?.lastReceivedAt ?? null,
      }),
    )
    .sort((a, b) => order[a.status] - order[b.status] || a.code.localeCompare(b.code));
}

export function stationView(db: Db, code: string): StationView {
  const view = listStations(db).find((s) => s.code === code);
  if (!view) throw new AppError('NOT_FOUND', 'stations.notFound', { params: { code } });
  return view;
}

function pendingStation(db: Db, code: string): StationRow {
  const row = db.select().from(stations).where(eq(stations.code, code)).get();
  if (!row) throw new AppError('NOT_FOUND', 'stations.notFound', { params: { code } });
  if (row.status !== 'pending') {
    throw new AppError('CONFLICT', 'stations.notPending', { params: { code } });
  }
  return row;
}

const compact = (fingerprint: string): string =>
  fingerprint.replace(/[^0-9a-f]/gi, '').toLowerCase();

/**
 * Trust on first use: the station's key becomes the one its bundles must be signed with, and
 * the bundles that waited for it go through the import again, oldest first.
 */
export function confirmStation(
  deps: ReceiveDeps,
  code: string,
  fingerprint: string | undefined,
): { station: StationView; imported: ReceiveResult[] } {
  const row = pendingStation(deps.db, code);
  const typed = fingerprint === undefined ? null : compact(fingerprint);
  if (typed !== null && (typed.length < 32 || !row.fingerprint.startsWith(typed))) {
    throw new AppError('VALIDATION', 'error.VALIDATION', {
      fieldErrors: { fingerprint: { key: 'stations.fingerprintDiffers' } },
    });
  }
  deps.db
    .update(stations)
    .set({ status: 'active', decidedAt: deps.now.toISOString(), decidedBy: deps.userId })
    .where(eq(stations.code, code))
    .run();
  const waiting = deps.db
    .select({
      id: receivedBundles.id,
      fileName: receivedBundles.fileName,
      content: receivedBundles.content,
    })
    .from(receivedBundles)
    .where(and(eq(receivedBundles.stationCode, code), eq(receivedBundles.state, 'pending')))
    .orderBy(asc(receivedBundles.counter))
    .all();
  deps.db
    .delete(receivedBundles)
    .where(and(eq(receivedBundles.stationCode, code), eq(receivedBundles.state, 'pending')))
    .run();
  const imported = waiting.map((bundle) =>
    receiveBundle(deps, { fileName: bundle.fileName, bytes: bundle.content }),
  );
  return { station: stationView(deps.db, code), imported };
}

/** Refuses the key: waiting bundles are dropped and later ones from the code refused. */
export function rejectStation(
  deps: Pick<ReceiveDeps, 'db' | 'now' | 'userId'>,
  code: string,
): { station: StationView; discarded: number } {
  pendingStation(deps.db, code);
  const discarded = deps.db
    .delete(receivedBundles)
    .where(and(eq(receivedBundles.stationCode, code), eq(receivedBundles.state, 'pending')))
    .run().changes;
  deps.db
    .update(stations)
    .set({ status: 'rejected', decidedAt: deps.now.toISOString(), decidedBy: deps.userId })
    .where(eq(stations.code, code))
    .run();
  return { station: stationView(deps.db, code), discarded };
}
