import type { z } from 'zod';
import { isMessageKey, type MessageParams } from '../i18n';
import type { LocalizedText } from './result';

type Issue = z.core.$ZodIssue;

function limitParams(issue: Issue & { minimum?: unknown; maximum?: unknown }): MessageParams {
  const params: Record<string, string | number> = {};
  if (typeof issue.minimum === 'number' || typeof issue.minimum === 'bigint') {
    params.min = Number(issue.minimum);
  }
  if (typeof issue.maximum === 'number' || typeof issue.maximum === 'bigint') {
    params.max = Number(issue.maximum);
  }
  return params;
}

/** Turns one zod issue into a catalogue message; schemas may name a catalogue key as their message. */
export function describeIssue(issue: Issue): LocalizedText {
  const params = limitParams(issue);
  if (isMessageKey(issue.message)) return { key: issue.message, params };
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined || issue.input === null) return { key: 'validation.required' };
      if (issue.expected === 'number' || issue.expected === 'int') {
        return { key: 'validation.number' };
      }
      if (issue.expected === 'string') return { key: 'validation.text' };
      return { key: 'validation.invalid' };
    case 'too_small':
      if (issue.origin === 'string') {
        return issue.minimum === 1
          ? { key: 'validation.required' }
          : { key: 'validation.tooShort', params };
      }
      if (issue.origin === 'array' || issue.origin === 'set') {
        return { key: 'validation.tooFew', params };
      }
      return { key: 'validation.tooSmall', params };
    case 'too_big':
      if (issue.origin === 'string') return { key: 'validation.tooLong', params };
      if (issue.origin === 'array' || issue.origin === 'set') {
        return { key: 'validation.tooMany', params };
      }
      return { key: 'validation.tooBig', params };
    case 'invalid_value':
      return { key: 'validation.option' };
    case 'invalid_format':
      return issue.format === 'date' || issue.format === 'datetime'
        ? { key: 'validation.date' }
        : { key: 'validation.invalid' };
    case 'not_multiple_of':
      return { key: 'validation.integer' };
    case 'unrecognized_keys':
    case 'invalid_union':
    case 'invalid_key':
    case 'invalid_element':
    case 'custom':
      return { key: 'validation.invalid' };
  }
}

export function issuePath(issue: Issue): string {
  return issue.path.map(String).join('.');
}

/** The first problem per input path, as catalogue messages. */
export function fieldIssues(error: z.ZodError): Record<string, LocalizedText> {
  const out: Record<string, LocalizedText> = {};
  for (const issue of error.issues) {
    const path = issuePath(issue);
    out[path] ??= describeIssue(issue);
  }
  return out;
}
