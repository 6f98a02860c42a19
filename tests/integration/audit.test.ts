import { describe, expect, it } from 'vitest';
import {
  expectError,
  expectOk,
  makeBackend,
  makeUser,
  setUpClinic,
  testClock,
} from '../helpers/backend';

async function clinicWithHistory() {
  const clock = testClock('2026-11-25T16:30:00.000Z'); // 23:30 on 25/11 in Vietnam
  const backend = makeBackend({ clock });
  const clinic = await setUpClinic(backend);
  const doctor = await makeUser(backend, clinic.adminToken, ['doctor'], 'bacsi');
  clock.advance(60 * 60_000); // 00:30 on 26/11 in Vietnam
  expectOk(await clinic.call('settings.update', { security: { idleLockMinutes: 5 } }));
  return { backend, clock, doctor, ...clinic };
}

describe('audit log', () => {
  it('verifies an untouched chain and reports its head', async () => {
    const { call } = await clinicWithHistory();
    const result = expectOk(await call('audit.verify', {}));
    const newest = expectOk(await call('audit.list', { limit: 1 })).entries[0];
    expect(result).toEqual({
      ok: true,
      checked: 5,
      head: newest?.hash,
      lastId: 5,
      anchors: { checked: 0, failed: 0, unreadable: 0 },
    });
  });

  it('cannot be updated or deleted through SQL while its triggers stand', async () => {
    const { backend } = await clinicWithHistory();
    const sqlite = backend.database.sqlite;
    expect(() => sqlite.prepare("UPDATE audit_log SET action = 'x' WHERE id = 1").run()).toThrow(
      /append-only/,
    );
    expect(() => sqlite.prepare('DELETE FROM audit_log WHERE id = 1').run()).toThrow(/append-only/);
  });

  it('finds an entry edited behind its back', async () => {
    const { backend, call } = await clinicWithHistory();
    const sqlite = backend.database.sqlite;
    sqlite.exec('DROP TRIGGER audit_log_no_update');
    sqlite.prepare('UPDATE audit_log SET detail = \'{"username":"ke-gian"}\' WHERE id = 3').run();
    expect(expectOk(await call('audit.verify', {}))).toMatchObject({
      ok: false,
      brokenAt: 3,
      checked: 3,
    });
  });

  it('finds an entry removed from the middle', async () => {
    const { backend, call } = await clinicWithHistory();
    const sqlite = backend.database.sqlite;
    sqlite.exec('DROP TRIGGER audit_log_no_delete');
    sqlite.prepare('DELETE FROM audit_log WHERE id = 2').run();
    expect(expectOk(await call('audit.verify', {}))).toMatchObject({ ok: false, brokenAt: 3 });
  });

  it('filters by user, action and Vietnamese calendar day, newest first, in pages', async () => {
    const { call, doctor } = await clinicWithHistory();
    const byDoctor = expectOk(await call('audit.list', { userId: doctor.id }));
    expect(byDoctor.entries.map((e) => e.action)).toEqual(['auth.changePassword', 'auth.login']);
    const on25th = expectOk(await call('audit.list', { from: '2026-11-25', to: '2026-11-25' }));
    expect(on25th.entries.map((e) => e.action)).toEqual([
      'auth.changePassword',
      'auth.login',
      'users.create',
      'auth.setup',
    ]);
    const on26th = expectOk(await call('audit.list', { from: '2026-11-26' }));
    expect(on26th.entries.map((e) => e.action)).toEqual(['settings.update']);
    const first = expectOk(await call('audit.list', { limit: 4 }));
    expect(first.entries).toHaveLength(4);
    const second = expectOk(
      await call('audit.list', { limit: 4, before: first.nextBefore ?? undefined }),
    );
    expect(second.entries.map((e) => e.id)).toEqual([1]);
    expect(second.nextBefore).toBeNull();
  });

  it('is for administrators only', async () => {
    const { backend, doctor } = await clinicWithHistory();
    for (const name of ['audit.list', 'audit.verify'] as const) {
      expectError(await backend.dispatcher.invoke(name, {}, { token: doctor.token }), 'FORBIDDEN');
    }
  });
});
