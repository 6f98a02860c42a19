import type { ApiError, EventName, Events, Result } from '../../shared/api';
import { takeServerEvents } from '../../shared/api/events';
import { DEFAULT_LOCALE, translate, type Locale } from '../../shared/i18n';
import type { Transport } from './client';

const TOKEN_KEY = 'tram.token';

function networkFailure(locale: Locale): Result<never> {
  const error: ApiError = {
    code: 'INTERNAL',
    message: translate(locale, 'error.network'),
    messageKey: 'error.network',
    reason: 'network',
  };
  return { ok: false, error };
}

type AnyListener = (payload: unknown) => void;

/** Reads server-sent events over fetch (EventSource cannot send the bearer token). */
function eventStream(
  getToken: () => string | null,
  dispatch: (event: string, data: unknown) => void,
) {
  let controller: AbortController | null = null;
  let retry = 1000;

  async function connect(): Promise<void> {
    const token = getToken();
    if (!token || controller) return;
    const mine = new AbortController();
    controller = mine;
    try {
      const response = await fetch('api/events', {
        headers: { authorization: `Bearer ${token}` },
        signal: mine.signal,
      });
      if (!response.ok || !response.body) throw new Error(String(response.status));
      retry = 1000;
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      let buffer = '';
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        const taken = takeServerEvents(buffer + value);
        buffer = taken.rest;
        for (const { event, data } of taken.events) dispatch(event, data);
      }
    } catch {
      // Reconnect below unless we were stopped on purpose.
    }
    if (controller === mine) controller = null;
    if (!mine.signal.aborted && getToken()) {
      setTimeout(() => void connect(), retry);
      retry = Math.min(retry * 2, 30_000);
    }
  }

  return {
    start: () => void connect(),
    stop: () => {
      controller?.abort();
      controller = null;
    },
  };
}

export function httpTransport(): Transport {
  let token = sessionStorage.getItem(TOKEN_KEY);
  let locale: Locale = DEFAULT_LOCALE;
  const listeners = new Map<string, Set<AnyListener>>();
  const stream = eventStream(
    () => token,
    (event, data) => listeners.get(event)?.forEach((listener) => listener(data)),
  );

  return {
    kind: 'http',
    async invoke(name, input) {
      let response: Response;
      try {
        response = await fetch(`api/${encodeURIComponent(name)}`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            accept: 'application/json',
            'x-tram-locale': locale,
            ...(token && { authorization: `Bearer ${token}` }),
          },
          body: JSON.stringify(input ?? {}),
        });
      } catch {
        return networkFailure(locale);
      }
      try {
        return (await response.json()) as Result<unknown>;
      } catch {
        return networkFailure(locale);
      }
    },
    on<E extends EventName>(event: E, listener: (payload: Events[E]) => void) {
      const set = listeners.get(event) ?? new Set<AnyListener>();
      listeners.set(event, set);
      set.add(listener as AnyListener);
      stream.start();
      return () => set.delete(listener as AnyListener);
    },
    setToken(next) {
      token = next;
      stream.stop();
      if (next) {
        sessionStorage.setItem(TOKEN_KEY, next);
        if (listeners.size > 0) stream.start();
      } else {
        sessionStorage.removeItem(TOKEN_KEY);
      }
    },
    hasToken: () => token !== null,
    setLocale(next) {
      locale = next;
    },
  };
}
