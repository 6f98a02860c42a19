import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyMigrations, loadMigrations } from '../../db/migrate';
import { appPaths } from '../../electron/backend/paths';
import { tempDir } from '../helpers/backend';

const dir = appPaths('unused').migrationsDir;
const known = loadMigrations(dir);
const journal = JSON.parse(fs.readFileSync(path.join(dir, 'meta', '_journal.json'), 'utf8')) as {
  entries: { tag: string }[];
};
/** This branch's migration, wherever the integrator numbers it. */
const CLAIMS = journal.entries.findIndex((e) => e.tag.endsWith('_claims')) + 1;

/** Rows of every table whose unit prices change unit, written as the migration before wrote them. */
function seedBefore(sqlite: Database.Database): void {
  const at = '2026-11-26T02:00:00.000Z';
  sqlite.exec(`
    INSERT INTO users (id, username, full_name, password_hash, roles, created_at, updated_at)
      VALUES (1, 'bs', 'Trần Văn Bình', 'scrypt$x', '["doctor"]', '${at}', '${at}');
    INSERT INTO patients (id, code, full_name, name_folded, sex, birth_year, created_at, updated_at)
      VALUES (1, '01001-2026-000001', 'Nguyễn Văn An', 'nguyen van an', 'male', 1985, '${at}', '${at}');
    INSERT INTO visits (id, patient_id, visit_date, queue_number, kind, bhyt_code, created_at, status_changed_at)
      VALUES (1, 1, '2026-11-26', 1, 'bhyt', 'HT3010120878811', '${at}', '${at}');
    INSERT INTO drugs (id, code, natural_key, name, name_folded, ingredients, ingredient_text,
        ingredient_folded, multi_ingredient, unit, price, insured_price, created_at, updated_at)
      VALUES (1, '40.17', '40.17|VD-1', 'Hapacol', 'hapacol', '[{"name":"Paracetamol","strength":"500mg"}]',
        'Paracetamol', 'paracetamol', 0, 'Viên', 800, 800, '${at}', '${at}');
    INSERT INTO services (id, code, name, name_folded, price, insured_price, created_at, updated_at)
      VALUES (1, 'KB01', 'Khám bệnh', 'kham benh', 30000, 30000, '${at}', '${at}'),
             (2, 'XN99', 'Xét nghiệm riêng', 'xet nghiem rieng', 15000, NULL, '${at}', '${at}');
    INSERT INTO service_orders (id, visit_id, service_id, unit_price, insured_price, insurance_ratio,
        scope, ordered_by, ordered_at)
      VALUES (1, 1, 1, 30000, 30000, 100, 1, 1, '${at}');
    INSERT INTO prescriptions (id, visit_id, code, prescribed_by, created_at, updated_at)
      VALUES (1, 1, '01001A000001-c', 1, '${at}', '${at}');
    INSERT INTO prescription_items (id, prescription_id, position, drug_id, days, quantity, unit,
        usage, unit_price, insured_price, insurance_ratio, scope)
      VALUES (1, 1, 0, 1, 10, 10, 'Viên', 'Sáng 1 viên', 800, NULL, 100, 1);
    INSERT INTO invoices (id, visit_id, patient_id, total, insurance_pays, co_pay, patient_pays,
        other_sources, patient_due, coverage_status, benefit_percent, low_cost_applied,
        low_cost_threshold, reasons, computed_at, created_at)
      VALUES (1, 1, 1, 38000, 38000, 0, 0, 0, 0, 'covered', 100, 1, 351000, '[]', '${at}', '${at}');
    INSERT INTO invoice_lines (invoice_id, position, kind, ref_id, item_id, code, name, unit,
        quantity, unit_price, insured_unit_price, coverage_ratio, scope, covered, benefit_percent,
        insured_amount, total, insurance_pays, co_pay, patient_pays, other_sources, notes)
      VALUES (1, 0, 'service', 1, 1, 'KB01', 'Khám bệnh', 'lần', 1, 30000, 30000, 100, 1, 1, 100,
        30000, 30000, 30000, 0, 0, 0, '[]'),
             (1, 1, 'drug', 1, 1, '40.17', 'Hapacol', 'Viên', 10, 800, 800, 100, 1, 1, 100,
        8000, 8000, 8000, 0, 0, 0, '[]');
    -- Issue 11's money is whole dong: a payment, a refund and an export's totals stay as they are.
    INSERT INTO shifts (id, scope, opened_at, opened_by) VALUES (1, 'station', '${at}', 1);
    INSERT INTO payments (id, invoice_id, shift_id, kind, method, amount, tendered, change,
        receipt_book, receipt_number, cashier_id, at)
      VALUES (1, 1, 1, 'payment', 'cash', 38000, 50000, 12000, 'BL', 1, 1, '${at}');
    INSERT INTO payments (id, invoice_id, shift_id, kind, method, amount, receipt_book,
        receipt_number, reason, cashier_id, at)
      VALUES (2, 1, 1, 'refund', 'cash', -800, 'PC', 1, 'Trả thuốc', 1, '${at}');
    INSERT INTO claim_exports (id, "from", "to", at, user_id, count, file_sha256)
      VALUES (1, '2026-11-01', '2026-11-30', '${at}', 1, 1, 'ab');
    INSERT INTO claim_export_visits (export_id, visit_id, link, resent, total, insurance_pays)
      VALUES (1, 1, '202611260001', 0, 38000, 38000);
  `);
}

describe('the claims migration', () => {
  it('turns unit prices into thousandths of a dong and keeps every amount as it was', () => {
    expect(CLAIMS).toBeGreaterThan(1);
    const sqlite = new Database(path.join(tempDir(), 'claims.sqlite'));
    applyMigrations(sqlite, known, CLAIMS - 1);
    seedBefore(sqlite);
    const amounts = (): unknown => [
      sqlite.prepare('SELECT total, insurance_pays, co_pay FROM invoice_lines ORDER BY id').all(),
      sqlite.prepare('SELECT total, insurance_pays, patient_due FROM invoices').all(),
      sqlite.prepare('SELECT amount, tendered, change FROM payments ORDER BY id').all(),
      sqlite.prepare('SELECT total, insurance_pays FROM claim_export_visits').all(),
    ];
    const before = amounts();
    applyMigrations(sqlite, known, CLAIMS);

    const pick = (sql: string): unknown => sqlite.prepare(sql).all();
    expect(pick('SELECT price, insured_price, tender_info, rx_type FROM drugs')).toEqual([
      { price: 800_000, insured_price: 800_000, tender_info: null, rx_type: 'c' },
    ]);
    expect(
      pick('SELECT code, price, insured_price, example, result_indices FROM services'),
    ).toEqual([
      {
        code: 'KB01',
        price: 30_000_000,
        insured_price: 30_000_000,
        example: 1,
        result_indices: '[]',
      },
      { code: 'XN99', price: 15_000_000, insured_price: null, example: 0, result_indices: '[]' },
    ]);
    expect(pick('SELECT unit_price, insured_price, result_values FROM service_orders')).toEqual([
      { unit_price: 30_000_000, insured_price: 30_000_000, result_values: null },
    ]);
    expect(pick('SELECT unit_price, insured_price FROM prescription_items')).toEqual([
      { unit_price: 800_000, insured_price: null },
    ]);
    expect(pick('SELECT unit_price, insured_unit_price FROM invoice_lines ORDER BY id')).toEqual([
      { unit_price: 30_000_000, insured_unit_price: 30_000_000 },
      { unit_price: 800_000, insured_unit_price: 800_000 },
    ]);
    expect(amounts()).toEqual(before);
    expect(before).toEqual([
      [
        { total: 30_000, insurance_pays: 30_000, co_pay: 0 },
        { total: 8_000, insurance_pays: 8_000, co_pay: 0 },
      ],
      [{ total: 38_000, insurance_pays: 38_000, patient_due: 0 }],
      [
        { amount: 38_000, tendered: 50_000, change: 12_000 },
        { amount: -800, tendered: null, change: null },
      ],
      [{ total: 38_000, insurance_pays: 38_000 }],
    ]);
    // The ledgers stay append-only after the migration.
    expect(() => sqlite.prepare('UPDATE payments SET amount = 1').run()).toThrow(/append-only/);
    expect(() => sqlite.prepare('DELETE FROM claim_export_visits').run()).toThrow(/append-only/);
    expect(
      pick('SELECT nationality_code, occupation_code, old_ward_code, occupation FROM patients'),
    ).toEqual([
      { nationality_code: null, occupation_code: null, old_ward_code: null, occupation: null },
    ]);
    expect(pick('SELECT count(*) AS n FROM gateway_outbox')).toEqual([{ n: 0 }]);
    sqlite.close();
  });
});
