import { DatabaseOpenError, RESTORABLE } from '../../../db/open';
import type { Backend } from '../backend';
import { keyStoreFor, type KeyWrapper } from './key-store';
import { RecoveryService } from './recovery';
import { hasBackups, startBackend, type StartOptions } from './startup';

export type DesktopStart =
  | { kind: 'running'; backend: Backend }
  /** The error screen with restore; `recovered` resolves once a backup is in place. */
  | { kind: 'recovery'; recovery: RecoveryService; recovered: Promise<void> }
  | { kind: 'failed'; error: unknown };

/**
 * The desktop app's start, kept out of main.ts so it is plain and tested: the key wrapped by
 * the OS (safeStorage, injected), the restore screen when a backup can mend a failed open.
 */
export async function startDesktop(
  options: Omit<StartOptions, 'wrapper'>,
  wrapper: KeyWrapper,
): Promise<DesktopStart> {
  try {
    return { kind: 'running', backend: await startBackend({ ...options, wrapper }) };
  } catch (error) {
    const restorable =
      error instanceof DatabaseOpenError &&
      RESTORABLE.includes(error.kind) &&
      (hasBackups(options.dataDir) || error.kind === 'missing-key');
    if (!restorable) return { kind: 'failed', error };
    let done: () => void = () => undefined;
    const recovered = new Promise<void>((resolve) => {
      done = resolve;
    });
    const recovery = new RecoveryService(
      options.dataDir,
      error,
      keyStoreFor(options.dataDir, wrapper),
      () => {
        done();
        return Promise.resolve();
      },
    );
    return { kind: 'recovery', recovery, recovered };
  }
}

/** At desktop shutdown: one more verified backup, never blocking the quit for long. */
export async function shutdownBackup(backend: Backend, timeoutMs = 60_000): Promise<void> {
  const backup = backend.backups.create('shutdown').then(
    () => undefined,
    (error: unknown) => console.error('[tram] shutdown backup failed:', error),
  );
  await Promise.race([backup, new Promise((resolve) => setTimeout(resolve, timeoutMs))]);
}
