import { and, desc, eq, inArray, like, max, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { claimExports, claimExportVisits, claimMonthReopens, visits } from '../../../db/schema';
import type { ClaimMonthState } from '../../../shared/api';
import { conflict } from '../errors';

// A visit sent to the insurer keeps its money as sent: returns, voids and repricing wait until an
// admin reopens its month; the next export then sends its HOSO again, marked as resent.

/** YYYY-MM of a visit date. */
export const claimMonth = (visitDate: string): string => visitDate.slice(0, 7);

/** "11/2026", as the month is said on screen. */
const monthLabel = (month: string): string => `${month.slice(5, 7)}/${month.slice(0, 4)}`;

/** The last export of the month lifted by a reopening (0: never reopened). */
function liftedUpTo(db: Db, month: string): number {
  return (
    db
      .select({ id: max(claimMonthReopens.liftedExportId) })
      .from(claimMonthReopens)
      .where(eq(claimMonthReopens.month, month))
      .get()?.id ?? 0
  );
}

/** The export that froze this visit's money, or null when it is free to change. */
export function frozenBy(
  db: Db,
  visit: { id: number; visitDate: string },
): { exportId: number; at: string } | null {
  const last = db
    .select({ exportId: claimExports.id, at: claimExports.at })
    .from(claimExportVisits)
    .innerJoin(claimExports, eq(claimExports.id, claimExportVisits.exportId))
    .where(eq(claimExportVisits.visitId, visit.id))
    .orderBy(desc(claimExports.id))
    .limit(1)
    .get();
  if (!last || last.exportId <= liftedUpTo(db, claimMonth(visit.visitDate))) return null;
  return last;
}

/** Refuses a change to the money of a visit whose claim was sent and whose month is not reopened. */
export function assertMoneyOpen(db: Db, visit: { id: number; visitDate: string }): void {
  const frozen = frozenBy(db, visit);
  if (!frozen) return;
  const month = claimMonth(visit.visitDate);
  throw conflict(
    'claims.month.frozen',
    { month: monthLabel(month) },
    { month, exportId: frozen.exportId, exportedAt: frozen.at },
  );
}

/** Visits of the list that some earlier export already carried. */
export function sentBefore(db: Db, visitIds: readonly number[]): Set<number> {
  if (visitIds.length === 0) return new Set();
  return new Set(
    db
      .selectDistinct({ visitId: claimExportVisits.visitId })
      .from(claimExportVisits)
      .where(inArray(claimExportVisits.visitId, [...visitIds]))
      .all()
      .map((row) => row.visitId),
  );
}

export interface ExportedClaim {
  visitId: number;
  link: string;
  total: number;
  insurancePays: number;
}

/** Records an export and the HOSO it carried; those sent before are marked resent. */
export function recordExport(
  db: Db,
  input: { from: string; to: string; userId: number; at: string; fileSha256: string },
  claims: readonly ExportedClaim[],
): { exportId: number; resentVisitIds: number[] } {
  const resent = sentBefore(
    db,
    claims.map((c) => c.visitId),
  );
  const { id: exportId } = db
    .insert(claimExports)
    .values({ ...input, count: claims.length })
    .returning({ id: claimExports.id })
    .get();
  for (const claim of claims) {
    db.insert(claimExportVisits)
      .values({ exportId, ...claim, resent: resent.has(claim.visitId) })
      .run();
  }
  return {
    exportId,
    resentVisitIds: claims.filter((c) => resent.has(c.visitId)).map((c) => c.visitId),
  };
}

/** The latest export that carried a visit of the month. */
function lastExportOf(db: Db, month: string): { id: number; at: string } | undefined {
  return db
    .select({ id: claimExports.id, at: claimExports.at })
    .from(claimExportVisits)
    .innerJoin(claimExports, eq(claimExports.id, claimExportVisits.exportId))
    .innerJoin(visits, eq(visits.id, claimExportVisits.visitId))
    .where(like(visits.visitDate, `${month}-%`))
    .orderBy(desc(claimExports.id))
    .limit(1)
    .get();
}

/** An admin reopens an exported month, with the reason: its visits' money may change again. */
export function reopenMonth(
  db: Db,
  input: { month: string; reason: string; userId: number; at: string },
): { month: string; liftedExportId: number } {
  const last = lastExportOf(db, input.month);
  if (!last || last.id <= liftedUpTo(db, input.month)) {
    throw conflict('claims.month.notFrozen', { month: monthLabel(input.month) });
  }
  db.insert(claimMonthReopens)
    .values({ ...input, liftedExportId: last.id })
    .run();
  return { month: input.month, liftedExportId: last.id };
}

/** Each month of a period: frozen by its last export, or reopened since, or never sent. */
export function monthStates(db: Db, from: string, to: string): ClaimMonthState[] {
  const months: string[] = [];
  for (let m = claimMonth(from); m <= claimMonth(to);) {
    months.push(m);
    const [y, mo] = [Number(m.slice(0, 4)), Number(m.slice(5, 7))];
    m = mo === 12 ? `${y + 1}-01` : `${y}-${String(mo + 1).padStart(2, '0')}`;
  }
  return months.map((month) => {
    const last = lastExportOf(db, month);
    const reopen = db
      .select()
      .from(claimMonthReopens)
      .where(eq(claimMonthReopens.month, month))
      .orderBy(desc(claimMonthReopens.id))
      .limit(1)
      .get();
    const sent = last
      ? (db
          .select({ n: sql<number>`count(*)` })
          .from(claimExportVisits)
          .innerJoin(visits, eq(visits.id, claimExportVisits.visitId))
          .where(and(eq(claimExportVisits.exportId, last.id), like(visits.visitDate, `${month}-%`)))
          .get()?.n ?? 0)
      : 0;
    return {
      month,
      frozen: last !== undefined && last.id > (reopen?.liftedExportId ?? 0),
      lastExportAt: last?.at ?? null,
      sent,
      reopenedAt: reopen?.at ?? null,
      reopenReason: reopen?.reason ?? null,
    };
  });
}
