import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { visits, type VisitRow } from '../../../db/schema';
import { canMoveVisit, VISIT_STEPS, type VisitStatus } from '../../../shared/domain/queue';
import { AppError } from '../errors';
import { getVisitRow } from './visits';

/**
 * Moves a visit along its way (VISIT_TRANSITIONS), the one place statuses change after
 * check-in: exam, pharmacy and billing call it inside their write transaction.
 */
export function moveVisit(db: Db, visitId: number, to: VisitStatus, now: Date): VisitRow {
  const visit = getVisitRow(db, visitId);
  if (visit.status === to) return visit;
  if (!canMoveVisit(visit.status, to)) {
    throw new AppError('CONFLICT', 'visits.cannotMove', {
      details: { status: visit.status, to },
    });
  }
  const at = now.toISOString();
  return db
    .update(visits)
    .set({
      status: to,
      statusChangedAt: at,
      ...(to === VISIT_STEPS.callIn && !visit.examStartedAt && { examStartedAt: at }),
      ...(to === VISIT_STEPS.settle && { doneAt: at }),
    })
    .where(eq(visits.id, visitId))
    .returning()
    .get();
}
