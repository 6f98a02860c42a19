import { createContext, use, useCallback, useMemo, useState, type ReactNode } from 'react';
import type { ApiError } from '../../shared/api';
import {
  DEFAULT_LOCALE,
  isLocale,
  isMessageKey,
  translate,
  type Locale,
  type MessageKey,
  type MessageParams,
} from '../../shared/i18n';
import { transport } from '../api/client';

const LOCALE_KEY = 'tram.locale';

export type Translate = (key: MessageKey, params?: MessageParams) => string;

interface I18n {
  locale: Locale;
  setLocale: (locale: Locale) => void;
  t: Translate;
  /** An API error in the current language (the server sends catalogue keys). */
  errorText: (error: ApiError) => string;
}

const I18nContext = createContext<I18n | null>(null);

function initialLocale(): Locale {
  const stored = localStorage.getItem(LOCALE_KEY);
  return isLocale(stored) ? stored : DEFAULT_LOCALE;
}

function applyLocale(locale: Locale): void {
  document.documentElement.lang = locale;
  transport.setLocale(locale);
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(() => {
    const value = initialLocale();
    applyLocale(value);
    return value;
  });
  const setLocale = useCallback((next: Locale) => {
    localStorage.setItem(LOCALE_KEY, next);
    applyLocale(next);
    setLocaleState(next);
  }, []);
  const value = useMemo<I18n>(() => {
    const t: Translate = (key, params) => translate(locale, key, params);
    return {
      locale,
      setLocale,
      t,
      errorText: (error) =>
        isMessageKey(error.messageKey) ? t(error.messageKey, error.params) : error.message,
    };
  }, [locale, setLocale]);
  return <I18nContext value={value}>{children}</I18nContext>;
}

export function useI18n(): I18n {
  const context = use(I18nContext);
  if (!context) throw new Error('useI18n outside I18nProvider');
  return context;
}
