import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyMigrations, loadMigrations } from '../../db/migrate';
import {
  facilitySigner,
  SIGNING_SEAL_FILE,
  SigningKeyUnavailable,
  verifySignature,
} from '../../electron/backend/keys/facility-key';
import { readOrCreateSecret, secretFilePath } from '../../electron/backend/keys/secret-file';
import { appPaths } from '../../electron/backend/paths';
import { expectOk, FACILITY, makeBackend, setUpClinic, tempDir } from '../helpers/backend';

const MIGRATIONS = appPaths('unused').migrationsDir;

describe("the facility's signing key", () => {
  it('is made at setup; the database holds the private key sealed only', async () => {
    const dataDir = tempDir();
    const backend = makeBackend({ dataDir });
    const { call } = await setUpClinic(backend);
    const key = expectOk(await call('bundles.key', {}));
    expect(key.publicKey).toMatch(/^[A-Za-z0-9+/]{43}=$/);
    expect(key.fingerprint).toMatch(/^([0-9A-F]{4}-){7}[0-9A-F]{4}$/);

    const row = backend.services.sqlite
      .prepare('SELECT sealed_private_key AS sealed, sealed_with AS file FROM facility_keys')
      .get() as { sealed: string; file: string };
    expect(row.file).toBe(SIGNING_SEAL_FILE);
    // PKCS#8 of an Ed25519 key starts 302e0201; sealed, nothing of it shows.
    const sealed = Buffer.from(row.sealed, 'base64');
    expect(sealed.includes(Buffer.from('302e020100300506032b6570', 'hex'))).toBe(false);
    const file = secretFilePath(dataDir, SIGNING_SEAL_FILE);
    if (process.platform !== 'win32') {
      expect(fs.statSync(file).mode & 0o777).toBe(0o600);
      expect(fs.statSync(path.dirname(file)).mode & 0o077).toBe(0);
    }

    const signer = facilitySigner(backend.services.db, dataDir);
    const message = Buffer.from('Báo cáo tháng 01/2026');
    expect(verifySignature(key.publicKey, message, signer.sign(message))).toBe(true);
    expect(verifySignature(key.publicKey, Buffer.from('khác'), signer.sign(message))).toBe(false);
  });

  it('cannot sign without its key file, nor with another one', async () => {
    const dataDir = tempDir();
    const backend = makeBackend({ dataDir });
    await setUpClinic(backend);
    const file = secretFilePath(dataDir, SIGNING_SEAL_FILE);
    fs.rmSync(file);
    expect(() => facilitySigner(backend.services.db, dataDir)).toThrow(SigningKeyUnavailable);
    readOrCreateSecret(dataDir, SIGNING_SEAL_FILE);
    expect(() => facilitySigner(backend.services.db, dataDir)).toThrow(SigningKeyUnavailable);
  });

  it('keeps the same key across restarts', async () => {
    const dataDir = tempDir();
    const first = makeBackend({ dataDir });
    const { call } = await setUpClinic(first);
    const key = expectOk(await call('bundles.key', {}));
    first.close();
    const again = makeBackend({ dataDir });
    const { token } = expectOk(
      await again.dispatcher.invoke('auth.login', { username: 'admin', password: 'matkhau-admin' }),
    );
    expect(expectOk(await again.dispatcher.invoke('bundles.key', {}, { token }))).toEqual(key);
  });
});

describe('migration to bundles', () => {
  it('gives a database set up before keys existed its key at the first start', () => {
    const dataDir = tempDir();
    const known = loadMigrations(MIGRATIONS);
    const index = known.findIndex((m) =>
      m.sql.some((s) => s.includes('CREATE TABLE `facility_keys`')),
    );
    expect(index).toBeGreaterThan(0);
    const sqlite = new Database(path.join(dataDir, 'tram.sqlite'));
    applyMigrations(sqlite, known, index);
    sqlite
      .prepare(
        `INSERT INTO users (username, full_name, password_hash, roles, created_at, updated_at)
         VALUES ('admin', 'Nguyễn Thị Hoa', 'scrypt$x', '["admin"]', 'now', 'now')`,
      )
      .run();
    sqlite
      .prepare("INSERT INTO settings (key, value, updated_at) VALUES ('facility', ?, 'now')")
      .run(JSON.stringify({ name: FACILITY.name, code: FACILITY.code, address: '', phone: '' }));
    sqlite.close();

    const backend = makeBackend({ dataDir });
    const { sqlite: migrated } = backend.services;
    expect(migrated.prepare('SELECT count(*) AS n FROM facility_keys').get()).toEqual({ n: 1 });
    expect(migrated.prepare('SELECT username, full_name FROM users').all()).toEqual([
      { username: 'admin', full_name: 'Nguyễn Thị Hoa' },
    ]);
    // A facility saved before kinds existed is a station.
    const facility = migrated
      .prepare("SELECT value FROM settings WHERE key = 'facility'")
      .get() as {
      value: string;
    };
    expect(JSON.parse(facility.value)).toMatchObject({ code: FACILITY.code });
    expect(fs.existsSync(secretFilePath(dataDir, SIGNING_SEAL_FILE))).toBe(true);
  });

  it('makes no key before setup', () => {
    const backend = makeBackend();
    expect(
      backend.services.sqlite.prepare('SELECT count(*) AS n FROM facility_keys').get(),
    ).toEqual({ n: 0 });
  });
});
