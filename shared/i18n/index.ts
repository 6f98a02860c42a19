import { admin } from './messages/admin';
import { auth } from './messages/auth';
import { common } from './messages/common';
import { errors } from './messages/errors';
import { procedures } from './messages/procedures';
import { system } from './messages/system';
import type { Locale, Message } from './define';

export { DEFAULT_LOCALE, LOCALES, isLocale, type Locale } from './define';

const catalogues = [common, errors, auth, admin, procedures, system] as const;

export const messages = Object.assign({}, ...catalogues) as typeof common &
  typeof errors &
  typeof auth &
  typeof admin &
  typeof procedures &
  typeof system;

export type MessageKey = keyof typeof messages;
export type MessageParams = Readonly<Record<string, string | number>>;

/** Keys defined in more than one catalogue; a unit test keeps this empty. */
export function duplicateMessageKeys(): string[] {
  const seen = new Set<string>();
  const dupes: string[] = [];
  for (const catalogue of catalogues) {
    for (const key of Object.keys(catalogue)) {
      if (seen.has(key)) dupes.push(key);
      seen.add(key);
    }
  }
  return dupes;
}

export function isMessageKey(value: unknown): value is MessageKey {
  return typeof value === 'string' && Object.hasOwn(messages, value);
}

export function translate(locale: Locale, key: MessageKey, params?: MessageParams): string {
  const message: Message = messages[key];
  const text = message[locale];
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}
