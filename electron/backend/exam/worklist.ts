import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { patients, users, visitExams, visits, visitVitals } from '../../../db/schema';
import type { TakenVisit, WorklistEntry } from '../../../shared/api';
import { localDate } from '../../../shared/domain/dates';
import { compareQueue, statusesOf, VISIT_STEPS, visitIs } from '../../../shared/domain/queue';
import { AppError, conflict } from '../errors';
import type { WriteContext } from '../patients/registry';
import { moveVisit } from '../visits/status';
import { getVisitRow, todayQueue } from '../visits/visits';
import { getExamRow, userName } from './record';
import { orderExamFee } from './orders';

/** Today's queue with who took each patient, for the exam room and the nurses. */
export function worklist(db: Db, userId: number, now: Date): WorklistEntry[] {
  const entries = todayQueue(db, now);
  const ids = entries.map((entry) => entry.visitId);
  const doctors = new Map(
    db
      .select({ visitId: visitExams.visitId, id: users.id, fullName: users.fullName })
      .from(visitExams)
      .innerJoin(users, eq(users.id, visitExams.doctorId))
      .where(inArray(visitExams.visitId, ids))
      .all()
      .map(({ visitId, ...doctor }) => [visitId, doctor]),
  );
  const measured = new Set(
    db
      .select({ visitId: visitVitals.visitId })
      .from(visitVitals)
      .where(inArray(visitVitals.visitId, ids))
      .all()
      .map((row) => row.visitId),
  );
  return entries.map((entry) => {
    const doctor = visitIs(entry.status, 'callable') ? undefined : doctors.get(entry.visitId);
    return {
      ...entry,
      ...(doctor && { doctor }),
      mine: doctor?.id === userId,
      hasVitals: measured.has(entry.visitId),
    };
  });
}

/**
 * Takes a waiting visit into the caller's exam room, with the exam fee ordered. Taking one's own visit again is a no-op;
 * another doctor's is refused, naming them.
 */
export function takeVisit(ctx: WriteContext, visitId: number): TakenVisit {
  const visit = getVisitRow(ctx.db, visitId);
  const exam = getExamRow(ctx.db, visitId);
  const at = ctx.now.toISOString();
  if (visitIs(visit.status, 'inExam') && exam && exam.doctorId !== ctx.userId) {
    throw conflict('exam.takenBy', { name: userName(ctx.db, exam.doctorId) });
  }
  moveVisit(ctx.db, visitId, VISIT_STEPS.callIn, ctx.now);
  ctx.db
    .insert(visitExams)
    .values({ visitId, doctorId: ctx.userId, startedAt: at, updatedAt: at })
    .onConflictDoUpdate({
      target: visitExams.visitId,
      set: { doctorId: ctx.userId, updatedAt: at },
    })
    .run();
  orderExamFee(ctx, visitId);
  const patient = ctx.db
    .select({ fullName: patients.fullName })
    .from(patients)
    .where(eq(patients.id, visit.patientId))
    .get();
  return { visitId, queueNumber: visit.queueNumber, fullName: patient?.fullName ?? '' };
}

/** The first of today's waiting visits in queue order (emergencies, priorities, number). */
export function takeNextVisit(ctx: WriteContext): TakenVisit {
  const [next] = ctx.db
    .select({
      id: visits.id,
      status: visits.status,
      priority: visits.priority,
      queueNumber: visits.queueNumber,
    })
    .from(visits)
    .where(
      and(eq(visits.visitDate, localDate(ctx.now)), inArray(visits.status, statusesOf('callable'))),
    )
    .all()
    .sort(compareQueue);
  if (!next) throw new AppError('NOT_FOUND', 'exam.noneWaiting');
  return takeVisit(ctx, next.id);
}
