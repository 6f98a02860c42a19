import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyMigrations, loadMigrations } from '../../db/migrate';
import { auditKeyFile } from '../../electron/backend/keys/audit-key';
import { appPaths } from '../../electron/backend/paths';
import {
  ADMIN,
  expectOk,
  makeBackend,
  startRefusal,
  tempDir,
  TEST_SCRYPT,
} from '../helpers/backend';

const MIGRATIONS = appPaths('unused').migrationsDir;
const known = loadMigrations(MIGRATIONS);
const SECURITY = known.findIndex((m) => m.sql.some((s) => s.includes('`workstations`'))) + 1;

/** The audit chain as Tram wrote it before it was keyed: plain SHA-256 (an outside oracle). */
function legacyChain(sqlite: Database.Database, actions: string[]): void {
  let prev = '0'.repeat(64);
  actions.forEach((action, index) => {
    const row = [
      index + 1,
      `2026-11-2${index}T02:00:00.000Z`,
      1,
      'admin',
      action,
      'ok',
      null,
      null,
      null,
      null,
    ];
    const hash = createHash('sha256')
      .update(prev)
      .update('\n')
      .update(JSON.stringify(row))
      .digest('hex');
    sqlite
      .prepare(
        `INSERT INTO audit_log (id, at, user_id, username, action, outcome, prev_hash, hash)
         VALUES (?, ?, 1, 'admin', ?, 'ok', ?, ?)`,
      )
      .run(index + 1, row[1], action, prev, hash);
    prev = hash;
  });
}

function snapshot(sqlite: Database.Database, table: string): unknown[] {
  return sqlite.prepare(`SELECT * FROM ${table} ORDER BY 1`).all();
}

describe('the security migration', () => {
  it('carries users and an unkeyed audit chain through, and adds its tables', () => {
    expect(SECURITY).toBeGreaterThan(1);
    const dir = tempDir();
    const file = path.join(dir, 'tram.sqlite');
    const sqlite = new Database(file);
    applyMigrations(sqlite, known, SECURITY - 1);
    sqlite
      .prepare(
        `INSERT INTO users (username, full_name, password_hash, roles, created_at, updated_at)
         VALUES ('admin', 'Nguyễn Thị Hoa', 'scrypt$x', '["admin"]', 'now', 'now')`,
      )
      .run();
    legacyChain(sqlite, ['auth.setup', 'users.create', 'settings.update']);
    const users = snapshot(sqlite, 'users');
    const audit = snapshot(sqlite, 'audit_log');
    applyMigrations(sqlite, known, SECURITY);
    expect(snapshot(sqlite, 'users')).toEqual(users);
    expect(snapshot(sqlite, 'audit_log')).toEqual(audit);
    expect(snapshot(sqlite, 'audit_patients')).toEqual([]);
    expect(snapshot(sqlite, 'workstations')).toEqual([]);
    expect(() => sqlite.prepare('DELETE FROM audit_patients').run()).not.toThrow();
    expect(() =>
      sqlite.prepare('INSERT INTO audit_patients (audit_id, patient_id) VALUES (1, 7)').run(),
    ).not.toThrow();
    expect(() => sqlite.prepare('DELETE FROM audit_patients').run()).toThrow(/append-only/);
    sqlite.close();
  });

  it('keeps an old chain verifiable and keys every entry after it', async () => {
    const dir = tempDir();
    const sqlite = new Database(path.join(dir, 'tram.sqlite'));
    applyMigrations(sqlite, known, SECURITY - 1);
    sqlite
      .prepare(
        `INSERT INTO users (username, full_name, password_hash, roles, created_at, updated_at)
         VALUES ('admin', 'Nguyễn Thị Hoa', 'scrypt$x', '["admin"]', 'now', 'now')`,
      )
      .run();
    legacyChain(sqlite, ['auth.setup', 'users.create', 'settings.update']);
    sqlite.close();

    const backend = makeBackend({ dataDir: dir });
    const key = JSON.parse(fs.readFileSync(auditKeyFile(dir), 'utf8')) as { keyedFrom: number };
    expect(key.keyedFrom).toBe(4);
    if (process.platform !== 'win32') {
      expect(fs.statSync(auditKeyFile(dir)).mode & 0o777).toBe(0o600);
    }
    // The old admin has an unusable hash; set a password the test knows.
    const { hashPassword } = await import('../../electron/backend/auth/passwords');
    backend.services.sqlite
      .prepare('UPDATE users SET password_hash = ? WHERE id = 1')
      .run(await hashPassword(ADMIN.password, TEST_SCRYPT));
    const { token } = expectOk(
      await backend.dispatcher.invoke('auth.login', {
        username: 'admin',
        password: ADMIN.password,
      }),
    );
    const verified = expectOk(await backend.dispatcher.invoke('audit.verify', {}, { token }));
    expect(verified).toMatchObject({ ok: true, checked: 4, lastId: 4 });
    // Entry 4 (the sign-in) is keyed: plain SHA-256 of its content does not give its hash.
    const row = backend.services.sqlite
      .prepare('SELECT * FROM audit_log WHERE id = 4')
      .get() as Record<string, unknown>;
    const content = JSON.stringify([
      4,
      row.at,
      row.user_id,
      row.username,
      row.action,
      row.outcome,
      null,
      null,
      null,
      row.detail,
    ]);
    const plain = createHash('sha256')
      .update(String(row.prev_hash))
      .update('\n')
      .update(content)
      .digest('hex');
    expect(row.hash).not.toBe(plain);
  });

  it('refuses a zero-length database file instead of starting afresh on it', () => {
    const dir = tempDir();
    const file = path.join(dir, 'tram.sqlite');
    fs.writeFileSync(file, '');
    const refused = startRefusal(dir);
    expect(refused.kind).toBe('empty-file');
    expect(refused.localized('vi')).toContain('rỗng (0 byte)');
    expect(fs.statSync(file).size).toBe(0);
    expect(fs.existsSync(auditKeyFile(dir))).toBe(false);
  });
});
