import type Database from 'better-sqlite3';
import type {
  MovementAmount,
  MovementReport,
  MovementRow,
  MovementTotals,
} from '../../../shared/api';
import { MOVEMENT_PARTS } from '../../../shared/api/stock';
import { localDayEnd, localDayStart } from '../../../shared/domain/dates';

type Flat = Pick<MovementRow, 'drugId' | 'drugCode' | 'drugName' | 'unit'> &
  Record<
    `${(typeof MOVEMENT_PARTS)[number]}Qty` | `${(typeof MOVEMENT_PARTS)[number]}Value`,
    number
  >;

/**
 * Per batch first (each batch has one unit cost), then per drug. Movements before the period
 * make the opening balance; within it they fall into columns by kind. Dispensed is net of
 * returns; adjusted holds adjustments, stock-take differences and transfers, signed.
 */
const REPORT_SQL = `
  WITH per_batch AS (
    SELECT batch_id,
      sum(CASE WHEN at < :start THEN quantity ELSE 0 END) AS opening,
      sum(CASE WHEN at >= :start AND kind = 'receipt' THEN quantity ELSE 0 END) AS received,
      sum(CASE WHEN at >= :start AND kind IN ('dispense', 'return') THEN -quantity ELSE 0 END)
        AS dispensed,
      sum(CASE WHEN at >= :start AND kind = 'expiry' THEN -quantity ELSE 0 END) AS written_off,
      sum(CASE WHEN at >= :start AND kind IN ('adjustment', 'transfer') THEN quantity ELSE 0 END)
        AS adjusted,
      sum(at >= :start) AS moves
    FROM stock_movements
    WHERE at < :end
    GROUP BY batch_id
  )
  SELECT d.id AS drugId, d.code AS drugCode, d.name AS drugName, d.unit AS unit,
    sum(p.opening) AS openingQty, sum(p.opening * b.unit_cost) AS openingValue,
    sum(p.received) AS receivedQty, sum(p.received * b.unit_cost) AS receivedValue,
    sum(p.dispensed) AS dispensedQty, sum(p.dispensed * b.unit_cost) AS dispensedValue,
    sum(p.written_off) AS writtenOffQty, sum(p.written_off * b.unit_cost) AS writtenOffValue,
    sum(p.adjusted) AS adjustedQty, sum(p.adjusted * b.unit_cost) AS adjustedValue,
    sum(p.opening + p.received - p.dispensed - p.written_off + p.adjusted) AS closingQty,
    sum((p.opening + p.received - p.dispensed - p.written_off + p.adjusted) * b.unit_cost)
      AS closingValue
  FROM per_batch p
  JOIN stock_batches b ON b.id = p.batch_id
  JOIN drugs d ON d.id = b.drug_id
  GROUP BY d.id
  HAVING sum(p.moves) > 0 OR sum(p.opening) <> 0
  ORDER BY d.name_folded, d.id`;

const amount = (quantity: number, value: number): MovementAmount => ({ quantity, value });

/** The nhập – xuất – tồn figures for the Vietnamese days from–to, both included. */
export function movementReport(
  sqlite: Database.Database,
  from: string,
  to: string,
): MovementReport {
  const flat = sqlite.prepare<[{ start: string; end: string }], Flat>(REPORT_SQL).all({
    start: localDayStart(from).toISOString(),
    end: localDayEnd(to).toISOString(),
  });
  const rows = flat.map((r): MovementRow => ({
    drugId: r.drugId,
    drugCode: r.drugCode,
    drugName: r.drugName,
    unit: r.unit,
    ...(Object.fromEntries(
      MOVEMENT_PARTS.map((part) => [part, amount(r[`${part}Qty`], r[`${part}Value`])]),
    ) as MovementTotals),
  }));
  const totals = Object.fromEntries(
    MOVEMENT_PARTS.map((part) => [
      part,
      amount(
        rows.reduce((sum, row) => sum + row[part].quantity, 0),
        rows.reduce((sum, row) => sum + row[part].value, 0),
      ),
    ]),
  ) as MovementTotals;
  return { from, to, rows, totals };
}
