import type Database from 'better-sqlite3';
import type { Db } from '../../../db/client';
import type { DistrictTotals } from '../../../shared/api';
import { dataRows } from '../../../shared/domain/reports/definition';
import { parsePeriod, previousPeriod, type Period } from '../../../shared/domain/reports/periods';
import { validateValues } from '../../../shared/domain/reports/validation';
import {
  sortValues,
  splitKey,
  valueKey,
  valueMap,
  type DataValue,
} from '../../../shared/domain/reports/value-set';
import { perDatabase } from '../bundles/per-database';
import { AppError, invalidField } from '../errors';
import { definitionForPeriod, type StoredDefinition } from '../reports/definitions';
import { readSection } from '../settings/store';

export interface DistrictReader {
  db: Db;
  sqlite: Database.Database;
}

export function periodOrRefuse(id: string): Period {
  const period = parsePeriod(id);
  if (!period) throw invalidField('period', 'bundles.period');
  return period;
}

/** The form version for a period, or a clear refusal: a district adds up only forms it has. */
export function districtDefinition(db: Db, dataset: string, period: Period): StoredDefinition {
  const stored = definitionForPeriod(db, dataset, period);
  if (!stored) throw new AppError('NOT_FOUND', 'district.unknownDataset', { params: { dataset } });
  return stored;
}

interface StationReport {
  code: string;
  name: string;
  revision: number;
}

interface ValueRow {
  station_code: string;
  data_element: string;
  category_option_combo: string;
  value: number;
}

/**
 * A station's values as reports.compute shows them: DHIS2's dataValueSet carries only the
 * option combos of a disaggregated row (DHIS2 adds them up), so its total is their sum here.
 */
function withTotals(rows: readonly ValueRow[]): DataValue[] {
  const values: DataValue[] = [];
  const sums = new Map<string, number>();
  const totals = new Set<string>();
  for (const row of rows) {
    const combo = row.category_option_combo;
    values.push({
      dataElement: row.data_element,
      ...(combo && { categoryOptionCombo: combo }),
      value: row.value,
      source: 'computed',
    });
    if (combo) sums.set(row.data_element, (sums.get(row.data_element) ?? 0) + row.value);
    else totals.add(row.data_element);
  }
  for (const [dataElement, value] of sums) {
    if (!totals.has(dataElement)) values.push({ dataElement, value, source: 'computed' });
  }
  return values;
}

class Statements {
  readonly reports;
  readonly values;
  readonly active;

  constructor(sqlite: Database.Database) {
    this.reports = sqlite.prepare<[string, string], StationReport>(
      `SELECT r.station_code AS code, s.name AS name, r.revision AS revision
       FROM station_reports r JOIN stations s ON s.code = r.station_code
       WHERE r.dataset = ? AND r.period = ? AND s.status = 'active' ORDER BY r.station_code`,
    );
    this.values = sqlite.prepare<[string, string], ValueRow>(
      `SELECT v.station_code, v.data_element, v.category_option_combo, v.value
       FROM station_values v JOIN stations s ON s.code = v.station_code
       WHERE v.dataset = ? AND v.period = ? AND s.status = 'active'
       ORDER BY v.station_code`,
    );
    this.active = sqlite.prepare<[], { code: string; name: string }>(
      "SELECT code, name FROM stations WHERE status = 'active' ORDER BY code",
    );
  }
}

const statementsFor = perDatabase((sqlite) => new Statements(sqlite));

function addUp(
  stations: DistrictTotals['stations'],
  notSummable: ReadonlySet<string>,
): Map<string, number> {
  const sums = new Map<string, number>();
  for (const station of stations) {
    for (const v of station.dataValues) {
      if (notSummable.has(v.dataElement)) continue;
      const key = valueKey(v.dataElement, v.categoryOptionCombo);
      sums.set(key, (sums.get(key) ?? 0) + v.value);
    }
  }
  return sums;
}

/**
 * The form summed over the confirmed stations' current revisions for a period: counts add,
 * rows the definition marks as not summable are left out of the sum (each station's is kept
 * for drill-down). The result has reports.compute's shape, with the district as org unit.
 */
export function districtTotals(
  reader: DistrictReader,
  dataset: string,
  periodId: string,
): DistrictTotals {
  const period = periodOrRefuse(periodId);
  const { definition } = districtDefinition(reader.db, dataset, period);
  const statements = statementsFor(reader.sqlite);
  const byStation = new Map<string, ValueRow[]>();
  for (const row of statements.values.all(dataset, period.id)) {
    const list = byStation.get(row.station_code) ?? [];
    list.push(row);
    byStation.set(row.station_code, list);
  }
  const stations = statements.reports.all(dataset, period.id).map((report) => ({
    ...report,
    dataValues: sortValues(definition, withTotals(byStation.get(report.code) ?? [])),
  }));
  const notSummable = new Set(
    dataRows(definition)
      .filter((row) => !row.summable)
      .map((row) => row.dataElement),
  );
  const dataValues = sortValues(
    definition,
    [...addUp(stations, notSummable)].map(([key, value]) => ({
      ...splitKey(key),
      value,
      source: 'computed' as const,
    })),
  );
  const reported = new Set(stations.map((s) => s.code));
  return {
    dataset,
    period: period.id,
    orgUnit: readSection(reader.db, 'facility').code,
    status: 'draft',
    dataValues,
    definition,
    problems: validateValues(definition, valueMap(dataValues), {
      period,
      previous: new Map(),
    }).filter((p) => !p.cells.some((cell) => notSummable.has(splitKey(cell).dataElement))),
    notSummable: [...notSummable].filter((de) =>
      stations.some((s) => s.dataValues.some((v) => v.dataElement === de)),
    ),
    stations,
    missing: statements.active.all().filter((s) => !reported.has(s.code)),
  };
}

/** Periods from `from` to `to` (same type), oldest first; refuses a mixed or too long range. */
export function periodRange(from: string, to: string, max = 60): Period[] {
  const first = periodOrRefuse(from);
  let period = periodOrRefuse(to);
  if (first.type !== period.type || first.start > period.start) {
    throw invalidField('to', 'district.periodRange');
  }
  const periods: Period[] = [period];
  while (period.id !== first.id) {
    period = previousPeriod(period);
    periods.push(period);
    if (periods.length > max) throw invalidField('to', 'district.periodRange');
  }
  return periods.reverse();
}
