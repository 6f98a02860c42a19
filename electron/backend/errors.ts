import type { ErrorCode } from '../../shared/api';
import type { MessageKey, MessageParams } from '../../shared/i18n';
import type { LocalizedText } from '../../shared/api/result';

export interface AuditOnFailure {
  action: string;
  userId?: number | null;
  username?: string | null;
  detail?: Record<string, unknown>;
}

export interface AppErrorOptions {
  params?: MessageParams;
  fieldErrors?: Record<string, LocalizedText>;
  reason?: string;
  details?: Record<string, unknown>;
  /**
   * Keep the transaction's writes although the call fails (a wrong password still counts
   * towards the lockout) and log the failure in the audit chain.
   */
  commit?: boolean;
  audit?: AuditOnFailure;
}

/** An expected failure: the caller gets `{ ok: false, error }`; the transaction rolls back. */
export class AppError extends Error {
  constructor(
    readonly code: Exclude<ErrorCode, 'INTERNAL'>,
    readonly messageKey: MessageKey,
    readonly options: AppErrorOptions = {},
  ) {
    super(messageKey);
    this.name = 'AppError';
  }
}

export function notFound(key: MessageKey = 'error.NOT_FOUND', params?: MessageParams): AppError {
  return new AppError('NOT_FOUND', key, { params });
}

export function conflict(
  key: MessageKey,
  params?: MessageParams,
  details?: Record<string, unknown>,
): AppError {
  return new AppError('CONFLICT', key, { params, details });
}

/** A problem with one input field, found by a rule the schema cannot express. */
export function invalidField(path: string, key: MessageKey, params?: MessageParams): AppError {
  return new AppError('VALIDATION', 'error.VALIDATION', {
    fieldErrors: { [path]: { key, params } },
  });
}
