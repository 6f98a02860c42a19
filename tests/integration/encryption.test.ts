import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileKind, openConnection } from '../../db/cipher';
import { DatabaseOpenError } from '../../db/open';
import { createBackend } from '../../electron/backend/backend';
import { KEY_FILE, readFileKey } from '../../electron/backend/backups/key-store';
import { decodeRecoveryCode } from '../../shared/domain/recovery-code';
import { expectOk, makeBackend, setUpClinic, tempDir, TEST_SCRYPT } from '../helpers/backend';
import { decryptSqlcipherPage } from '../helpers/sqlcipher';

const PATIENT = 'Hoàng Thị Xuân Mai';

async function clinicWithPatient(dataDir = tempDir()) {
  const backend = makeBackend({ dataDir });
  const { call } = await setUpClinic(backend);
  expectOk(await call('patients.create', { fullName: PATIENT, sex: 'female', birthYear: 1961 }));
  backend.services.sqlite.pragma('wal_checkpoint(TRUNCATE)');
  return { backend, dataDir, file: backend.database.file };
}

function openError(run: () => unknown): DatabaseOpenError {
  try {
    run();
  } catch (error) {
    if (error instanceof DatabaseOpenError) return error;
    throw error;
  }
  return expect.fail('expected the open to be refused');
}

describe('encryption at rest', () => {
  it('leaves no SQLite header and no patient name in the file, and needs the key', async () => {
    const { file, dataDir } = await clinicWithPatient();
    const bytes = fs.readFileSync(file);
    expect(bytes.subarray(0, 16).toString('latin1')).not.toBe('SQLite format 3\0');
    expect(bytes.includes(Buffer.from(PATIENT))).toBe(false);
    expect(bytes.includes(Buffer.from('Xuân'))).toBe(false);
    expect(fileKind(file)).toBe('encrypted');

    const keyFile = path.join(dataDir, KEY_FILE);
    expect(fs.statSync(keyFile).mode & 0o777).toBe(0o600);
    const bare = new Database(file, { readonly: true });
    expect(() => bare.prepare('SELECT count(*) FROM patients').get()).toThrow(/not a database/);
    bare.close();
    expect(() => openConnection(file, Buffer.alloc(32, 1), { readonly: true })).toThrow(
      /not a database/,
    );
  });

  it('writes SQLCipher 4 pages that an independent decryptor reads', async () => {
    const { file, dataDir } = await clinicWithPatient();
    const key = readFileKey(dataDir, {});
    if (!key) expect.fail('no key file');
    const bytes = fs.readFileSync(file);
    const page1 = decryptSqlcipherPage(bytes, key, 1);
    expect(page1.hmacOk).toBe(true);
    // Bytes 16.. of a SQLite header: page size 4096, WAL (2, 2), 80 reserved bytes, 64/32/32.
    const header = page1.plain;
    expect(header.readUInt16BE(0)).toBe(4096);
    expect([header[2], header[3], header[4], header[5], header[6], header[7]]).toEqual([
      2, 2, 80, 64, 32, 32,
    ]);
    const pages = bytes.length / 4096;
    let found = false;
    for (let n = 2; n <= pages; n++) {
      const page = decryptSqlcipherPage(bytes, key, n);
      expect(page.hmacOk).toBe(true);
      if (page.plain.includes(Buffer.from(PATIENT))) found = true;
    }
    expect(found).toBe(true);
  });

  it('takes the key from TRAM_DB_KEY when given, and writes no key file', () => {
    const dataDir = tempDir();
    const hex = 'ab'.repeat(32);
    const previous = process.env.TRAM_DB_KEY;
    process.env.TRAM_DB_KEY = hex;
    try {
      const backend = createBackend({ dataDir, version: 't', scryptCost: TEST_SCRYPT });
      backend.close();
    } finally {
      if (previous === undefined) delete process.env.TRAM_DB_KEY;
      else process.env.TRAM_DB_KEY = previous;
    }
    expect(fs.existsSync(path.join(dataDir, KEY_FILE))).toBe(false);
    const sqlite = openConnection(path.join(dataDir, 'tram.sqlite'), Buffer.from(hex, 'hex'));
    expect(sqlite.prepare('SELECT count(*) AS n FROM users').get()).toEqual({ n: 0 });
    sqlite.close();
  });

  it('refuses to start without the key instead of starting afresh', async () => {
    const { backend, dataDir, file } = await clinicWithPatient();
    backend.close();
    fs.rmSync(path.join(dataDir, KEY_FILE));
    const before = fs.readFileSync(file);
    const error = openError(() => createBackend({ dataDir, version: 't' }));
    expect(error.kind).toBe('missing-key');
    expect(error.localized('vi')).toContain('mã khôi phục');
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('shows the recovery code once, and the code is the key', async () => {
    const backend = makeBackend();
    const { call } = await setUpClinic(backend);
    const status = expectOk(await call('backups.status', {}));
    expect(status.recoveryCodePending).toBe(true);
    const { code } = expectOk(await call('backups.recoveryCode', {}));
    expect(code).toMatch(/^([0-9A-Z]{5}-){12}[0-9A-Z]{5}$/);
    const decoded = decodeRecoveryCode(code.toLowerCase().replace(/-/g, ' '));
    if (!decoded.ok) expect.fail('code does not decode');
    expect(Buffer.from(decoded.key).equals(backend.key)).toBe(true);
    expectOk(await call('backups.recoveryCodeSaved', {}));
    const again = await call('backups.recoveryCode', {});
    expect(again.ok).toBe(false);
    expect(expectOk(await call('backups.status', {})).recoveryCodePending).toBe(false);
  });
});

/** A database as the Tram before encryption wrote it: plain, in WAL mode, with rows. */
function plainDatabase(dir: string, rows: number): string {
  const file = path.join(dir, 'tram.sqlite');
  const sqlite = new Database(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL)');
  const insert = sqlite.prepare('INSERT INTO notes (body) VALUES (?)');
  sqlite.transaction(() => {
    for (let i = 0; i < rows; i++) insert.run(`${PATIENT} ${i}`);
  })();
  sqlite.close();
  return file;
}

const ENCRYPT_CHILD = path.join(import.meta.dirname, '..', 'helpers', 'encrypt-child.ts');

describe('encrypting an older plain database', () => {
  it('encrypts in place at open, keeps every row, and keeps a verified copy first', () => {
    const dataDir = tempDir();
    const backend0 = makeBackend({ dataDir });
    backend0.close();
    // The same file decrypted back to plain, as an older Tram left it.
    const file = backend0.database.file;
    const key = readFileKey(dataDir, {});
    if (!key) expect.fail('no key');
    const encrypted = openConnection(file, key);
    encrypted.exec("INSERT INTO settings (key, value, updated_at) VALUES ('old', '\"x\"', 'then')");
    encrypted.pragma('journal_mode = DELETE');
    encrypted.pragma(`rekey = ''`);
    encrypted.close();
    expect(fileKind(file)).toBe('plain');

    const backend = makeBackend({ dataDir });
    expect(fileKind(file)).toBe('encrypted');
    expect(
      backend.services.sqlite.prepare("SELECT value FROM settings WHERE key = 'old'").pluck().get(),
    ).toBe('"x"');
    const copies = backend.backups.records().filter((r) => r.kind === 'before-encryption');
    expect(copies).toHaveLength(1);
    expect(copies[0]?.verified).toBe(true);
    expect(copies[0]?.rowCounts.settings).toBeGreaterThan(0);
  });

  it('survives a kill at any moment: the file is whole, plain or encrypted', async () => {
    // Each round kills the child a moment after it announces a stage, so every stage is hit.
    const stages = ['start', 'copy', 'encrypt', 'verify', 'swap'];
    const kinds: string[] = [];
    for (const [round, stage] of [...stages, ...stages].entries()) {
      const dir = tempDir();
      const file = plainDatabase(dir, 30_000);
      const key = Buffer.alloc(32, round + 1);
      const child = spawn(
        process.execPath,
        ['--import', 'tsx', ENCRYPT_CHILD, file, key.toString('hex')],
        { stdio: ['ignore', 'pipe', 'ignore'] },
      );
      // Listened for from the start: a child that finishes before the kill has exited already.
      const exited = new Promise((resolve) => child.once('exit', resolve));
      const reached = new Promise<void>((resolve) => {
        let said = '';
        child.stdout.on('data', (chunk: Buffer) => {
          said += chunk.toString();
          if (said.split('\n').includes(stage)) resolve();
        });
      });
      await Promise.race([reached, exited]);
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 40));
      child.kill('SIGKILL');
      await exited;
      const kind = fileKind(file);
      kinds.push(kind);
      expect(['plain', 'encrypted']).toContain(kind);
      const sqlite =
        kind === 'plain'
          ? new Database(file, { readonly: true })
          : openConnection(file, key, { readonly: true });
      expect(sqlite.pragma('quick_check', { simple: true })).toBe('ok');
      expect(sqlite.prepare('SELECT count(*) FROM notes').pluck().get()).toBe(30_000);
      sqlite.close();
    }
    // Killed before the swap the file is still plain: the kills did land inside the work.
    expect(kinds).toContain('plain');
  }, 120_000);
});
