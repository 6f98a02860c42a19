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

/** A row of SQL.visits, read raw (arrays cost less than objects over a year of visits). */
type VisitTuple = [
  id: number,
  date: string,
  kind: VisitKind,
  emergency: 0 | 1,
  patientId: number,
  insurancePays: number | null,
  billTotal: number | null,
];
type PatientTuple = [id: number, sex: Sex, birthDate: string | null, birthYear: number];

const statuses = COUNTED_VISIT_STATUSES.map((s) => `'${s}'`).join(', ');
const COUNTED = `v.visit_date BETWEEN :start AND :end AND v.status IN (${statuses})`;

/**
 * The counted visits of a range and, in more set queries over the same visits, their
 * patients, diagnoses, lab tests, referrals and prescriptions with drugs: joined by id in
 * memory (a correlated subquery or a join per visit costs more than one pass per table).
 */
const SQL = {
  visits: `SELECT v.id, v.visit_date, v.kind, v.priority = 'emergency', v.patient_id,
      inv.insurance_pays, inv.total
    FROM visits v
    LEFT JOIN invoices inv ON inv.visit_id = v.id
    WHERE ${COUNTED}`,
  // Each patient once: a chronic patient comes back every month.
  patients: `SELECT p.id, p.sex, p.birth_date, p.birth_year FROM patients p
    WHERE p.id IN (SELECT v.patient_id FROM visits v WHERE ${COUNTED})`,
  diagnoses: `SELECT d.visit_id, d.position, d.icd_code FROM visits v
    JOIN visit_diagnoses d ON d.visit_id = v.id WHERE ${COUNTED}`,
  labTests: `SELECT o.visit_id, sum(o.quantity) FROM visits v
    JOIN service_orders o ON o.visit_id = v.id
    JOIN services s ON s.id = o.service_id
    WHERE ${COUNTED} AND o.cancelled_at IS NULL AND s.category = 'lab'
    GROUP BY o.visit_id`,
  referred: `SELECT r.visit_id FROM visits v JOIN visit_referrals r ON r.visit_id = v.id
    WHERE ${COUNTED}`,
  prescribed: `SELECT rx.visit_id FROM visits v JOIN prescriptions rx ON rx.visit_id = v.id
    WHERE ${COUNTED} AND EXISTS (SELECT 1 FROM prescription_items i WHERE i.prescription_id = rx.id)`,
} as const;

/** Age from a birth the registry holds; a birth year after the visit counts as 0. */
function ageOf(date: string, birthDate: string | null, birthYear: number): VisitFact['age'] {
  const calendar = Number(date.slice(0, 4)) - birthYear;
  return (
    statisticalAge({ birthDate, birthYear }, date) ?? {
      years: Math.max(0, calendar),
      underSix: calendar < 6,
    }
  );
}

/**
 * One fact per counted visit checked in during the range: the patient's sex and age, every
 * diagnosis (primary first), lab tests ordered, referral, a prescription with drugs, and
 * the bill's insurance part and total.
 */
export function loadVisitFacts(sqlite: Database.Database, range: DayRange): VisitFact[] {
  const rows = (sql: string) => sqlite.prepare(sql).raw().all(range) as [number, ...unknown[]][];
  const diagnoses = new Map<number, string[]>();
  for (const [visitId, position, code] of rows(SQL.diagnoses) as [number, number, string][]) {
    const codes = diagnoses.get(visitId) ?? [];
    codes[position] = code;
    diagnoses.set(visitId, codes);
  }
  const labTests = new Map(rows(SQL.labTests) as [number, number][]);
  const referred = new Set(rows(SQL.referred).map(([id]) => id));
  const prescribed = new Set(rows(SQL.prescribed).map(([id]) => id));
  const patients = new Map((rows(SQL.patients) as PatientTuple[]).map((p) => [p[0], p]));
  return (rows(SQL.visits) as VisitTuple[]).map(
    ([id, date, kind, emergency, patientId, insurancePays, billTotal]) => {
      const patient = patients.get(patientId);
      if (!patient) throw new Error(`visit ${id}: no patient ${patientId}`);
      const [, sex, birthDate, birthYear] = patient;
      // Positions may have gaps after an edit; the order is what counts.
      const codes = (diagnoses.get(id) ?? []).filter((code) => code !== undefined);
      return {
        date,
        sex,
        age: ageOf(date, birthDate, birthYear),
        insured: kind === 'bhyt',
        emergency: emergency === 1,
        referred: referred.has(id),
        diagnoses: codes,
        primaryChapter: codes[0] ? icdChapter(codes[0]) : null,
        labTests: labTests.get(id) ?? 0,
        prescribed: prescribed.has(id),
        insurancePays: insurancePays ?? 0,
        billTotal: billTotal ?? 0,
      };
    },
  );
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
