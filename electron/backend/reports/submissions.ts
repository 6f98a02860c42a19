import { and, eq } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { reportEntries, reportReopenings, reportSubmissions } from '../../../db/schema';
import { localDate } from '../../../shared/domain/dates';
import { combosOf, dataRows } from '../../../shared/domain/reports/definition';
import type { ReportProblem } from '../../../shared/domain/reports/validation';
import { AppError, conflict, invalidField } from '../errors';
import { readSection } from '../settings/store';
import { deadlineOf, draftDefinition, periodOf, reportView, type ReportReader } from './report';
import { frozenRevision, revisionsOf } from './state';

export interface ReportWriter extends ReportReader {
  userId: number;
}

export interface EnteredValue {
  dataElement: string;
  categoryOptionCombo?: string | undefined;
  value: number | null;
}

function refuseIfSubmitted(db: Db, dataset: string, period: string): void {
  if (frozenRevision(revisionsOf(db, dataset, period))) {
    throw conflict('reports.submitted', { period });
  }
}

/**
 * Saves hand-entered values of a draft (null clears one). Only rows the form marks as
 * entered by hand take values, each under one of its own option combos.
 */
export function enterValues(
  writer: ReportWriter,
  dataset: string,
  periodId: string,
  values: readonly EnteredValue[],
): number {
  const { db } = writer;
  const period = periodOf(periodId);
  const { definition } = draftDefinition(db, dataset, period);
  refuseIfSubmitted(db, dataset, period.id);
  const rows = new Map(dataRows(definition).map((row) => [row.dataElement, row]));
  const at = writer.now.toISOString();
  values.forEach((entry, index) => {
    const row = rows.get(entry.dataElement);
    if (!row?.entered) {
      throw invalidField(`values.${index}.dataElement`, 'reports.enter.notEntered', {
        code: entry.dataElement,
      });
    }
    const combo = entry.categoryOptionCombo ?? '';
    if (combo && !combosOf(definition, row).some((c) => c.code === combo)) {
      throw invalidField(`values.${index}.categoryOptionCombo`, 'reports.enter.unknownCombo', {
        code: combo,
      });
    }
    const key = and(
      eq(reportEntries.dataset, dataset),
      eq(reportEntries.period, period.id),
      eq(reportEntries.dataElement, entry.dataElement),
      eq(reportEntries.categoryOptionCombo, combo),
    );
    if (entry.value === null) {
      db.delete(reportEntries).where(key).run();
      return;
    }
    db.insert(reportEntries)
      .values({
        dataset,
        period: period.id,
        dataElement: entry.dataElement,
        categoryOptionCombo: combo,
        value: entry.value,
        enteredBy: writer.userId,
        enteredAt: at,
      })
      .onConflictDoUpdate({
        target: [
          reportEntries.dataset,
          reportEntries.period,
          reportEntries.dataElement,
          reportEntries.categoryOptionCombo,
        ],
        set: { value: entry.value, enteredBy: writer.userId, enteredAt: at },
      })
      .run();
  });
  return values.length;
}

export interface Submitted {
  id: number;
  revision: number;
  values: number;
  warnings: number;
}

/**
 * Chốt số liệu: freezes the report as its next revision with who and when. Refused before the
 * period ends, while a check fails, and when the latest revision is still in force. Callers
 * that must act with it (an outbox) write in the same transaction, after this returns.
 */
export function submitReport(writer: ReportWriter, dataset: string, periodId: string): Submitted {
  const { db } = writer;
  const period = periodOf(periodId);
  const revisions = revisionsOf(db, dataset, period.id);
  if (frozenRevision(revisions)) throw conflict('reports.submitted', { period: period.id });
  if (localDate(writer.now) <= period.end) {
    throw conflict('reports.submit.notEnded', { end: period.end });
  }
  const view = reportView(writer, dataset, period.id);
  const errors = view.problems.filter((p: ReportProblem) => p.severity === 'error');
  if (errors.length > 0) {
    throw new AppError('VALIDATION', 'reports.submit.errors', {
      params: { count: errors.length },
      details: { problems: errors },
    });
  }
  const { row } = draftDefinition(db, dataset, period);
  const submission = db
    .insert(reportSubmissions)
    .values({
      dataset,
      period: period.id,
      orgUnit: view.orgUnit,
      revision: revisions.length + 1,
      definitionVersion: row.version,
      definitionSha256: row.sha256,
      values: view.dataValues,
      warnings: view.problems.length,
      dueDate: deadlineOf(view.definition, period, readSection(db, 'reports')),
      submittedBy: writer.userId,
      submittedAt: writer.now.toISOString(),
    })
    .returning()
    .get();
  return {
    id: submission.id,
    revision: submission.revision,
    values: view.dataValues.length,
    warnings: view.problems.length,
  };
}

/** An administrator reopens the revision in force, with the reason; the report is a draft again. */
export function reopenReport(
  writer: ReportWriter,
  dataset: string,
  periodId: string,
  reason: string,
): { revision: number } {
  const period = periodOf(periodId);
  const frozen = frozenRevision(revisionsOf(writer.db, dataset, period.id));
  if (!frozen) throw conflict('reports.reopen.notSubmitted', { period: period.id });
  writer.db
    .insert(reportReopenings)
    .values({
      submissionId: frozen.submission.id,
      reason,
      reopenedBy: writer.userId,
      reopenedAt: writer.now.toISOString(),
    })
    .run();
  return { revision: frozen.submission.revision };
}
