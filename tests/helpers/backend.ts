import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, expect } from 'vitest';
import type { ApiError, InputOf, OutputOf, ProcedureName, Result } from '../../shared/api';
import type { Role } from '../../shared/domain/roles';
import { DatabaseOpenError } from '../../db/open';
import { createBackend, type Backend } from '../../electron/backend/backend';
import type { ScryptCost } from '../../electron/backend/auth/passwords';
import type { SyncOptions } from '../../electron/backend/sync/worker';
import type { BundlesOptions } from '../../electron/backend/bundles/runtime';
import type { Clock } from '../../electron/backend/clock';
import type { DevicesOptions } from '../../electron/backend/devices/runtime';

/** Cheap password hashing: tests create many users; production uses DEFAULT_SCRYPT_COST. */
export const TEST_SCRYPT = { N: 1024, r: 8, p: 1 };

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()?.();
});

export function tempDir(prefix = 'tram-test-'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** A clock tests can move: `clock.advance(minutes(15))`. */
export function testClock(
  start = '2026-11-26T02:00:00.000Z',
): Clock & { advance(ms: number): void } {
  let now = Date.parse(start);
  const clock = (() => new Date(now)) as Clock & { advance(ms: number): void };
  clock.advance = (ms) => {
    now += ms;
  };
  return clock;
}

export const minutes = (n: number): number => n * 60_000;

/** A backend on a fresh database file in its own temp folder, closed after the test. */
export function makeBackend(
  options: {
    jobIdleMs?: number;
    dataDir?: string;
    clock?: Clock;
    devices?: DevicesOptions;
    scryptCost?: ScryptCost;
    bundles?: BundlesOptions;
    sync?: SyncOptions;
  } = {},
): Backend {
  const backend = createBackend({
    dataDir: options.dataDir ?? tempDir(),
    version: '0.0.0-test',
    scryptCost: options.scryptCost ?? TEST_SCRYPT,
    ...(options.clock && { clock: options.clock }),
    ...(options.devices && { devices: options.devices }),
    ...(options.jobIdleMs !== undefined && { jobIdleMs: options.jobIdleMs }),
    ...(options.bundles && { bundles: options.bundles }),
    ...(options.sync && { sync: options.sync }),
  });
  cleanups.push(() => backend.close());
  return backend;
}

export function expectOk<T>(result: Result<T>): T {
  if (!result.ok) expect.fail(`expected ok, got ${JSON.stringify(result.error)}`);
  return result.value;
}

export function expectError<T>(result: Result<T>, code: ApiError['code']): ApiError {
  if (result.ok) expect.fail(`expected ${code}, got ok ${JSON.stringify(result.value)}`);
  expect(result.error.code).toBe(code);
  return result.error;
}

export const FACILITY = { name: 'Trạm Y tế xã An Bình', code: '01001', address: 'Xã An Bình' };
export const ADMIN = { username: 'admin', fullName: 'Nguyễn Thị Hoa', password: 'matkhau-admin' };

/** A set-up clinic; `call` runs as the admin unless given another token. */
export async function setUpClinic(
  backend: Backend,
  facility: InputOf<'auth.setup'>['facility'] = FACILITY,
): Promise<{
  adminToken: string;
  call: <N extends ProcedureName>(
    name: N,
    input: InputOf<N>,
    token?: string,
  ) => Promise<Result<OutputOf<N>>>;
}> {
  const session = expectOk(
    await backend.dispatcher.invoke('auth.setup', {
      facility,
      admin: ADMIN,
      setupCode: backend.setupCode ?? '',
    }),
  );
  const adminToken = session.token;
  return {
    adminToken,
    call: (name, input, token = adminToken) => backend.dispatcher.invoke(name, input, { token }),
  };
}

let userCounter = 0;

/** Creates a user with these roles, signs them in and sets their own password. */
export async function makeUser(
  backend: Backend,
  adminToken: string,
  roles: Role[],
  username = `user${++userCounter}`,
  fullName = `Người dùng ${username}`,
): Promise<{ token: string; id: number; username: string; password: string }> {
  const { dispatcher } = backend;
  const created = expectOk(
    await dispatcher.invoke(
      'users.create',
      { username, fullName, password: 'tam-thoi-123', roles },
      { token: adminToken },
    ),
  );
  const { token } = expectOk(
    await dispatcher.invoke('auth.login', { username, password: 'tam-thoi-123' }),
  );
  const password = `rieng-${username}-123`;
  expectOk(
    await dispatcher.invoke(
      'auth.changePassword',
      { currentPassword: 'tam-thoi-123', newPassword: password },
      { token },
    ),
  );
  return { token, id: created.id, username, password };
}

/** The refusal Tram gives when started on this data folder (a test fails if it starts). */
export function startRefusal(dataDir: string): DatabaseOpenError {
  try {
    const backend = createBackend({ dataDir, version: '0.0.0-test', scryptCost: TEST_SCRYPT });
    backend.close();
  } catch (error) {
    if (error instanceof DatabaseOpenError) return error;
    throw error;
  }
  return expect.fail('expected Tram to refuse to start');
}
