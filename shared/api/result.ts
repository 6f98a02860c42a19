import type { MessageKey, MessageParams } from '../i18n';

export const ERROR_CODES = [
  'VALIDATION',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'INTERNAL',
  /** The disk is full: nothing was written; saving again works once space is freed. */
  'DISK_FULL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export const HTTP_STATUS: Readonly<Record<ErrorCode, number>> = {
  VALIDATION: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  INTERNAL: 500,
  DISK_FULL: 507,
};

/** A message as a catalogue key, so each client can show it in its own language. */
export interface LocalizedText {
  key: MessageKey;
  params?: MessageParams;
}

export interface ApiError {
  code: ErrorCode;
  /** Translated for the caller's locale (Vietnamese unless the caller asked otherwise). */
  message: string;
  messageKey: MessageKey;
  params?: MessageParams;
  /** Translated message per input path ("admin.password"). */
  fieldErrors?: Record<string, string>;
  fieldErrorKeys?: Record<string, LocalizedText>;
  /** Machine-readable detail for some errors, e.g. 'locked' or 'expired' on UNAUTHENTICATED. */
  reason?: string;
  /** Extra data a client may act on, e.g. the id of the existing record on CONFLICT. */
  details?: Readonly<Record<string, unknown>>;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };
