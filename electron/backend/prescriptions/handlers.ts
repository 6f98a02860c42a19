import type { prescriptionsApi } from '../../../shared/api/prescriptions';
import { patientsOf } from '../audit/patients-of';
import type { HandlersFor } from '../context';
import { pdfFile } from '../documents/pdf';
import { visitDetail } from '../exam/detail';
import { visitInExam, writerOf as writer } from '../exam/record';
import { AppError, notFound } from '../errors';
import { readSection } from '../settings/store';
import { nationalPayloadOf } from './national';
import { prescriptionDocument } from './pdf';
import { loadRxContext, reviewPrescription } from './review';
import { removePrescription, savePrescription } from './store';

export const prescriptionsHandlers: HandlersFor<typeof prescriptionsApi> = {
  'prescriptions.check': (ctx, input) => {
    const visit = visitInExam(ctx.db, input.visitId);
    const context = loadRxContext(ctx.db, visit, readSection(ctx.db, 'clinical'));
    const review = reviewPrescription(ctx.db, context, input.items).review;
    ctx.audit.read([visit.patientId], { entity: 'visit', entityId: String(input.visitId) });
    return review;
  },

  'prescriptions.save': (ctx, input) => {
    const { patientId, ...saved } = savePrescription(writer(ctx), input.visitId, input.items, {
      facilityCode: readSection(ctx.db, 'facility').code,
      clinical: readSection(ctx.db, 'clinical'),
    });
    ctx.audit.note({
      patientId,
      entity: 'prescription',
      entityId: saved.code,
      detail: {
        visitId: input.visitId,
        drugIds: saved.items.map((item) => item.drugId),
        warnings: saved.warnings.map((warning) => warning.key),
      },
    });
    return saved;
  },

  'prescriptions.remove': (ctx, input) => {
    const patientId = visitInExam(ctx.db, input.visitId).patientId;
    const code = removePrescription(writer(ctx), input.visitId);
    ctx.audit.note({
      patientId,
      entity: 'prescription',
      entityId: code ?? '',
      detail: { visitId: input.visitId },
    });
    return { visitId: input.visitId };
  },

  'prescriptions.nationalPayload': (ctx, input) => {
    const national = nationalPayloadOf(
      ctx.db,
      input.prescriptionId,
      readSection(ctx.db, 'clinical'),
    );
    const fields = national.problems.map((p) => p.field ?? '');
    if (fields.length > 0) {
      throw new AppError('VALIDATION', 'clinical.rx.national.invalid', {
        params: { fields: fields.join(', ') },
        details: { fields },
      });
    }
    ctx.audit.read(patientsOf(ctx.sqlite, 'visits', [national.visitId]), {
      entity: 'prescription',
      entityId: national.payload.ma_don_thuoc,
      detail: { visitId: national.visitId },
    });
    return national.payload;
  },

  'documents.prescription': async (ctx, input) => {
    const detail = visitDetail(ctx.db, input.visitId, readSection(ctx.db, 'clinical'));
    if (!detail.prescription) throw notFound('clinical.rx.notFound');
    ctx.audit.record('documents.prescription', {
      patientId: detail.patient.id,
      entity: 'prescription',
      entityId: detail.prescription.code,
    });
    return pdfFile(
      ctx.config.resourcesDir,
      `don-thuoc-${detail.prescription.code}.pdf`,
      prescriptionDocument(detail, readSection(ctx.db, 'facility')),
    );
  },
};
