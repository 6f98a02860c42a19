import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { users, visitVitals, type PatientRow } from '../../../db/schema';
import type { VitalsView, VitalValues } from '../../../shared/api';
import { VISIT_STATUS_RULES } from '../../../shared/domain/queue';
import { bmi, checkVitals, VITAL_FIELDS, type Vitals } from '../../../shared/domain/vitals';
import { AppError } from '../errors';
import { getPatientRow, type WriteContext } from '../patients/registry';
import { patientAge, userName, visitIn } from './record';

type VitalsRow = typeof visitVitals.$inferSelect;

function valuesOf(source: Vitals): VitalValues {
  return Object.fromEntries(
    VITAL_FIELDS.map((field) => [field, source[field] ?? null]),
  ) as VitalValues;
}

function checked(values: VitalValues, patient: PatientRow, visitDate: string) {
  const { ageMonths, isUnder72Months } = patientAge(patient, visitDate);
  return checkVitals(values, { ageMonths, isUnder72Months });
}

function toView(row: VitalsRow, recordedBy: string, warnings: VitalsView['warnings']): VitalsView {
  const values = valuesOf(row);
  return {
    ...values,
    bmi: bmi(values.weightKg, values.heightCm),
    recordedAt: row.recordedAt,
    recordedBy,
    warnings,
  };
}

/** Replaces the visit's vitals row; impossible values are refused field by field. */
export function recordVitals(
  ctx: WriteContext,
  visitId: number,
  input: Vitals,
): { view: VitalsView; patientId: number } {
  const visit = visitIn(ctx.db, visitId, VISIT_STATUS_RULES.takesVitals);
  const patient = getPatientRow(ctx.db, visit.patientId);
  const values = valuesOf(input);
  const check = checked(values, patient, visit.visitDate);
  if (Object.keys(check.errors).length > 0) {
    throw new AppError('VALIDATION', 'exam.vitals.invalid', { fieldErrors: check.errors });
  }
  const row = {
    ...values,
    recordedBy: ctx.userId,
    recordedAt: ctx.now.toISOString(),
  };
  const saved = ctx.db
    .insert(visitVitals)
    .values({ visitId, ...row })
    .onConflictDoUpdate({ target: visitVitals.visitId, set: row })
    .returning()
    .get();
  return {
    view: toView(saved, userName(ctx.db, ctx.userId), check.warnings),
    patientId: patient.id,
  };
}

/** The visit's vitals with the flags they raise today, or null when none were measured. */
export function readVitals(
  db: Db,
  visitId: number,
  patient: PatientRow,
  visitDate: string,
): VitalsView | null {
  const found = db
    .select({ row: visitVitals, recordedBy: users.fullName })
    .from(visitVitals)
    .innerJoin(users, eq(users.id, visitVitals.recordedBy))
    .where(eq(visitVitals.visitId, visitId))
    .get();
  if (!found) return null;
  const { warnings } = checked(valuesOf(found.row), patient, visitDate);
  return toView(found.row, found.recordedBy, warnings);
}
