import type { ClaimCheck, LocalizedText } from '../../../shared/api';
import type { claimsApi } from '../../../shared/api/claims';
import { XML_MIME } from '../../../shared/api/files';
import { buildGiamDinhHs, renderXml0 } from '../../../shared/domain/claims/xml130';
import { localDate } from '../../../shared/domain/dates';
import type { HandlersFor, UserCtx } from '../context';
import { AppError, conflict } from '../errors';
import { readSection } from '../settings/store';
import { loadOldUnits, loadRouteCodes } from '../reference/code-files';
import { buildClaims, type BuiltClaim } from './build';
import { checkInsOf, outboxEntries } from './outbox';
import { loadClaimSources } from './load';

/** Settings every claim needs: without them no file is worth sending. */
function settingsProblems(ctx: UserCtx): LocalizedText[] {
  return readSection(ctx.db, 'claims').headCode ? [] : [{ key: 'claims.problem.headCode' }];
}

function claimsOf(ctx: UserCtx, from: string, to: string): BuiltClaim[] {
  const { resourcesDir } = ctx.config;
  return buildClaims(loadClaimSources(ctx.db, from, to), {
    facilityCode: readSection(ctx.db, 'facility').code,
    settings: readSection(ctx.db, 'claims'),
    oldUnits: loadOldUnits(resourcesDir),
    routeCodes: new Set(loadRouteCodes(resourcesDir).map((r) => r.code)),
  });
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
      entity: 'claims',
      entityId: `${from}..${to}`,
      detail: { count: records.length, skipped: skippedVisitIds.length },
    });
    return {
      fileName: `GIAMDINHHS_${facilityCode}_${from.replace(/-/g, '')}_${to.replace(/-/g, '')}.xml`,
      mimeType: XML_MIME,
      content: Buffer.from(xml, 'utf8').toString('base64'),
      count: records.length,
      skipped: skippedVisitIds.length,
      skippedVisitIds,
    };
  },

  'claims.exportCheckIns': (ctx, { from, to }) => {
    const checkIns = checkInsOf(ctx.db, from, to);
    const ready = checkIns.filter((c) => c.problems.length === 0);
    if (ready.length === 0) throw conflict('claims.nothingToExport', { from, to });
    const facilityCode = readSection(ctx.db, 'facility').code;
    // STT counts the rows of this file, 1 to n.
    const xml = renderXml0(ready.map((c, index) => ({ ...c.row, STT: index + 1 })));
    const skippedVisitIds = checkIns.filter((c) => c.problems.length > 0).map((c) => c.visitId);
    ctx.audit.record('claims.exportCheckIns', {
      entity: 'claims',
      entityId: `${from}..${to}`,
      detail: { count: ready.length, skipped: skippedVisitIds.length },
    });
    return {
      fileName: `CHECKIN_${facilityCode}_${from.replace(/-/g, '')}_${to.replace(/-/g, '')}.xml`,
      mimeType: XML_MIME,
      content: Buffer.from(xml, 'utf8').toString('base64'),
      count: ready.length,
      skipped: skippedVisitIds.length,
      skippedVisitIds,
    };
  },

  'claims.outbox': (ctx, input) =>
    outboxEntries(ctx.db, input.kinds, input.pendingOnly, input.limit),
};
