import { and, eq } from 'drizzle-orm';
import { visitDiagnoses, visitExams } from '../../../db/schema';
import type { FinishedVisit, Settings } from '../../../shared/api';
import { VISIT_STEPS } from '../../../shared/domain/queue';
import { repriceVisit } from '../billing/invoices';
import { AppError } from '../errors';
import type { WriteContext } from '../patients/registry';
import { loadRxContext, prescriptionRefused, reviewPrescription } from '../prescriptions/review';
import { readPrescription, savedLines } from '../prescriptions/store';
import { moveVisit } from '../visits/status';
import { ensureExam, visitInExam } from './record';
import { saveReferral, type ReferralInput } from '../visits/referrals';

/**
 * Ends the exam. A primary diagnosis is required, and a prescription is checked again (the
 * diagnoses or the vitals may have changed since it was saved). With drugs the patient goes
 * to the pharmacy, else straight to the cashier. A referral (chuyển tuyến) is kept with it.
 */
export function finishVisit(
  ctx: WriteContext,
  visitId: number,
  clinical: Settings['clinical'],
  referralInput?: ReferralInput,
): FinishedVisit & { patientId: number; prescriptionId?: number } {
  const visit = visitInExam(ctx.db, visitId);
  const primary = ctx.db
    .select({ code: visitDiagnoses.icdCode })
    .from(visitDiagnoses)
    .where(and(eq(visitDiagnoses.visitId, visitId), eq(visitDiagnoses.position, 0)))
    .get();
  if (!primary) {
    throw new AppError('VALIDATION', 'exam.finish.noDiagnosis', {
      fieldErrors: { 'primary.code': { key: 'exam.finish.noDiagnosis' } },
    });
  }
  const prescription = readPrescription(ctx.db, visitId);
  const withDrugs = prescription !== null && prescription.items.length > 0;
  if (prescription && withDrugs) {
    const context = loadRxContext(ctx.db, visit, clinical);
    const { review } = reviewPrescription(ctx.db, context, savedLines(prescription.items));
    if (review.errors.length > 0) throw prescriptionRefused(review);
  }
  ensureExam(ctx, visitId);
  const at = ctx.now.toISOString();
  ctx.db
    .update(visitExams)
    .set({ finishedAt: at, updatedAt: at })
    .where(eq(visitExams.visitId, visitId))
    .run();
  const referral = referralInput && saveReferral(ctx, visitId, referralInput);
  const moved = moveVisit(
    ctx.db,
    visitId,
    withDrugs ? VISIT_STEPS.toPharmacy : VISIT_STEPS.toCashier,
    ctx.now,
  );
  // Orders change only in the exam room: the bill is made from them when the visit reaches
  // the cashier (with drugs, when the pharmacy hands them over).
  repriceVisit(ctx.db, visitId, ctx.now);
  return {
    visitId,
    status: moved.status,
    patientId: visit.patientId,
    ...(withDrugs &&
      prescription && {
        prescriptionCode: prescription.code,
        prescriptionId: prescription.prescriptionId,
      }),
    ...(referral && { referral }),
  };
}
