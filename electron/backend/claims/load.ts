import { and, asc, between, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { Db } from '../../../db/client';
import {
  drugs,
  invoiceLines,
  invoices,
  patients,
  prescriptionItems,
  prescriptions,
  serviceOrders,
  services,
  stockMovements,
  users,
  visitExams,
  visitVitals,
  visits,
  type InvoiceLineRow,
  type InvoiceRow,
  type PatientRow,
  type VisitRow,
} from '../../../db/schema';
import { drugCostGroup, serviceCostGroup } from '../../../shared/domain/claims/cost-groups';
import { statusesOf } from '../../../shared/domain/queue';
import type { ClaimLineDetail } from '../../../shared/domain/claims/from-invoice';
import { diagnosesOf, type DiagnosisText } from '../billing/diagnoses';

/** Everything one visit's claim is built from, read for a whole period at once. */
export interface ClaimSource {
  visit: VisitRow;
  patient: PatientRow;
  invoice: InvoiceRow | null;
  lines: InvoiceLineRow[];
  details: ClaimLineDetail[];
  diagnoses: DiagnosisText[];
  exam: {
    finishedAt: string | null;
    advice: string | null;
    complaint: string | null;
    reexamDate: string | null;
  } | null;
  doctor: { name: string; code: string | null } | null;
  weightKg: number | null;
}

/** Finished insured visits of a period: the ones a claims file is made of. */
export function claimedVisits(from: string, to: string): SQL {
  return and(
    eq(visits.kind, 'bhyt'),
    inArray(visits.status, statusesOf('claimable')),
    between(visits.visitDate, from, to),
  ) as SQL;
}

function group<T>(rows: readonly T[], key: (row: T) => number): Map<number, T[]> {
  const map = new Map<number, T[]>();
  for (const row of rows) {
    const list = map.get(key(row));
    if (list) list.push(row);
    else map.set(key(row), [row]);
  }
  return map;
}

function serviceDetails(db: Db, which: SQL): Map<number, ClaimLineDetail[]> {
  const performer = alias(users, 'performer');
  const rows = db
    .select({
      invoiceId: invoiceLines.invoiceId,
      line: invoiceLines,
      category: services.category,
      order: serviceOrders,
      performerCode: performer.practitionerCode,
    })
    .from(invoiceLines)
    .innerJoin(invoices, eq(invoices.id, invoiceLines.invoiceId))
    .innerJoin(visits, eq(visits.id, invoices.visitId))
    .innerJoin(services, eq(services.id, invoiceLines.itemId))
    .innerJoin(serviceOrders, eq(serviceOrders.id, invoiceLines.refId))
    .leftJoin(
      performer,
      eq(performer.id, sql`coalesce(${serviceOrders.resultBy}, ${serviceOrders.orderedBy})`),
    )
    .where(and(which, eq(invoiceLines.kind, 'service')))
    .all();
  const details = rows.map((row) => ({
    invoiceId: row.invoiceId,
    detail: {
      kind: 'service',
      refId: row.line.refId,
      code: row.line.code,
      groupCode: serviceCostGroup(row.category, row.line.coverageRatio),
      name: row.line.name,
      unit: row.line.unit,
      orderedAt: row.order.orderedAt,
      performedAt: row.order.resultAt ?? row.order.orderedAt,
      ...(row.order.resultAt && { resultAt: row.order.resultAt }),
      ...(row.performerCode && { performerCode: row.performerCode }),
    } satisfies ClaimLineDetail,
  }));
  const grouped = group(details, (d) => d.invoiceId);
  return new Map([...grouped].map(([id, list]) => [id, list.map((d) => d.detail)]));
}

function drugDetails(db: Db, which: SQL): Map<number, ClaimLineDetail[]> {
  const dispensedAt = sql<string | null>`(SELECT max(${stockMovements.at}) FROM ${stockMovements}
    WHERE ${stockMovements.prescriptionItemId} = ${prescriptionItems.id}
      AND ${stockMovements.kind} = 'dispense')`;
  const rows = db
    .select({
      invoiceId: invoiceLines.invoiceId,
      line: invoiceLines,
      drug: drugs,
      item: prescriptionItems,
      prescribedAt: prescriptions.createdAt,
      dispensedAt,
    })
    .from(invoiceLines)
    .innerJoin(invoices, eq(invoices.id, invoiceLines.invoiceId))
    .innerJoin(visits, eq(visits.id, invoices.visitId))
    .innerJoin(drugs, eq(drugs.id, invoiceLines.itemId))
    .innerJoin(prescriptionItems, eq(prescriptionItems.id, invoiceLines.refId))
    .innerJoin(prescriptions, eq(prescriptions.id, prescriptionItems.prescriptionId))
    .where(and(which, eq(invoiceLines.kind, 'drug')))
    .all();
  const details = rows.map((row) => ({
    invoiceId: row.invoiceId,
    detail: {
      kind: 'drug',
      refId: row.line.refId,
      code: row.drug.code,
      groupCode: drugCostGroup(row.line.coverageRatio),
      name: row.drug.name,
      unit: row.item.unit,
      orderedAt: row.prescribedAt,
      ...(row.dispensedAt && { performedAt: row.dispensedAt }),
      strength: row.drug.strength,
      ...(row.drug.routeCode && { routeCode: row.drug.routeCode }),
      ...(row.drug.dosageForm && { dosageForm: row.drug.dosageForm }),
      dosage: row.item.usage,
      instructions: row.item.note ?? row.item.route ?? row.drug.route ?? '',
      ...(row.drug.registrationNo && { registrationNo: row.drug.registrationNo }),
    } satisfies ClaimLineDetail,
  }));
  const grouped = group(details, (d) => d.invoiceId);
  return new Map([...grouped].map(([id, list]) => [id, list.map((d) => d.detail)]));
}

/** Reads a period's claim sources in a handful of queries (a month is thousands of visits). */
export function loadClaimSources(db: Db, from: string, to: string): ClaimSource[] {
  const which = claimedVisits(from, to);
  const doctor = alias(users, 'doctor');
  const rows = db
    .select({
      visit: visits,
      patient: patients,
      invoice: invoices,
      exam: {
        finishedAt: visitExams.finishedAt,
        advice: visitExams.advice,
        complaint: visitExams.complaint,
        reexamDate: visitExams.reexamDate,
        doctorId: visitExams.doctorId,
      },
      doctorName: doctor.fullName,
      doctorCode: doctor.practitionerCode,
      weightKg: visitVitals.weightKg,
    })
    .from(visits)
    .innerJoin(patients, eq(patients.id, visits.patientId))
    .leftJoin(invoices, eq(invoices.visitId, visits.id))
    .leftJoin(visitExams, eq(visitExams.visitId, visits.id))
    .leftJoin(doctor, eq(doctor.id, visitExams.doctorId))
    .leftJoin(visitVitals, eq(visitVitals.visitId, visits.id))
    .where(which)
    .orderBy(asc(visits.visitDate), asc(visits.queueNumber))
    .all();
  const lines = group(
    db
      .select({ line: invoiceLines })
      .from(invoiceLines)
      .innerJoin(invoices, eq(invoices.id, invoiceLines.invoiceId))
      .innerJoin(visits, eq(visits.id, invoices.visitId))
      .where(which)
      .orderBy(asc(invoiceLines.invoiceId), asc(invoiceLines.position))
      .all()
      .map((r) => r.line),
    (line) => line.invoiceId,
  );
  const serviceMap = serviceDetails(db, which);
  const drugMap = drugDetails(db, which);
  const diagnoses = diagnosesOf(db, which);
  return rows.map((row) => {
    const invoiceId = row.invoice?.id ?? 0;
    return {
      visit: row.visit,
      patient: row.patient,
      invoice: row.invoice,
      lines: lines.get(invoiceId) ?? [],
      details: [...(serviceMap.get(invoiceId) ?? []), ...(drugMap.get(invoiceId) ?? [])],
      diagnoses: diagnoses.get(row.visit.id) ?? [],
      exam: row.exam?.doctorId ? row.exam : null,
      doctor: row.doctorName === null ? null : { name: row.doctorName, code: row.doctorCode },
      weightKg: row.weightKg,
    };
  });
}
