import type Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEFAULT_SCRYPT_COST } from '../../electron/backend/auth/passwords';
import { createBackend, type Backend } from '../../electron/backend/backend';
import { dispense as dispenseStock } from '../../electron/backend/pharmacy/dispense';
import { ledgerMismatches } from '../../electron/backend/pharmacy/movements';
import { addDays, localDate } from '../../shared/domain/dates';
import { timeIt, type BenchResult } from './measure';

/** A seeded generator (mulberry32), so every run measures the same data. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

async function withBackend<T>(run: (backend: Backend, token: string) => Promise<T>): Promise<T> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tram-bench-'));
  const backend = createBackend({ dataDir, version: 'bench', scryptCost: DEFAULT_SCRYPT_COST });
  try {
    const setup = await backend.dispatcher.invoke('auth.setup', {
      facility: { name: 'Trạm Y tế xã An Bình', code: '01001', address: '' },
      admin: { username: 'admin', fullName: 'Quản trị', password: 'matkhau-admin' },
      setupCode: backend.setupCode ?? '',
    });
    if (!setup.ok) throw new Error(setup.error.message);
    return await run(backend, setup.value.token);
  } finally {
    backend.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

/** `count` drugs straight into the catalogue (names are not what is measured). */
function seedDrugs(sqlite: Database.Database, count: number, at: string): number[] {
  const insert = sqlite.prepare(
    `INSERT INTO drugs (code, natural_key, name, name_folded, ingredients, ingredient_text,
       ingredient_folded, multi_ingredient, strength, unit, price, insured_price, created_at,
       updated_at)
     VALUES (?, ?, ?, ?, '[{"name":"Hoat chat","strength":"500mg"}]', 'Hoat chat', 'hoat chat',
       0, '500mg', 'Viên', 1000, 1000, ?, ?)`,
  );
  return Array.from({ length: count }, (_, i) =>
    Number(
      insert.run(`40.${i}`, `40.${i}|VD-${i}`, `Thuốc ${i}`, `thuoc ${i}`, at, at).lastInsertRowid,
    ),
  );
}

/** A goods receipt for the seeded stock. */
function seedReceipt(sqlite: Database.Database, at: string): number {
  return Number(
    sqlite
      .prepare(
        `INSERT INTO goods_receipts (supplier, invoice_date, received_by, received_at)
         VALUES ('Công ty Dược', ?, 1, ?)`,
      )
      .run(at.slice(0, 10), at).lastInsertRowid,
  );
}

/** A patient, and visits waiting at the pharmacy with a prescription of `items` drugs each. */
function seedPrescriptions(
  sqlite: Database.Database,
  count: number,
  pick: () => { drugId: number; quantity: number }[],
  visitDate: (i: number) => string,
): { prescriptionIds: number[]; itemIds: number[][] } {
  const at = new Date().toISOString();
  const patientId = Number(
    sqlite
      .prepare(
        `INSERT INTO patients (code, full_name, name_folded, sex, birth_year, created_at,
           updated_at)
         VALUES ('01001-2026-000001', 'Nguyễn Văn An', 'nguyen van an', 'male', 1970, ?, ?)`,
      )
      .run(at, at).lastInsertRowid,
  );
  const visit = sqlite.prepare(
    `INSERT INTO visits (patient_id, visit_date, queue_number, kind, status, created_at,
       status_changed_at)
     VALUES (?, ?, ?, 'fee', 'awaiting_pharmacy', ?, ?)`,
  );
  const prescription = sqlite.prepare(
    `INSERT INTO prescriptions (visit_id, code, prescribed_by, created_at, updated_at)
     VALUES (?, ?, 1, ?, ?)`,
  );
  const item = sqlite.prepare(
    `INSERT INTO prescription_items (prescription_id, position, drug_id, dose_morning, days,
       quantity, unit, usage, unit_price, insured_price, insurance_ratio, scope)
     VALUES (?, ?, ?, '1', ?, ?, 'Viên', 'Sáng 1 viên', 1000, 1000, 100, 1)`,
  );
  const prescriptionIds: number[] = [];
  const itemIds: number[][] = [];
  for (let i = 0; i < count; i++) {
    const visitId = Number(visit.run(patientId, visitDate(i), i + 1, at, at).lastInsertRowid);
    const id = Number(
      prescription.run(visitId, `01001A${String(i).padStart(6, '0')}-c`, at, at).lastInsertRowid,
    );
    prescriptionIds.push(id);
    itemIds.push(
      pick().map(({ drugId, quantity }, position) =>
        Number(item.run(id, position, drugId, quantity, quantity).lastInsertRowid),
      ),
    );
  }
  return { prescriptionIds, itemIds };
}

const DRUGS = 5_000;
const BATCHES_PER_DRUG = 20;

/**
 * stock.dispense through the dispatcher (session, role, IMMEDIATE transaction, FEFO over the
 * drug's batches, ledger and cache writes, visit move, audit entry, fsync) with 5,000 drugs of
 * 20 batches each, a few of them expired. n is the batches in stock.
 */
export async function dispense(): Promise<BenchResult[]> {
  return withBackend(async (backend, token) => {
    const { sqlite } = backend.services;
    const today = localDate(new Date());
    const at = new Date().toISOString();
    const next = random(5);
    const samples = 500;
    const warmup = 100;
    const seeded = sqlite.transaction(() => {
      const drugIds = seedDrugs(sqlite, DRUGS, at);
      const receiptId = seedReceipt(sqlite, at);
      const batch = sqlite.prepare(
        `INSERT INTO stock_batches (drug_id, lot, expiry, unit_cost, on_hand, created_at)
         VALUES (?, ?, ?, 500, 1000, ?)`,
      );
      const movement = sqlite.prepare(
        `INSERT INTO stock_movements (batch_id, kind, quantity, goods_receipt_id, user_id, at)
         VALUES (?, 'receipt', 1000, ?, 1, ?)`,
      );
      for (const drugId of drugIds) {
        for (let b = 0; b < BATCHES_PER_DRUG; b++) {
          // Three expired batches per drug, the rest over the next two years.
          const expiry = addDays(today, b < 3 ? -30 - b : Math.floor(next() * 730) + 1);
          const batchId = Number(batch.run(drugId, `L${b}`, expiry, at).lastInsertRowid);
          movement.run(batchId, receiptId, at);
        }
      }
      return seedPrescriptions(
        sqlite,
        // One more, dispensed again and again in a transaction that is rolled back.
        samples + warmup + 1,
        () =>
          [0, 1, 2].map(() => ({
            drugId: drugIds[Math.floor(next() * drugIds.length)] ?? 1,
            quantity: 10 + Math.floor(next() * 40),
          })),
        () => today,
      );
    })();
    // Each call hands over a prescription not dispensed before (warm-up ones included).
    let k = 0;
    const figures = await timeIt(
      samples,
      async () => {
        const prescriptionId = seeded.prescriptionIds[k++] ?? 0;
        const result = await backend.dispatcher.invoke(
          'stock.dispense',
          { prescriptionId },
          { token },
        );
        if (!result.ok) throw new Error(result.error.message);
      },
      warmup,
    );
    // The handler's own work, without the commit's fsync: rolled back each time.
    const writer = { db: backend.services.db, sqlite, now: new Date(), userId: 1 };
    const rollback = new Error('rollback');
    const work = await timeIt(samples, () => {
      const prescriptionId = seeded.prescriptionIds[samples + warmup] ?? 0;
      try {
        sqlite.transaction(() => {
          dispenseStock(writer, { prescriptionId });
          throw rollback;
        })();
      } catch (error) {
        if (error !== rollback) throw error;
      }
    });
    if (ledgerMismatches(sqlite).length > 0) throw new Error('ledger and cache disagree');
    const size = { n: DRUGS * BATCHES_PER_DRUG, drugs: DRUGS, items_per_prescription: 3 };
    return [
      { bench: 'stock.dispense', ...size, part: 'dispatcher', ...figures },
      { bench: 'stock.dispense', ...size, part: 'in-transaction work, no commit', ...work },
    ];
  });
}

/** 80 visits a day with 3 drugs each, 300 drugs restocked monthly: a year of a busy station. */
const YEAR = { visitsPerDay: 80, drugs: 300 };

/** The nhập – xuất – tồn report for a whole year, on screen and as xlsx and PDF; n movements. */
export async function movementReport(): Promise<BenchResult[]> {
  return withBackend(async (backend, token) => {
    const { sqlite } = backend.services;
    const next = random(9);
    const start = '2025-01-01';
    const end = '2025-12-31';
    const counts = sqlite.transaction(() => {
      const at = new Date().toISOString();
      const drugIds = seedDrugs(sqlite, YEAR.drugs, at);
      const batch = sqlite.prepare(
        `INSERT INTO stock_batches (drug_id, lot, expiry, unit_cost, on_hand, created_at)
         VALUES (?, ?, ?, ?, 0, ?)`,
      );
      const move = sqlite.prepare(
        `INSERT INTO stock_movements (batch_id, kind, quantity, goods_receipt_id,
           prescription_item_id, reason, user_id, at)
         VALUES (?, ?, ?, ?, ?, ?, 1, ?)`,
      );
      // Each month: one receipt of a new batch per drug; that month's dispenses take from it.
      const batchOf = new Map<string, number>();
      for (let month = 1; month <= 12; month++) {
        const day = `2025-${String(month).padStart(2, '0')}-01`;
        const receiptId = seedReceipt(sqlite, `${day}T01:00:00.000Z`);
        for (const drugId of drugIds) {
          const batchId = Number(
            batch.run(drugId, `L${month}`, addDays(day, 700), 300 + (drugId % 50) * 40, at)
              .lastInsertRowid,
          );
          batchOf.set(`${drugId}:${month}`, batchId);
          move.run(batchId, 'receipt', 2000, receiptId, null, null, `${day}T01:00:00.000Z`);
        }
      }
      const days = 365;
      const { itemIds } = seedPrescriptions(
        sqlite,
        YEAR.visitsPerDay * days,
        () =>
          [0, 1, 2].map(() => ({
            drugId: drugIds[Math.floor(next() * drugIds.length)] ?? 1,
            quantity: 5 + Math.floor(next() * 25),
          })),
        (i) => addDays(start, Math.floor(i / YEAR.visitsPerDay)),
      );
      let movements = drugIds.length * 12;
      const itemDrug = sqlite.prepare<[number], { drugId: number; quantity: number }>(
        'SELECT drug_id AS drugId, quantity FROM prescription_items WHERE id = ?',
      );
      itemIds.forEach((items, i) => {
        const day = addDays(start, Math.floor(i / YEAR.visitsPerDay));
        const month = Number(day.slice(5, 7));
        const time = `${day}T0${2 + (i % 8)}:00:00.000Z`;
        for (const itemId of items) {
          const { drugId, quantity } = itemDrug.get(itemId) ?? { drugId: 0, quantity: 0 };
          const batchId = batchOf.get(`${drugId}:${month}`) ?? 0;
          move.run(batchId, 'dispense', -quantity, null, itemId, null, time);
          movements += 1;
          if (i % 97 === 0) {
            move.run(batchId, 'return', 1, null, itemId, 'Trả lại', time);
            move.run(batchId, 'adjustment', -1, null, null, 'Vỡ', time);
            movements += 2;
          }
        }
      });
      sqlite.exec(
        `UPDATE stock_batches SET on_hand =
           (SELECT coalesce(sum(quantity), 0) FROM stock_movements WHERE batch_id = stock_batches.id)`,
      );
      return { movements, prescriptions: itemIds.length };
    })();
    const results: BenchResult[] = [];
    const period = { from: start, to: end };
    const call = async (name: 'stock.movements' | 'stock.movementReport', input: object) => {
      const result = await backend.dispatcher.invoke(name, input as never, { token });
      if (!result.ok) throw new Error(result.error.message);
    };
    const size = { n: counts.movements, drugs: YEAR.drugs, prescriptions: counts.prescriptions };
    results.push({
      bench: 'stock.movements',
      period: 'year',
      ...size,
      ...(await timeIt(30, () => call('stock.movements', period), 3)),
    });
    for (const format of ['xlsx', 'pdf'] as const) {
      results.push({
        bench: 'stock.movementReport',
        format,
        period: 'year',
        ...size,
        ...(await timeIt(20, () => call('stock.movementReport', { ...period, format }), 2)),
      });
    }
    return results;
  });
}
