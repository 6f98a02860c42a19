import type Database from 'better-sqlite3';
import type { Db } from '../../../db/client';
import type { Dashboard } from '../../../shared/api/reports';
import { addDays, localDate, localDayEnd, localDayStart } from '../../../shared/domain/dates';
import { COUNTED_VISIT_STATUSES } from '../../../shared/domain/reports/counting';
import { expiringBatches, onHand } from '../pharmacy/batches';
import { readSection } from '../settings/store';

const statuses = COUNTED_VISIT_STATUSES.map((s) => `'${s}'`).join(', ');
const TOP_DIAGNOSES = 10;
const SOONEST = 5;

function days(from: string, to: string): string[] {
  const out: string[] = [];
  for (let day = from; day <= to; day = addDays(day, 1)) out.push(day);
  return out;
}

/**
 * The station head's overview of a range: visits per day (counted as reports count them),
 * the commonest primary diagnoses, the insured share, takings per day at the desk, and the
 * stock's value with what expires soon (as of today).
 */
export function dashboard(
  db: Db,
  sqlite: Database.Database,
  range: { from: string; to: string },
  now: Date,
): Dashboard {
  const visitRows = sqlite
    .prepare<[string, string], { date: string; visits: number; insured: number }>(
      `SELECT visit_date AS date, count(*) AS visits, sum(kind = 'bhyt') AS insured
       FROM visits WHERE visit_date BETWEEN ? AND ? AND status IN (${statuses})
       GROUP BY visit_date`,
    )
    .all(range.from, range.to);
  const byDay = new Map(visitRows.map((row) => [row.date, row]));
  const topDiagnoses = sqlite
    .prepare<[string, string, number], { code: string; name: string; visits: number }>(
      `SELECT d.icd_code AS code, i.name AS name, count(*) AS visits
       FROM visits v
       JOIN visit_diagnoses d ON d.visit_id = v.id AND d.position = 0
       JOIN icd10 i ON i.code = d.icd_code
       WHERE v.visit_date BETWEEN ? AND ? AND v.status IN (${statuses})
       GROUP BY d.icd_code ORDER BY visits DESC, d.icd_code LIMIT ?`,
    )
    .all(range.from, range.to, TOP_DIAGNOSES);
  // Payments are instants in UTC; the day they count for is Vietnam's (UTC+7).
  const takingRows = sqlite
    .prepare<[string, string], { date: string; amount: number }>(
      `SELECT substr(datetime(at, '+7 hours'), 1, 10) AS date, sum(amount) AS amount
       FROM payments WHERE at >= ? AND at < ? GROUP BY date`,
    )
    .all(localDayStart(range.from).toISOString(), localDayEnd(range.to).toISOString());
  const takingsByDay = new Map(takingRows.map((row) => [row.date, row.amount]));

  const today = localDate(now);
  const expiryDays = readSection(db, 'pharmacy').expiryAlertDays;
  const stockRows = onHand(db, { includeExpired: true }, today);
  const soon = expiringBatches(db, addDays(today, expiryDays), today);
  const expired = soon.filter((row) => row.expired);
  const expiring = soon.filter((row) => !row.expired);
  const sum = (rows: readonly { value: number }[]) => rows.reduce((s, row) => s + row.value, 0);

  const visitsPerDay = days(range.from, range.to).map((date) => ({
    date,
    visits: byDay.get(date)?.visits ?? 0,
    insured: byDay.get(date)?.insured ?? 0,
  }));
  const takingsPerDay = days(range.from, range.to).map((date) => ({
    date,
    amount: takingsByDay.get(date) ?? 0,
  }));
  return {
    from: range.from,
    to: range.to,
    visitsPerDay,
    visits: visitsPerDay.reduce((s, d) => s + d.visits, 0),
    insured: visitsPerDay.reduce((s, d) => s + d.insured, 0),
    topDiagnoses,
    takingsPerDay,
    takings: takingsPerDay.reduce((s, d) => s + d.amount, 0),
    stock: {
      value: sum(stockRows),
      expiryDays,
      expiring: { batches: expiring.length, value: sum(expiring) },
      expired: { batches: expired.length, value: sum(expired) },
      soonest: expiring.slice(0, SOONEST).map((row) => ({
        drugName: row.drugName,
        lot: row.lot,
        expiry: row.expiry,
        quantity: row.quantity,
        value: row.value,
      })),
    },
  };
}
