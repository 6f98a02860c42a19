import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { Db } from '../../../db/client';
import { payments, shifts, users, type ShiftRow } from '../../../db/schema';
import type { ShiftTotal, ShiftView } from '../../../shared/api';
import { AppError, conflict, notFound } from '../errors';
import { readSection } from '../settings/store';
import { paymentViews } from './ledger';

/** One shift for the station, or one per cashier, as the shift rule in settings says. */
export function shiftScope(db: Db, userId: number): string {
  return readSection(db, 'cashier').shiftPerCashier ? `cashier:${userId}` : 'station';
}

export function openShift(db: Db, scope: string): ShiftRow | undefined {
  return db
    .select()
    .from(shifts)
    .where(and(eq(shifts.scope, scope), isNull(shifts.closedAt)))
    .get();
}

/** The caller's open shift; the first payment of a shift opens it. */
export function shiftForPayment(db: Db, userId: number, now: Date): ShiftRow {
  const scope = shiftScope(db, userId);
  return (
    openShift(db, scope) ??
    db
      .insert(shifts)
      .values({ scope, openedAt: now.toISOString(), openedBy: userId })
      .returning()
      .get()
  );
}

export function getShiftRow(db: Db, id: number): ShiftRow {
  const row = db.select().from(shifts).where(eq(shifts.id, id)).get();
  if (!row) throw notFound('billing.shift.notFound');
  return row;
}

/**
 * Closes a shift. A cashier closes their own (or the station's); another cashier's needs an
 * admin or supervisor. Triggers keep it closed and refuse new payments into it.
 */
export function closeShift(
  db: Db,
  input: { shiftId?: number; countedCash?: number; note?: string },
  user: { id: number; mayOverride: boolean },
  now: Date,
): ShiftRow {
  const shift =
    input.shiftId !== undefined
      ? getShiftRow(db, input.shiftId)
      : openShift(db, shiftScope(db, user.id));
  if (!shift) throw conflict('billing.shift.noneOpen');
  if (shift.closedAt) throw conflict('billing.shift.closed', { id: shift.id });
  const own = shift.scope === 'station' || shift.scope === `cashier:${user.id}`;
  if (!own && !user.mayOverride) throw new AppError('FORBIDDEN', 'billing.shift.notYours');
  return db
    .update(shifts)
    .set({
      closedAt: now.toISOString(),
      closedBy: user.id,
      countedCash: input.countedCash ?? null,
      note: input.note || null,
    })
    .where(eq(shifts.id, shift.id))
    .returning()
    .get();
}

function shiftTotals(db: Db, shiftId: number): ShiftTotal[] {
  const rows = db
    .select({
      cashierId: payments.cashierId,
      cashierName: users.fullName,
      method: payments.method,
      payments: sql<number>`sum(${payments.kind} = 'payment')`,
      collected: sql<number>`coalesce(sum(CASE WHEN ${payments.amount} > 0 THEN ${payments.amount} END), 0)`,
      voids: sql<number>`sum(${payments.kind} = 'void')`,
      refunded: sql<number>`coalesce(-sum(CASE WHEN ${payments.amount} < 0 THEN ${payments.amount} END), 0)`,
    })
    .from(payments)
    .innerJoin(users, eq(users.id, payments.cashierId))
    .where(eq(payments.shiftId, shiftId))
    .groupBy(payments.cashierId, payments.method)
    .orderBy(users.fullName, payments.method)
    .all();
  return rows.map((row) => ({ ...row, net: row.collected - row.refunded }));
}

/** A shift with its totals by cashier and method, its cash check and its ledger rows. */
export function shiftView(db: Db, shift: ShiftRow): ShiftView {
  const openedBy = alias(users, 'opened_by');
  const names = db
    .select({ openedBy: openedBy.fullName, closedBy: users.fullName })
    .from(shifts)
    .innerJoin(openedBy, eq(openedBy.id, shifts.openedBy))
    .leftJoin(users, eq(users.id, shifts.closedBy))
    .where(eq(shifts.id, shift.id))
    .get();
  const totals = shiftTotals(db, shift.id);
  const sumOf = (method?: string) =>
    totals.filter((t) => !method || t.method === method).reduce((s, t) => s + t.net, 0);
  const netCash = sumOf('cash');
  return {
    shiftId: shift.id,
    scope: shift.scope,
    openedAt: shift.openedAt,
    openedByName: names?.openedBy ?? '',
    closedAt: shift.closedAt,
    closedByName: names?.closedBy ?? null,
    totals,
    net: sumOf(),
    netCash,
    netTransfer: sumOf('transfer'),
    countedCash: shift.countedCash,
    cashDifference: shift.countedCash === null ? null : shift.countedCash - netCash,
    note: shift.note,
    payments: paymentViews(db, eq(payments.shiftId, shift.id)),
  };
}

export function recentShifts(db: Db, limit: number): ShiftRow[] {
  return db.select().from(shifts).orderBy(desc(shifts.id)).limit(limit).all();
}
