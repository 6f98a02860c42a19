import type Database from 'better-sqlite3';
import type { VisitKind, VisitStatus } from '../../shared/domain/queue';

/**
 * Rows for report tests written straight into a database: patients, visits on given days in
 * given states, diagnoses, referrals, lab orders, prescriptions, bills, payments at given
 * instants and dated stock movements. Each builder writes only what reports read, with the
 * columns the schema requires, so a test states exactly the month it counts.
 */
export interface FixtureVisit {
  patientId: number;
  /** Check-in day, YYYY-MM-DD (Vietnamese calendar). */
  date: string;
  kind?: VisitKind;
  status?: VisitStatus;
  priority?: 'none' | 'child' | 'elderly' | 'emergency';
  /** ICD-10 codes, primary first (added to the catalogue when missing). */
  diagnoses?: string[];
  referral?: { toFacilityCode: string; toFacilityName: string; reason: string };
  /** Lab test orders: quantities of a lab service; `cancelled` ones are not done. */
  labOrders?: { quantity: number; cancelled?: boolean }[];
  /** A prescription with one item of this drug. */
  prescribedDrugId?: number;
  invoice?: { total: number; insurancePays: number };
  /** Payments on the bill: positive amounts are payments, negative ones void the one before. */
  payments?: { at: string; amount: number }[];
}

export class ReportFixtures {
  private queue = new Map<string, number>();
  private receipts = 0;
  private shiftId: number | null = null;
  private cards = 0;

  constructor(private readonly sqlite: Database.Database) {}

  /** The admin created at setup is user 1: every row's author. */
  private readonly userId = 1;

  icd(code: string, name = `Bệnh ${code}`): void {
    this.sqlite
      .prepare(
        `INSERT OR IGNORE INTO icd10 (code, name, search_text, source, updated_at)
         VALUES (?, ?, ?, 'import', '2026-01-01T00:00:00.000Z')`,
      )
      .run(code, name, code.toLowerCase());
  }

  patient(input: { sex: 'male' | 'female'; birthDate?: string; birthYear?: number }): number {
    const birthYear = input.birthYear ?? Number(input.birthDate?.slice(0, 4));
    const n = (this.sqlite.prepare('SELECT count(*) AS n FROM patients').get() as { n: number }).n;
    return Number(
      this.sqlite
        .prepare(
          `INSERT INTO patients (code, full_name, name_folded, sex, birth_date, birth_year,
             created_at, updated_at)
           VALUES (?, ?, ?, ?, ?, ?, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')`,
        )
        .run(
          `01001-2026-${String(n + 1).padStart(6, '0')}`,
          `Người bệnh ${n + 1}`,
          `nguoi benh ${n + 1}`,
          input.sex,
          input.birthDate ?? null,
          birthYear,
        ).lastInsertRowid,
    );
  }

  private serviceId(category: string): number {
    const row = this.sqlite
      .prepare('SELECT id FROM services WHERE category = ? ORDER BY id LIMIT 1')
      .get(category) as { id: number } | undefined;
    if (!row) throw new Error(`no ${category} service`);
    return row.id;
  }

  private shift(): number {
    this.shiftId ??= Number(
      this.sqlite
        .prepare(
          "INSERT INTO shifts (scope, opened_at, opened_by) VALUES ('station', '2026-01-01T00:00:00.000Z', ?)",
        )
        .run(this.userId).lastInsertRowid,
    );
    return this.shiftId;
  }

  visit(input: FixtureVisit): number {
    const number = (this.queue.get(input.date) ?? 0) + 1;
    this.queue.set(input.date, number);
    const kind = input.kind ?? 'fee';
    const status = input.status ?? 'done';
    const createdAt = `${input.date}T01:00:00.000Z`;
    const visitId = Number(
      this.sqlite
        .prepare(
          `INSERT INTO visits (patient_id, visit_date, queue_number, kind, priority, status,
             bhyt_code, bhyt_valid_from, bhyt_valid_to, cancel_reason, cancelled_at,
             created_by, created_at, status_changed_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          input.patientId,
          input.date,
          number,
          kind,
          input.priority ?? 'none',
          status,
          kind === 'bhyt' ? `DN40101${String(++this.cards).padStart(8, '0')}` : null,
          kind === 'bhyt' ? '2026-01-01' : null,
          kind === 'bhyt' ? '2026-12-31' : null,
          status === 'cancelled' ? 'Người bệnh về' : null,
          status === 'cancelled' ? createdAt : null,
          this.userId,
          createdAt,
          createdAt,
        ).lastInsertRowid,
    );
    (input.diagnoses ?? []).forEach((code, position) => {
      this.icd(code);
      this.sqlite
        .prepare('INSERT INTO visit_diagnoses (visit_id, position, icd_code) VALUES (?, ?, ?)')
        .run(visitId, position, code);
    });
    if (input.referral) {
      this.sqlite
        .prepare(
          `INSERT INTO visit_referrals (visit_id, to_facility_code, to_facility_name, reason,
             referred_by, referred_at) VALUES (?, ?, ?, ?, ?, ?)`,
        )
        .run(
          visitId,
          input.referral.toFacilityCode,
          input.referral.toFacilityName,
          input.referral.reason,
          this.userId,
          createdAt,
        );
    }
    for (const order of input.labOrders ?? []) {
      this.sqlite
        .prepare(
          `INSERT INTO service_orders (visit_id, service_id, quantity, unit_price, insured_price,
             insurance_ratio, scope, ordered_by, ordered_at, cancelled_at)
           VALUES (?, ?, ?, 20000000, 20000000, 100, 1, ?, ?, ?)`,
        )
        .run(
          visitId,
          this.serviceId('lab'),
          order.quantity,
          this.userId,
          createdAt,
          order.cancelled ? createdAt : null,
        );
    }
    if (input.prescribedDrugId !== undefined) {
      const prescriptionId = Number(
        this.sqlite
          .prepare(
            `INSERT INTO prescriptions (visit_id, code, prescribed_by, created_at, updated_at)
             VALUES (?, ?, ?, ?, ?)`,
          )
          .run(
            visitId,
            `01001R${String(visitId).padStart(6, '0')}-c`,
            this.userId,
            createdAt,
            createdAt,
          ).lastInsertRowid,
      );
      this.sqlite
        .prepare(
          `INSERT INTO prescription_items (prescription_id, position, drug_id, days, quantity, unit,
             usage, unit_price, insured_price, insurance_ratio, scope)
           VALUES (?, 0, ?, 5, 10, 'Viên', 'Sáng 1 viên', 800000, 800000, 100, 1)`,
        )
        .run(prescriptionId, input.prescribedDrugId);
    }
    if (input.invoice) this.bill(visitId, input.patientId, input.invoice, input.payments ?? []);
    return visitId;
  }

  private bill(
    visitId: number,
    patientId: number,
    invoice: { total: number; insurancePays: number },
    payments: readonly { at: string; amount: number }[],
  ): void {
    const patientPays = invoice.total - invoice.insurancePays;
    const invoiceId = Number(
      this.sqlite
        .prepare(
          `INSERT INTO invoices (visit_id, patient_id, total, insurance_pays, co_pay, patient_pays,
             other_sources, patient_due, coverage_status, benefit_percent, low_cost_applied,
             low_cost_threshold, reasons, computed_at, created_at)
           VALUES (?, ?, ?, ?, 0, ?, 0, ?, ?, 80, 0, 0, '[]', ?, ?)`,
        )
        .run(
          visitId,
          patientId,
          invoice.total,
          invoice.insurancePays,
          patientPays,
          patientPays,
          invoice.insurancePays > 0 ? 'covered' : 'fee',
          '2026-01-01T00:00:00.000Z',
          '2026-01-01T00:00:00.000Z',
        ).lastInsertRowid,
    );
    let last: number | null = null;
    for (const payment of payments) {
      if (payment.amount > 0) {
        last = Number(
          this.sqlite
            .prepare(
              `INSERT INTO payments (invoice_id, shift_id, kind, method, amount, receipt_book,
                 receipt_number, cashier_id, at)
               VALUES (?, ?, 'payment', 'cash', ?, 'Q1', ?, ?, ?)`,
            )
            .run(invoiceId, this.shift(), payment.amount, ++this.receipts, this.userId, payment.at)
            .lastInsertRowid,
        );
      } else {
        this.sqlite
          .prepare(
            `INSERT INTO payments (invoice_id, shift_id, kind, method, amount, reverses_id, reason,
               cashier_id, at)
             VALUES (?, ?, 'void', 'cash', ?, ?, 'Thu nhầm', ?, ?)`,
          )
          .run(invoiceId, this.shift(), payment.amount, last, this.userId, payment.at);
      }
    }
  }

  /** A drug batch and its dated ledger rows; the cached on-hand is the ledger's sum. */
  batch(input: {
    drugId: number;
    lot: string;
    unitCost: number;
    expiry?: string;
    moves: { kind: 'receipt' | 'dispense' | 'return' | 'expiry'; quantity: number; at: string }[];
  }): number {
    const onHand = input.moves.reduce((sum, move) => sum + move.quantity, 0);
    const batchId = Number(
      this.sqlite
        .prepare(
          `INSERT INTO stock_batches (drug_id, lot, expiry, unit_cost, on_hand, created_at)
           VALUES (?, ?, ?, ?, ?, '2026-01-01T00:00:00.000Z')`,
        )
        .run(input.drugId, input.lot, input.expiry ?? '2030-12-31', input.unitCost, onHand)
        .lastInsertRowid,
    );
    const receiptId = Number(
      this.sqlite
        .prepare(
          "INSERT INTO goods_receipts (received_by, received_at) VALUES (?, '2026-01-01T00:00:00.000Z')",
        )
        .run(this.userId).lastInsertRowid,
    );
    // Dispenses and returns name a prescription item: any will do for the ledger's figures.
    const item = this.sqlite
      .prepare('SELECT id FROM prescription_items ORDER BY id LIMIT 1')
      .get() as { id: number } | undefined;
    for (const move of input.moves) {
      const handed = move.kind === 'dispense' || move.kind === 'return';
      if (handed && !item) throw new Error('a dispense needs a prescription in the fixture');
      this.sqlite
        .prepare(
          `INSERT INTO stock_movements (batch_id, kind, quantity, reason, goods_receipt_id,
             prescription_item_id, user_id, at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          batchId,
          move.kind,
          move.quantity,
          move.kind === 'expiry' ? 'Hết hạn' : null,
          move.kind === 'receipt' ? receiptId : null,
          handed ? (item?.id ?? null) : null,
          this.userId,
          move.at,
        );
    }
    return batchId;
  }
}
