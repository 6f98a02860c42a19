export const LOCALES = ['vi', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'vi';

/** One message in every locale, side by side, so a missing translation is a type error. */
export type Message = Readonly<Record<Locale, string>>;

export function defineMessages<const T extends Record<string, Message>>(messages: T): T {
  return messages;
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}
