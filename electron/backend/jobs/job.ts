import type Database from 'better-sqlite3';
import type { Db } from '../../../db/client';
import { AppError, type AppErrorOptions } from '../errors';

/** What a background job gets: its own read-only connection and where it may write files. */
export interface JobCtx {
  sqlite: Database.Database;
  db: Db;
  resourcesDir: string;
  /** Files a job hands back go here; the transport removes them once sent. */
  tmpDir: string;
}

/** A job runs in the worker; input and output cross the thread by structured clone. */
export type JobFn<I, O> = (ctx: JobCtx, input: I) => O | Promise<O>;

/** A file a job wrote to the temp folder, handed back by path rather than by bytes. */
export interface WrittenFile {
  path: string;
  size: number;
}

export interface JobRequest {
  id: number;
  kind: string;
  input: unknown;
}

export type SerializedError =
  | {
      app: true;
      code: AppError['code'];
      messageKey: AppError['messageKey'];
      options: AppErrorOptions;
    }
  | { app: false; message: string; stack?: string | undefined };

export type JobReply =
  { id: number; ok: true; value: unknown } | { id: number; ok: false; error: SerializedError };

/** AppErrors cross the thread as data and become AppErrors again: the caller sees no worker. */
export function serializeError(error: unknown): SerializedError {
  if (error instanceof AppError) {
    return { app: true, code: error.code, messageKey: error.messageKey, options: error.options };
  }
  const failure = error instanceof Error ? error : new Error(String(error));
  return { app: false, message: failure.message, stack: failure.stack };
}

export function deserializeError(error: SerializedError, kind: string): Error {
  if (error.app) return new AppError(error.code, error.messageKey, error.options);
  const failure = new Error(`job ${kind} failed: ${error.message}`);
  if (error.stack) failure.stack = `${failure.message}\n--- in the worker ---\n${error.stack}`;
  return failure;
}
