import type { Result, SessionView } from '../../shared/api';
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

const SESSION_STARTERS = new Set(['auth.login', 'auth.setup']);

function refused(): Result<never> {
  return {
    ok: false,
    error: {
      code: 'FORBIDDEN',
      message: translate('vi', 'error.FORBIDDEN'),
      messageKey: 'error.FORBIDDEN',
    },
  };
}

/**
 * The desktop transport. The page never holds its token: the main process keeps one per
 * window, set by a successful sign-in and dropped at sign-out or when the window closes.
 */
export function registerIpc(
  ipcMain: IpcMainLike,
  backend: Backend,
  isTrusted: (frameUrl: string | undefined) => boolean,
): void {
  const windows = new Map<number, { sender: IpcSender; token?: string }>();

  ipcMain.handle(IPC_INVOKE_CHANNEL, async (event, name, input) => {
    const { sender } = event;
    if (!isTrusted(event.senderFrame?.url) || typeof name !== 'string') return refused();
    let entry = windows.get(sender.id);
    if (!entry) {
      entry = { sender };
      windows.set(sender.id, entry);
      sender.once('destroyed', () => windows.delete(sender.id));
    }
    const result = await backend.dispatcher.call(name, input, { token: entry.token });
    if (result.ok && SESSION_STARTERS.has(name)) entry.token = (result.value as SessionView).token;
    if (name === 'auth.logout' && result.ok) delete entry.token;
    return result;
  });

  backend.events.subscribe((event, payload, target) => {
    const now = backend.services.clock().getTime();
    for (const { sender, token } of windows.values()) {
      if (!token || sender.isDestroyed()) continue;
      const session = backend.services.sessions.resolve(token, now);
      if (!session) continue;
      if (target.userId !== undefined && target.userId !== session.userId) continue;
      if (target.exceptSession === session.id) continue;
      sender.send(IPC_EVENT_CHANNEL, event, payload);
    }
  });
}
