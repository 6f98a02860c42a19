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
import { PRESCRIPTION_TYPES } from '../../shared/domain/prescription';
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

/**
 * What a billed item carries for invoices and claims (XML2 drugs, XML3 services). Unit prices
 * are integer thousandths of a dong (BHXH prices carry up to 3 decimals: DON_GIA 735.5 is
 * 735500); the columns keep their old names, the TypeScript keys say the unit.
 */
const billing = () => ({
  priceMilli: integer('price').notNull(),
  /** DON_GIA_BH in thousandths; null when BHYT does not pay for the item. */
  insuredPriceMilli: integer('insured_price'),
  /** TYLE_TT_BH, whole percent. */
  insuranceRatio: integer().notNull().default(100),
  /** PHAM_VI: 1 within BHYT scope, 2 outside, 3 outside but paid by another source. */
  scope: integer().notNull().default(1),
  active: integer({ mode: 'boolean' }).notNull().default(true),
  createdAt: text().notNull(),
  updatedAt: text().notNull(),
});

type BillingColumns = {
  [K in 'priceMilli' | 'insuredPriceMilli' | 'insuranceRatio' | 'scope']: SQLiteColumn;
};

const billingChecks = (table: string, t: BillingColumns) => [
  check(
    `${table}_price`,
    sql`${t.priceMilli} >= 0 AND (${t.insuredPriceMilli} IS NULL OR ${t.insuredPriceMilli} >= 0)`,
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
    /** MA_DUONG_DUNG, e.g. 1.01 for oral, from the MoH list (resources/codes/duong-dung.tsv). */
    routeCode: text(),
    registrationNo: text(),
    /** TT_THAU: "decision;package;group;year" of the tender the drug was bought under. */
    tenderInfo: text(),
    /**
     * The prescription type letter (TT 26/2025): c basic, n narcotic, h psychotropic, y YHCT.
     * No CHECK: adding one makes drizzle-kit rebuild the table (and drop its FTS triggers).
     */
    rxType: text({ enum: PRESCRIPTION_TYPES }).notNull().default('c'),
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

/** An index a paraclinical service measures (XML4 MA_CHI_SO, TEN_CHI_SO, DON_VI_DO). */
export interface ResultIndex {
  /** MA_CHI_SO from QĐ 7603 Phụ lục 11; '' where the list has none yet. */
  code: string;
  name: string;
  unit: string;
}

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
    /** MA_DICH_VU in the BHXH shared list (QĐ 7603 / TT 23/2024): what XML3 carries. */
    bhxhCode: text(),
    /** A starter row: its code and price are examples until an administrator edits it. */
    example: integer({ mode: 'boolean' }).notNull().default(false),
    /** What a result of this service measures; empty: the result is plain text. */
    resultIndices: text({ mode: 'json' }).$type<ResultIndex[]>().notNull().default([]),
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
