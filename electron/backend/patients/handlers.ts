import type { patientsApi } from '../../../shared/api/patients';
import { localDate } from '../../../shared/domain/dates';
import type { HandlersFor, UserCtx } from '../context';
import { pdfFile } from '../documents/pdf';
import { loadAdminUnits } from '../reception/admin-units';
import { loadOldUnits } from '../reference/code-files';
import { readSection } from '../settings/store';
import { patientCardDocument } from './card-pdf';
import { findDuplicates } from './duplicates';
import {
  createPatient,
  getPatientRow,
  mergePatients,
  updatePatient,
  type WriteContext,
} from './registry';
import { toView } from './rows';
import { searchPatients } from './search';
import { patientValues, type PatientInput, type PatientValues } from './validate';

function checked(ctx: UserCtx, input: PatientInput): PatientValues {
  return patientValues(input, {
    today: localDate(ctx.now),
    units: loadAdminUnits(),
    oldUnits: loadOldUnits(ctx.config.resourcesDir),
    guardianUnderMonths: readSection(ctx.db, 'reception').guardianUnderMonths,
  });
}

const writer = (ctx: UserCtx): WriteContext => ({
  db: ctx.db,
  sqlite: ctx.sqlite,
  now: ctx.now,
  userId: ctx.user.id,
});

export const patientsHandlers: HandlersFor<typeof patientsApi> = {
  'patients.create': (ctx, input) => {
    const facility = readSection(ctx.db, 'facility');
    const row = createPatient(writer(ctx), checked(ctx, input), facility.code);
    ctx.audit.note({
      patientId: row.id,
      entity: 'patient',
      entityId: String(row.id),
      detail: { code: row.code, insuranceStatus: row.insuranceStatus },
    });
    return toView(ctx.db, loadAdminUnits(), row, loadOldUnits(ctx.config.resourcesDir));
  },

  'patients.update': (ctx, { id, expectedUpdatedAt, ...input }) => {
    const { row, changed } = updatePatient(writer(ctx), id, checked(ctx, input), expectedUpdatedAt);
    ctx.audit.note({
      patientId: row.id,
      entity: 'patient',
      entityId: String(row.id),
      detail: { code: row.code, changed },
    });
    return toView(ctx.db, loadAdminUnits(), row, loadOldUnits(ctx.config.resourcesDir));
  },

  'patients.get': (ctx, input) => {
    const row = getPatientRow(ctx.db, input.id);
    ctx.audit.record('patients.read', {
      patientId: row.id,
      entity: 'patient',
      entityId: String(row.id),
    });
    return toView(ctx.db, loadAdminUnits(), row, loadOldUnits(ctx.config.resourcesDir));
  },

  'patients.search': (ctx, input) => {
    const found = searchPatients(ctx.sqlite, input);
    ctx.audit.read(found.map((p) => p.id));
    return found;
  },

  'patients.duplicates': (ctx, input) => {
    const found = findDuplicates(ctx.db, input);
    ctx.audit.read(found.map((p) => p.id));
    return found;
  },

  'patients.merge': (ctx, input) => {
    const outcome = mergePatients(writer(ctx), input.keepId, input.mergeId);
    const detail = {
      keptCode: outcome.kept.code,
      mergedId: outcome.merged.id,
      mergedCode: outcome.merged.code,
      visitsMoved: outcome.visitsMoved,
      filled: outcome.filled,
    };
    // One entry under each person, so either record's history shows the merge.
    ctx.audit.record('patients.merge', {
      patientId: outcome.merged.id,
      entity: 'patient',
      entityId: String(outcome.merged.id),
      detail,
    });
    ctx.audit.note({
      patientId: outcome.kept.id,
      entity: 'patient',
      entityId: String(outcome.kept.id),
      detail,
    });
    return toView(ctx.db, loadAdminUnits(), outcome.kept, loadOldUnits(ctx.config.resourcesDir));
  },

  'patients.card': async (ctx, input) => {
    const row = getPatientRow(ctx.db, input.id);
    const facility = readSection(ctx.db, 'facility');
    ctx.audit.record('patients.card', {
      patientId: row.id,
      entity: 'patient',
      entityId: String(row.id),
    });
    return pdfFile(
      ctx.config.resourcesDir,
      `the-benh-nhan-${row.code}.pdf`,
      patientCardDocument(row, facility),
    );
  },
};
