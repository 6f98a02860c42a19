import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { openConnection } from '../../db/cipher';
import { applyMigrations, loadMigrations } from '../../db/migrate';
import { createBackend } from '../../electron/backend/backend';
import { appPaths, DATABASE_FILE } from '../../electron/backend/paths';
import { expectOk, tempDir, TEST_SCRYPT } from '../helpers/backend';
import { checkIn } from '../helpers/billing';
import { moneyClinic, payInFull, visitAtPharmacy } from '../helpers/money';

// One test per migration, in the style of the users test in migrations.test.ts: a database
// migrated to N−1 gets real rows, is migrated to N, and the rows come out as they went in.
// The rows are what Tram itself wrote while a station worked a day (visits, dispensing,
// payments, a refund, a void, a stock-take, a failed print, a claim export), cut down to the
// columns each older schema had.

const MIGRATIONS = appPaths('unused').migrationsDir;
const known = loadMigrations(MIGRATIONS);
const tags = (
  JSON.parse(fs.readFileSync(path.join(MIGRATIONS, 'meta', '_journal.json'), 'utf8')) as {
    entries: { tag: string }[];
  }
).entries.map((e) => e.tag);

type Row = Record<string, unknown>;

/**
 * Tables a station's ordinary day does not write: LAN pairing, monthly reports and their
 * bundles, and the district's side (tests/integration/workstation, reports-*, bundles-*,
 * district tests carry rows through those rooms).
 */
const NOT_IN_A_DAY = new Set([
  'workstations',
  'bundle_exports',
  'received_bundles',
  'station_reports',
  'station_values',
  'stations',
  'visit_referrals',
  'report_entries',
  'report_reopenings',
  'report_submissions',
]);

/** Tables and their rows, without SQLite's and FTS5's own and drizzle's bookkeeping. */
function tablesOf(sqlite: Database.Database): string[] {
  return (
    sqlite
      .prepare(
        `SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%'
         AND name NOT GLOB 'sqlite_*' AND name NOT GLOB '*_fts*' AND name <> '__drizzle_migrations'`,
      )
      .pluck()
      .all() as string[]
  ).sort();
}

function columnsOf(sqlite: Database.Database, table: string): string[] {
  return (sqlite.pragma(`table_info(${table})`) as { name: string }[]).map((c) => c.name);
}

function rowsOf(sqlite: Database.Database, table: string, columns: readonly string[]): Row[] {
  const list = columns.map((c) => `"${c}"`).join(', ');
  return sqlite.prepare(`SELECT ${list} FROM "${table}" ORDER BY rowid`).all() as Row[];
}

/** A station's day, as Tram wrote it, in a file of the newest schema. */
async function workedDay(): Promise<Database.Database> {
  const clinic = await moneyClinic();
  const { call, pharmacist, cashier, supervisor, doctor } = clinic;
  const pay = async (visitId: number) => (await payInFull(clinic, visitId)).paid;
  // A visit paid then voided, one paid then partly returned and refunded, one waiting.
  const voided = await visitAtPharmacy(clinic, {
    services: [{ code: 'XN01', unitPrice: 150_000 }],
    drugs: [{ drugId: clinic.drugId, quantity: 500, unitPrice: 800 }],
  });
  expectOk(
    await call('stock.dispense', { prescriptionId: voided.prescriptionId }, pharmacist.token),
  );
  const paid = await pay(voided.visitId);
  expectOk(
    await call(
      'billing.void',
      { paymentId: paid.receipt?.id ?? 0, reason: 'Thu nhầm người' },
      supervisor.token,
    ),
  );
  await pay(voided.visitId);
  const returned = await visitAtPharmacy(clinic, {
    services: [{ code: 'XN01', unitPrice: 150_000 }],
    drugs: [{ drugId: clinic.drugId, quantity: 500, unitPrice: 800 }],
  });
  expectOk(
    await call(
      'stock.dispense',
      {
        prescriptionId: returned.prescriptionId,
        lines: [{ itemId: returned.itemIds[0] ?? 0, quantity: 400 }],
      },
      pharmacist.token,
    ),
  );
  expectOk(
    await call(
      'stock.closeOwed',
      { itemId: returned.itemIds[0] ?? 0, reason: 'Không lấy nữa' },
      pharmacist.token,
    ),
  );
  const invoice = await pay(returned.visitId);
  const [item] = expectOk(
    await call('stock.prescription', { prescriptionId: returned.prescriptionId }, pharmacist.token),
  ).items;
  expectOk(
    await call(
      'stock.return',
      { itemId: item?.itemId ?? 0, batchId: item?.given[0]?.batchId ?? 0, quantity: 100 },
      pharmacist.token,
    ),
  );
  expectOk(
    await call(
      'billing.refund',
      { invoiceId: invoice.invoiceId, requestId: randomUUID() },
      supervisor.token,
    ),
  );
  const waiting = await visitAtPharmacy(clinic, {
    drugs: [{ drugId: clinic.drugId, quantity: 30, unitPrice: 800 }],
  });
  expectOk(
    await call('stock.dispense', { prescriptionId: waiting.prescriptionId }, pharmacist.token),
  );
  expectOk(
    await call(
      'visits.recordVitals',
      { visitId: (await checkIn(clinic, 'fee')).visitId, pulse: 78, weightKg: 61.5 },
      doctor.token,
    ),
  );
  expectOk(await call('catalog.icd.favourite', { code: 'I10', favourite: true }, doctor.token));
  expectOk(
    await call('stock.setMinimum', { drugId: clinic.drugId, minimum: 500 }, pharmacist.token),
  );
  const count = expectOk(await call('stock.count.start', {}, pharmacist.token));
  expectOk(
    await call(
      'stock.count',
      { countId: count.id, lines: [{ batchId: count.lines[0]?.batchId ?? 0, counted: 99_000 }] },
      pharmacist.token,
    ),
  );
  expectOk(
    await call(
      'stock.count.confirm',
      { countId: count.id, reason: 'Kiểm kê tháng' },
      pharmacist.token,
    ),
  );
  expectOk(
    await call('devices.printers.save', {
      name: 'Quầy thu ngân',
      widthDots: 576,
      transport: { kind: 'tcp', host: '127.0.0.1', port: 9 },
      cut: true,
      timeoutSeconds: 1,
      roles: ['receipt'],
    }),
  );
  await call('devices.print', { document: { kind: 'receipt', id: paid.receipt?.id ?? 0 } });
  expectOk(
    await call('claims.exportXml130', { from: '2026-11-01', to: '2026-11-30' }, cashier.token),
  );
  expectOk(await call('claims.reopenMonth', { month: '2026-11', reason: 'Sửa hồ sơ' }));
  const copy = path.join(tempDir(), 'day.sqlite');
  clinic.backend.services.sqlite.prepare('VACUUM INTO ?').run(copy);
  // The backup-style copy keeps the station's key.
  return openConnection(copy, clinic.backend.key);
}

/**
 * Rows Tram wrote that an older schema's own rules refuse: refunds came with 0008, so a
 * database from before it cannot hold one.
 */
function olderSchemaRefuses(step: number, table: string, row: Row): boolean {
  return step <= tags.indexOf('0008_money') && table === 'payments' && row.kind === 'refund';
}

/** Copies the day's rows into a database migrated to `step` migrations, column by column. */
function fileAt(day: Database.Database, step: number): { sqlite: Database.Database; file: string } {
  const dir = tempDir('tram-migrate-');
  const file = path.join(dir, DATABASE_FILE);
  const sqlite = new Database(file);
  applyMigrations(sqlite, known, step);
  // Tables copy in name order; the migration's own foreign_key_check judges the result.
  sqlite.pragma('foreign_keys = OFF');
  sqlite.transaction(() => {
    for (const table of tablesOf(sqlite)) {
      const columns = columnsOf(sqlite, table);
      const insert = sqlite.prepare(
        `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(', ')})
         VALUES (${columns.map(() => '?').join(', ')})`,
      );
      for (const row of rowsOf(day, table, columns)) {
        if (olderSchemaRefuses(step, table, row)) continue;
        // Before the claims migration, unit prices were whole dong.
        const stored =
          step <= CLAIMS_STEP ? scaleUnitPrices(table, row, (price) => price / 1000) : row;
        insert.run(...columns.map((c) => stored[c]));
      }
    }
  })();
  expect(sqlite.pragma('foreign_key_check')).toEqual([]);
  sqlite.pragma('foreign_keys = ON');
  return { sqlite, file };
}

/** The claims migration's index: the files before it keep unit prices in whole dong. */
const CLAIMS_STEP = tags.findIndex((t) => t.endsWith('_claims'));

/** Unit-price columns the claims migration turns into thousandths of a dong (amounts stay). */
const UNIT_PRICES: Readonly<Record<string, readonly string[]>> = {
  drugs: ['price', 'insured_price'],
  services: ['price', 'insured_price'],
  service_orders: ['unit_price', 'insured_price'],
  prescription_items: ['unit_price', 'insured_price'],
  invoice_lines: ['unit_price', 'insured_unit_price'],
};

function scaleUnitPrices(table: string, row: Row, scale: (price: number) => number): Row {
  const copy = { ...row };
  for (const column of UNIT_PRICES[table] ?? []) {
    const value = copy[column];
    if (typeof value === 'number') copy[column] = scale(value);
  }
  return copy;
}

let day: Database.Database;

beforeAll(async () => {
  day = await workedDay();
}, 120_000);

describe('every migration carries real rows', () => {
  it('0000_foundation: creates the tables a fresh file needs; its rules hold on real rows', () => {
    const { sqlite } = fileAt(day, 1);
    expect(tablesOf(sqlite)).toEqual(['audit_log', 'sequences', 'settings', 'users']);
    for (const table of tablesOf(sqlite)) {
      expect(rowsOf(sqlite, table, columnsOf(sqlite, table)).length).toBeGreaterThan(0);
    }
    expect(() => sqlite.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
    sqlite.close();
  });

  for (let step = 1; step < known.length; step++) {
    const tag = tags[step] ?? String(step);
    it(`${tag}: rows of ${tags[step - 1]} come through unchanged`, () => {
      const { sqlite } = fileAt(day, step);
      const before = new Map(
        tablesOf(sqlite).map((t) => {
          const columns = columnsOf(sqlite, t);
          return [t, { columns, rows: rowsOf(sqlite, t, columns) }];
        }),
      );
      // Every table had rows when the migration ran: nothing is carried empty, except the
      // tables a station's working day leaves empty (their branches' own tests fill them).
      for (const [table, { rows }] of before) {
        if (NOT_IN_A_DAY.has(table)) continue;
        expect(rows.length, `${table} before ${tag}`).toBeGreaterThan(0);
      }
      applyMigrations(sqlite, known, step + 1);
      for (const [table, { columns, rows }] of before) {
        expect(rowsOf(sqlite, table, columns), `${table} after ${tag}`).toEqual(
          step === CLAIMS_STEP
            ? rows.map((row) => scaleUnitPrices(table, row, (price) => price * 1000))
            : rows,
        );
      }
      expect(sqlite.pragma('foreign_key_check')).toEqual([]);
      expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
      sqlite.close();
    });
  }

  it('0006 and 0008: new columns take their defaults, the rebuilt payments keep their rules', () => {
    const at6 = fileAt(day, tags.indexOf('0006_billing'));
    applyMigrations(at6.sqlite, known, tags.indexOf('0006_billing') + 1);
    expect(
      at6.sqlite.prepare('SELECT DISTINCT cashier_supervisor FROM users').pluck().all(),
    ).toEqual([0]);
    at6.sqlite.close();

    const at8 = fileAt(day, tags.indexOf('0008_money'));
    const paymentIds = at8.sqlite.prepare('SELECT max(id) FROM payments').pluck().get() as number;
    applyMigrations(at8.sqlite, known, known.length);
    const { sqlite } = at8;
    expect(() => sqlite.prepare('UPDATE payments SET amount = 1').run()).toThrow(/append-only/);
    expect(() => sqlite.prepare('DELETE FROM payments').run()).toThrow(/append-only/);
    const [shift] = sqlite.prepare('SELECT id FROM shifts').pluck().all() as number[];
    // The next payment continues the ids; a void must still reverse a row of its own invoice.
    const next = sqlite
      .prepare(
        `INSERT INTO payments (invoice_id, shift_id, kind, method, amount, receipt_book,
           receipt_number, reason, cashier_id, at)
         SELECT invoice_id, ?, 'refund', 'cash', -1, '01', 99, 'thử', cashier_id, 'now'
         FROM payments LIMIT 1 RETURNING id`,
      )
      .pluck()
      .get(shift) as number;
    expect(next).toBeGreaterThan(paymentIds);
    expect(() =>
      sqlite
        .prepare(
          `INSERT INTO payments (invoice_id, shift_id, kind, method, amount, reverses_id, reason,
             cashier_id, at) VALUES (999, ?, 'void', 'cash', 1, ?, 'x', 1, 'now')`,
        )
        .run(shift, next),
    ).toThrow(/reverses one payment or refund/);
    sqlite.close();
  });

  it('a database from before 0008 opens in this Tram with every bill at the desk priced', () => {
    // The older Tram priced a bill only when the cashier opened it: take one away.
    const step = tags.indexOf('0008_money');
    const { sqlite, file } = fileAt(day, step);
    const waiting = sqlite
      .prepare("SELECT id FROM visits WHERE status = 'awaiting_payment'")
      .pluck()
      .get() as number;
    const invoice = sqlite
      .prepare('SELECT id FROM invoices WHERE visit_id = ?')
      .pluck()
      .get(waiting) as number;
    sqlite.prepare('DELETE FROM invoice_lines WHERE invoice_id = ?').run(invoice);
    sqlite.prepare('DELETE FROM invoices WHERE id = ?').run(invoice);
    sqlite.close();
    const backend = createBackend({
      dataDir: path.dirname(file),
      version: '0.0.0-test',
      scryptCost: TEST_SCRYPT,
      clock: () => new Date('2026-11-27T02:00:00.000Z'),
    });
    try {
      const priced = backend.services.sqlite
        .prepare('SELECT total FROM invoices WHERE visit_id = ?')
        .pluck()
        .get(waiting);
      expect(priced).toBe(30 * 800);
      const entry = backend.services.sqlite
        .prepare("SELECT detail FROM audit_log WHERE action = 'billing.backfill'")
        .pluck()
        .get() as string;
      expect(JSON.parse(entry)).toMatchObject({ repriced: [{ total: 24_000 }], skipped: [] });
    } finally {
      backend.close();
    }
  });
});
