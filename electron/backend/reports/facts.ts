import type Database from 'better-sqlite3';
import type { Sex } from '../../../shared/domain/cccd';
import { localDayEnd, localDayStart } from '../../../shared/domain/dates';
import type { VisitKind } from '../../../shared/domain/queue';
import {
  COUNTED_VISIT_STATUSES,
  icdChapter,
  statisticalAge,
} from '../../../shared/domain/reports/counting';
import type { ScalarIndicatorName, VisitFact } from '../../../shared/domain/reports/indicators';
import { movementReport } from '../pharmacy/movement-report';

export interface DayRange {
  /** YYYY-MM-DD, both included (Vietnamese calendar days). */
  start: string;
  end: string;
}

interface FactRow {
  date: string;
  kind: VisitKind;
  emergency: 0 | 1;
  sex: Sex;
  birthDate: string | null;
  birthYear: number;
  codes: string | null;
  referred: 0 | 1;
  labTests: number;
  prescribed: 0 | 1;
  insurancePays: number;
  billTotal: number;
}

const statuses = COUNTED_VISIT_STATUSES.map((s) => `'${s}'`).join(', ');

/**
 * One row per counted visit checked in during the range: the patient's sex and birth, every
 * diagnosis (primary first), whether it was referred on, lab tests ordered, a prescription
 * with drugs, and the bill's insurance part and total.
 */
const FACTS_SQL = `
  SELECT v.visit_date AS date, v.kind AS kind, v.priority = 'emergency' AS emergency,
    p.sex AS sex, p.birth_date AS birthDate, p.birth_year AS birthYear,
    (SELECT group_concat(d.icd_code, ' ' ORDER BY d.position)
       FROM visit_diagnoses d WHERE d.visit_id = v.id) AS codes,
    EXISTS (SELECT 1 FROM visit_referrals r WHERE r.visit_id = v.id) AS referred,
    (SELECT coalesce(sum(o.quantity), 0) FROM service_orders o
       JOIN services s ON s.id = o.service_id
       WHERE o.visit_id = v.id AND o.cancelled_at IS NULL AND s.category = 'lab') AS labTests,
    EXISTS (SELECT 1 FROM prescriptions rx JOIN prescription_items i ON i.prescription_id = rx.id
       WHERE rx.visit_id = v.id) AS prescribed,
    coalesce(inv.insurance_pays, 0) AS insurancePays,
    coalesce(inv.total, 0) AS billTotal
  FROM visits v
  JOIN patients p ON p.id = v.patient_id
  LEFT JOIN invoices inv ON inv.visit_id = v.id
  WHERE v.visit_date BETWEEN :start AND :end AND v.status IN (${statuses})`;

/** Age from a birth the registry holds; a birth year after the visit counts as 0. */
function ageOf(row: FactRow): VisitFact['age'] {
  return (
    statisticalAge({ birthDate: row.birthDate, birthYear: row.birthYear }, row.date) ?? {
      years: Math.max(0, Number(row.date.slice(0, 4)) - row.birthYear),
      underSix: Number(row.date.slice(0, 4)) - row.birthYear < 6,
    }
  );
}

export function loadVisitFacts(sqlite: Database.Database, range: DayRange): VisitFact[] {
  const rows = sqlite.prepare<[DayRange], FactRow>(FACTS_SQL).all(range);
  return rows.map((row) => {
    const diagnoses = row.codes ? row.codes.split(' ') : [];
    return {
      date: row.date,
      sex: row.sex,
      age: ageOf(row),
      insured: row.kind === 'bhyt',
      emergency: row.emergency === 1,
      referred: row.referred === 1,
      diagnoses,
      primaryChapter: diagnoses[0] ? icdChapter(diagnoses[0]) : null,
      labTests: row.labTests,
      prescribed: row.prescribed === 1,
      insurancePays: row.insurancePays,
      billTotal: row.billTotal,
    };
  });
}

/**
 * Money and stock over the range, by the scalar indicators' names: takings at the desk (voids
 * taken off) and the pharmacy's nhập – xuất – tồn totals at cost, from the same query as its
 * own report so the two never disagree.
 */
export function loadScalars(
  sqlite: Database.Database,
  range: DayRange,
  wanted: ReadonlySet<ScalarIndicatorName>,
): Partial<Record<ScalarIndicatorName, number>> {
  const scalars: Partial<Record<ScalarIndicatorName, number>> = {};
  if (wanted.has('payments.received')) {
    const row = sqlite
      .prepare<[{ start: string; end: string }], { amount: number }>(
        'SELECT coalesce(sum(amount), 0) AS amount FROM payments WHERE at >= :start AND at < :end',
      )
      .get({
        start: localDayStart(range.start).toISOString(),
        end: localDayEnd(range.end).toISOString(),
      });
    scalars['payments.received'] = row?.amount ?? 0;
  }
  const stock = [...wanted].some((name) => name.startsWith('stock.'));
  if (stock) {
    const { totals } = movementReport(sqlite, range.start, range.end);
    scalars['stock.receivedValue'] = totals.received.value;
    scalars['stock.dispensedValue'] = totals.dispensed.value;
    scalars['stock.writtenOffValue'] = totals.writtenOff.value;
    scalars['stock.closingValue'] = totals.closing.value;
  }
  return scalars;
}
