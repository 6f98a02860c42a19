import { sql } from 'drizzle-orm';
import {
  check,
  index,
  integer,
  primaryKey,
  sqliteTable,
  text,
  type SQLiteColumn,
} from 'drizzle-orm/sqlite-core';
import { ICD_SOURCES, SERVICE_CATEGORIES } from '../../shared/api/catalog';
import type { DrugRecord } from '../../shared/domain/catalog-rows';
import { users } from './users';

/**
 * ICD-10 codes with Vietnamese names. The code is the natural key that visits and claims
 * carry; the integer id exists only as a stable rowid for the FTS index (a table without an
 * INTEGER PRIMARY KEY may have its rowids renumbered by VACUUM or a restored backup).
 */
export const icd10 = sqliteTable(
  'icd10',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    code: text().notNull().unique(),
    name: text().notNull(),
    nameEn: text(),
    chapter: text(),
    groupCode: text(),
    /** Folded Vietnamese and English names: what the FTS index searches. */
    searchText: text().notNull(),
    /** A three-character code with subcodes under it (A09 above A09.0). */
    isCategory: integer({ mode: 'boolean' }).notNull().default(false),
    /** False for the codes QĐ 4469's appendix A2 says are never the main diagnosis. */
    mainAllowed: integer({ mode: 'boolean' }).notNull().default(true),
    /** Appendix A4: a disease of one sex only. */
    sexOnly: text({ enum: ['male', 'female'] }),
    /** Appendix A3 age lists the code is on ('A3.1,A3.4'); the bounds are in shared/domain. */
    ageLists: text(),
    /** Seen every day at a commune station: ranked first among words that match. */
    common: integer({ mode: 'boolean' }).notNull().default(false),
    active: integer({ mode: 'boolean' }).notNull().default(true),
    source: text({ enum: ICD_SOURCES }).notNull(),
    updatedAt: text().notNull(),
  },
  (t) => [
    check(
      'icd10_code',
      sql`${t.code} GLOB '[A-Z][0-9][0-9]' OR ${t.code} GLOB '[A-Z][0-9][0-9].[0-9]' OR ${t.code} GLOB '[A-Z][0-9][0-9].[0-9][0-9]'`,
    ),
    check('icd10_source', sql`${t.source} IN ('starter', 'import')`),
  ],
);

/** A doctor's own short list, shown first when they search. */
export const icd10Favourites = sqliteTable(
  'icd10_favourites',
  {
    userId: integer()
      .notNull()
      .references(() => users.id),
    code: text()
      .notNull()
      .references(() => icd10.code),
    createdAt: text().notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.code] })],
);

/** What a billed item carries for invoices and claims (XML2 drugs, XML3 services). */
const billing = () => ({
  price: integer().notNull(),
  /** DON_GIA_BH; null when BHYT does not pay for the item. */
  insuredPrice: integer(),
  /** TYLE_TT_BH, whole percent. */
  insuranceRatio: integer().notNull().default(100),
  /** PHAM_VI: 1 within BHYT scope, 2 outside, 3 outside but paid by another source. */
  scope: integer().notNull().default(1),
  active: integer({ mode: 'boolean' }).notNull().default(true),
  createdAt: text().notNull(),
  updatedAt: text().notNull(),
});

type BillingColumns = {
  [K in 'price' | 'insuredPrice' | 'insuranceRatio' | 'scope']: SQLiteColumn;
};

const billingChecks = (table: string, t: BillingColumns) => [
  check(
    `${table}_price`,
    sql`${t.price} >= 0 AND (${t.insuredPrice} IS NULL OR ${t.insuredPrice} >= 0)`,
  ),
  check(`${table}_ratio`, sql`${t.insuranceRatio} BETWEEN 0 AND 100`),
  check(`${table}_scope`, sql`${t.scope} IN (1, 2, 3)`),
];

export type DrugIngredient = DrugRecord['ingredients'][number];

/**
 * Drugs as the BHXH catalogue (Mẫu 03/DM) lists them, one product per row. Prescriptions,
 * stock and invoices refer to the id, which an import keeps: rows are matched by naturalKey.
 */
export const drugs = sqliteTable(
  'drugs',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    /** MA_THUOC; shared by products of the same active ingredient. */
    code: text().notNull(),
    /** drugNaturalKey(): code with registration number, or name when there is none. */
    naturalKey: text().notNull().unique(),
    name: text().notNull(),
    nameFolded: text().notNull(),
    ingredients: text({ mode: 'json' }).$type<DrugIngredient[]>().notNull(),
    /** "Paracetamol + Codein phosphat", as TEN_HOAT_CHAT writes it. */
    ingredientText: text().notNull(),
    ingredientFolded: text().notNull(),
    multiIngredient: integer({ mode: 'boolean' }).notNull(),
    strength: text().notNull().default(''),
    dosageForm: text(),
    unit: text().notNull(),
    route: text(),
    /** MA_DUONG_DUNG, e.g. 1.01 for oral. */
    routeCode: text(),
    registrationNo: text(),
    ...billing(),
  },
  (t) => [
    index('drugs_code').on(t.code),
    check(
      'drugs_ingredients_json',
      sql`json_valid(${t.ingredients}) AND json_type(${t.ingredients}) = 'array'`,
    ),
    ...billingChecks('drugs', t),
  ],
);

/** Exam fees, simple tests and procedures the station bills for. */
export const services = sqliteTable(
  'services',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    code: text().notNull().unique(),
    name: text().notNull(),
    nameFolded: text().notNull(),
    unit: text(),
    category: text({ enum: SERVICE_CATEGORIES }).notNull().default('other'),
    /** MA_DICH_VU in the BHXH catalogue, when the station's own code differs. */
    bhxhCode: text(),
    ...billing(),
  },
  (t) => [
    ...billingChecks('services', t),
    check(
      'services_category',
      sql`${t.category} IN ('exam', 'lab', 'imaging', 'procedure', 'other')`,
    ),
  ],
);

export type IcdRow = typeof icd10.$inferSelect;
export type DrugRow = typeof drugs.$inferSelect;
export type ServiceRow = typeof services.$inferSelect;
