import https from 'node:https';
import type { ApiError, EventName, Result } from '../../shared/api';
import { DEFAULT_LOCALE, translate, type Locale, type MessageKey } from '../../shared/i18n';
import { takeServerEvents } from '../../shared/api/events';
import { WORKSTATION_HEADER } from '../transport/workstation-header';
import type { WorkstationConfig } from './config';
import { isPinFailure, pinnedAgent, request } from './pinned-https';

function failure(key: MessageKey, params: Record<string, string>, reason: string): Result<never> {
  const error: ApiError = {
    code: 'INTERNAL',
    message: translate(DEFAULT_LOCALE, key, params),
    messageKey: key,
    params,
    reason,
  };
  return { ok: false, error };
}

/**
 * The server as a workstation reaches it: every call over HTTPS to the pinned CA only, with
 * this PC's credential. A different certificate is refused before a byte of the call is sent.
 */
export class RemoteTram {
  private readonly agent: https.Agent;
  private readonly base: URL;

  constructor(readonly config: WorkstationConfig) {
    this.agent = pinnedAgent(config);
    this.base = new URL(config.url);
  }

  private headers(token: string | undefined, locale?: Locale): Record<string, string> {
    return {
      'content-type': 'application/json',
      accept: 'application/json',
      [WORKSTATION_HEADER]: this.config.credential,
      ...(locale && { 'x-tram-locale': locale }),
      ...(token && { authorization: `Bearer ${token}` }),
    };
  }

  private unreachable(error: unknown): Result<never> {
    const server = this.base.host;
    if (isPinFailure(error)) {
      return failure('workstation.certificateChanged', { server }, 'certificateChanged');
    }
    const detail = error instanceof Error ? error.message : String(error);
    return failure('workstation.unreachable', { server, detail }, 'network');
  }

  async call(
    name: string,
    input: unknown,
    token: string | undefined,
    locale?: Locale,
  ): Promise<Result<unknown>> {
    let answer;
    try {
      answer = await request(this.agent, new URL(`/api/${encodeURIComponent(name)}`, this.base), {
        method: 'POST',
        headers: this.headers(token, locale),
        body: JSON.stringify(input ?? {}),
      });
    } catch (error) {
      return this.unreachable(error);
    }
    try {
      return JSON.parse(answer.body.toString('utf8')) as Result<unknown>;
    } catch {
      return failure('workstation.notTram', { server: this.base.host }, 'notTram');
    }
  }

  /** The server's event stream for one session, reconnecting until stopped. */
  events(token: string, listener: (event: EventName, payload: unknown) => void): () => void {
    let stopped = false;
    let current: ReturnType<typeof https.request> | null = null;
    let retry = 1000;
    const connect = (): void => {
      if (stopped) return;
      const req = https.request(new URL('/api/events', this.base), {
        method: 'GET',
        agent: this.agent,
        headers: { [WORKSTATION_HEADER]: this.config.credential, authorization: `Bearer ${token}` },
      });
      current = req;
      req.on('response', (res) => {
        if (res.statusCode !== 200) {
          res.resume();
          // Signed out or revoked: the window hears it from its next call.
          if (res.statusCode === 401) stopped = true;
          return;
        }
        retry = 1000;
        let buffer = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          const taken = takeServerEvents(buffer + chunk);
          buffer = taken.rest;
          for (const { event, data } of taken.events) listener(event as EventName, data);
        });
      });
      req.on('close', () => {
        if (stopped) return;
        setTimeout(connect, retry).unref();
        retry = Math.min(retry * 2, 30_000);
      });
      req.on('error', () => undefined);
      req.end();
    };
    connect();
    return () => {
      stopped = true;
      current?.destroy();
    };
  }

  close(): void {
    this.agent.destroy();
  }
}
