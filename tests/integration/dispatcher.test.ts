import { describe, expect, it } from 'vitest';
import { api, PROCEDURE_NAMES, type ProcedureName } from '../../shared/api';
import { ROLES, type Role } from '../../shared/domain/roles';
import {
  ADMIN,
  expectError,
  expectOk,
  makeBackend,
  makeUser,
  setUpClinic,
  testClock,
} from '../helpers/backend';

function allowedFor(name: ProcedureName, role: Role): boolean {
  const access = api[name].access;
  return (
    access === 'public' || access === 'authenticated' || (access as readonly Role[]).includes(role)
  );
}

/** Procedures that end or lock the caller's own session; the matrix calls them last. */
const SESSION_ENDERS: ProcedureName[] = ['auth.lock', 'auth.logout'];

describe('dispatcher: every role against every procedure', () => {
  it('refuses the roles a procedure does not allow, with nothing about its input', async () => {
    const backend = makeBackend();
    const { adminToken } = await setUpClinic(backend);
    for (const role of ROLES) {
      const user = await makeUser(backend, adminToken, [role], `only-${role}`);
      const ordered = [
        ...PROCEDURE_NAMES.filter((n) => !SESSION_ENDERS.includes(n)),
        ...SESSION_ENDERS,
      ];
      for (const name of ordered) {
        const result = await backend.dispatcher.call(
          name,
          { surely: 'not valid' },
          {
            token: user.token,
          },
        );
        if (allowedFor(name, role) && api[name].facility === 'district') {
          // A station has no district procedures, whoever asks.
          expect(expectError(result, 'FORBIDDEN').reason, `${role} → ${name}`).toBe('facilityKind');
        } else if (allowedFor(name, role)) {
          expect(result.ok || result.error.code !== 'FORBIDDEN', `${role} → ${name}`).toBe(true);
        } else {
          const error = expectError(result, 'FORBIDDEN');
          expect(error, `${role} → ${name}`).toEqual({
            code: 'FORBIDDEN',
            message: 'Bạn không có quyền thực hiện thao tác này.',
            messageKey: 'error.FORBIDDEN',
          });
        }
      }
    }
  });

  it('asks for sign-in before anything but public procedures', async () => {
    const backend = makeBackend();
    await setUpClinic(backend);
    for (const name of PROCEDURE_NAMES) {
      const result = await backend.dispatcher.call(name, {}, {});
      if (api[name].access === 'public') continue;
      const error = expectError(result, 'UNAUTHENTICATED');
      expect(error.fieldErrors).toBeUndefined();
      expect(error.reason).toBe('missing');
    }
    const stale = await backend.dispatcher.call('auth.me', {}, { token: 'not-a-token' });
    expect(expectError(stale, 'UNAUTHENTICATED').reason).toBe('expired');
  });
});

describe('dispatcher: validation and error mapping', () => {
  it('returns translated field errors keyed by input path', async () => {
    const backend = makeBackend();
    const result = await backend.dispatcher.invoke('auth.setup', {
      facility: { name: '', code: '12', address: '' },
      admin: { username: 'A B', fullName: 'X', password: 'short' },
      setupCode: backend.setupCode ?? '',
    });
    const error = expectError(result, 'VALIDATION');
    expect(error.fieldErrors).toEqual({
      'facility.name': 'Bắt buộc nhập',
      'facility.code': 'Mã cơ sở KCB gồm đúng 5 ký tự (số hoặc chữ in hoa), ví dụ 01001',
      'admin.username': 'Tên đăng nhập 3–32 ký tự, chỉ gồm chữ không dấu, số và dấu . _ -',
      'admin.password': 'Mật khẩu cần ít nhất 8 ký tự',
    });
    expect(error.fieldErrorKeys?.['admin.password']).toEqual({
      key: 'validation.passwordTooShort',
      params: { min: 8 },
    });
  });

  it('speaks English when asked', async () => {
    const backend = makeBackend();
    const result = await backend.dispatcher.call('auth.setup', {}, { locale: 'en' });
    const error = expectError(result, 'VALIDATION');
    expect(error.message).toBe('Some of the details are not valid; please check them.');
    expect(error.fieldErrors?.facility).toBe('Required');
  });

  it('maps unknown procedures to NOT_FOUND and duplicates to CONFLICT', async () => {
    const backend = makeBackend();
    const { call } = await setUpClinic(backend);
    expectError(await backend.dispatcher.call('patients.nothing', {}, {}), 'NOT_FOUND');
    expectError(await backend.dispatcher.call('__proto__', {}, {}), 'NOT_FOUND');
    const input = {
      username: 'thu',
      fullName: 'Lê Thu',
      password: 'mat-khau-1',
      roles: ['cashier'] as Role[],
    };
    expectOk(await call('users.create', input));
    const error = expectError(await call('users.create', input), 'CONFLICT');
    expect(error.fieldErrors?.username).toBe('Tên đăng nhập "thu" đã có người dùng.');
  });

  it('refuses setup twice', async () => {
    const backend = makeBackend();
    await setUpClinic(backend);
    const again = await backend.dispatcher.invoke('auth.setup', {
      facility: { name: 'Khác', code: '02002', address: '' },
      admin: { username: 'other', fullName: 'Khác', password: 'matkhau-khac' },
      setupCode: 'spent',
    });
    expect(expectError(again, 'CONFLICT').messageKey).toBe('setup.alreadyDone');
  });
});

describe('dispatcher: transactions and audit', () => {
  it('rolls back a refused mutation and writes no audit entry for it', async () => {
    const backend = makeBackend();
    const { call } = await setUpClinic(backend);
    const before = backend.database.sqlite.prepare('SELECT count(*) AS n FROM audit_log').get();
    const me = expectOk(await call('auth.me', {}));
    const refused = await call('users.update', { id: me.user.id, active: false, fullName: 'Đổi' });
    expect(expectError(refused, 'CONFLICT').messageKey).toBe('users.lastAdmin');
    expect(expectOk(await call('auth.me', {})).user.fullName).toBe('Nguyễn Thị Hoa');
    expect(backend.database.sqlite.prepare('SELECT count(*) AS n FROM audit_log').get()).toEqual(
      before,
    );
  });

  it('appends one audit entry per mutation, with who and what', async () => {
    const backend = makeBackend();
    const { call } = await setUpClinic(backend);
    const created = expectOk(
      await call('users.create', {
        username: 'bacsi',
        fullName: 'Trần Văn Bình',
        password: 'mat-khau-1',
        roles: ['doctor'],
      }),
    );
    const page = expectOk(await call('audit.list', { limit: 10 }));
    expect(page.entries.map((e) => e.action)).toEqual(['users.create', 'auth.setup']);
    expect(page.entries[0]).toMatchObject({
      username: 'admin',
      outcome: 'ok',
      entity: 'user',
      entityId: String(created.id),
      detail: { username: 'bacsi', roles: ['doctor'] },
    });
    expect(JSON.stringify(page.entries)).not.toContain('mat-khau-1');
  });
});

describe('dispatcher: sessions', () => {
  it('locks a session until the right password unlocks it', async () => {
    const backend = makeBackend();
    const { adminToken, call } = await setUpClinic(backend);
    expectOk(await call('auth.lock', {}));
    expect(expectError(await call('users.list', {}), 'UNAUTHENTICATED').reason).toBe('locked');
    const wrong = await call('auth.unlock', { password: 'sai-mat-khau' });
    expect(expectError(wrong, 'UNAUTHENTICATED').messageKey).toBe('auth.lock.wrong');
    expectOk(
      await backend.dispatcher.invoke(
        'auth.unlock',
        { password: 'matkhau-admin' },
        { token: adminToken },
      ),
    );
    expectOk(await call('users.list', {}));
  });

  it('makes a user with a reset password choose a new one before anything else', async () => {
    const backend = makeBackend();
    const { adminToken, call } = await setUpClinic(backend);
    const user = await makeUser(backend, adminToken, ['cashier']);
    expectOk(await call('users.update', { id: user.id, password: 'dat-lai-123' }));
    const { token } = expectOk(
      await backend.dispatcher.invoke('auth.login', {
        username: user.username,
        password: 'dat-lai-123',
      }),
    );
    const refused = await backend.dispatcher.invoke('settings.get', {}, { token });
    expect(expectError(refused, 'FORBIDDEN').reason).toBe('mustChangePassword');
    expectOk(await backend.dispatcher.invoke('auth.me', {}, { token }));
    expectOk(
      await backend.dispatcher.invoke(
        'auth.changePassword',
        { currentPassword: 'dat-lai-123', newPassword: 'moi-cua-toi-1' },
        { token },
      ),
    );
    expectOk(await backend.dispatcher.invoke('settings.get', {}, { token }));
  });

  it('tells a new account from a reset one: the first password is not "reset"', async () => {
    const backend = makeBackend();
    const { adminToken, call } = await setUpClinic(backend);
    const me = async (token: string) =>
      expectOk(await backend.dispatcher.invoke('auth.me', {}, { token })).user;
    expect((await me(adminToken)).passwordChosen).toBe(true);
    const created = expectOk(
      await call('users.create', {
        username: 'moi',
        fullName: 'Người Mới',
        password: 'tam-thoi-123',
        roles: ['nurse'],
      }),
    );
    expect(created).toMatchObject({ mustChangePassword: true, passwordChosen: false });
    const { token } = expectOk(
      await backend.dispatcher.invoke('auth.login', { username: 'moi', password: 'tam-thoi-123' }),
    );
    expect(await me(token)).toMatchObject({ mustChangePassword: true, passwordChosen: false });
    expectOk(
      await backend.dispatcher.invoke(
        'auth.changePassword',
        { currentPassword: 'tam-thoi-123', newPassword: 'rieng-cua-toi-1' },
        { token },
      ),
    );
    expect(await me(token)).toMatchObject({ mustChangePassword: false, passwordChosen: true });
    expectOk(await call('users.update', { id: created.id, password: 'dat-lai-123' }));
    const users = expectOk(await call('users.list', {}));
    expect(users.find((u) => u.id === created.id)).toMatchObject({
      mustChangePassword: true,
      passwordChosen: true,
    });
  });

  it('ends the sessions of a deactivated user at once and tells their clients', async () => {
    const backend = makeBackend();
    const { adminToken, call } = await setUpClinic(backend);
    const user = await makeUser(backend, adminToken, ['receptionist']);
    const events: unknown[] = [];
    backend.events.subscribe((event, payload, target) => events.push({ event, payload, target }));
    expectOk(await call('users.update', { id: user.id, active: false }));
    expect(events).toEqual([
      { event: 'session.ended', payload: { reason: 'deactivated' }, target: { userId: user.id } },
    ]);
    const after = await backend.dispatcher.invoke('auth.me', {}, { token: user.token });
    expectError(after, 'UNAUTHENTICATED');
    const login = await backend.dispatcher.invoke('auth.login', {
      username: user.username,
      password: user.password,
    });
    expect(expectError(login, 'UNAUTHENTICATED').messageKey).toBe('auth.login.inactive');
  });

  it('forgets sessions idle for more than twelve hours', async () => {
    const clock = testClock();
    const backend = makeBackend({ clock });
    const { call } = await setUpClinic(backend);
    clock.advance(12 * 60 * 60_000 + 1);
    expect(expectError(await call('auth.me', {}), 'UNAUTHENTICATED').reason).toBe('expired');
  });

  it('ends a busy session at its absolute lifetime (security.sessionMaxHours), never later', async () => {
    const clock = testClock();
    const backend = makeBackend({ clock });
    const { call } = await setUpClinic(backend);
    expectOk(await call('settings.update', { security: { sessionMaxHours: 3 } }));
    // The setup session was opened under the default 12 h; a new sign-in takes the 3 h.
    const login = expectOk(
      await backend.dispatcher.invoke('auth.login', {
        username: ADMIN.username,
        password: ADMIN.password,
      }),
    );
    const me = () => backend.dispatcher.invoke('auth.me', {}, { token: login.token });
    // A call every half hour: never idle, still cut off at three hours.
    for (let i = 0; i < 5; i++) {
      clock.advance(30 * 60_000);
      expectOk(await me());
    }
    clock.advance(30 * 60_000 - 1);
    expectOk(await me());
    clock.advance(1);
    expect(expectError(await me(), 'UNAUTHENTICATED').reason).toBe('expired');
    expectOk(await call('auth.me', {})); // the first session keeps its own 12 h
  });
});
