import { api, type ProcedureName } from '../../shared/api';
import type { LocalizedText } from '../../shared/api/result';
import { fieldIssues } from '../../shared/api/validation';
import type { useI18n } from '../i18n/i18n';

/**
 * What the contract's own schema says of an input before it is sent, by input path: the form
 * shows these with its other errors in one round instead of learning them from the server.
 */
export function contractProblems(
  procedure: ProcedureName,
  input: unknown,
): Record<string, LocalizedText> {
  const parsed = api[procedure].input.safeParse(input);
  return parsed.success ? {} : fieldIssues(parsed.error);
}

/** Problems as a Mantine form shows them, in the user's language. */
export function translateProblems(
  problems: Record<string, LocalizedText>,
  t: ReturnType<typeof useI18n>['t'],
): Record<string, string> {
  return Object.fromEntries(
    Object.entries(problems).map(([path, problem]) => [path, t(problem.key, problem.params)]),
  );
}
