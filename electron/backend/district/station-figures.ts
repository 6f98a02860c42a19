import type Database from 'better-sqlite3';
import type { DistrictTotals } from '../../../shared/api';
import {
  combosOf,
  dataRows,
  type ReportDefinition,
} from '../../../shared/domain/reports/definition';
import { monthsOf, type Period } from '../../../shared/domain/reports/periods';
import { sortValues, valueKey, type DataValue } from '../../../shared/domain/reports/value-set';
import { perDatabase } from '../bundles/per-database';

export type StationFigures = DistrictTotals['stations'][number];

/** A value as `station_values` holds it, read as a tuple. */
type ValueTuple = [station: string, dataElement: string, combo: string, value: number];

interface ReportRow {
  code: string;
  name: string;
  period: string;
  revision: number;
}

class Statements {
  readonly reports;
  readonly values;
  readonly monthReports;
  readonly monthSums;
  readonly monthLast;

  constructor(sqlite: Database.Database) {
    this.reports = sqlite.prepare<[string, string], ReportRow>(
      `SELECT r.station_code AS code, s.name AS name, r.period AS period, r.revision AS revision
       FROM station_reports r JOIN stations s ON s.code = r.station_code
       WHERE r.dataset = ? AND r.period = ? AND s.status = 'active'`,
    );
    this.values = sqlite
      .prepare<[string, string], ValueTuple>(
        `SELECT station_code, data_element, category_option_combo, value
         FROM station_values WHERE dataset = ? AND period = ?`,
      )
      .raw();
    // Month ids (YYYYMM) sort between the first and last month; quarters and years do not.
    const months = `period >= ? AND period <= ? AND length(period) = 6`;
    this.monthReports = sqlite.prepare<[string, string, string], ReportRow>(
      `SELECT r.station_code AS code, s.name AS name, r.period AS period, r.revision AS revision
       FROM station_reports r JOIN stations s ON s.code = r.station_code
       WHERE r.dataset = ? AND r.${months} AND s.status = 'active'`,
    );
    // SQLite adds up a year (30 stations × 12 months × every row) far faster than rows
    // brought into JavaScript one by one.
    this.monthSums = sqlite
      .prepare<[string, string, string], ValueTuple>(
        `SELECT station_code, data_element, category_option_combo, sum(value)
         FROM station_values WHERE dataset = ? AND ${months}
         GROUP BY station_code, data_element, category_option_combo`,
      )
      .raw();
    // With one max() and no other aggregate, SQLite takes the bare value from that row.
    this.monthLast = sqlite
      .prepare<[string, string, string, string], [...ValueTuple, string]>(
        `SELECT station_code, data_element, category_option_combo, value, max(period)
         FROM station_values WHERE dataset = ? AND ${months}
           AND data_element IN (SELECT value FROM json_each(?))
         GROUP BY station_code, data_element, category_option_combo`,
      )
      .raw();
  }
}

const statementsFor = perDatabase((sqlite) => new Statements(sqlite));

/** Definition order of value keys (rows, each total before its combos), once per definition. */
const orders = new WeakMap<ReportDefinition, Map<string, number>>();

function sortedByForm(definition: ReportDefinition, values: DataValue[]): DataValue[] {
  let order = orders.get(definition);
  if (!order) {
    order = new Map();
    for (const v of sortValues(definition, allValues(definition))) {
      order.set(valueKey(v.dataElement, v.categoryOptionCombo), order.size);
    }
    orders.set(definition, order);
  }
  const rank = (v: DataValue): number =>
    order.get(valueKey(v.dataElement, v.categoryOptionCombo)) ?? Number.MAX_SAFE_INTEGER;
  return values.sort((a, b) => rank(a) - rank(b));
}

/** One zero per row and combo of the form: what sortValues puts in the form's order. */
function allValues(definition: ReportDefinition): DataValue[] {
  return dataRows(definition).flatMap((row) => [
    { dataElement: row.dataElement, value: 0, source: 'computed' as const },
    ...combosOf(definition, row).map((combo) => ({
      dataElement: row.dataElement,
      categoryOptionCombo: combo.code,
      value: 0,
      source: 'computed' as const,
    })),
  ]);
}

/**
 * DHIS2's dataValueSet carries only the option combos of a disaggregated row (DHIS2 adds them
 * up), so a row's total is their sum here, as reports.compute shows it.
 */
function withTotals(values: ReadonlyMap<string, number>): DataValue[] {
  const out: DataValue[] = [];
  const sums = new Map<string, number>();
  for (const [key, value] of values) {
    const dot = key.indexOf('.');
    if (dot < 0) {
      out.push({ dataElement: key, value, source: 'computed' });
      continue;
    }
    const dataElement = key.slice(0, dot);
    out.push({ dataElement, categoryOptionCombo: key.slice(dot + 1), value, source: 'computed' });
    sums.set(dataElement, (sums.get(dataElement) ?? 0) + value);
  }
  for (const [dataElement, value] of sums) {
    if (!values.has(dataElement)) out.push({ dataElement, value, source: 'computed' });
  }
  return out;
}

const keyOf = (row: Readonly<{ 1: string; 2: string }>): string =>
  row[2] ? `${row[1]}.${row[2]}` : row[1];

/** Values by station: key → value. */
function byStation(rows: Iterable<ValueTuple>): Map<string, Map<string, number>> {
  const map = new Map<string, Map<string, number>>();
  for (const row of rows) {
    let values = map.get(row[0]);
    if (!values) map.set(row[0], (values = new Map<string, number>()));
    values.set(keyOf(row), row[3]);
  }
  return map;
}

/**
 * The stations that sent no report for the whole of a longer period, their months made into
 * it the way the station's own engine makes one: counts added, a level (aggregation "last",
 * such as the population) taken from the latest month that has it.
 */
function fromMonths(
  statements: Statements,
  definition: ReportDefinition,
  period: Period,
  whole: readonly ReportRow[],
): StationFigures[] {
  const dataset = definition.code;
  const months = monthsOf(period).map((m) => m.id);
  const range = [dataset, months[0] ?? '', months.at(-1) ?? ''] as const;
  const sent = new Set(whole.map((r) => r.code));
  const reports = new Map<string, ReportRow[]>();
  for (const row of statements.monthReports.all(...range)) {
    if (sent.has(row.code)) continue;
    reports.set(row.code, [...(reports.get(row.code) ?? []), row]);
  }
  if (reports.size === 0) return [];
  const sums = byStation(statements.monthSums.iterate(...range));
  const levels = dataRows(definition)
    .filter((row) => row.aggregation === 'last')
    .map((row) => row.dataElement);
  if (levels.length > 0) {
    for (const row of statements.monthLast.iterate(...range, JSON.stringify(levels))) {
      sums.get(row[0])?.set(keyOf(row), row[3]);
    }
  }
  return [...reports].map(([code, held]) => {
    const have = new Set(held.map((r) => r.period));
    return {
      code,
      name: held[0]?.name ?? code,
      revision: Math.max(...held.map((r) => r.revision)),
      dataValues: sortedByForm(definition, withTotals(sums.get(code) ?? new Map())),
      months: months.filter((m) => have.has(m)),
      missingMonths: months.filter((m) => !have.has(m)),
    };
  });
}

/**
 * Each confirmed station's figures for a period: the report it sent for that period, or for a
 * longer period it did not send whole, its monthly reports added up (with the months missing).
 */
export function stationFigures(
  sqlite: Database.Database,
  definition: ReportDefinition,
  period: Period,
): StationFigures[] {
  const statements = statementsFor(sqlite);
  const dataset = definition.code;
  const whole = statements.reports.all(dataset, period.id);
  const values = byStation(statements.values.iterate(dataset, period.id));
  const figures: StationFigures[] = whole.map((report) => ({
    code: report.code,
    name: report.name,
    revision: report.revision,
    dataValues: sortedByForm(definition, withTotals(values.get(report.code) ?? new Map())),
  }));
  if (period.type !== 'month') figures.push(...fromMonths(statements, definition, period, whole));
  return figures.sort((a, b) => a.code.localeCompare(b.code));
}
