import { and, desc, eq, lt, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { Db } from '../../../db/client';
import { printJobs, users, type PrintJobRow } from '../../../db/schema';
import type { PrintDocumentKind, PrintJobView } from '../../../shared/api/devices';
import { isMessageKey } from '../../../shared/i18n';
import type { PrintDocument } from '../../devices/print/layout';
import type { PrinterError } from '../../devices/print/transports';
import { notFound } from '../errors';

/** One attempt at printing a document, as the job table records it. */
export interface Attempt {
  printer: { id: number; name: string };
  bytes: number;
  error: PrinterError | null;
  at: string;
  userId: number;
}

export interface NewJob {
  documentKind: PrintDocumentKind;
  documentId: number | null;
  document: PrintDocument;
}

function attemptColumns(attempt: Attempt) {
  return {
    printerId: attempt.printer.id,
    printerName: attempt.printer.name,
    status: attempt.error ? ('failed' as const) : ('sent' as const),
    errorKey: attempt.error?.messageKey ?? null,
    errorParams: attempt.error?.params ?? null,
    bytes: attempt.bytes,
    lastAttemptAt: attempt.at,
    lastAttemptBy: attempt.userId,
  };
}

export function insertJob(db: Db, job: NewJob, attempt: Attempt): number {
  return db
    .insert(printJobs)
    .values({
      ...job,
      ...attemptColumns(attempt),
      attempts: 1,
      createdAt: attempt.at,
      createdBy: attempt.userId,
    })
    .returning({ id: printJobs.id })
    .get().id;
}

/** A reprint is another attempt at the same job: its status is the latest attempt's. */
export function recordAttempt(db: Db, jobId: number, attempt: Attempt): void {
  db.update(printJobs)
    .set({ ...attemptColumns(attempt), attempts: sql`${printJobs.attempts} + 1` })
    .where(eq(printJobs.id, jobId))
    .run();
}

export function getJob(db: Db, id: number): PrintJobRow {
  const row = db.select().from(printJobs).where(eq(printJobs.id, id)).get();
  if (!row) throw notFound('devices.jobs.notFound');
  return row;
}

export interface JobFilter {
  status?: 'sent' | 'failed' | undefined;
  beforeId?: number | undefined;
  limit: number;
}

export function listJobs(db: Db, filter: JobFilter): PrintJobView[] {
  const creator = alias(users, 'creator');
  const lastBy = alias(users, 'last_by');
  const where: SQL[] = [];
  if (filter.status) where.push(eq(printJobs.status, filter.status));
  if (filter.beforeId) where.push(lt(printJobs.id, filter.beforeId));
  return db
    .select({ job: printJobs, createdBy: creator.fullName, lastAttemptBy: lastBy.fullName })
    .from(printJobs)
    .leftJoin(creator, eq(creator.id, printJobs.createdBy))
    .leftJoin(lastBy, eq(lastBy.id, printJobs.lastAttemptBy))
    .where(and(...where))
    .orderBy(desc(printJobs.id))
    .limit(filter.limit)
    .all()
    .map(({ job, createdBy, lastAttemptBy }) => ({
      id: job.id,
      printerId: job.printerId,
      printerName: job.printerName,
      documentKind: job.documentKind,
      documentId: job.documentId,
      status: job.status,
      error:
        job.errorKey && isMessageKey(job.errorKey)
          ? { key: job.errorKey, params: job.errorParams ?? {} }
          : null,
      bytes: job.bytes,
      attempts: job.attempts,
      createdAt: job.createdAt,
      createdBy,
      lastAttemptAt: job.lastAttemptAt,
      lastAttemptBy,
    }));
}
