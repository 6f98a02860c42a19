import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyMigrations, loadMigrations } from '../../db/migrate';
import { appPaths } from '../../electron/backend/paths';
import { tempDir } from '../helpers/backend';

const MIGRATIONS = appPaths('unused').migrationsDir;

/** The step that applies this branch's migration (found by name: numbers move at merges). */
function uxStep(): number {
  const journal = JSON.parse(
    fs.readFileSync(path.join(MIGRATIONS, 'meta', '_journal.json'), 'utf8'),
  ) as { entries: { idx: number; tag: string }[] };
  const entry = journal.entries.find((e) => e.tag.endsWith('_ux'));
  if (!entry) throw new Error('no _ux migration');
  return entry.idx + 1;
}

describe('the ux migration', () => {
  it('carries users and ICD-10 codes through, telling chosen passwords from new accounts', () => {
    const known = loadMigrations(MIGRATIONS);
    const sqlite = new Database(path.join(tempDir(), 'ux.sqlite'));
    const step = uxStep();
    applyMigrations(sqlite, known, step - 1);
    const user = sqlite.prepare(
      `INSERT INTO users (username, full_name, password_hash, roles, must_change_password,
         last_login_at, created_at, updated_at)
       VALUES (?, ?, 'scrypt$x', '["doctor"]', ?, ?, '2026-01-01T00:00:00.000Z', ?)`,
    );
    user.run('chose', 'Đã tự đặt', 0, '2026-02-01T00:00:00.000Z', '2026-01-15T00:00:00.000Z');
    user.run('reset', 'Bị đặt lại', 1, '2026-02-02T00:00:00.000Z', '2026-03-01T00:00:00.000Z');
    user.run('new', 'Mới tạo', 1, null, '2026-03-02T00:00:00.000Z');
    sqlite
      .prepare(
        `INSERT INTO icd10 (code, name, name_en, chapter, group_code, search_text, is_category,
           active, source, updated_at)
         VALUES ('E11', 'Bệnh đái tháo đường type 2', 'Type 2 diabetes', 'IV', 'E10-E14',
           'benh dai thao duong type 2', 1, 1, 'starter', 'now')`,
      )
      .run();
    const icdBefore = sqlite.prepare('SELECT * FROM icd10').all();

    applyMigrations(sqlite, known, step);
    expect(
      sqlite.prepare('SELECT username, password_changed_at FROM users ORDER BY id').all(),
    ).toEqual([
      { username: 'chose', password_changed_at: '2026-01-15T00:00:00.000Z' },
      { username: 'reset', password_changed_at: '2026-02-02T00:00:00.000Z' },
      { username: 'new', password_changed_at: null },
    ]);
    const icdAfter = sqlite.prepare('SELECT * FROM icd10').all();
    expect(icdAfter).toEqual(
      icdBefore.map((row) => ({
        ...(row as object),
        main_allowed: 1,
        sex_only: null,
        age_lists: null,
        common: 0,
      })),
    );
    // The FTS index of 0001 still follows the table.
    expect(
      sqlite.prepare("SELECT rowid FROM icd10_fts WHERE icd10_fts MATCH 'dai*'").all(),
    ).toHaveLength(1);
    sqlite.close();
  });
});
