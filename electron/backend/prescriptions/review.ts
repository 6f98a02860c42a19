import { eq, inArray } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import {
  drugs,
  visitDiagnoses,
  visitVitals,
  type DrugRow,
  type PatientRow,
  type VisitRow,
} from '../../../db/schema';
import type { PrescriptionReview, RxIssue, Settings } from '../../../shared/api';
import { cardBenefitLevel } from '../../../shared/domain/coverage';
import { prescribedQuantity, usageText, type Dose } from '../../../shared/domain/dosing';
import {
  checkPrescription,
  isChronicDiagnosis,
  isInBhytScope,
  type PrescriptionIssue,
} from '../../../shared/domain/prescription';
import { patientAge } from '../exam/record';
import { AppError } from '../errors';
import { getPatientRow } from '../patients/registry';
import { onHandByDrug } from '../pharmacy/ledger-queries';

export interface RxLine {
  drugId: number;
  dose: Dose;
  days: number;
  route: string | null;
  note: string | null;
}

/** What the checks need to know about the visit, read once. */
export interface RxContext {
  visit: VisitRow;
  patient: PatientRow;
  weightKg: number | null;
  diagnosisCodes: string[];
  clinical: Settings['clinical'];
}

export function loadRxContext(db: Db, visit: VisitRow, clinical: Settings['clinical']): RxContext {
  const vitals = db
    .select({ weightKg: visitVitals.weightKg })
    .from(visitVitals)
    .where(eq(visitVitals.visitId, visit.id))
    .get();
  const diagnosisCodes = db
    .select({ code: visitDiagnoses.icdCode })
    .from(visitDiagnoses)
    .where(eq(visitDiagnoses.visitId, visit.id))
    .all()
    .map((row) => row.code);
  return {
    visit,
    patient: getPatientRow(db, visit.patientId),
    weightKg: vitals?.weightKg ?? null,
    diagnosisCodes,
    clinical,
  };
}

export interface ReviewedLine extends RxLine {
  drug: DrugRow | undefined;
  quantity: number | null;
  usage: string;
  /** The route printed: as typed, else the catalogue's. */
  effectiveRoute: string | null;
}

/** Where each check's finding belongs in prescriptions.save's input. */
const FIELD_OF: Partial<Record<PrescriptionIssue['key'], string>> = {
  'clinical.rx.allergy': 'drugId',
  'clinical.rx.duplicateIngredient': 'drugId',
  'clinical.rx.outOfBhytScope': 'drugId',
  'clinical.rx.badDays': 'days',
  'clinical.rx.tooManyDays': 'days',
  'clinical.rx.tooManyDaysChronic': 'days',
};

function withPath(issue: PrescriptionIssue): RxIssue {
  const field = FIELD_OF[issue.key];
  return issue.itemIndex !== undefined && field
    ? { ...issue, path: `items.${issue.itemIndex}.${field}` }
    : issue;
}

const byLine = (a: RxIssue, b: RxIssue): number => (a.itemIndex ?? -1) - (b.itemIndex ?? -1);

/**
 * Computes each line's quantity and usage and runs the safety checks (shared/domain): the
 * refusals and warnings for the prescription as typed. Nothing is written.
 */
export function reviewPrescription(
  db: Db,
  context: RxContext,
  lines: readonly RxLine[],
): { lines: ReviewedLine[]; review: PrescriptionReview } {
  const { visit, patient, clinical } = context;
  const ids = [...new Set(lines.map((line) => line.drugId))];
  const found = new Map(
    db
      .select()
      .from(drugs)
      .where(inArray(drugs.id, ids))
      .all()
      .map((d) => [d.id, d]),
  );
  const onHand = onHandByDrug(db, ids, visit.visitDate);
  const benefitLevel = visit.bhytCode ? cardBenefitLevel(visit.bhytCode) : null;
  const chronic = isChronicDiagnosis(context.diagnosisCodes, clinical.chronicIcdPrefixes);
  const lineErrors: RxIssue[] = [];

  const reviewed = lines.map((line, itemIndex): ReviewedLine => {
    const drug = found.get(line.drugId);
    const params = { line: itemIndex + 1 };
    if (!drug) {
      lineErrors.push({
        itemIndex,
        key: 'clinical.rx.drugNotFound',
        params,
        path: `items.${itemIndex}.drugId`,
      });
    } else if (!drug.active) {
      lineErrors.push({
        itemIndex,
        key: 'clinical.rx.drugInactive',
        params: { ...params, name: drug.name },
        path: `items.${itemIndex}.drugId`,
      });
    }
    const quantity = prescribedQuantity({ dose: line.dose, days: line.days });
    if (!quantity.ok) {
      const field = quantity.field === 'days' ? 'days' : `dose.${quantity.field ?? 'morning'}`;
      lineErrors.push({
        itemIndex,
        key: quantity.error.key,
        params: { ...quantity.error.params, ...params },
        path: `items.${itemIndex}.${field}`,
      });
    }
    const effectiveRoute = line.route ?? drug?.route ?? null;
    return {
      ...line,
      drug,
      quantity: quantity.ok ? quantity.value : null,
      usage: usageText(line.dose, drug?.unit ?? '', { route: effectiveRoute, note: line.note }),
      effectiveRoute,
    };
  });

  const age = patientAge(patient, visit.visitDate);
  const check = checkPrescription({
    patient: {
      allergyIngredients: patient.allergyIngredients,
      ageMonths: age.ageMonths,
      isUnder72Months: age.isUnder72Months,
      weightKg: context.weightKg,
      isBhyt: visit.kind === 'bhyt',
    },
    // A line whose quantity does not compute is already refused: no stock or quantity finding.
    items: reviewed.map((line) => ({
      drugId: line.drugId,
      ingredients: line.drug?.ingredients.map((i) => i.name) ?? [],
      days: line.days,
      quantity: line.quantity ?? 1,
      onHand: line.quantity === null ? Infinity : (onHand.get(line.drugId) ?? 0),
      inBhytScope: line.drug
        ? isInBhytScope(
            { scope: line.drug.scope, insuredPrice: line.drug.insuredPriceMilli },
            benefitLevel,
          )
        : true,
    })),
    limits: {
      maxDays: clinical.maxPrescriptionDays,
      chronicMaxDays: clinical.chronicMaxPrescriptionDays,
      chronic,
    },
  });

  return {
    lines: reviewed,
    review: {
      items: reviewed.map((line) => ({
        drugId: line.drugId,
        quantity: line.quantity,
        usage: line.usage,
        unit: line.drug?.unit ?? '',
        onHand: onHand.get(line.drugId) ?? 0,
        inBhytScope: line.drug
          ? isInBhytScope(
              { scope: line.drug.scope, insuredPrice: line.drug.insuredPriceMilli },
              benefitLevel,
            )
          : true,
      })),
      errors: [...lineErrors, ...check.errors.map(withPath)].sort(byLine),
      warnings: check.warnings.map(withPath).sort(byLine),
      chronic,
      maxDays: chronic ? clinical.chronicMaxPrescriptionDays : clinical.maxPrescriptionDays,
    },
  };
}

/** The refusal for a prescription with errors: the first as the message, all as field errors. */
export function prescriptionRefused(review: PrescriptionReview): AppError {
  const [first] = review.errors;
  if (!first) throw new Error('prescriptionRefused needs an error');
  const fieldErrors: Record<string, { key: RxIssue['key']; params?: RxIssue['params'] }> = {};
  for (const issue of review.errors) {
    if (issue.path && !fieldErrors[issue.path]) {
      fieldErrors[issue.path] = { key: issue.key, ...(issue.params && { params: issue.params }) };
    }
  }
  return new AppError('VALIDATION', first.key, {
    ...(first.params && { params: first.params }),
    fieldErrors,
    details: { errors: review.errors, warnings: review.warnings },
  });
}
