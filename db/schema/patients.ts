import { sql } from 'drizzle-orm';
import {
  check,
  index,
  integer,
  sqliteTable,
  text,
  uniqueIndex,
  type AnySQLiteColumn,
} from 'drizzle-orm/sqlite-core';
import { INSURANCE_STATUSES } from '../../shared/domain/patient';
import { users } from './users';

/**
 * The registry. A merged record stays (its visits and audit entries point at it) with
 * merged_into_id set; only live records (merged_into_id IS NULL) hold a CCCD or card code
 * uniquely and are in the search index (patients_fts, kept by triggers in the migration).
 */
export const patients = sqliteTable(
  'patients',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    /** Printable and stable: facility-year-sequence ("01001-2026-000123"). */
    code: text().notNull().unique(),
    fullName: text().notNull(),
    /** searchableName(fullName): folded words, one space apart. */
    nameFolded: text().notNull(),
    sex: text({ enum: ['male', 'female'] }).notNull(),
    birthDate: text(),
    /** Always known: the year of birthDate, or the only thing the patient knows. */
    birthYear: integer().notNull(),
    phone: text(),
    cccd: text(),
    bhytCode: text(),
    bhytValidFrom: text(),
    bhytValidTo: text(),
    /** MA_DKBD: the registered first-contact facility. */
    bhytFacilityCode: text(),
    /** NAM_NAM_LIEN_TUC: when the holder reaches 5 consecutive years of cover. */
    bhytFiveYearDate: text(),
    insuranceStatus: text({ enum: INSURANCE_STATUSES }).notNull().default('none'),
    /** The address as written or scanned (often pre-2025 units), kept as is. */
    addressText: text(),
    addressStreet: text(),
    /** The 2025 ward (MAXA_CU_TRU) and province (MATINH_CU_TRU). */
    wardCode: text(),
    provinceCode: text(),
    /**
     * The pre-2025 ward the patient lived in, when known (from the card's address or asked):
     * its district is MAHUYEN_CU_TRU where the new ward took parts of several districts.
     */
    oldWardCode: text(),
    /** MA_QUOCTICH (TT 07/2016/TT-BCA Phụ lục 2). */
    nationalityCode: text(),
    ethnicityCode: text(),
    /** As the patient says it; occupationCode is the QĐ 34/2020 code (00000: none). */
    occupation: text(),
    occupationCode: text(),
    allergiesText: text(),
    allergyIngredients: text({ mode: 'json' }).$type<string[]>().notNull().default([]),
    guardianName: text(),
    guardianPhone: text(),
    notes: text(),
    mergedIntoId: integer().references((): AnySQLiteColumn => patients.id),
    lastVisitAt: text(),
    createdBy: integer().references(() => users.id),
    createdAt: text().notNull(),
    updatedAt: text().notNull(),
  },
  (t) => [
    uniqueIndex('patients_cccd_live')
      .on(t.cccd)
      .where(sql`merged_into_id IS NULL`),
    uniqueIndex('patients_bhyt_code_live')
      .on(t.bhytCode)
      .where(sql`merged_into_id IS NULL`),
    index('patients_phone').on(t.phone),
    // Duplicate checks and searches narrowed by birth year (live records only).
    index('patients_live_birth_year_name')
      .on(t.birthYear, t.nameFolded)
      .where(sql`merged_into_id IS NULL`),
    // Full-name matches, recent visitors first.
    index('patients_name_last_visit').on(t.nameFolded, t.lastVisitAt),
    // The latest visitors, read from the index alone.
    index('patients_last_visit').on(t.lastVisitAt, t.nameFolded, t.birthYear),
    index('patients_merged_into').on(t.mergedIntoId),
    check('patients_sex', sql`${t.sex} IN ('male', 'female')`),
    check(
      'patients_insurance_status',
      sql`${t.insuranceStatus} IN ('none', 'verified', 'unverified')`,
    ),
    check('patients_birth_year', sql`${t.birthYear} BETWEEN 1800 AND 2999`),
    check(
      'patients_birth_date_year',
      sql`${t.birthDate} IS NULL OR CAST(substr(${t.birthDate}, 1, 4) AS INTEGER) = ${t.birthYear}`,
    ),
    check(
      'patients_bhyt_complete',
      sql`(${t.bhytCode} IS NULL) = (${t.bhytValidFrom} IS NULL) AND (${t.bhytCode} IS NULL) = (${t.bhytValidTo} IS NULL)`,
    ),
    check(
      'patients_allergy_ingredients_json',
      sql`json_valid(${t.allergyIngredients}) AND json_type(${t.allergyIngredients}) = 'array'`,
    ),
    check(
      'patients_not_merged_into_self',
      sql`${t.mergedIntoId} IS NULL OR ${t.mergedIntoId} <> ${t.id}`,
    ),
  ],
);

export type PatientRow = typeof patients.$inferSelect;
export type NewPatientRow = typeof patients.$inferInsert;
