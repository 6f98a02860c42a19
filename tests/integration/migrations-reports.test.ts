import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyMigrations, loadMigrations } from '../../db/migrate';
import { appPaths } from '../../electron/backend/paths';
import { tempDir } from '../helpers/backend';

const MIGRATIONS = appPaths('unused').migrationsDir;

/** How many migrations come before the reports one (found by its tag: numbers shift at merge). */
function stepsBefore(tagSuffix: string): number {
  const journal = JSON.parse(
    fs.readFileSync(path.join(MIGRATIONS, 'meta', '_journal.json'), 'utf8'),
  ) as { entries: { idx: number; tag: string }[] };
  const entry = journal.entries.find((e) => e.tag.endsWith(tagSuffix));
  if (!entry) throw new Error(`no migration ${tagSuffix}`);
  return entry.idx;
}

const rows = (sqlite: Database.Database, table: string): unknown[] =>
  sqlite.prepare(`SELECT * FROM ${table} ORDER BY rowid`).all();

describe('migration reports (referrals, report definitions, entries, submissions)', () => {
  it('carries patients, visits and diagnoses through, and its new tables keep their rules', () => {
    const known = loadMigrations(MIGRATIONS);
    const before = stepsBefore('_reports_bundles');
    const sqlite = new Database(path.join(tempDir(), 'reports.sqlite'));
    applyMigrations(sqlite, known, before);
    sqlite.exec(`
      INSERT INTO users (username, full_name, password_hash, roles, created_at, updated_at)
        VALUES ('admin', 'Nguyễn Thị Hoa', 'scrypt$x', '["admin"]', 'now', 'now');
      INSERT INTO patients (code, full_name, name_folded, sex, birth_year, created_at, updated_at)
        VALUES ('01001-2026-000001', 'Lê Văn Bình', 'le van binh', 'male', 1960, 'now', 'now');
      INSERT INTO visits (patient_id, visit_date, queue_number, kind, status, created_at, status_changed_at)
        VALUES (1, '2026-11-02', 1, 'fee', 'done', '2026-11-02T01:00:00.000Z', '2026-11-02T01:00:00.000Z');
      INSERT INTO icd10 (code, name, search_text, source, updated_at)
        VALUES ('I10', 'Tăng huyết áp vô căn', 'tang huyet ap', 'starter', 'now');
      INSERT INTO visit_diagnoses (visit_id, position, icd_code) VALUES (1, 0, 'I10');
    `);
    const tables = ['users', 'patients', 'visits', 'visit_diagnoses'];
    const kept = tables.map((t) => rows(sqlite, t));

    applyMigrations(sqlite, known, before + 1);
    expect(tables.map((t) => rows(sqlite, t))).toEqual(kept);

    // The new tables take rows, and refuse what the reports room relies on never happening.
    sqlite.exec(`
      INSERT INTO visit_referrals (visit_id, to_facility_code, to_facility_name, reason, referred_by, referred_at)
        VALUES (1, '01002', 'Bệnh viện huyện', 'Tăng huyết áp khó kiểm soát', 1, 'now');
      INSERT INTO report_definitions (code, version, name, effective_from, content, sha256, source, imported_at)
        VALUES ('TT37-XA-THANG', 1, 'Báo cáo', '2020-04-01', '{}', 'abc', 'shipped', 'now');
      INSERT INTO report_submissions (dataset, period, org_unit, revision, definition_version,
          definition_sha256, "values", due_date, submitted_by, submitted_at)
        VALUES ('TT37-XA-THANG', '202611', '01001', 1, 1, 'abc', '[]', '2026-12-07', 1, 'now');
    `);
    const refused = (statement: string) => () => sqlite.exec(statement);
    expect(refused("UPDATE report_definitions SET name = 'x'")).toThrow(/append-only/);
    expect(refused('UPDATE report_submissions SET "values" = \'[1]\'')).toThrow(/append-only/);
    expect(refused('DELETE FROM report_submissions')).toThrow(/append-only/);
    const second = `INSERT INTO report_submissions (dataset, period, org_unit, revision,
        definition_version, definition_sha256, "values", due_date, submitted_by, submitted_at)
      VALUES ('TT37-XA-THANG', '202611', '01001', 2, 1, 'abc', '[]', '2026-12-07', 1, 'now')`;
    expect(refused(second)).toThrow(/follows a reopened one/);
    sqlite.exec(
      "INSERT INTO report_reopenings (submission_id, reason, reopened_by, reopened_at) VALUES (1, 'Sai số dân', 1, 'now')",
    );
    sqlite.exec(second);
    expect(refused("UPDATE report_reopenings SET reason = 'x'")).toThrow(/append-only/);
    expect(sqlite.prepare('SELECT count(*) AS n FROM report_submissions').get()).toEqual({ n: 2 });
    sqlite.close();
  });
});
