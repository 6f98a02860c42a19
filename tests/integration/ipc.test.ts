import { describe, expect, it } from 'vitest';
import type { Result, SessionView } from '../../shared/api';
import { IPC_EVENT_CHANNEL, IPC_INVOKE_CHANNEL } from '../../shared/api/bridge';
import {
  registerIpc,
  type IpcInvokeEvent,
  type IpcMainLike,
  type IpcSender,
} from '../../electron/transport/ipc';
import { ADMIN, makeBackend, makeUser, setUpClinic } from '../helpers/backend';

const APP_URL = 'file:///C:/Program%20Files/Tram/resources/app.asar/dist/renderer/index.html';

/** Stands in for Electron's ipcMain and WebContents, which cannot run on this machine. */
class FakeWindow implements IpcSender {
  static nextId = 1;
  readonly id = FakeWindow.nextId++;
  readonly sent: unknown[][] = [];
  private destroyed = false;
  private onDestroyed: (() => void)[] = [];
  send(channel: string, ...args: unknown[]): void {
    this.sent.push([channel, ...args]);
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  once(_event: 'destroyed', listener: () => void): void {
    this.onDestroyed.push(listener);
  }
  close(): void {
    this.destroyed = true;
    this.onDestroyed.forEach((listener) => listener());
  }
}

function fakeIpcMain() {
  const handlers = new Map<string, (event: IpcInvokeEvent, ...args: unknown[]) => unknown>();
  const ipcMain: IpcMainLike = { handle: (channel, listener) => handlers.set(channel, listener) };
  const invoke = (window: FakeWindow, name: unknown, input: unknown, url = APP_URL) =>
    handlers.get(IPC_INVOKE_CHANNEL)?.(
      { sender: window, senderFrame: { url } },
      name,
      input,
    ) as Promise<Result<unknown>>;
  return { ipcMain, invoke };
}

describe('IPC transport', () => {
  it('keeps the session token in the main process, one per window', async () => {
    const backend = makeBackend();
    await setUpClinic(backend);
    const { ipcMain, invoke } = fakeIpcMain();
    registerIpc(ipcMain, backend, (url) => url === APP_URL);
    const first = new FakeWindow();
    const second = new FakeWindow();

    expect((await invoke(first, 'auth.me', {})).ok).toBe(false);
    const login = await invoke(first, 'auth.login', ADMIN);
    expect(login.ok).toBe(true);
    expect((await invoke(first, 'auth.me', {})).ok).toBe(true);
    expect((await invoke(second, 'auth.me', {})).ok).toBe(false);

    expect((await invoke(first, 'auth.logout', {})).ok).toBe(true);
    expect((await invoke(first, 'auth.me', {})).ok).toBe(false);
    // The token handed to the page is not needed to carry on; it is kept in main.
    expect((login as { value: SessionView }).value.token).toMatch(/^[\w-]{43}$/);
  });

  it('answers only Tram’s own page, and only string procedure names', async () => {
    const backend = makeBackend();
    const { ipcMain, invoke } = fakeIpcMain();
    registerIpc(ipcMain, backend, (url) => url === APP_URL);
    const window = new FakeWindow();
    const foreign = await invoke(window, 'auth.status', {}, 'https://evil.example/');
    expect(foreign).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const odd = await invoke(window, { toString: () => 'auth.status' }, {});
    expect(odd).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect((await invoke(window, 'auth.status', {})).ok).toBe(true);
  });

  it('sends events only to the windows of the user they concern', async () => {
    const backend = makeBackend();
    const { adminToken } = await setUpClinic(backend);
    const nurse = await makeUser(backend, adminToken, ['nurse'], 'dieuduong');
    const { ipcMain, invoke } = fakeIpcMain();
    registerIpc(ipcMain, backend, (url) => url === APP_URL);
    const adminWindow = new FakeWindow();
    const nurseWindow = new FakeWindow();
    const closedWindow = new FakeWindow();
    await invoke(adminWindow, 'auth.login', ADMIN);
    await invoke(nurseWindow, 'auth.login', { username: 'dieuduong', password: nurse.password });
    await invoke(closedWindow, 'auth.login', { username: 'dieuduong', password: nurse.password });
    closedWindow.close();

    await invoke(adminWindow, 'users.update', { id: nurse.id, active: false });
    expect(nurseWindow.sent).toEqual([
      [IPC_EVENT_CHANNEL, 'session.ended', { reason: 'deactivated' }],
    ]);
    expect(adminWindow.sent).toEqual([]);
    expect(closedWindow.sent).toEqual([]);
  });

  it('passes first-run setup its one-time code itself, whatever the page sent', async () => {
    const backend = makeBackend();
    const { ipcMain, invoke } = fakeIpcMain();
    registerIpc(ipcMain, backend, (url) => url === APP_URL);
    const window = new FakeWindow();
    const setup = await invoke(window, 'auth.setup', {
      facility: { name: 'Trạm Y tế xã An Bình', code: '01001' },
      admin: ADMIN,
      setupCode: 'made-up-by-the-page',
    });
    expect(setup.ok).toBe(true);
    expect(backend.setupCode).toBeNull();
    expect((await invoke(window, 'auth.me', {})).ok).toBe(true);
  });
});
