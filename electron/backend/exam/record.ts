import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { users, visitExams, type PatientRow, type VisitRow } from '../../../db/schema';
import type { ExamPatient } from '../../../shared/api';
import type { LocalizedText } from '../../../shared/api/result';
import type { AdminUnits } from '../../../shared/domain/admin-units';
import { ageOn } from '../../../shared/domain/age';
import { VISIT_STATUS_RULES, visitIs, type VisitStatus } from '../../../shared/domain/queue';
import type { UserCtx } from '../context';
import { AppError } from '../errors';
import type { WriteContext } from '../patients/registry';
import { present } from '../patients/rows';
import { getVisitRow } from '../visits/visits';

export type ExamRow = typeof visitExams.$inferSelect;

/** What the write functions take from a handler's context. */
export const writerOf = (ctx: UserCtx): WriteContext => ({
  db: ctx.db,
  sqlite: ctx.sqlite,
  now: ctx.now,
  userId: ctx.user.id,
});

/** A visit the doctor may still write to: in the exam room. */
export function visitInExam(db: Db, visitId: number): VisitRow {
  return visitIn(db, visitId, VISIT_STATUS_RULES.inExam);
}

/** A visit in one of `statuses`; otherwise why it cannot be written to now. */
export function visitIn(db: Db, visitId: number, statuses: readonly VisitStatus[]): VisitRow {
  const visit = getVisitRow(db, visitId);
  if (statuses.includes(visit.status)) return visit;
  const key = visitIs(visit.status, 'callable') ? 'exam.notStarted' : 'exam.closed';
  throw new AppError('CONFLICT', key, { details: { status: visit.status } });
}

export function getExamRow(db: Db, visitId: number): ExamRow | undefined {
  return db.select().from(visitExams).where(eq(visitExams.visitId, visitId)).get();
}

/** The exam record of a visit in the exam room, created for the caller if it has none. */
export function ensureExam(ctx: WriteContext, visitId: number): ExamRow {
  const at = ctx.now.toISOString();
  return (
    getExamRow(ctx.db, visitId) ??
    ctx.db
      .insert(visitExams)
      .values({ visitId, doctorId: ctx.userId, startedAt: at, updatedAt: at })
      .returning()
      .get()
  );
}

export function touchExam(ctx: WriteContext, visitId: number): void {
  ensureExam(ctx, visitId);
  ctx.db
    .update(visitExams)
    .set({ updatedAt: ctx.now.toISOString() })
    .where(eq(visitExams.visitId, visitId))
    .run();
}

export function userName(db: Db, userId: number): string {
  return (
    db.select({ fullName: users.fullName }).from(users).where(eq(users.id, userId)).get()
      ?.fullName ?? ''
  );
}

export interface PatientAge {
  age: LocalizedText | null;
  ageMonths: number | null;
  isUnder72Months: boolean;
}

/** Age on the visit day; a birth that does not compute leaves the age unknown. */
export function patientAge(patient: PatientRow, visitDate: string): PatientAge {
  const age = ageOn({ birthDate: patient.birthDate, birthYear: patient.birthYear }, visitDate);
  if (!age.ok) return { age: null, ageMonths: null, isUnder72Months: false };
  return {
    age: age.value.label,
    ageMonths: age.value.months,
    isUnder72Months: age.value.isUnder72Months,
  };
}

/** Street, commune and province of the 2025 units when coded, else the address as written. */
export function patientAddress(patient: PatientRow, units: AdminUnits): string | null {
  if (patient.wardCode || patient.provinceCode) {
    const ward = units.wards.find((w) => w.code === patient.wardCode)?.name;
    const province = units.provinces.find((p) => p.code === patient.provinceCode)?.name;
    const parts = [patient.addressStreet, ward, province].filter((part) => part);
    if (parts.length > 0) return parts.join(', ');
  }
  return patient.addressText;
}

export function examPatient(
  patient: PatientRow,
  visitDate: string,
  units: AdminUnits,
): ExamPatient {
  return {
    id: patient.id,
    code: patient.code,
    fullName: patient.fullName,
    sex: patient.sex,
    birthYear: patient.birthYear,
    ...patientAge(patient, visitDate),
    ...present({
      birthDate: patient.birthDate,
      phone: patient.phone,
      cccd: patient.cccd,
      address: patientAddress(patient, units),
    }),
    allergies: {
      ...present({ text: patient.allergiesText }),
      ingredients: patient.allergyIngredients,
    },
    ...(patient.guardianName && {
      guardian: { name: patient.guardianName, ...present({ phone: patient.guardianPhone }) },
    }),
  };
}
