import type Database from 'better-sqlite3';
import type { Db } from '../../../db/client';
import type { DistrictTotals } from '../../../shared/api';
import { dataRows } from '../../../shared/domain/reports/definition';
import { parsePeriod, previousPeriod, type Period } from '../../../shared/domain/reports/periods';
import { validateValues } from '../../../shared/domain/reports/validation';
import { sortValues, splitKey, valueKey, valueMap } from '../../../shared/domain/reports/value-set';
import { perDatabase } from '../bundles/per-database';
import { AppError, invalidField } from '../errors';
import { definitionForPeriod, type StoredDefinition } from '../reports/definitions';
import { readSection } from '../settings/store';
import { stationFigures } from './station-figures';

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

class Statements {
  readonly active;

  constructor(sqlite: Database.Database) {
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
 * The form summed over the confirmed stations' current revisions for a period (a longer period
 * a station did not send whole is made from its months): counts add,
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
  const stations = stationFigures(reader.sqlite, definition, period);
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
    missing: statementsFor(reader.sqlite)
      .active.all()
      .filter((s) => !reported.has(s.code)),
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
