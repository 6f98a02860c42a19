import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/open';
import { seedStarterCatalogs } from '../../electron/backend/catalog/seed';
import { appPaths } from '../../electron/backend/paths';
import old from '../fixtures/icd10-starter-213.json';
import starter from '../../resources/catalogs/icd10-starter.json';
import { expectOk, makeBackend, setUpClinic, tempDir } from '../helpers/backend';

function freshDatabase() {
  const dir = tempDir();
  const paths = appPaths(dir);
  const opened = openDatabase({
    file: path.join(dir, 'tram.sqlite'),
    key: randomBytes(32),
    migrationsDir: paths.migrationsDir,
    backupDir: path.join(dir, 'backups'),
  });
  return { ...opened, resourcesDir: paths.resourcesDir };
}

/** A station set up before the full list shipped: the 213-code starter, no rules. */
function oldStation(source: 'starter' | 'import') {
  const database = freshDatabase();
  const insert = database.sqlite.prepare(
    `INSERT INTO icd10 (code, name, search_text, source, updated_at)
     VALUES (?, ?, ?, ?, '2025-01-01T00:00:00.000Z')`,
  );
  for (const code of old.codes) insert.run(code, `Tên cũ ${code}`, `ten cu ${code}`, source);
  return database;
}

describe('the ICD-10 starter list', () => {
  it('gives a new station the whole MoH list with its rules, searchable and flagged', async () => {
    const { call } = await setUpClinic(makeBackend());
    expect(expectOk(await call('catalog.summary', {})).icd.total).toBe(starter.codes.length);
    const [e11] = expectOk(await call('catalog.icd.search', { q: 'E11' }));
    expect(e11).toMatchObject({ code: 'E11', isCategory: true, mainAllowed: true });
    const [b950] = expectOk(await call('catalog.icd.search', { q: 'B95.0' }));
    expect(b950).toMatchObject({ mainAllowed: false, sexOnly: null });
    const [n40] = expectOk(await call('catalog.icd.search', { q: 'N40' }));
    expect(n40).toMatchObject({ sexOnly: 'male', ageLists: ['A3.6'] });
    const [p073] = expectOk(await call('catalog.icd.search', { q: 'P07.3' }));
    expect(p073).toMatchObject({ ageLists: ['A3.1'] });
    // Words still find it through the index built in one go.
    const words = expectOk(await call('catalog.icd.search', { q: 'benh ly tang huyet ap' }));
    expect(words.map((w) => w.code)).toContain('I10');
  });

  it('brings a station on the old 213-code starter up to the full list, keeping its rows', () => {
    const database = oldStation('starter');
    const before = database.sqlite.prepare("SELECT id FROM icd10 WHERE code = 'I10'").get();
    const seeded = seedStarterCatalogs(database.db, database.resourcesDir, '2026-06-01T00:00:00Z');
    expect(seeded.icd).toBe(starter.codes.length - (old.codes.length - 1));
    const row = (code: string) =>
      database.sqlite
        .prepare('SELECT id, name, main_allowed, source FROM icd10 WHERE code = ?')
        .get(code);
    expect(row('I10')).toEqual({
      ...(before as object),
      name: 'Bệnh lý tăng huyết áp',
      main_allowed: 1,
      source: 'starter',
    });
    // A91 left the MoH list; the station's row stays (rows are never deleted).
    expect(row('A91')).toMatchObject({ name: 'Tên cũ A91' });
    expect(row('B95.0')).toMatchObject({ main_allowed: 0 });
    // Started again: nothing left to do.
    expect(seedStarterCatalogs(database.db, database.resourcesDir, 'later').icd).toBe(0);
    database.sqlite.close();
  });

  it('keeps a list the station imported, and only adds the MoH rules to its codes', () => {
    const database = oldStation('import');
    seedStarterCatalogs(database.db, database.resourcesDir, '2026-06-01T00:00:00Z');
    expect(database.sqlite.prepare('SELECT count(*) AS n FROM icd10').get()).toEqual({
      n: old.codes.length,
    });
    expect(
      database.sqlite.prepare("SELECT name, age_lists FROM icd10 WHERE code = 'I10'").get(),
    ).toEqual({ name: 'Tên cũ I10', age_lists: 'A3.6' });
    database.sqlite.close();
  });
});
