import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Result } from '../../shared/api';
import { IPC_INVOKE_CHANNEL } from '../../shared/api/bridge';
import { fileKind } from '../../db/cipher';
import type { Backend } from '../../electron/backend/backend';
import { shutdownBackup, startDesktop } from '../../electron/backend/backups/desktop';
import type { KeyWrapper } from '../../electron/backend/backups/key-store';
import { registerRecoveryIpc } from '../../electron/transport/recovery-ipc';
import type { IpcInvokeEvent, IpcMainLike } from '../../electron/transport/ipc';
import { ADMIN, setUpClinic, tempDir, TEST_SCRYPT } from '../helpers/backend';

/**
 * Stands in for Electron's safeStorage (DPAPI, Keychain, libsecret cannot run here): AES-GCM
 * under a secret only this "OS account" holds, async like encryptStringAsync.
 */
function fakeSafeStorage(): KeyWrapper & { failUnwrap: boolean } {
  const secret = randomBytes(32);
  return {
    failUnwrap: false,
    wrap: (plainText) => {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', secret, iv);
      const body = Buffer.concat([cipher.update(plainText, 'utf8'), cipher.final()]);
      return Promise.resolve(Buffer.concat([iv, cipher.getAuthTag(), body]));
    },
    unwrap(wrapped) {
      if (this.failUnwrap) return Promise.reject(new Error('safeStorage: not available'));
      const decipher = createDecipheriv('aes-256-gcm', secret, wrapped.subarray(0, 12));
      decipher.setAuthTag(wrapped.subarray(12, 28));
      return Promise.resolve(
        Buffer.concat([decipher.update(wrapped.subarray(28)), decipher.final()]).toString('utf8'),
      );
    },
  };
}

async function start(dataDir: string, wrapper: KeyWrapper) {
  return startDesktop(
    { dataDir, createFolder: true, version: '0.0.0-test', scryptCost: TEST_SCRYPT },
    wrapper,
  );
}

async function running(dataDir: string, wrapper: KeyWrapper): Promise<Backend> {
  const started = await start(dataDir, wrapper);
  if (started.kind !== 'running') expect.fail(`expected running, got ${started.kind}`);
  return started.backend;
}

async function closed(backend: Backend): Promise<void> {
  await backend.backups.idle();
  backend.close();
}

describe('desktop start (main.ts with safeStorage injected)', () => {
  it('keeps the key wrapped by the OS, never as a plain key file, and backs up at shutdown', async () => {
    const dataDir = path.join(tempDir(), 'Tram');
    const wrapper = fakeSafeStorage();
    const backend = await running(dataDir, wrapper);
    const clinic = await setUpClinic(backend);
    const key = backend.key.toString('hex');
    expect(fs.existsSync(path.join(dataDir, 'tram.key'))).toBe(false);
    const wrapped = fs.readFileSync(path.join(dataDir, 'tram.key.wrapped'));
    expect(wrapped.toString('latin1')).not.toContain(key);
    expect(fileKind(path.join(dataDir, 'tram.sqlite'))).toBe('encrypted');

    await shutdownBackup(backend);
    const shutdown = backend.backups.records().filter((r) => r.kind === 'shutdown');
    expect(shutdown).toHaveLength(1);
    expect(shutdown[0]?.verified).toBe(true);
    await closed(backend);

    // The next start unwraps the same key and finds the same clinic.
    const again = await running(dataDir, wrapper);
    expect(again.key.toString('hex')).toBe(key);
    expect((await again.dispatcher.invoke('auth.login', ADMIN)).ok).toBe(true);
    expect(clinic.adminToken).toBeTruthy();
    await closed(again);
  });

  it('offers the restore screen over IPC when the wrapped key is lost, and unlocks with the recovery code', async () => {
    const dataDir = path.join(tempDir(), 'Tram');
    const wrapper = fakeSafeStorage();
    const backend = await running(dataDir, wrapper);
    await setUpClinic(backend);
    const code = backend.backups.recoveryCode();
    await closed(backend);
    // A Windows reinstall: the OS secret that wrapped the key is gone.
    fs.rmSync(path.join(dataDir, 'tram.key.wrapped'));
    const newOs = fakeSafeStorage();

    const started = await start(dataDir, newOs);
    if (started.kind !== 'recovery') expect.fail(`expected recovery, got ${started.kind}`);
    const handlers = new Map<string, (event: IpcInvokeEvent, ...args: unknown[]) => unknown>();
    const ipcMain: IpcMainLike = { handle: (channel, fn) => handlers.set(channel, fn) };
    const appUrl = 'file:///C:/Tram/resources/app.asar/dist/renderer/index.html';
    registerRecoveryIpc(ipcMain, started.recovery, (url) => url === appUrl);
    const invoke = (name: string, input: unknown, url = appUrl) =>
      handlers.get(IPC_INVOKE_CHANNEL)?.(
        { sender: { id: 1 }, senderFrame: { url } } as unknown as IpcInvokeEvent,
        name,
        input,
      ) as Promise<Result<unknown>>;

    // The app's ordinary first call answers "start-up failed", which the renderer turns into the screen.
    const first = await invoke('auth.status', {});
    expect(first.ok).toBe(false);
    if (!first.ok) expect(first.error.reason).toBe('startupFailed');
    const status = await invoke('recovery.status', {});
    expect(status).toMatchObject({ ok: true, value: { keyMissing: true } });
    // Another page (not the app's) reaches nothing but the refusal.
    const foreign = await invoke('recovery.unlock', { code }, 'https://example.com/');
    expect(foreign.ok).toBe(false);

    const unlocked = await invoke('recovery.unlock', { code });
    expect(unlocked.ok).toBe(true);
    await started.recovered;
    const rewrapped = await newOs.unwrap(fs.readFileSync(path.join(dataDir, 'tram.key.wrapped')));
    const after = await running(dataDir, newOs);
    expect(after.key.toString('hex')).toBe(rewrapped.trim());
    expect((await after.dispatcher.invoke('auth.login', ADMIN)).ok).toBe(true);
    await closed(after);
  });

  it('refuses plainly what a restore cannot mend (safeStorage unavailable)', async () => {
    const dataDir = path.join(tempDir(), 'Tram');
    const wrapper = fakeSafeStorage();
    await closed(await running(dataDir, wrapper));
    wrapper.failUnwrap = true;
    const started = await start(dataDir, wrapper);
    expect(started.kind).toBe('failed');
    // The folder lock was let go: the next start is not refused as "another Tram".
    wrapper.failUnwrap = false;
    await closed(await running(dataDir, wrapper));
  });
});
