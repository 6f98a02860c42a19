import type Database from 'better-sqlite3';
import type { Db } from '../../../db/client';
import type { DeadlineState, ReportView } from '../../../shared/api/reports';
import type { Settings } from '../../../shared/api/settings';
import { localDate } from '../../../shared/domain/dates';
import { dataRows, type ReportDefinition } from '../../../shared/domain/reports/definition';
import {
  resolveIndicator,
  type ScalarIndicatorName,
} from '../../../shared/domain/reports/indicators';
import {
  dueDate,
  parsePeriod,
  previousPeriod,
  type Period,
} from '../../../shared/domain/reports/periods';
import { validateValues } from '../../../shared/domain/reports/validation';
import {
  computeValues,
  diffValues,
  sortValues,
  valueMap,
  type DataValue,
} from '../../../shared/domain/reports/value-set';
import { invalidField, notFound } from '../errors';
import { readSection } from '../settings/store';
import { definitionForPeriod, getDefinitionVersion, type StoredDefinition } from './definitions';
import { loadScalars, loadVisitFacts } from './facts';
import { enteredValues, frozenRevision, historyOf, revisionsOf } from './state';

export interface ReportReader {
  db: Db;
  sqlite: Database.Database;
  now: Date;
}

function scalarNames(definition: ReportDefinition): Set<ScalarIndicatorName> {
  const names = new Set<ScalarIndicatorName>();
  for (const row of dataRows(definition)) {
    if (!row.indicator || row.entered) continue;
    const indicator = resolveIndicator(row.indicator);
    if (indicator.ok && indicator.kind === 'scalar') names.add(indicator.name);
  }
  return names;
}

/** The computed rows of a definition for a period, from the records as they are now. */
export function computedValues(
  sqlite: Database.Database,
  definition: ReportDefinition,
  period: Period,
): DataValue[] {
  const range = { start: period.start, end: period.end };
  return computeValues(
    definition,
    loadVisitFacts(sqlite, range),
    loadScalars(sqlite, range, scalarNames(definition)),
  );
}

export function periodOf(id: string): Period {
  const period = parsePeriod(id);
  if (!period) throw invalidField('period', 'reports.period.invalid');
  return period;
}

export function checkPeriodType(definition: ReportDefinition, period: Period): void {
  if (!definition.periodTypes.includes(period.type)) {
    throw invalidField('period', 'reports.period.notForForm');
  }
}

/** The version of a form that governs a draft of this period. */
export function draftDefinition(db: Db, dataset: string, period: Period): StoredDefinition {
  const stored = definitionForPeriod(db, dataset, period);
  if (!stored) throw notFound('reports.definition.notInForce', { dataset, period: period.id });
  checkPeriodType(stored.definition, period);
  return stored;
}

export function deadlineOf(
  definition: ReportDefinition,
  period: Period,
  rules: Settings['reports'],
): string {
  return dueDate(
    period,
    definition.deadlineWorkingDays ?? rules.deadlineWorkingDays,
    rules.holidays,
  );
}

export function deadlineState(
  today: string,
  period: Period,
  due: string,
  submitted: boolean,
): DeadlineState {
  if (submitted) return 'submitted';
  if (today <= period.end) return 'open';
  return today <= due ? 'due' : 'late';
}

/**
 * A report as the screen and every export see it. A submitted one shows its frozen values
 * (and what the records say now, where that differs); a draft is computed afresh.
 */
export function reportView(reader: ReportReader, dataset: string, periodId: string): ReportView {
  const { db, sqlite, now } = reader;
  const period = periodOf(periodId);
  const revisions = revisionsOf(db, dataset, period.id);
  const frozen = frozenRevision(revisions);
  const stored = frozen
    ? getDefinitionVersion(db, dataset, frozen.submission.definitionVersion)
    : draftDefinition(db, dataset, period);
  if (!stored) throw notFound('reports.definition.notInForce', { dataset, period: period.id });
  const { definition } = stored;
  const computed = computedValues(sqlite, definition, period);
  const dataValues = frozen
    ? frozen.submission.values
    : sortValues(definition, [...computed, ...enteredValues(db, definition, period)]);
  const before = previousPeriod(period);
  const previous = enteredValues(db, definition, before);
  const today = localDate(now);
  const due =
    frozen?.submission.dueDate ?? deadlineOf(definition, period, readSection(db, 'reports'));
  const differences = frozen
    ? diffValues(
        frozen.submission.values.filter((v) => v.source === 'computed'),
        computed,
      )
    : [];
  return {
    dataset,
    period: period.id,
    orgUnit: frozen?.submission.orgUnit ?? readSection(db, 'facility').code,
    ...(revisions.length > 0 && {
      revision: frozen ? frozen.submission.revision : revisions.length + 1,
    }),
    status: frozen ? 'submitted' : 'draft',
    dataValues,
    definition,
    definitionSha256: stored.row.sha256,
    problems: validateValues(definition, valueMap(dataValues), {
      period,
      previous: valueMap(previous),
    }),
    previous: { period: before.id, values: previous },
    dueDate: due,
    deadline: deadlineState(today, period, due, frozen !== null),
    ended: today > period.end,
    history: historyOf(db, revisions),
    ...(frozen && {
      changedSinceSubmission: { count: differences.length, differences },
    }),
  };
}
