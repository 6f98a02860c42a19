import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openConnection } from '../../db/cipher';
import { createBackend } from '../../electron/backend/backend';
import {
  expectError,
  expectOk,
  makeBackend,
  minutes,
  setUpClinic,
  tempDir,
  TEST_SCRYPT,
  testClock,
} from '../helpers/backend';

async function clinic(dataDir = tempDir()) {
  const backend = makeBackend({ dataDir });
  const { call, adminToken } = await setUpClinic(backend);
  for (const fullName of ['Lê Văn Tám', 'Đinh Thị Hạnh', 'Phạm Quốc Bảo']) {
    expectOk(await call('patients.create', { fullName, sex: 'male', birthYear: 1970 }));
  }
  return { backend, call, adminToken, dataDir };
}

describe('backups', () => {
  it('takes a verified copy with its rows, chain head and checksum, readable with the key', async () => {
    const { backend, call } = await clinic();
    const view = expectOk(await call('backups.create', {}));
    expect(view.kind).toBe('manual');
    expect(view.verified).toBe(true);
    expect(view.rowCounts.patients).toBe(3);
    const local = view.places.find((p) => p.place === 'pc');
    if (!local) expect.fail('no local copy');
    // The chain head is the live log's last entry before this call's own entry.
    const copy = openConnection(local.path, backend.key, { readonly: true });
    const head = copy.prepare('SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1').get();
    expect(view.chainHead).toEqual(head);
    expect(copy.prepare('SELECT count(*) FROM patients').pluck().get()).toBe(3);
    copy.close();
    expect(fs.readFileSync(local.path).includes(Buffer.from('Đinh Thị Hạnh'))).toBe(false);

    const list = expectOk(await call('backups.list', {}));
    expect(list.map((b) => b.id)).toContain(view.id);
    const listed = list.find((b) => b.id === view.id);
    expect(listed && Object.keys(listed)).toEqual(
      expect.arrayContaining(['id', 'createdAt', 'kind', 'bytes', 'sha256', 'verified', 'places']),
    );
    expect(expectOk(await call('backups.verify', { id: view.id }))).toEqual({
      ok: true,
      problems: [],
    });
  });

  it('finds a tampered copy when it verifies again', async () => {
    const { call } = await clinic();
    const view = expectOk(await call('backups.create', {}));
    const file = view.places[0]?.path ?? '';
    const bytes = fs.readFileSync(file);
    bytes[bytes.length - 200] = (bytes[bytes.length - 200] ?? 0) ^ 0xff;
    fs.writeFileSync(file, bytes);
    const result = expectOk(await call('backups.verify', { id: view.id }));
    expect(result.ok).toBe(false);
    expect(result.problems).toContain('sha256');
    const listed = expectOk(await call('backups.list', {})).find((b) => b.id === view.id);
    expect(listed?.verified).toBe(false);
    expectError(await call('backups.restore', { id: view.id }), 'CONFLICT');
  });

  it('copies to the second place, checks it there, and warns when that copy is old', async () => {
    const { call } = await clinic();
    const usb = tempDir('tram-usb-');
    let status = expectOk(await call('backups.status', {}));
    expect(status.offsiteStale).toBe(true);
    expectOk(await call('backups.settings', { secondPlace: usb }));
    const view = expectOk(await call('backups.create', {}));
    const far = view.places.find((p) => p.place === 'second');
    expect(far?.verified).toBe(true);
    expect(fs.existsSync(far?.path ?? '')).toBe(true);
    expect(fs.existsSync(path.join(usb, 'Tram-backups', 'backups.json'))).toBe(true);
    status = expectOk(await call('backups.status', {}));
    expect(status.offsiteStale).toBe(false);
    expect(status.lastOffsiteAt).not.toBeNull();

    // The stick is unplugged: the backup is still taken here, without a second copy.
    fs.rmSync(usb, { recursive: true });
    const alone = expectOk(await call('backups.create', {}));
    expect(alone.verified).toBe(true);
    expect(alone.places.map((p) => p.place)).toEqual(['pc']);
  });

  it("takes the day's backup by itself at the first start of the day", async () => {
    const dataDir = tempDir();
    const backend = createBackend({
      dataDir,
      version: 't',
      scryptCost: TEST_SCRYPT,
      background: true,
    });
    try {
      for (let i = 0; i < 100 && backend.backups.records().length === 0; i++) {
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      await backend.backups.idle();
      const records = backend.backups.records();
      expect(records.map((r) => [r.kind, r.verified])).toEqual([['daily', true]]);
      expect(backend.backups.dailyDue()).toBe(false);
    } finally {
      backend.close();
    }
  });

  it('takes the next day’s backup without a restart when the PC stays on overnight', async () => {
    const clock = testClock('2026-11-26T09:00:00.000Z'); // 16:00 at the station
    const backend = createBackend({
      dataDir: tempDir(),
      version: 't',
      scryptCost: TEST_SCRYPT,
      clock,
      background: true,
      dailyCheckMs: 100,
    });
    const dailies = () => backend.backups.records().filter((r) => r.kind === 'daily' && r.verified);
    try {
      await expect.poll(dailies, { timeout: 60_000, interval: 100 }).toHaveLength(1);
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(dailies()).toHaveLength(1); // the same day: once
      clock.advance(minutes(10 * 60)); // 02:00 the next morning
      await expect.poll(dailies, { timeout: 60_000, interval: 100 }).toHaveLength(2);
      await backend.backups.idle();
    } finally {
      backend.close();
    }
  });

  it('restores a backup: same rows, the chain verifies, the current file kept first', async () => {
    const { backend, call } = await clinic();
    const view = expectOk(await call('backups.create', {}));
    expectOk(
      await call('patients.create', { fullName: 'Người Đến Sau', sex: 'female', birthYear: 1990 }),
    );
    const before = backend.services.sqlite.prepare('SELECT count(*) FROM patients').pluck().get();
    expect(before).toBe(4);

    const result = expectOk(await call('backups.restore', { id: view.id }));
    expect(result.beforeRestore.kind).toBe('before-restore');
    expect(result.beforeRestore.rowCounts.patients).toBe(4);
    expect(backend.services.sqlite.prepare('SELECT count(*) FROM patients').pluck().get()).toBe(3);
    for (const [table, count] of Object.entries(view.rowCounts)) {
      if (table === 'audit_log') continue;
      expect(
        backend.services.sqlite.prepare(`SELECT count(*) FROM "${table}"`).pluck().get(),
        table,
      ).toBe(count);
    }
    // Everyone signs in again on the restored file; its chain holds the restore.
    const { token } = expectOk(
      await backend.dispatcher.invoke('auth.login', {
        username: 'admin',
        password: 'matkhau-admin',
      }),
    );
    const verified = expectOk(await backend.dispatcher.invoke('audit.verify', {}, { token }));
    expect(verified.ok).toBe(true);
    const last = backend.services.sqlite
      .prepare("SELECT action FROM audit_log WHERE action = 'backups.restore'")
      .all();
    expect(last).toHaveLength(1);
    expect(backend.backups.records().some((r) => r.kind === 'before-restore')).toBe(true);
  });
});
