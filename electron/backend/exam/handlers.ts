import type { examApi } from '../../../shared/api/exam';
import { VISIT_STEPS } from '../../../shared/domain/queue';
import type { HandlersFor, UserCtx } from '../context';
import { queuePrescription } from '../prescriptions/national';
import { readSection } from '../settings/store';
import { moveVisit } from '../visits/status';
import { READ_ACTION, readRecently, visitDetail } from './detail';
import { setDiagnoses } from './diagnoses';
import { finishVisit } from './finish';
import { saveNotes } from './notes';
import { cancelOrder, orderServices, setOrderResult } from './orders';
import { visitInExam, writerOf as writer } from './record';
import { recordVitals } from './vitals';
import { takeNextVisit, takeVisit, worklist } from './worklist';

/** The audit entry of a write to one visit: who did what to which patient. */
function noteVisit(
  ctx: UserCtx,
  visit: { visitId: number; patientId: number },
  detail?: Record<string, unknown>,
): void {
  ctx.audit.note({
    patientId: visit.patientId,
    entity: 'visit',
    entityId: String(visit.visitId),
    ...(detail && { detail }),
  });
}

function patientOf(ctx: UserCtx, visitId: number): { visitId: number; patientId: number } {
  return { visitId, patientId: visitInExam(ctx.db, visitId).patientId };
}

export const examHandlers: HandlersFor<typeof examApi> = {
  'visits.worklist': (ctx) => {
    const entries = worklist(ctx.db, ctx.user.id, ctx.now);
    ctx.audit.read(entries.map((entry) => entry.patientId));
    return entries;
  },

  'visits.next': (ctx) => {
    const taken = takeNextVisit(writer(ctx));
    noteVisit(ctx, patientOf(ctx, taken.visitId), { queueNumber: taken.queueNumber });
    return taken;
  },

  'visits.start': (ctx, input) => {
    const taken = takeVisit(writer(ctx), input.visitId);
    noteVisit(ctx, patientOf(ctx, taken.visitId), { queueNumber: taken.queueNumber });
    return taken;
  },

  'visits.release': (ctx, input) => {
    const visit = visitInExam(ctx.db, input.visitId);
    const moved = moveVisit(ctx.db, visit.id, VISIT_STEPS.sendBack, ctx.now);
    noteVisit(ctx, { visitId: visit.id, patientId: visit.patientId });
    return { visitId: moved.id, status: moved.status };
  },

  'visits.get': (ctx, input) => {
    const detail = visitDetail(ctx.db, input.visitId, readSection(ctx.db, 'clinical'));
    const read = { userId: ctx.user.id, patientId: detail.patient.id, visitId: detail.visitId };
    if (!readRecently(ctx.db, read, ctx.now)) {
      ctx.audit.record(READ_ACTION, {
        patientId: read.patientId,
        entity: 'visit',
        entityId: String(read.visitId),
      });
    }
    return detail;
  },

  'visits.recordVitals': (ctx, { visitId, ...vitals }) => {
    const { view, patientId } = recordVitals(writer(ctx), visitId, vitals);
    noteVisit(ctx, { visitId, patientId }, { warnings: Object.keys(view.warnings) });
    return view;
  },

  'visits.saveNotes': (ctx, { visitId, ...patch }) => {
    const { notes, visit, changed } = saveNotes(writer(ctx), visitId, patch);
    noteVisit(ctx, { visitId, patientId: visit.patientId }, { changed });
    return notes;
  },

  'visits.setDiagnoses': (ctx, input) => {
    const visit = patientOf(ctx, input.visitId);
    const list = [input.primary, ...input.secondary];
    const saved = setDiagnoses(ctx.db, input.visitId, list);
    noteVisit(ctx, visit, { codes: saved.map((d) => d.code) });
    return saved;
  },

  'visits.orderServices': (ctx, input) => {
    const visit = patientOf(ctx, input.visitId);
    const orders = orderServices(writer(ctx), input.visitId, input.services);
    noteVisit(ctx, visit, { serviceIds: input.services.map((s) => s.serviceId) });
    return orders;
  },

  'visits.setOrderResult': (ctx, input) => {
    const { view, visit } = setOrderResult(writer(ctx), input.orderId, input.result, input.values);
    noteVisit(ctx, { visitId: visit.id, patientId: visit.patientId }, { orderId: view.orderId });
    return view;
  },

  'visits.cancelOrder': (ctx, input) => {
    const { view, visit } = cancelOrder(writer(ctx), input.orderId);
    noteVisit(ctx, { visitId: visit.id, patientId: visit.patientId }, { orderId: view.orderId });
    return view;
  },

  'visits.finish': (ctx, input) => {
    const { patientId, prescriptionId, ...finished } = finishVisit(
      writer(ctx),
      input.visitId,
      readSection(ctx.db, 'clinical'),
      input.referral,
    );
    noteVisit(
      ctx,
      { visitId: input.visitId, patientId },
      { status: finished.status, ...(input.referral && { referral: input.referral }) },
    );
    // The finished prescription waits for the national e-prescription system's adapter.
    if (prescriptionId !== undefined) {
      queuePrescription(
        ctx.db,
        prescriptionId,
        readSection(ctx.db, 'clinical'),
        ctx.now.toISOString(),
      );
    }
    return finished;
  },
};
