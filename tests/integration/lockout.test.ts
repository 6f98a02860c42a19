import { describe, expect, it } from 'vitest';
import {
  ADMIN,
  expectError,
  expectOk,
  makeBackend,
  makeUser,
  minutes,
  setUpClinic,
  testClock,
} from '../helpers/backend';

describe('sign-in lockout', () => {
  it('locks an account after five wrong passwords, for the configured time', async () => {
    const clock = testClock();
    const backend = makeBackend({ clock });
    const { adminToken, call } = await setUpClinic(backend);
    const user = await makeUser(backend, adminToken, ['cashier'], 'thungan');
    const login = (password: string) =>
      backend.dispatcher.invoke('auth.login', { username: 'thungan', password });

    for (let attempt = 1; attempt <= 4; attempt++) {
      const error = expectError(await login('sai-mat-khau'), 'UNAUTHENTICATED');
      expect(error.message).toBe('Sai tên đăng nhập hoặc mật khẩu.');
    }
    const fifth = expectError(await login('sai-mat-khau'), 'UNAUTHENTICATED');
    expect(fifth.reason).toBe('lockedOut');
    expect(fifth.message).toBe(
      'Tài khoản tạm khóa do nhập sai mật khẩu nhiều lần. Thử lại sau 15 phút.',
    );
    // The right password does not help while the lock lasts.
    expect(expectError(await login(user.password), 'UNAUTHENTICATED').reason).toBe('lockedOut');
    const listed = expectOk(await call('users.list', {})).find((u) => u.username === 'thungan');
    expect(listed?.lockedUntil).toBe(new Date(clock().getTime() + minutes(15)).toISOString());

    clock.advance(minutes(15) + 1000);
    expectOk(await login(user.password));
    // A success resets the count: four more mistakes do not lock.
    for (let attempt = 1; attempt <= 4; attempt++) {
      expect(expectError(await login('sai'), 'UNAUTHENTICATED').reason).toBe('wrongPassword');
    }

    const failed = expectOk(await call('audit.list', { action: 'auth.login.failed', limit: 50 }));
    expect(failed.entries).toHaveLength(10);
    expect(failed.entries.every((e) => e.outcome === 'failed' && e.username === 'thungan')).toBe(
      true,
    );
  });

  it('follows the security settings', async () => {
    const clock = testClock();
    const backend = makeBackend({ clock });
    const { call } = await setUpClinic(backend);
    expectOk(
      await call('settings.update', { security: { lockoutAttempts: 3, lockoutMinutes: 2 } }),
    );
    const login = (password: string) =>
      backend.dispatcher.invoke('auth.login', { username: ADMIN.username, password });
    expectError(await login('x'), 'UNAUTHENTICATED');
    expectError(await login('x'), 'UNAUTHENTICATED');
    const third = expectError(await login('x'), 'UNAUTHENTICATED');
    expect(third.params).toEqual({ minutes: 2 });
    clock.advance(minutes(2) + 1);
    expectOk(await login(ADMIN.password));
  });

  it('answers an unknown name exactly as a real one, locked out too, and locks nobody else', async () => {
    const backend = makeBackend();
    const { adminToken } = await setUpClinic(backend);
    const real = await makeUser(backend, adminToken, ['nurse'], 'dieuduong');
    const answers = async (username: string) => {
      const seen: unknown[] = [];
      for (let i = 0; i < 7; i++) {
        const result = await backend.dispatcher.invoke('auth.login', { username, password: 'x' });
        const { code, message, messageKey, params, reason } = expectError(
          result,
          'UNAUTHENTICATED',
        );
        seen.push({ code, message, messageKey, params, reason });
      }
      return seen;
    };
    const forReal = await answers(real.username);
    const forUnknown = await answers('khong-co');
    expect(forUnknown).toEqual(forReal);
    expect(forReal.map((a) => (a as { reason: string }).reason)).toEqual([
      ...Array<string>(4).fill('wrongPassword'),
      ...Array<string>(3).fill('lockedOut'),
    ]);
    expectOk(
      await backend.dispatcher.invoke('auth.login', {
        username: ADMIN.username,
        password: ADMIN.password,
      }),
    );
  });

  it('counts wrong unlock passwords too, and ends the session when the account locks', async () => {
    const backend = makeBackend();
    const { adminToken, call } = await setUpClinic(backend);
    const user = await makeUser(backend, adminToken, ['doctor']);
    const as = { token: user.token };
    expectOk(await backend.dispatcher.invoke('auth.lock', {}, as));
    for (let i = 0; i < 4; i++) {
      expectError(
        await backend.dispatcher.invoke('auth.unlock', { password: 'x' }, as),
        'UNAUTHENTICATED',
      );
    }
    const fifth = await backend.dispatcher.invoke('auth.unlock', { password: 'x' }, as);
    expect(expectError(fifth, 'UNAUTHENTICATED').reason).toBe('lockedOut');
    const after = await backend.dispatcher.invoke('auth.unlock', { password: user.password }, as);
    expect(expectError(after, 'UNAUTHENTICATED').reason).toBe('expired');
    expectOk(await call('users.list', {}));
  });
});
