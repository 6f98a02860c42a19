import { and, asc, between, desc, eq, inArray, isNull } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import {
  gatewayOutbox,
  patients,
  services,
  visits,
  type OutboxKind,
  type VisitRow,
} from '../../../db/schema';
import type { OutboxEntry } from '../../../shared/api/claims';
import { checkInRow } from '../../../shared/domain/claims/check-in';
import { describeProblem } from '../../../shared/domain/claims/problems';
import { checkCheckIn } from '../../../shared/domain/claims/sheet-check';
import { visitObjectCode } from '../../../shared/domain/claims/visit-object';
import type { Xml0CheckIn } from '../../../shared/domain/claims/xml130-fields';
import { readSection } from '../settings/store';
import { claimIdentity, claimLink } from './build';

/** Adds a document for an upload adapter; one per kind and visit (a later one replaces it). */
export function enqueue(
  db: Db,
  kind: OutboxKind,
  visitId: number,
  payload: Record<string, unknown>,
  problems: OutboxEntry['problems'],
  at: string,
): void {
  db.insert(gatewayOutbox)
    .values({ kind, visitId, payload, problems, createdAt: at })
    .onConflictDoUpdate({
      target: [gatewayOutbox.kind, gatewayOutbox.visitId],
      set: { payload, problems, createdAt: at, sentAt: null, receipt: null },
    })
    .run();
}

/**
 * The XML0 check-in of an insured visit, built when reception checks the patient in and kept
 * for the gateway adapter (checkInKcbQd4750), with what the sheet's checks found.
 */
export function queueCheckIn(db: Db, visit: VisitRow): void {
  if (visit.kind !== 'bhyt' || !visit.bhytCode) return;
  const patient = db.select().from(patients).where(eq(patients.id, visit.patientId)).get();
  if (!patient) return;
  const facilityCode = readSection(db, 'facility').code;
  const examCode = readSection(db, 'clinical').examServiceCode;
  const exam = examCode
    ? db.select().from(services).where(eq(services.code, examCode)).get()
    : undefined;
  const link = claimLink(visit);
  const row = checkInRow({
    facilityCode,
    link,
    patient: claimIdentity(patient),
    card: {
      code: visit.bhytCode,
      registeredFacility: visit.bhytFacilityCode ?? '',
      validFrom: visit.bhytValidFrom ?? '',
      validTo: visit.bhytValidTo ?? '',
    },
    visitObjectCode: visitObjectCode({
      facilityCode,
      registeredFacility: visit.bhytFacilityCode ?? '',
      emergency: visit.priority === 'emergency',
    }).code,
    arrivedAt: visit.createdAt,
    firstService: exam?.active ? { code: exam.bhxhCode ?? '', name: exam.name } : null,
  });
  const subjects = { patient: patient.fullName, link, xml2: [], xml3: [], xml4: [] };
  const problems = checkCheckIn(row).map((p) => describeProblem(p, subjects));
  enqueue(db, 'checkIn', visit.id, row, problems, visit.createdAt);
}

/** The check-ins of visits made in a period, oldest first, with their problems. */
export function checkInsOf(
  db: Db,
  from: string,
  to: string,
): Array<{ visitId: number; row: Xml0CheckIn; problems: OutboxEntry['problems'] }> {
  return db
    .select({ entry: gatewayOutbox })
    .from(gatewayOutbox)
    .innerJoin(visits, eq(visits.id, gatewayOutbox.visitId))
    .where(and(eq(gatewayOutbox.kind, 'checkIn'), between(visits.visitDate, from, to)))
    .orderBy(asc(visits.visitDate), asc(visits.queueNumber))
    .all()
    .map(({ entry }) => ({
      visitId: entry.visitId,
      row: entry.payload as Xml0CheckIn,
      problems: entry.problems,
    }));
}

/** Outbox entries awaiting an adapter (or all), newest first. */
export function outboxEntries(
  db: Db,
  kinds: readonly OutboxKind[],
  pendingOnly: boolean,
  limit: number,
): OutboxEntry[] {
  return db
    .select({ entry: gatewayOutbox, visit: visits, patient: patients })
    .from(gatewayOutbox)
    .innerJoin(visits, eq(visits.id, gatewayOutbox.visitId))
    .innerJoin(patients, eq(patients.id, visits.patientId))
    .where(
      and(
        inArray(gatewayOutbox.kind, [...kinds]),
        pendingOnly ? isNull(gatewayOutbox.sentAt) : undefined,
      ),
    )
    .orderBy(desc(gatewayOutbox.createdAt), desc(gatewayOutbox.id))
    .limit(limit)
    .all()
    .map(({ entry, visit, patient }) => ({
      id: entry.id,
      kind: entry.kind,
      visitId: entry.visitId,
      visitDate: visit.visitDate,
      fullName: patient.fullName,
      createdAt: entry.createdAt,
      sentAt: entry.sentAt,
      problems: entry.problems,
      payload: entry.payload,
    }));
}
