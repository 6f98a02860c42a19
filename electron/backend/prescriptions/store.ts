import { asc, eq } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { drugs, prescriptionItems, prescriptions, users } from '../../../db/schema';
import type {
  DoseText,
  PrescriptionItemView,
  PrescriptionView,
  SavedPrescription,
  Settings,
} from '../../../shared/api';
import type { Dose, DoseInput } from '../../../shared/domain/dosing';
import {
  formatPrescriptionCode,
  prescriptionDisplayName,
  type PrescriptionType,
} from '../../../shared/domain/prescription';
import { prescriptionTypeOf } from '../../../shared/domain/prescription-print';
import { fromMilli, fromMilliOrNull } from '../../../shared/domain/unit-price';
import { asScope } from '../catalog/scope';
import { visitInExam } from '../exam/record';
import { AppError } from '../errors';
import type { WriteContext } from '../patients/registry';
import { nextSequence } from '../sequences';
import { loadRxContext, prescriptionRefused, reviewPrescription, type RxLine } from './review';

type PrescriptionRow = typeof prescriptions.$inferSelect;

export function prescriptionOf(db: Db, visitId: number): PrescriptionRow | undefined {
  return db.select().from(prescriptions).where(eq(prescriptions.visitId, visitId)).get();
}

/** A take as stored: what was typed, trimmed; null when nothing is taken then. */
function storedDose(value: DoseInput): string | null {
  const text = value === null || value === undefined ? '' : String(value).trim();
  return text === '' ? null : text;
}

/** The next code of this station's series, e.g. 01001A000123-c. */
function newCode(
  ctx: WriteContext,
  facilityCode: string,
  series: string,
  type: PrescriptionType,
): string {
  const sequence = nextSequence(ctx.sqlite, `prescription:${series}`);
  const code = formatPrescriptionCode(facilityCode, sequence, type, series);
  if (!code.ok) {
    throw new AppError('CONFLICT', code.error.key, {
      ...(code.error.params && { params: code.error.params }),
    });
  }
  return code.value;
}

/**
 * Saves the visit's prescription: refused while any check fails, otherwise its lines are
 * replaced with the quantities computed and the catalogue's prices of today. The code is given
 * on the first save and kept after.
 */
export function savePrescription(
  ctx: WriteContext,
  visitId: number,
  lines: readonly RxLine[],
  settings: { facilityCode: string; clinical: Settings['clinical'] },
): SavedPrescription & { patientId: number } {
  const visit = visitInExam(ctx.db, visitId);
  const context = loadRxContext(ctx.db, visit, settings.clinical);
  const { lines: reviewed, review } = reviewPrescription(ctx.db, context, lines);
  if (review.errors.length > 0) throw prescriptionRefused(review);

  const at = ctx.now.toISOString();
  // The type letter follows the drugs (a narcotic makes it "n"); the code ends with it.
  const type = prescriptionTypeOf(
    reviewed.flatMap((line) => (line.drug ? [line.drug.rxType] : [])),
  );
  const existing = prescriptionOf(ctx.db, visitId);
  let prescription: PrescriptionRow;
  if (existing) {
    ctx.db.delete(prescriptionItems).where(eq(prescriptionItems.prescriptionId, existing.id)).run();
    prescription = ctx.db
      .update(prescriptions)
      .set({
        prescribedBy: ctx.userId,
        updatedAt: at,
        type,
        code: `${existing.code.slice(0, existing.code.lastIndexOf('-'))}-${type}`,
      })
      .where(eq(prescriptions.id, existing.id))
      .returning()
      .get();
  } else {
    prescription = ctx.db
      .insert(prescriptions)
      .values({
        visitId,
        code: newCode(ctx, settings.facilityCode, settings.clinical.prescriptionSeries, type),
        type,
        prescribedBy: ctx.userId,
        createdAt: at,
        updatedAt: at,
      })
      .returning()
      .get();
  }
  const items = reviewed.map((line, position) => {
    const { drug, quantity } = line;
    // Refused above otherwise.
    if (!drug || quantity === null) throw new Error('a reviewed line lost its drug or quantity');
    const item = ctx.db
      .insert(prescriptionItems)
      .values({
        prescriptionId: prescription.id,
        position,
        drugId: drug.id,
        doseMorning: storedDose(line.dose.morning),
        doseNoon: storedDose(line.dose.noon),
        doseAfternoon: storedDose(line.dose.afternoon),
        doseEvening: storedDose(line.dose.evening),
        days: line.days,
        quantity,
        unit: drug.unit,
        route: line.effectiveRoute,
        note: line.note,
        usage: line.usage,
        unitPriceMilli: drug.priceMilli,
        insuredPriceMilli: drug.insuredPriceMilli,
        insuranceRatio: drug.insuranceRatio,
        scope: drug.scope,
      })
      .returning({ id: prescriptionItems.id })
      .get();
    return { itemId: item.id, drugId: drug.id, quantity, usage: line.usage };
  });
  return {
    prescriptionId: prescription.id,
    code: prescription.code,
    items,
    warnings: review.warnings,
    patientId: visit.patientId,
  };
}

/** Takes a prescription off a visit still in the exam room; its code is not used again. */
export function removePrescription(ctx: WriteContext, visitId: number): string | null {
  visitInExam(ctx.db, visitId);
  const existing = prescriptionOf(ctx.db, visitId);
  if (!existing) return null;
  ctx.db.delete(prescriptionItems).where(eq(prescriptionItems.prescriptionId, existing.id)).run();
  ctx.db.delete(prescriptions).where(eq(prescriptions.id, existing.id)).run();
  return existing.code;
}

/** The lines of a saved prescription, as the checks take them. */
export function savedLines(items: readonly PrescriptionItemView[]): RxLine[] {
  return items.map((item) => ({
    drugId: item.drugId,
    dose: item.dose satisfies Dose,
    days: item.days,
    route: item.route,
    note: item.note,
  }));
}

export function readPrescription(db: Db, visitId: number): PrescriptionView | null {
  const found = db
    .select({ prescription: prescriptions, doctor: users.fullName })
    .from(prescriptions)
    .innerJoin(users, eq(users.id, prescriptions.prescribedBy))
    .where(eq(prescriptions.visitId, visitId))
    .get();
  if (!found) return null;
  const { prescription } = found;
  const rows = db
    .select({ item: prescriptionItems, drug: drugs })
    .from(prescriptionItems)
    .innerJoin(drugs, eq(drugs.id, prescriptionItems.drugId))
    .where(eq(prescriptionItems.prescriptionId, prescription.id))
    .orderBy(asc(prescriptionItems.position))
    .all();
  return {
    prescriptionId: prescription.id,
    code: prescription.code,
    type: prescription.type,
    prescribedBy: { id: prescription.prescribedBy, fullName: found.doctor },
    createdAt: prescription.createdAt,
    updatedAt: prescription.updatedAt,
    items: rows.map(({ item, drug }): PrescriptionItemView => {
      const dose: DoseText = {
        morning: item.doseMorning ?? '',
        noon: item.doseNoon ?? '',
        afternoon: item.doseAfternoon ?? '',
        evening: item.doseEvening ?? '',
      };
      return {
        itemId: item.id,
        drugId: drug.id,
        drugCode: drug.code,
        displayName: prescriptionDisplayName(
          { ingredients: drug.ingredients, tradeName: drug.name },
          { withStrength: true },
        ),
        name: drug.name,
        ingredient: drug.ingredientText,
        strength: drug.strength,
        dosageForm: drug.dosageForm,
        unit: item.unit,
        dose,
        days: item.days,
        quantity: item.quantity,
        route: item.route,
        note: item.note,
        usage: item.usage,
        unitPrice: fromMilli(item.unitPriceMilli),
        insuredPrice: fromMilliOrNull(item.insuredPriceMilli),
        scope: asScope(item.scope),
      };
    }),
  };
}
