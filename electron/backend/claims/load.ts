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
import type { ClaimLineDetail, ClaimResult } from '../../../shared/domain/claims/from-invoice';
import { cachDung, lieuDung } from '../../../shared/domain/claims/lieu-dung';
import { prescriptionDisplayName } from '../../../shared/domain/prescription';
import { statusesOf } from '../../../shared/domain/queue';
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

/** XML4 rows of an order: one per measured index, or the text result under the service's name. */
function resultsOf(order: typeof serviceOrders.$inferSelect, serviceName: string): ClaimResult[] {
  const values = order.resultValues ?? [];
  const text = order.result ?? '';
  if (values.length === 0) return text ? [{ name: serviceName, description: text }] : [];
  return values.map((v, i) => ({
    ...(v.code && { indexCode: v.code }),
    name: v.name,
    value: v.value,
    ...(v.unit && { unit: v.unit }),
    // The text beside measured values is the reader's conclusion, written once.
    ...(i === 0 && text && { conclusion: text }),
  }));
}

function serviceDetails(db: Db, which: SQL): Map<number, ClaimLineDetail[]> {
  const performer = alias(users, 'performer');
  const reader = alias(users, 'reader');
  const rows = db
    .select({
      invoiceId: invoiceLines.invoiceId,
      line: invoiceLines,
      category: services.category,
      ownCode: services.code,
      bhxhCode: services.bhxhCode,
      serviceName: services.name,
      order: serviceOrders,
      performerCode: performer.practitionerCode,
      readerCode: reader.practitionerCode,
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
    .leftJoin(reader, eq(reader.id, serviceOrders.resultBy))
    .where(and(which, eq(invoiceLines.kind, 'service')))
    .all();
  const details = rows.map((row) => ({
    invoiceId: row.invoiceId,
    detail: {
      kind: 'service',
      refId: row.line.refId,
      // XML3 carries the shared-list code; without one the claim check names Tram's own.
      code: row.bhxhCode ?? '',
      ownCode: row.ownCode,
      label: row.serviceName,
      groupCode: serviceCostGroup(row.category, row.line.coverageRatio),
      name: row.line.name,
      unit: row.line.unit,
      orderedAt: row.order.orderedAt,
      performedAt: row.order.resultAt ?? row.order.orderedAt,
      ...(row.order.resultAt && { resultAt: row.order.resultAt }),
      ...(row.performerCode && { performerCode: row.performerCode }),
      results: resultsOf(row.order, row.serviceName),
      ...(row.readerCode && { resultReaderCode: row.readerCode }),
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
  const details = rows.map(({ item, drug, ...row }) => {
    const dose = {
      morning: item.doseMorning,
      noon: item.doseNoon,
      afternoon: item.doseAfternoon,
      evening: item.doseEvening,
    };
    // CACH_DUNG: the doctor's words on how to take it (route and note), not the dose again.
    const how = cachDung(item.route ?? drug.route, item.note);
    return {
      invoiceId: row.invoiceId,
      detail: {
        kind: 'drug',
        refId: row.line.refId,
        code: drug.code,
        label: prescriptionDisplayName(
          { ingredients: drug.ingredients, tradeName: drug.name },
          { withStrength: true },
        ),
        groupCode: drugCostGroup(row.line.coverageRatio),
        name: drug.name,
        unit: item.unit,
        orderedAt: row.prescribedAt,
        ...(row.dispensedAt && { performedAt: row.dispensedAt }),
        strength: drug.strength,
        ...(drug.routeCode && { routeCode: drug.routeCode }),
        ...(drug.dosageForm && { dosageForm: drug.dosageForm }),
        dosage: lieuDung(dose, item.unit, item.days) ?? '',
        instructions: how,
        ...(drug.registrationNo && { registrationNo: drug.registrationNo }),
        ...(drug.tenderInfo && { tenderInfo: drug.tenderInfo }),
      } satisfies ClaimLineDetail,
    };
  });
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
