import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../electron/backend/errors';
import { adjustBatch, writeOffExpired } from '../../electron/backend/pharmacy/adjustments';
import {
  dispense,
  returnToBatch,
  type DispenseWriter,
} from '../../electron/backend/pharmacy/dispense';
import { itemState } from '../../electron/backend/pharmacy/items';
import { movementReport } from '../../electron/backend/pharmacy/movement-report';
import { ledgerMismatches } from '../../electron/backend/pharmacy/movements';
import { receiveGoods } from '../../electron/backend/pharmacy/receive';
import type { MovementReport } from '../../shared/api';
import { addDays, localDate } from '../../shared/domain/dates';
import { insertPrescription } from '../helpers/clinical';
import { pharmacyClinic } from '../helpers/pharmacy';

/** What a station does to its store, in any order and any amount. */
const command = fc.oneof(
  fc.record({
    kind: fc.constant('receive' as const),
    drug: fc.nat(1),
    lot: fc.nat(2),
    months: fc.integer({ min: 0, max: 4 }),
    quantity: fc.integer({ min: 1, max: 60 }),
  }),
  fc.record({
    kind: fc.constant('dispense' as const),
    drug: fc.nat(1),
    quantity: fc.integer({ min: 1, max: 80 }),
  }),
  fc.record({
    kind: fc.constant('return' as const),
    pick: fc.nat(),
    quantity: fc.integer({ min: 1, max: 10 }),
  }),
  fc.record({
    kind: fc.constant('adjust' as const),
    pick: fc.nat(),
    quantity: fc.integer({ min: -30, max: 30 }).filter((q) => q !== 0),
  }),
  fc.record({ kind: fc.constant('writeOff' as const) }),
  fc.record({ kind: fc.constant('days' as const), days: fc.integer({ min: 1, max: 45 }) }),
);

type Command = typeof command extends fc.Arbitrary<infer C> ? C : never;

function checkRow(report: MovementReport): void {
  for (const row of [...report.rows, { ...report.totals, drugId: 0 }]) {
    for (const unit of ['quantity', 'value'] as const) {
      expect(
        row.opening[unit] +
          row.received[unit] -
          row.dispensed[unit] -
          row.writtenOff[unit] +
          row.adjusted[unit],
        `drug ${row.drugId} ${unit}`,
      ).toBe(row.closing[unit]);
    }
  }
}

describe('the stock ledger', () => {
  it('keeps the cached on-hand equal to the ledger, and opening + in − out = closing over any period', async () => {
    const clinic = await pharmacyClinic();
    const { db, sqlite } = clinic.backend.services;
    const drugIds = [clinic.drugs.paracetamol, clinic.drugs.amlodipine];
    const patientId = sqlite.prepare('SELECT id FROM patients LIMIT 1').pluck().get() as
      number | undefined;
    const patient =
      patientId ?? (await clinic.prescribe([{ drugId: drugIds[0]!, quantity: 1 }])).patientId;
    let now = new Date('2026-11-26T02:00:00.000Z');
    let queue = 1000;
    const items: number[] = [];

    const writer = (): DispenseWriter => ({ db, sqlite, now, userId: 1 });
    /** Each command in its own transaction, as the dispatcher runs it; refusals roll back. */
    const attempt = (run: () => void): void => {
      try {
        sqlite.transaction(run)();
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
      }
    };
    const batchIds = (): number[] =>
      sqlite.prepare('SELECT id FROM stock_batches ORDER BY id').pluck().all() as number[];

    const apply = (c: Command): void => {
      const today = localDate(now);
      switch (c.kind) {
        case 'receive':
          attempt(() => {
            receiveGoods(writer(), {
              supplier: undefined,
              invoiceNo: undefined,
              note: undefined,
              lines: [
                {
                  drugId: drugIds[c.drug]!,
                  lot: `L${c.lot}`,
                  expiry: addDays(today, 20 + c.months * 30),
                  quantity: c.quantity,
                  unitCost: 300 + c.drug * 200,
                },
              ],
            });
          });
          break;
        case 'dispense':
          attempt(() => {
            queue += 1;
            const visitId = Number(
              sqlite
                .prepare(
                  `INSERT INTO visits (patient_id, visit_date, queue_number, kind, status,
                     created_at, status_changed_at)
                   VALUES (?, ?, ?, 'fee', 'awaiting_pharmacy', ?, ?)`,
                )
                .run(patient, today, queue, now.toISOString(), now.toISOString()).lastInsertRowid,
            );
            const { prescriptionId, itemIds } = insertPrescription(sqlite, {
              visitId,
              items: [{ drugId: drugIds[c.drug]!, quantity: c.quantity }],
            });
            items.push(...itemIds);
            dispense(writer(), { prescriptionId });
          });
          break;
        case 'return': {
          const itemId = items[c.pick % Math.max(1, items.length)];
          if (itemId === undefined) break;
          const given = itemState(sqlite, itemId).dispensed;
          const batch = sqlite
            .prepare(
              `SELECT batch_id FROM stock_movements WHERE prescription_item_id = ?
               GROUP BY batch_id HAVING -sum(quantity) > 0 LIMIT 1`,
            )
            .pluck()
            .get(itemId) as number | undefined;
          if (given === 0 || batch === undefined) break;
          attempt(() => {
            returnToBatch(writer(), {
              itemId,
              batchId: batch,
              quantity: c.quantity,
              reason: undefined,
              reissue: c.quantity % 2 === 0,
            });
          });
          break;
        }
        case 'adjust': {
          const ids = batchIds();
          const batchId = ids[c.pick % Math.max(1, ids.length)];
          if (batchId !== undefined) {
            attempt(() => {
              adjustBatch(writer(), batchId, c.quantity, 'Kiểm tra');
            });
          }
          break;
        }
        case 'writeOff': {
          const expired = sqlite
            .prepare('SELECT id FROM stock_batches WHERE expiry < ? AND on_hand > 0')
            .pluck()
            .all(today) as number[];
          if (expired.length > 0) {
            attempt(() => {
              writeOffExpired(writer(), expired, undefined);
            });
          }
          break;
        }
        case 'days':
          now = new Date(now.getTime() + c.days * 86_400_000);
          break;
      }
    };

    fc.assert(
      fc.property(fc.array(command, { minLength: 1, maxLength: 25 }), fc.nat(), (commands, cut) => {
        const start = localDate(now);
        for (const c of commands) apply(c);
        const end = localDate(now);
        expect(ledgerMismatches(sqlite)).toEqual([]);
        expect(
          sqlite.prepare('SELECT count(*) FROM stock_batches WHERE on_hand < 0').pluck().get(),
        ).toBe(0);

        // Any split of the run's days: the first part's closing is the second part's opening.
        const days = Math.round((Date.parse(end) - Date.parse(start)) / 86_400_000);
        const split = addDays(start, days === 0 ? 0 : cut % days);
        const whole = movementReport(sqlite, start, end);
        const first = movementReport(sqlite, start, split);
        const second = movementReport(sqlite, addDays(split, 1), addDays(end, 1));
        for (const report of [whole, first, second]) checkRow(report);
        for (const row of first.rows) {
          const next = second.rows.find((r) => r.drugId === row.drugId);
          expect(next?.opening ?? { quantity: 0, value: 0 }).toEqual(row.closing);
        }
        // The closing balance is what the batches hold now.
        const onHand = sqlite
          .prepare(
            `SELECT drug_id AS drugId, sum(on_hand) AS quantity, sum(on_hand * unit_cost) AS value
             FROM stock_batches GROUP BY drug_id HAVING sum(on_hand) <> 0 ORDER BY drug_id`,
          )
          .all() as { drugId: number; quantity: number; value: number }[];
        expect(
          whole.rows
            .filter((r) => r.closing.quantity !== 0)
            .map((r) => ({ drugId: r.drugId, ...r.closing }))
            .sort((a, b) => a.drugId - b.drugId),
        ).toEqual(onHand);
        // Time moves on between runs, so each run's period starts after the last one's.
        now = new Date(now.getTime() + 2 * 86_400_000);
      }),
      { numRuns: 40 },
    );
  });
});
