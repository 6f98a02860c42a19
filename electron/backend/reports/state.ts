import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import {
  reportEntries,
  reportReopenings,
  reportSubmissions,
  users,
  type ReportSubmissionRow,
} from '../../../db/schema';
import type { SubmissionInfo } from '../../../shared/api/reports';
import { localDate } from '../../../shared/domain/dates';
import {
  combosOf,
  dataRows,
  type ReportDefinition,
} from '../../../shared/domain/reports/definition';
import { monthsOf, type Period } from '../../../shared/domain/reports/periods';
import { valueKey, type DataValue } from '../../../shared/domain/reports/value-set';

export interface Revision {
  submission: ReportSubmissionRow;
  reopening?: { reason: string; reopenedBy: number; reopenedAt: string };
}

/** Every revision of a report handed in, oldest first, with its reopening if any. */
export function revisionsOf(db: Db, dataset: string, period: string): Revision[] {
  return db
    .select({ submission: reportSubmissions, reopening: reportReopenings })
    .from(reportSubmissions)
    .leftJoin(reportReopenings, eq(reportReopenings.submissionId, reportSubmissions.id))
    .where(and(eq(reportSubmissions.dataset, dataset), eq(reportSubmissions.period, period)))
    .orderBy(asc(reportSubmissions.revision))
    .all()
    .map(({ submission, reopening }) => ({
      submission,
      ...(reopening && {
        reopening: {
          reason: reopening.reason,
          reopenedBy: reopening.reopenedBy,
          reopenedAt: reopening.reopenedAt,
        },
      }),
    }));
}

/** The revision in force: the latest, unless it was reopened (then the report is a draft). */
export function frozenRevision(revisions: readonly Revision[]): Revision | null {
  const latest = revisions.at(-1);
  return latest && !latest.reopening ? latest : null;
}

export function historyOf(db: Db, revisions: readonly Revision[]): SubmissionInfo[] {
  const ids = revisions.flatMap((r) => [
    r.submission.submittedBy,
    ...(r.reopening ? [r.reopening.reopenedBy] : []),
  ]);
  const names = new Map(
    db
      .select({ id: users.id, fullName: users.fullName })
      .from(users)
      .where(inArray(users.id, ids))
      .all()
      .map((u) => [u.id, u.fullName]),
  );
  return revisions.map(({ submission, reopening }) => ({
    revision: submission.revision,
    submittedAt: submission.submittedAt,
    submittedBy: names.get(submission.submittedBy) ?? '',
    late: localDate(new Date(submission.submittedAt)) > submission.dueDate,
    ...(reopening && {
      reopenedAt: reopening.reopenedAt,
      reopenedBy: names.get(reopening.reopenedBy) ?? '',
      reason: reopening.reason,
    }),
  }));
}

function entriesOf(db: Db, dataset: string, period: string): Map<string, number> {
  return new Map(
    db
      .select()
      .from(reportEntries)
      .where(and(eq(reportEntries.dataset, dataset), eq(reportEntries.period, period)))
      .all()
      .map((e) => [valueKey(e.dataElement, e.categoryOptionCombo || undefined), e.value]),
  );
}

/**
 * Hand-entered values of a period. A longer period takes what was entered for it; a row left
 * empty there is made from the months (added up, or the last month's for a level such as the
 * population).
 */
export function enteredValues(db: Db, definition: ReportDefinition, period: Period): DataValue[] {
  const own = entriesOf(db, definition.code, period.id);
  const months =
    period.type === 'month'
      ? []
      : monthsOf(period).map((m) => entriesOf(db, definition.code, m.id));
  const values: DataValue[] = [];
  for (const row of dataRows(definition)) {
    if (!row.entered) continue;
    const keys = [
      row.dataElement,
      ...combosOf(definition, row).map((combo) => valueKey(row.dataElement, combo.code)),
    ];
    const ownRow = keys.some((key) => own.has(key));
    for (const key of keys) {
      let value = own.get(key);
      if (!ownRow && months.length > 0) {
        const found = months.flatMap((m) => (m.has(key) ? [m.get(key) ?? 0] : []));
        if (found.length > 0) {
          value = row.aggregation === 'last' ? found.at(-1) : found.reduce((a, b) => a + b, 0);
        }
      }
      if (value === undefined) continue;
      const [dataElement = key, combo] = key.split('.');
      values.push({
        dataElement,
        ...(combo && { categoryOptionCombo: combo }),
        value,
        source: 'entered',
      });
    }
  }
  return values;
}
