import Database from 'better-sqlite3';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openConnection } from '../../db/cipher';
import { applyMigrations, loadMigrations } from '../../db/migrate';
import { DatabaseOpenError, openDatabase } from '../../db/open';
import { appPaths, SOURCE_ROOT } from '../../electron/backend/paths';
import { tempDir } from '../helpers/backend';

const MIGRATIONS = appPaths('unused').migrationsDir;

function sha(file: string): string {
  return createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

/** A copy of our migrations plus one more, as a later Tram would ship. */
function migrationsWithExtra(sql: string): string {
  const dir = tempDir('tram-migrations-');
  fs.cpSync(MIGRATIONS, dir, { recursive: true });
  const journalFile = path.join(dir, 'meta', '_journal.json');
  const journal = JSON.parse(fs.readFileSync(journalFile, 'utf8')) as {
    entries: { idx: number; when: number; tag: string; version: string; breakpoints: boolean }[];
  };
  const last = journal.entries.at(-1);
  if (!last) throw new Error('no migrations');
  const tag = `${String(last.idx + 1).padStart(4, '0')}_extra`;
  journal.entries.push({ ...last, idx: last.idx + 1, when: last.when + 1000, tag });
  fs.writeFileSync(journalFile, JSON.stringify(journal));
  fs.writeFileSync(path.join(dir, `${tag}.sql`), sql);
  return dir;
}

const KEY = Buffer.alloc(32, 7);

function open(dir: string, migrationsDir = MIGRATIONS) {
  return openDatabase({
    file: path.join(dir, 'tram.sqlite'),
    key: KEY,
    migrationsDir,
    backupDir: path.join(dir, 'backups'),
  });
}

function failureOf(run: () => unknown): DatabaseOpenError {
  try {
    run();
  } catch (error) {
    if (error instanceof DatabaseOpenError) return error;
    throw error;
  }
  return expect.fail('expected the open to be refused');
}

describe('opening the database', () => {
  it('creates a new file, migrated, with the pragmas Tram relies on', () => {
    const dir = tempDir();
    const opened = open(dir);
    const { sqlite } = opened;
    expect(opened.schemaVersion).toBe(loadMigrations(MIGRATIONS).length);
    expect(opened.backupFile).toBeNull();
    expect(sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(sqlite.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(sqlite.pragma('busy_timeout', { simple: true })).toBe(5000);
    sqlite.close();
    const again = open(dir);
    expect(again.migrated).toBe(0);
    again.sqlite.close();
  });

  it('backs the file up before migrating it, then migrates', () => {
    const dir = tempDir();
    const first = open(dir);
    first.sqlite.exec("INSERT INTO settings (key, value, updated_at) VALUES ('k', '1', 'now')");
    first.sqlite.close();
    const later = migrationsWithExtra('CREATE TABLE later_feature (id integer PRIMARY KEY);');
    const opened = open(dir, later);
    expect(opened.migrated).toBe(1);
    expect(opened.backupFile).not.toBeNull();
    const backup = openConnection(opened.backupFile ?? '', KEY, { readonly: true });
    expect(backup.prepare("SELECT value FROM settings WHERE key = 'k'").get()).toEqual({
      value: '1',
    });
    expect(
      backup.prepare("SELECT name FROM sqlite_master WHERE name = 'later_feature'").get(),
    ).toBeUndefined();
    backup.close();
    opened.sqlite.close();
  });

  it('refuses a database from a newer Tram and leaves it byte for byte', () => {
    const dir = tempDir();
    open(dir, migrationsWithExtra('CREATE TABLE from_the_future (id integer);')).sqlite.close();
    const file = path.join(dir, 'tram.sqlite');
    const before = sha(file);
    const error = failureOf(() => open(dir));
    expect(error.kind).toBe('too-new');
    expect(error.localized('vi')).toContain('phiên bản Tram mới hơn');
    expect(sha(file)).toBe(before);
  });

  it('refuses a file that is not a database, untouched', () => {
    const dir = tempDir();
    const file = path.join(dir, 'tram.sqlite');
    fs.writeFileSync(file, 'Đây không phải cơ sở dữ liệu. '.repeat(200));
    const before = sha(file);
    expect(failureOf(() => open(dir)).kind).toBe('not-a-database');
    expect(sha(file)).toBe(before);
  });

  it('refuses a damaged database, untouched', () => {
    const dir = tempDir();
    const opened = open(dir);
    opened.sqlite.exec('CREATE TABLE filler (id integer PRIMARY KEY, body text)');
    const insert = opened.sqlite.prepare('INSERT INTO filler (body) VALUES (?)');
    for (let i = 0; i < 2000; i++) insert.run(`dòng số ${i} `.repeat(10));
    opened.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    opened.sqlite.close();
    const file = path.join(dir, 'tram.sqlite');
    const bytes = fs.readFileSync(file);
    const pageSize = 4096; // SQLCipher leaves only the salt in clear: the header is encrypted
    // Scribble over a b-tree page of the filler, which was written last, after the schema's.
    const victim = bytes.length / pageSize - 5;
    bytes.fill(0x5a, pageSize * victim + 8, pageSize * victim + 300);
    fs.writeFileSync(file, bytes);
    const before = sha(file);
    const error = failureOf(() => open(dir));
    expect(error.kind).toBe('corrupt');
    expect(sha(file)).toBe(before);
  });

  it('keeps the data when a migration fails, and says where the backup is', () => {
    const dir = tempDir();
    const first = open(dir);
    first.sqlite.exec("INSERT INTO settings (key, value, updated_at) VALUES ('k', '1', 'now')");
    first.sqlite.close();
    const broken = migrationsWithExtra(
      'CREATE TABLE half_done (id integer);\n--> statement-breakpoint\nTHIS IS NOT SQL;',
    );
    const error = failureOf(() => open(dir, broken));
    expect(error.kind).toBe('migration-failed');
    const check = openConnection(path.join(dir, 'tram.sqlite'), KEY);
    expect(check.prepare("SELECT name FROM sqlite_master WHERE name = 'half_done'").get()).toBe(
      undefined,
    );
    expect(check.prepare('SELECT count(*) AS n FROM settings').get()).toEqual({ n: 1 });
    check.close();
    expect(fs.readdirSync(path.join(dir, 'backups'))).toHaveLength(1);
  });
});

describe('migrations', () => {
  it('carry data through every step, one migration at a time', () => {
    const known = loadMigrations(MIGRATIONS);
    const sqlite = new Database(path.join(tempDir(), 'steps.sqlite'));
    applyMigrations(sqlite, known, 1);
    sqlite
      .prepare(
        `INSERT INTO users (username, full_name, password_hash, roles, created_at, updated_at)
         VALUES ('admin', 'Nguyễn Thị Hoa', 'scrypt$x', '["admin"]', 'now', 'now')`,
      )
      .run();
    for (let step = 2; step <= known.length; step++) {
      applyMigrations(sqlite, known, step);
      expect(sqlite.prepare('SELECT username, full_name FROM users').all()).toEqual([
        { username: 'admin', full_name: 'Nguyễn Thị Hoa' },
      ]);
    }
    sqlite.close();
  });

  it('match the drizzle schema: drizzle-kit generate would write nothing new', () => {
    const out = tempDir('tram-drift-');
    fs.cpSync(MIGRATIONS, out, { recursive: true });
    const before = fs.readdirSync(out).sort();
    const output = execFileSync(
      path.join(SOURCE_ROOT, 'node_modules', '.bin', 'drizzle-kit'),
      [
        'generate',
        '--dialect=sqlite',
        '--schema=./db/schema/index.ts',
        `--out=${path.relative(SOURCE_ROOT, out)}`,
        '--casing=snake_case',
      ],
      { cwd: SOURCE_ROOT, encoding: 'utf8' },
    );
    expect(output).toContain('No schema changes');
    expect(fs.readdirSync(out).sort()).toEqual(before);
  }, 60_000);
});
