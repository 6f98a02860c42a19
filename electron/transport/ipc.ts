import type { EventName, Result, SessionView } from '../../shared/api';
import { IPC_EVENT_CHANNEL, IPC_INVOKE_CHANNEL } from '../../shared/api/bridge';
import { translate } from '../../shared/i18n';
import type { Backend } from '../backend/backend';

/** The parts of Electron's ipcMain and WebContents this transport uses (main.ts passes them). */
export interface IpcSender {
  readonly id: number;
  send(channel: string, ...args: unknown[]): void;
  isDestroyed(): boolean;
  once(event: 'destroyed', listener: () => void): unknown;
}

export interface IpcInvokeEvent {
  sender: IpcSender;
  senderFrame: { url: string } | null;
}

export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcInvokeEvent, ...args: unknown[]) => unknown): void;
}

export type EventListener = (event: EventName, payload: unknown) => void;

/**
 * Where the window's calls go: this PC's own backend, or (as a workstation) the server with
 * the devices kept local. Tokens are the target's own.
 */
export interface IpcTarget {
  call(name: string, input: unknown, token: string | undefined): Promise<Result<unknown>>;
  /** Events for the window signed in with this token; returns the unsubscribe. */
  subscribe(token: string, listener: EventListener): () => void;
  /** First-run setup's code: the desktop passes it for its own window. */
  setupCode(): string | null;
}

/** This PC's own backend as an IPC target. */
export function localTarget(backend: Backend): IpcTarget {
  return {
    call: (name, input, token) => backend.dispatcher.call(name, input, { token }),
    subscribe: (token, listener) =>
      backend.events.subscribe((event, payload, target) => {
        const now = backend.services.clock().getTime();
        const session = backend.services.sessions.resolve(token, now);
        if (!session) return;
        if (target.userId !== undefined && target.userId !== session.userId) return;
        if (target.exceptSession === session.id) return;
        listener(event, payload);
      }),
    setupCode: () => backend.setupCode,
  };
}

const SESSION_STARTERS = new Set(['auth.login', 'auth.setup']);

/** A FORBIDDEN answer made outside the dispatcher (a foreign page, a workstation's local check). */
export function refused(): Result<never> {
  return {
    ok: false,
    error: {
      code: 'FORBIDDEN',
      message: translate('vi', 'error.FORBIDDEN'),
      messageKey: 'error.FORBIDDEN',
    },
  };
}

interface WindowEntry {
  sender: IpcSender;
  token?: string;
  unsubscribe?: () => void;
}

function signOut(entry: WindowEntry): void {
  entry.unsubscribe?.();
  delete entry.unsubscribe;
  delete entry.token;
}

/**
 * The desktop transport. The page never holds its token: the main process keeps one per
 * window, set by a successful sign-in and dropped at sign-out or when the window closes.
 * `switchTo` moves every window to another target (signed out), as connecting to a server does.
 */
export function registerIpc(
  ipcMain: IpcMainLike,
  initial: IpcTarget | Backend,
  isTrusted: (frameUrl: string | undefined) => boolean,
): { switchTo(target: IpcTarget): void } {
  let target: IpcTarget = 'dispatcher' in initial ? localTarget(initial) : initial;
  const windows = new Map<number, WindowEntry>();

  ipcMain.handle(IPC_INVOKE_CHANNEL, async (event, name, rawInput) => {
    const { sender } = event;
    if (!isTrusted(event.senderFrame?.url) || typeof name !== 'string') return refused();
    let entry = windows.get(sender.id);
    if (!entry) {
      const created: WindowEntry = { sender };
      windows.set(sender.id, created);
      sender.once('destroyed', () => {
        signOut(created);
        windows.delete(sender.id);
      });
      entry = created;
    }
    // The window is Tram's own page: the main process vouches for first-run setup.
    const input =
      name === 'auth.setup' && typeof rawInput === 'object' && rawInput !== null
        ? { ...rawInput, setupCode: target.setupCode() ?? '' }
        : rawInput;
    const result = await target.call(name, input, entry.token);
    if (result.ok && SESSION_STARTERS.has(name)) {
      signOut(entry);
      const token = (result.value as SessionView).token;
      entry.token = token;
      const window = entry.sender;
      entry.unsubscribe = target.subscribe(token, (eventName, payload) => {
        if (!window.isDestroyed()) window.send(IPC_EVENT_CHANNEL, eventName, payload);
      });
    }
    if (name === 'auth.logout' && result.ok) signOut(entry);
    return result;
  });

  return {
    switchTo(next) {
      for (const entry of windows.values()) signOut(entry);
      target = next;
    },
  };
}
