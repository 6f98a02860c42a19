import { and, desc, eq, lt } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { auditLog, prescriptions, visits, type VisitRow } from '../../../db/schema';
import type { Settings, VisitDetail } from '../../../shared/api';
import { isChronicDiagnosis } from '../../../shared/domain/prescription';
import { getPatientRow } from '../patients/registry';
import { present } from '../patients/rows';
import { readPrescription } from '../prescriptions/store';
import { loadAdminUnits } from '../reception/admin-units';
import { getVisitRow } from '../visits/visits';
import { listDiagnoses } from './diagnoses';
import { notesOf } from './notes';
import { listOrders } from './orders';
import { examPatient, getExamRow, userName } from './record';
import { referralOf } from '../visits/referrals';
import { readVitals } from './vitals';

/** The patient's latest prescription from an earlier visit, for the doctor to repeat. */
function previousPrescription(db: Db, visit: VisitRow): VisitDetail['previousPrescription'] {
  const earlier = db
    .select({ visitId: visits.id, visitDate: visits.visitDate })
    .from(visits)
    .innerJoin(prescriptions, eq(prescriptions.visitId, visits.id))
    .where(and(eq(visits.patientId, visit.patientId), lt(visits.createdAt, visit.createdAt)))
    .orderBy(desc(visits.createdAt), desc(visits.id))
    .limit(1)
    .get();
  const view = earlier ? readPrescription(db, earlier.visitId) : null;
  return earlier && view ? { ...view, visitDate: earlier.visitDate } : null;
}

/** Everything the visit screen shows, in one read. */
export function visitDetail(db: Db, visitId: number, clinical: Settings['clinical']): VisitDetail {
  const visit = getVisitRow(db, visitId);
  const patient = getPatientRow(db, visit.patientId);
  const exam = getExamRow(db, visitId);
  const diagnoses = listDiagnoses(db, visitId);
  const referral = referralOf(db, visitId);
  const chronic = isChronicDiagnosis(
    diagnoses.map((d) => d.code),
    clinical.chronicIcdPrefixes,
  );
  return {
    visitId: visit.id,
    queueNumber: visit.queueNumber,
    visitDate: visit.visitDate,
    kind: visit.kind,
    status: visit.status,
    priority: visit.priority,
    ...present({ reason: visit.reason }),
    ...(visit.bhytCode &&
      visit.bhytValidFrom &&
      visit.bhytValidTo && {
        bhyt: {
          code: visit.bhytCode,
          validFrom: visit.bhytValidFrom,
          validTo: visit.bhytValidTo,
          ...present({ facilityCode: visit.bhytFacilityCode }),
        },
      }),
    createdAt: visit.createdAt,
    patient: examPatient(patient, visit.visitDate, loadAdminUnits()),
    ...(exam && {
      doctor: { id: exam.doctorId, fullName: userName(db, exam.doctorId) },
      startedAt: exam.startedAt,
      ...present({ finishedAt: exam.finishedAt }),
    }),
    notes: notesOf(exam),
    vitals: readVitals(db, visitId, patient, visit.visitDate),
    diagnoses,
    orders: listOrders(db, visitId),
    prescription: readPrescription(db, visitId),
    previousPrescription: previousPrescription(db, visit),
    ...(referral && { referral }),
    chronic,
    maxDays: chronic ? clinical.chronicMaxPrescriptionDays : clinical.maxPrescriptionDays,
  };
}

export const READ_ACTION = 'visits.read';
/** The visit screen reads again after every save: one audit entry per sitting is enough. */
export const READ_AUDIT_WINDOW_MS = 15 * 60_000;

/** Whether this person's read of this visit is already in the audit log from a moment ago. */
export function readRecently(
  db: Db,
  read: { userId: number; patientId: number; visitId: number },
  now: Date,
): boolean {
  const last = db
    .select({ at: auditLog.at })
    .from(auditLog)
    .where(
      and(
        eq(auditLog.patientId, read.patientId),
        eq(auditLog.action, READ_ACTION),
        eq(auditLog.userId, read.userId),
        eq(auditLog.entityId, String(read.visitId)),
      ),
    )
    .orderBy(desc(auditLog.id))
    .limit(1)
    .get();
  return last !== undefined && now.getTime() - Date.parse(last.at) < READ_AUDIT_WINDOW_MS;
}
