import type Database from 'better-sqlite3';
import { and, eq, isNull, ne, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { patients, visits, type PatientRow } from '../../../db/schema';
import { localDate } from '../../../shared/domain/dates';
import { formatPatientCode } from '../../../shared/domain/text';
import { AppError, conflict, notFound } from '../errors';
import { nextSequence } from '../sequences';
import type { PatientValues } from './validate';

export interface WriteContext {
  db: Db;
  sqlite: Database.Database;
  now: Date;
  userId: number;
}

export function getPatientRow(db: Db, id: number): PatientRow {
  const row = db.select().from(patients).where(eq(patients.id, id)).get();
  if (!row) throw notFound('patients.notFound');
  return row;
}

/** Live records only: a merged one is kept for history but cannot be edited or used. */
export function getLivePatientRow(db: Db, id: number): PatientRow {
  const row = getPatientRow(db, id);
  if (row.mergedIntoId !== null) {
    throw new AppError('CONFLICT', 'patients.merged', {
      details: { patientId: row.mergedIntoId },
    });
  }
  return row;
}

const live = isNull(patients.mergedIntoId);

/** The same CCCD or card code on another live record refuses the save, naming that record. */
function assertUnique(db: Db, values: PatientValues, exceptId?: number): void {
  const checks: { field: 'cccd' | 'bhyt'; path: string; where: SQL | undefined }[] = [
    {
      field: 'cccd',
      path: 'cccd',
      where: values.cccd ? eq(patients.cccd, values.cccd) : undefined,
    },
    {
      field: 'bhyt',
      path: 'bhyt.code',
      where: values.bhytCode ? eq(patients.bhytCode, values.bhytCode) : undefined,
    },
  ];
  for (const { field, path, where } of checks) {
    if (!where) continue;
    const other = db
      .select({ id: patients.id, code: patients.code, fullName: patients.fullName })
      .from(patients)
      .where(and(where, live, exceptId === undefined ? undefined : ne(patients.id, exceptId)))
      .get();
    if (!other) continue;
    const key = field === 'cccd' ? 'patients.duplicate.cccd' : 'patients.duplicate.bhyt';
    const params = { code: other.code, name: other.fullName };
    throw new AppError('CONFLICT', key, {
      params,
      fieldErrors: { [path]: { key, params } },
      details: { patientId: other.id, patientCode: other.code, field },
    });
  }
}

/** Registers a patient under the next code of this year: facility-year-sequence. */
export function createPatient(
  ctx: WriteContext,
  values: PatientValues,
  facilityCode: string,
): PatientRow {
  assertUnique(ctx.db, values);
  const year = Number(localDate(ctx.now).slice(0, 4));
  const code = formatPatientCode(facilityCode, year, nextSequence(ctx.sqlite, `patient:${year}`));
  const at = ctx.now.toISOString();
  return ctx.db
    .insert(patients)
    .values({ ...values, code, createdBy: ctx.userId, createdAt: at, updatedAt: at })
    .returning()
    .get();
}

/** Names of the columns whose value changed (for the audit entry; never the values). */
function changedFields(before: PatientRow, after: PatientRow): string[] {
  return (Object.keys(after) as (keyof PatientRow)[]).filter(
    (key) =>
      key !== 'updatedAt' &&
      key !== 'nameFolded' &&
      JSON.stringify(before[key]) !== JSON.stringify(after[key]),
  );
}

export function updatePatient(
  ctx: WriteContext,
  id: number,
  values: PatientValues,
  expectedUpdatedAt?: string,
): { row: PatientRow; changed: string[] } {
  const before = getLivePatientRow(ctx.db, id);
  if (expectedUpdatedAt !== undefined && expectedUpdatedAt !== before.updatedAt) {
    throw conflict('patients.changedMeanwhile', undefined, { patientId: id });
  }
  assertUnique(ctx.db, values, id);
  const row = ctx.db
    .update(patients)
    .set({ ...values, updatedAt: ctx.now.toISOString() })
    .where(eq(patients.id, id))
    .returning()
    .get();
  return { row, changed: changedFields(before, row) };
}

type Fillable = keyof PatientValues;

/** Fields taken from the merged record when the kept one has none; groups move together. */
const FILL_GROUPS: readonly (readonly Fillable[])[] = [
  ['phone'],
  ['cccd'],
  ['bhytCode', 'bhytValidFrom', 'bhytValidTo', 'bhytFacilityCode', 'bhytFiveYearDate'],
  ['addressText', 'addressStreet', 'wardCode', 'provinceCode', 'oldWardCode'],
  ['nationalityCode'],
  ['ethnicityCode'],
  ['occupation', 'occupationCode'],
  ['allergiesText'],
  ['guardianName', 'guardianPhone'],
];

function filledFrom(kept: PatientRow, merged: PatientRow): Partial<PatientValues> {
  const fill: Record<string, unknown> = {};
  for (const group of FILL_GROUPS) {
    const [first] = group;
    if (first && kept[first] === null && merged[first] !== null) {
      for (const field of group) fill[field] = merged[field];
    }
  }
  if (kept.birthDate === null && merged.birthDate !== null && merged.birthYear === kept.birthYear) {
    fill.birthDate = merged.birthDate;
  }
  // Allergies are a safety matter: the kept record lists every one either record knew.
  const ingredients = [...new Set([...kept.allergyIngredients, ...merged.allergyIngredients])];
  if (ingredients.length !== kept.allergyIngredients.length) {
    fill.allergyIngredients = ingredients;
  }
  if (kept.notes !== null && merged.notes !== null && kept.notes !== merged.notes) {
    fill.notes = `${kept.notes}\n${merged.notes}`;
  } else if (kept.notes === null && merged.notes !== null) fill.notes = merged.notes;
  return fill;
}

export interface MergeOutcome {
  kept: PatientRow;
  merged: PatientRow;
  visitsMoved: number;
  filled: string[];
}

/**
 * Folds a duplicate into the record kept: its visits move, fields the kept record lacks are
 * taken over, and it stays behind (merged_into_id set, out of search) for history.
 */
export function mergePatients(ctx: WriteContext, keepId: number, mergeId: number): MergeOutcome {
  if (keepId === mergeId) throw conflict('patients.mergeSelf');
  const kept = getLivePatientRow(ctx.db, keepId);
  const source = getLivePatientRow(ctx.db, mergeId);
  const at = ctx.now.toISOString();
  const merged = ctx.db
    .update(patients)
    .set({ mergedIntoId: keepId, lastVisitAt: null, updatedAt: at })
    .where(eq(patients.id, mergeId))
    .returning()
    .get();
  // Records merged into the duplicate earlier now point at the kept one directly.
  ctx.db
    .update(patients)
    .set({ mergedIntoId: keepId })
    .where(eq(patients.mergedIntoId, mergeId))
    .run();
  const moved = ctx.db
    .update(visits)
    .set({ patientId: keepId })
    .where(eq(visits.patientId, mergeId))
    .run();
  const fill = filledFrom(kept, source);
  const lastVisitAt =
    [kept.lastVisitAt, source.lastVisitAt]
      .filter((v) => v !== null)
      .sort()
      .at(-1) ?? null;
  const hasCard = (fill.bhytCode ?? kept.bhytCode) !== null;
  const unverified =
    kept.insuranceStatus === 'unverified' || source.insuranceStatus === 'unverified';
  const row = ctx.db
    .update(patients)
    .set({
      ...fill,
      insuranceStatus: hasCard ? 'verified' : unverified ? 'unverified' : kept.insuranceStatus,
      lastVisitAt,
      updatedAt: at,
    })
    .where(eq(patients.id, keepId))
    .returning()
    .get();
  return { kept: row, merged, visitsMoved: moved.changes, filled: Object.keys(fill) };
}

/** When a visit is made, the patient becomes a recent visitor (search ranks them first). */
export function touchLastVisit(db: Db, patientId: number, at: string): void {
  db.update(patients)
    .set({ lastVisitAt: sql`max(coalesce(${patients.lastVisitAt}, ''), ${at})` })
    .where(eq(patients.id, patientId))
    .run();
}
