import type { visitsApi } from '../../../shared/api/visits';
import { VISIT_STEPS } from '../../../shared/domain/queue';
import type { HandlersFor } from '../context';
import { queueCheckIn } from '../claims/outbox';
import { pdfFile } from '../documents/pdf';
import { getPatientRow } from '../patients/registry';
import { readSection } from '../settings/store';
import { ticketContent } from './ticket-content';
import { ticketDocument } from './ticket-pdf';
import { cancelVisit, createVisit, getVisitRow, todayQueue } from './visits';

export const visitsHandlers: HandlersFor<typeof visitsApi> = {
  'visits.create': (ctx, input) => {
    const rules = readSection(ctx.db, 'reception');
    const created = createVisit(
      { db: ctx.db, sqlite: ctx.sqlite, now: ctx.now, userId: ctx.user.id },
      input,
      {
        childUnderYears: rules.childPriorityUnderYears,
        elderlyFromYears: rules.elderlyPriorityFromYears,
      },
    );
    // The BHXH gateway's check-in (XML0) waits in the outbox for its adapter.
    queueCheckIn(ctx.db, getVisitRow(ctx.db, created.visitId));
    ctx.audit.note({
      patientId: input.patientId,
      entity: 'visit',
      entityId: String(created.visitId),
      detail: { queueNumber: created.queueNumber, kind: input.kind, priority: created.priority },
    });
    return created;
  },

  'visits.cancel': (ctx, input) => {
    const row = cancelVisit(
      { db: ctx.db, sqlite: ctx.sqlite, now: ctx.now, userId: ctx.user.id },
      input.visitId,
      input.reason,
    );
    ctx.audit.note({
      patientId: row.patientId,
      entity: 'visit',
      entityId: String(row.id),
      detail: { queueNumber: row.queueNumber, reason: input.reason },
    });
    return { visitId: row.id, status: VISIT_STEPS.cancel };
  },

  'visits.ticket': async (ctx, input) => {
    const visit = getVisitRow(ctx.db, input.visitId);
    const patient = getPatientRow(ctx.db, visit.patientId);
    const facility = readSection(ctx.db, 'facility');
    ctx.audit.read([visit.patientId], { entity: 'visit', entityId: String(visit.id) });
    return pdfFile(
      ctx.config.resourcesDir,
      `so-thu-tu-${visit.visitDate}-${visit.queueNumber}.pdf`,
      ticketDocument(ticketContent(visit, patient, facility.name), input.width),
    );
  },

  'queue.today': (ctx) => {
    const queue = todayQueue(ctx.db, ctx.now);
    ctx.audit.read(queue.map((entry) => entry.patientId));
    return queue;
  },
};
