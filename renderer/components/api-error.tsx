import { Alert } from '@mantine/core';
import type { ApiError } from '../../shared/api';
import { ApiCallError } from '../api/client';
import { useI18n } from '../i18n/i18n';

export interface ApiErrorAlertProps {
  error: unknown;
  /** Hide the alert when the error has field errors shown next to the fields. */
  hideWhenFieldErrors?: boolean;
}

export function asApiError(error: unknown): ApiError | null {
  return error instanceof ApiCallError ? error.error : null;
}

/** Field errors of a failed call, translated, keyed by input path (Mantine form paths). */
export function fieldErrorsOf(
  error: unknown,
  t: ReturnType<typeof useI18n>['t'],
): Record<string, string> {
  const apiError = asApiError(error);
  if (!apiError?.fieldErrorKeys) return apiError?.fieldErrors ?? {};
  return Object.fromEntries(
    Object.entries(apiError.fieldErrorKeys).map(([path, text]) => [path, t(text.key, text.params)]),
  );
}

export function ApiErrorAlert({ error, hideWhenFieldErrors }: ApiErrorAlertProps) {
  const { t, errorText } = useI18n();
  if (!error) return null;
  const apiError = asApiError(error);
  if (hideWhenFieldErrors && apiError?.fieldErrorKeys) return null;
  return (
    <Alert color="red" variant="light" role="alert">
      {apiError ? errorText(apiError) : t('error.INTERNAL')}
    </Alert>
  );
}
