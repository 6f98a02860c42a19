import { sql } from 'drizzle-orm';
import {
  check,
  index,
  integer,
  real,
  sqliteTable,
  text,
  uniqueIndex,
} from 'drizzle-orm/sqlite-core';
import { drugs, icd10, services, type ResultIndex } from './catalog';

/** A measured value of one index: the index as defined when the result was written. */
export interface ResultValue extends ResultIndex {
  value: string;
}
import { users } from './users';
import { visits } from './visits';

/**
 * The doctor's record of a visit: one row per visit once a doctor takes it. Exam, pharmacy
 * and billing slices read these tables; the exam slice writes them.
 */
export const visitExams = sqliteTable('visit_exams', {
  visitId: integer()
    .primaryKey()
    .references(() => visits.id),
  doctorId: integer()
    .notNull()
    .references(() => users.id),
  history: text(),
  complaint: text(),
  examination: text(),
  conclusion: text(),
  /** Lời dặn. */
  advice: text(),
  /** YYYY-MM-DD. */
  reexamDate: text(),
  startedAt: text().notNull(),
  finishedAt: text(),
  updatedAt: text().notNull(),
});

export const visitVitals = sqliteTable(
  'visit_vitals',
  {
    visitId: integer()
      .primaryKey()
      .references(() => visits.id),
    pulse: integer(),
    systolic: integer(),
    diastolic: integer(),
    temperatureC: real(),
    respiratoryRate: integer(),
    spo2: integer(),
    weightKg: real(),
    heightCm: real(),
    recordedBy: integer()
      .notNull()
      .references(() => users.id),
    recordedAt: text().notNull(),
  },
  (t) => [
    check(
      'visit_vitals_pressure',
      sql`${t.systolic} IS NULL OR ${t.diastolic} IS NULL OR ${t.systolic} > ${t.diastolic}`,
    ),
  ],
);

/** Position 0 is the primary diagnosis (MA_BENH_CHINH); the rest go to MA_BENH_KT in order. */
export const visitDiagnoses = sqliteTable(
  'visit_diagnoses',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    visitId: integer()
      .notNull()
      .references(() => visits.id),
    position: integer().notNull(),
    icdCode: text()
      .notNull()
      .references(() => icd10.code),
    text: text(),
  },
  (t) => [
    uniqueIndex('visit_diagnoses_position').on(t.visitId, t.position),
    check('visit_diagnoses_position_range', sql`${t.position} >= 0`),
  ],
);

/**
 * A service ordered in a visit (exam fee, glucose test, dressing) with its result. Prices are
 * copied from the catalogue when ordered, so later price changes do not rewrite a bill.
 */
export const serviceOrders = sqliteTable(
  'service_orders',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    visitId: integer()
      .notNull()
      .references(() => visits.id),
    serviceId: integer()
      .notNull()
      .references(() => services.id),
    quantity: integer().notNull().default(1),
    /** Thousandths of a dong, as the catalogue's prices (catalog.ts). */
    unitPriceMilli: integer('unit_price').notNull(),
    insuredPriceMilli: integer('insured_price'),
    insuranceRatio: integer().notNull(),
    scope: integer().notNull(),
    /** Text result, or the conclusion beside measured values. */
    result: text(),
    /** Measured values, one per index of the service's definition (XML4 rows). */
    resultValues: text({ mode: 'json' }).$type<ResultValue[]>(),
    orderedBy: integer()
      .notNull()
      .references(() => users.id),
    orderedAt: text().notNull(),
    resultBy: integer().references(() => users.id),
    resultAt: text(),
    cancelledAt: text(),
  },
  (t) => [
    index('service_orders_visit').on(t.visitId),
    check('service_orders_quantity', sql`${t.quantity} > 0`),
    check(
      'service_orders_prices',
      sql`${t.unitPriceMilli} >= 0 AND (${t.insuredPriceMilli} IS NULL OR ${t.insuredPriceMilli} >= 0)`,
    ),
  ],
);

/** One prescription per visit; its code is the national format (facility + 7 chars + '-c'). */
export const prescriptions = sqliteTable(
  'prescriptions',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    visitId: integer()
      .notNull()
      .unique()
      .references(() => visits.id),
    code: text().notNull().unique(),
    type: text({ enum: ['c', 'n', 'h', 'y'] })
      .notNull()
      .default('c'),
    prescribedBy: integer()
      .notNull()
      .references(() => users.id),
    createdAt: text().notNull(),
    updatedAt: text().notNull(),
  },
  (t) => [check('prescriptions_type', sql`${t.type} IN ('c', 'n', 'h', 'y')`)],
);

/**
 * A prescribed drug. `quantity` is what to dispense (whole dispensing units); pharmacy's
 * stock ledger records what was actually dispensed against the item's id. Prices are copied
 * from the catalogue at prescribing time.
 */
export const prescriptionItems = sqliteTable(
  'prescription_items',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    prescriptionId: integer()
      .notNull()
      .references(() => prescriptions.id),
    position: integer().notNull(),
    drugId: integer()
      .notNull()
      .references(() => drugs.id),
    /** Amount per take as typed ("1", "1/2"); null or "" when not taken then. */
    doseMorning: text(),
    doseNoon: text(),
    doseAfternoon: text(),
    doseEvening: text(),
    days: integer().notNull(),
    quantity: integer().notNull(),
    unit: text().notNull(),
    route: text(),
    note: text(),
    /** "Sáng 1 viên, chiều 1 viên, uống sau ăn" as printed. */
    usage: text().notNull(),
    /** Thousandths of a dong, copied from the catalogue at prescribing time. */
    unitPriceMilli: integer('unit_price').notNull(),
    insuredPriceMilli: integer('insured_price'),
    insuranceRatio: integer().notNull(),
    scope: integer().notNull(),
  },
  (t) => [
    uniqueIndex('prescription_items_position').on(t.prescriptionId, t.position),
    index('prescription_items_drug').on(t.drugId),
    check('prescription_items_quantity', sql`${t.quantity} > 0 AND ${t.days} > 0`),
  ],
);
