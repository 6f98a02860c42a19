import { admin } from './messages/admin';
import { auth } from './messages/auth';
import { billing } from './messages/billing';
import { bundles } from './messages/bundles';
import { cashier } from './messages/cashier';
import { catalog } from './messages/catalog';
import { claims } from './messages/claims';
import { clinical } from './messages/clinical';
import { exam } from './messages/exam';
import { common } from './messages/common';
import { devices } from './messages/devices';
import { errors } from './messages/errors';
import { money } from './messages/money';
import { patients } from './messages/patients';
import { pharmacy } from './messages/pharmacy';
import { procedures } from './messages/procedures';
import { reception } from './messages/reception';
import { security } from './messages/security';
import { storage } from './messages/storage';
import { reports } from './messages/reports';
import { system } from './messages/system';
import { sync } from './messages/sync';
import type { Locale, Message } from './define';

export { DEFAULT_LOCALE, LOCALES, isLocale, type Locale } from './define';

/** One catalogue per area; keys are namespaced ('patients.…') and a test keeps them unique. */
const catalogues = [
  common,
  errors,
  auth,
  admin,
  procedures,
  system,
  storage,
  patients,
  reception,
  clinical,
  exam,
  catalog,
  pharmacy,
  billing,
  claims,
  cashier,
  money,
  devices,
  security,
  reports,
  bundles,
  sync,
] as const;

type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (
  x: infer I,
) => void
  ? I
  : never;

export const messages = Object.assign({}, ...catalogues) as UnionToIntersection<
  (typeof catalogues)[number]
>;

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
