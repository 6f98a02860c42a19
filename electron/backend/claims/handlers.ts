import type { ClaimCheck, LocalizedText } from '../../../shared/api';
import type { claimsApi } from '../../../shared/api/claims';
import { XML_MIME } from '../../../shared/api/files';
import { buildGiamDinhHs } from '../../../shared/domain/claims/xml130';
import { localDate } from '../../../shared/domain/dates';
import type { HandlersFor, UserCtx } from '../context';
import { AppError, conflict } from '../errors';
import { readSection } from '../settings/store';
import { buildClaims, type BuiltClaim } from './build';
import { loadClaimSources } from './load';
import { patientsOf } from '../audit/patients-of';

/** Settings every claim needs: without them no file is worth sending. */
function settingsProblems(ctx: UserCtx): LocalizedText[] {
  return readSection(ctx.db, 'claims').headCode ? [] : [{ key: 'claims.problem.headCode' }];
}

function claimsOf(ctx: UserCtx, from: string, to: string): BuiltClaim[] {
  return buildClaims(
    loadClaimSources(ctx.db, from, to),
    readSection(ctx.db, 'facility').code,
    readSection(ctx.db, 'claims'),
  );
}

function check(claim: BuiltClaim): ClaimCheck {
  const { visit, patient, invoice } = claim.source;
  return {
    visitId: visit.id,
    visitDate: visit.visitDate,
    queueNumber: visit.queueNumber,
    link: claim.link,
    patientCode: patient.code,
    fullName: patient.fullName,
    cardCode: visit.bhytCode,
    total: invoice?.total ?? 0,
    insurancePays: invoice?.insurancePays ?? 0,
    problems: claim.problems,
  };
}

export const claimsHandlers: HandlersFor<typeof claimsApi> = {
  'claims.validate': (ctx, { from, to }) => {
    const visits = claimsOf(ctx, from, to).map(check);
    ctx.audit.read(
      patientsOf(
        ctx.sqlite,
        'visits',
        visits.map((v) => v.visitId),
      ),
    );
    const ready = visits.filter((v) => v.problems.length === 0).length;
    return {
      from,
      to,
      visits,
      ready,
      withProblems: visits.length - ready,
      problems: settingsProblems(ctx),
    };
  },

  'claims.exportXml130': (ctx, { from, to }) => {
    const [blocking] = settingsProblems(ctx);
    if (blocking) throw new AppError('CONFLICT', blocking.key);
    const claims = claimsOf(ctx, from, to);
    // STT counts the visits actually sent, 1 to n.
    const records = claims
      .flatMap((c) => (c.record ? [c.record] : []))
      .map((record, index) => ({ ...record, xml1: { ...record.xml1, STT: index + 1 } }));
    if (records.length === 0) throw conflict('claims.nothingToExport', { from, to });
    const facilityCode = readSection(ctx.db, 'facility').code;
    const xml = buildGiamDinhHs({
      facilityCode,
      createdOn: localDate(ctx.now),
      records,
      encode: (text) => Buffer.from(text, 'utf8').toString('base64'),
    });
    const skippedVisitIds = claims.filter((c) => !c.record).map((c) => c.source.visit.id);
    ctx.audit.record('claims.exportXml130', {
      patientIds: claims.filter((c) => c.record).map((c) => c.source.visit.patientId),
      entity: 'claims',
      entityId: `${from}..${to}`,
      detail: { count: records.length, skipped: skippedVisitIds.length },
    });
    return {
      fileName: `GIAMDINHHS_${facilityCode}_${from.replace(/-/g, '')}_${to.replace(/-/g, '')}.xml`,
      mimeType: XML_MIME,
      content: Buffer.from(xml, 'utf8').toString('base64'),
      count: records.length,
      skippedVisitIds,
    };
  },
};
