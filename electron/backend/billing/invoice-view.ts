import { and, asc, eq, inArray, isNotNull, isNull, or, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import {
  invoices,
  patients,
  payments,
  visits,
  type InvoiceLineRow,
  type InvoiceRow,
} from '../../../db/schema';
import type { AwaitingVisit, InvoiceLineView, InvoiceView } from '../../../shared/api';
import type { Scope } from '../../../shared/domain/coverage';
import { fromMilli } from '../../../shared/domain/unit-price';
import { statusesOf } from '../../../shared/domain/queue';
import { getPatientRow } from '../patients/registry';
import { getVisitRow } from '../visits/visits';
import { visitCard } from './invoice-source';
import { frozenBy } from '../claims/freeze';
import { invoiceLinesOf } from './invoices';
import { paymentViews } from './ledger';
import { balanceOf } from './settlement';

export function lineView(line: InvoiceLineRow): InvoiceLineView {
  return {
    kind: line.kind,
    refId: line.refId,
    name: line.name,
    quantity: line.quantity,
    unitPrice: fromMilli(line.unitPriceMilli),
    amount: line.total,
    insurancePays: line.insurancePays,
    coPay: line.coPay,
    patientPays: line.patientPays,
    otherSources: line.otherSources,
    code: line.code,
    unit: line.unit,
    insuredUnitPrice: fromMilli(line.insuredUnitPriceMilli),
    coverageRatio: line.coverageRatio,
    scope: line.scope as Scope,
    covered: line.covered,
    benefitPercent: line.benefitPercent,
    insuredAmount: line.insuredAmount,
    notes: line.notes,
  };
}

/** The invoice with its lines, payments and the visit, patient and card it belongs to. */
export function invoiceView(db: Db, invoice: InvoiceRow): InvoiceView {
  const visit = getVisitRow(db, invoice.visitId);
  const patient = getPatientRow(db, invoice.patientId);
  const { paid, due, refundDue } = balanceOf(db, invoice);
  return {
    invoiceId: invoice.id,
    visitId: invoice.visitId,
    total: invoice.total,
    insurancePays: invoice.insurancePays,
    coPay: invoice.coPay,
    patientPays: invoice.patientPays,
    otherSources: invoice.otherSources,
    lines: invoiceLinesOf(db, invoice.id).map(lineView),
    patientDue: invoice.patientDue,
    paid,
    due,
    refundDue,
    settled: invoice.settledAt !== null,
    settledAt: invoice.settledAt,
    frozen: frozenBy(db, visit) !== null,
    computedAt: invoice.computedAt,
    coverage: {
      status: invoice.coverageStatus,
      benefitLevel: invoice.benefitLevel,
      benefitPercent: invoice.benefitPercent,
      lowCostApplied: invoice.lowCostApplied,
      lowCostThreshold: invoice.lowCostThreshold,
      reasons: invoice.reasons,
    },
    visit: {
      visitDate: visit.visitDate,
      queueNumber: visit.queueNumber,
      kind: visit.kind,
      status: visit.status,
    },
    patient: {
      id: patient.id,
      code: patient.code,
      fullName: patient.fullName,
      birthYear: patient.birthYear,
      sex: patient.sex,
    },
    card: visitCard(visit),
    payments: paymentViews(db, eq(payments.invoiceId, invoice.id)),
  };
}

/**
 * The cashier's list: visits waiting at the desk, then finished visits whose bill is owed
 * again after a void; longest waiting first.
 */
export function awaitingVisits(db: Db): AwaitingVisit[] {
  const paid = sql<number>`(SELECT coalesce(sum(${payments.amount}), 0) FROM ${payments} WHERE ${payments.invoiceId} = ${invoices.id})`;
  return db
    .select({ visit: visits, patient: patients, invoice: invoices, paid })
    .from(visits)
    .innerJoin(patients, eq(patients.id, visits.patientId))
    .leftJoin(invoices, eq(invoices.visitId, visits.id))
    .where(
      or(
        inArray(visits.status, statusesOf('atCashier')),
        and(
          inArray(visits.status, statusesOf('billable')),
          isNotNull(invoices.id),
          isNull(invoices.settledAt),
        ),
      ),
    )
    .orderBy(asc(visits.statusChangedAt), asc(visits.id))
    .all()
    .map(({ visit, patient, invoice, paid: paidSoFar }) => ({
      visitId: visit.id,
      visitDate: visit.visitDate,
      queueNumber: visit.queueNumber,
      patientId: patient.id,
      patientCode: patient.code,
      fullName: patient.fullName,
      birthYear: patient.birthYear,
      kind: visit.kind,
      status: visit.status,
      cardCode: visit.bhytCode,
      since: visit.statusChangedAt,
      invoiceId: invoice?.id ?? null,
      total: invoice?.total ?? null,
      due: invoice ? Math.max(0, invoice.patientDue - paidSoFar) : null,
      refundDue: invoice ? Math.max(0, paidSoFar - invoice.patientDue) : null,
    }));
}
