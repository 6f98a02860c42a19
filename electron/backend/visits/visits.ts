import { and, eq, notInArray } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { patients, visits, type VisitRow } from '../../../db/schema';
import type { CreatedVisit, ParsedInputOf, QueueEntry, Referral } from '../../../shared/api';
import { localDate } from '../../../shared/domain/dates';
import {
  bhytVisitRefusal,
  compareQueue,
  statusesOf,
  VISIT_STEPS,
  visitIs,
  visitPriority,
  waitingMinutes,
  type PriorityRules,
} from '../../../shared/domain/queue';
import { AppError, notFound } from '../errors';
import { getLivePatientRow, touchLastVisit, type WriteContext } from '../patients/registry';
import { present } from '../patients/rows';
import { nextSequence } from '../sequences';
import { referralsOf } from './referrals';

export function getVisitRow(db: Db, id: number): VisitRow {
  const row = db.select().from(visits).where(eq(visits.id, id)).get();
  if (!row) throw notFound('visits.notFound');
  return row;
}

/** Checks a patient in with the next number of the Vietnamese day. */
export function createVisit(
  ctx: WriteContext,
  input: ParsedInputOf<'visits.create'>,
  rules: PriorityRules,
): CreatedVisit {
  const patient = getLivePatientRow(ctx.db, input.patientId);
  const date = localDate(ctx.now);
  const open = ctx.db
    .select({ id: visits.id, queueNumber: visits.queueNumber })
    .from(visits)
    .where(
      and(
        eq(visits.patientId, patient.id),
        eq(visits.visitDate, date),
        notInArray(visits.status, statusesOf('final')),
      ),
    )
    .get();
  if (open) {
    throw new AppError('CONFLICT', 'visits.alreadyQueued', {
      params: { number: open.queueNumber },
      details: { visitId: open.id, queueNumber: open.queueNumber },
    });
  }
  if (input.kind === 'bhyt') {
    const card =
      patient.bhytValidFrom && patient.bhytValidTo
        ? { validFrom: patient.bhytValidFrom, validTo: patient.bhytValidTo }
        : null;
    const refusal = bhytVisitRefusal({ card, insuranceStatus: patient.insuranceStatus }, date);
    if (refusal) {
      throw new AppError('VALIDATION', refusal.key, {
        ...(refusal.params && { params: refusal.params }),
        fieldErrors: { kind: refusal },
      });
    }
  }
  const priority = visitPriority(input.priority, patient, date, rules);
  const queueNumber = nextSequence(ctx.sqlite, `queue:${date}`);
  const at = ctx.now.toISOString();
  const row = ctx.db
    .insert(visits)
    .values({
      patientId: patient.id,
      visitDate: date,
      queueNumber,
      kind: input.kind,
      reason: input.reason ?? null,
      priority,
      ...(input.kind === 'bhyt' && {
        bhytCode: patient.bhytCode,
        bhytValidFrom: patient.bhytValidFrom,
        bhytValidTo: patient.bhytValidTo,
        bhytFacilityCode: patient.bhytFacilityCode,
      }),
      createdBy: ctx.userId,
      createdAt: at,
      statusChangedAt: at,
    })
    .returning()
    .get();
  touchLastVisit(ctx.db, patient.id, at);
  return { visitId: row.id, queueNumber, visitDate: date, priority };
}

export function cancelVisit(ctx: WriteContext, visitId: number, reason: string): VisitRow {
  const visit = getVisitRow(ctx.db, visitId);
  if (!visitIs(visit.status, 'cancellable')) {
    throw new AppError('CONFLICT', 'visits.cannotCancel', { details: { status: visit.status } });
  }
  const at = ctx.now.toISOString();
  return ctx.db
    .update(visits)
    .set({
      status: VISIT_STEPS.cancel,
      cancelReason: reason,
      cancelledAt: at,
      cancelledBy: ctx.userId,
      statusChangedAt: at,
    })
    .where(eq(visits.id, visitId))
    .returning()
    .get();
}

function referralCell(referral: Referral | undefined): Pick<QueueEntry, 'referral'> {
  return referral
    ? {
        referral: {
          toFacilityCode: referral.toFacilityCode,
          toFacilityName: referral.toFacilityName,
        },
      }
    : {};
}

/** Today's visits in the order they are called. */
export function todayQueue(db: Db, now: Date): QueueEntry[] {
  const rows = db
    .select({ visit: visits, patient: patients })
    .from(visits)
    .innerJoin(patients, eq(patients.id, visits.patientId))
    .where(eq(visits.visitDate, localDate(now)))
    .all();
  const referrals = referralsOf(
    db,
    rows.map(({ visit }) => visit.id),
  );
  return rows
    .map(({ visit, patient }): QueueEntry => ({
      visitId: visit.id,
      queueNumber: visit.queueNumber,
      patientId: patient.id,
      patientCode: patient.code,
      fullName: patient.fullName,
      sex: patient.sex,
      birthYear: patient.birthYear,
      kind: visit.kind,
      status: visit.status,
      priority: visit.priority,
      createdAt: visit.createdAt,
      waitingMinutes: waitingMinutes(visit, now),
      ...present({ reason: visit.reason, cancelReason: visit.cancelReason }),
      ...referralCell(referrals.get(visit.id)),
    }))
    .sort(compareQueue);
}
