import { createHash } from 'node:crypto';
import type { ClaimCheck, ClaimProblem, LocalizedText } from '../../../shared/api';
import type { claimsApi } from '../../../shared/api/claims';
import { XML_MIME } from '../../../shared/api/files';
import { buildGiamDinhHs, renderXml0 } from '../../../shared/domain/claims/xml130';
import { localDate } from '../../../shared/domain/dates';
import { patientsOf } from '../audit/patients-of';
import type { HandlersFor, UserCtx } from '../context';
import { AppError, conflict } from '../errors';
import { readSection } from '../settings/store';
import { loadOldUnits, loadRouteCodes } from '../reference/code-files';
import { buildClaims, type BuiltClaim } from './build';
import { frozenBy, monthStates, recordExport, reopenMonth, sentBefore } from './freeze';
import { invoiceLedgerDifferences } from './ledger-check';
import { checkInsOf, outboxEntries } from './outbox';
import { loadClaimSources } from './load';

/** Settings every claim needs: without them no file is worth sending. */
function settingsProblems(ctx: UserCtx): LocalizedText[] {
  return readSection(ctx.db, 'claims').headCode ? [] : [{ key: 'claims.problem.headCode' }];
}

/**
 * Each visit's claim, held back when its invoice bills other drug quantities than the stock
 * ledger says were given (the claim must say what the patient received).
 */
function claimsOf(ctx: UserCtx, from: string, to: string): BuiltClaim[] {
  const { resourcesDir } = ctx.config;
  const built = buildClaims(loadClaimSources(ctx.db, from, to), {
    facilityCode: readSection(ctx.db, 'facility').code,
    settings: readSection(ctx.db, 'claims'),
    oldUnits: loadOldUnits(resourcesDir),
    routeCodes: new Set(loadRouteCodes(resourcesDir).map((r) => r.code)),
  });
  const differences = invoiceLedgerDifferences(
    ctx.sqlite,
    built.map((c) => c.source.visit.id),
  );
  return built.map((claim) => {
    const found = differences.get(claim.source.visit.id);
    if (!found) return claim;
    // Named like the sheet's problems: whose claim, and where it is put right.
    const subject: LocalizedText = {
      key: 'claims.subject.visit',
      params: { link: claim.link, patient: claim.source.patient.fullName },
    };
    const named: ClaimProblem[] = found.map((p) => ({
      ...p,
      subject,
      fix: { key: 'claims.fix.prices' },
      table: 'XML2',
      field: 'SO_LUONG',
    }));
    return { ...claim, record: null, problems: [...claim.problems, ...named] };
  });
}

function check(ctx: UserCtx, claim: BuiltClaim, sent: Set<number>): ClaimCheck {
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
    sentBefore: sent.has(visit.id),
    frozen: sent.has(visit.id) && frozenBy(ctx.db, visit) !== null,
  };
}

export const claimsHandlers: HandlersFor<typeof claimsApi> = {
  'claims.validate': (ctx, { from, to }) => {
    const claims = claimsOf(ctx, from, to);
    const sent = sentBefore(
      ctx.db,
      claims.map((c) => c.source.visit.id),
    );
    const visits = claims.map((claim) => check(ctx, claim, sent));
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
      months: monthStates(ctx.db, from, to),
    };
  },

  'claims.exportXml130': (ctx, { from, to }) => {
    const [blocking] = settingsProblems(ctx);
    if (blocking) throw new AppError('CONFLICT', blocking.key);
    const claims = claimsOf(ctx, from, to);
    const sent = claims.filter((c) => c.record !== null);
    // STT counts the visits actually sent, 1 to n.
    const records = sent
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
    const { exportId, resentVisitIds } = recordExport(
      ctx.db,
      {
        from,
        to,
        userId: ctx.user.id,
        at: ctx.now.toISOString(),
        fileSha256: createHash('sha256').update(xml, 'utf8').digest('hex'),
      },
      sent.map((c) => ({
        visitId: c.source.visit.id,
        link: c.link,
        total: c.source.invoice?.total ?? 0,
        insurancePays: c.source.invoice?.insurancePays ?? 0,
      })),
    );
    ctx.audit.note({
      patientIds: claims.filter((c) => c.record).map((c) => c.source.visit.patientId),
      entity: 'claims',
      entityId: `${from}..${to}`,
      detail: {
        exportId,
        count: records.length,
        skipped: skippedVisitIds.length,
        resent: resentVisitIds,
      },
    });
    return {
      fileName: `GIAMDINHHS_${facilityCode}_${from.replace(/-/g, '')}_${to.replace(/-/g, '')}.xml`,
      mimeType: XML_MIME,
      content: Buffer.from(xml, 'utf8').toString('base64'),
      count: records.length,
      skipped: skippedVisitIds.length,
      skippedVisitIds,
      resentVisitIds,
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
    // The file names each patient checked in: one read entry lists them all.
    ctx.audit.read(
      patientsOf(
        ctx.sqlite,
        'visits',
        ready.map((c) => c.visitId),
      ),
      {
        entity: 'claims',
        entityId: `${from}..${to}`,
        detail: { count: ready.length, skipped: skippedVisitIds.length },
      },
    );
    return {
      fileName: `CHECKIN_${facilityCode}_${from.replace(/-/g, '')}_${to.replace(/-/g, '')}.xml`,
      mimeType: XML_MIME,
      content: Buffer.from(xml, 'utf8').toString('base64'),
      count: ready.length,
      skipped: skippedVisitIds.length,
      skippedVisitIds,
    };
  },

  'claims.outbox': (ctx, input) => {
    const entries = outboxEntries(ctx.db, input.kinds, input.pendingOnly, input.limit);
    ctx.audit.read(
      patientsOf(
        ctx.sqlite,
        'visits',
        entries.map((e) => e.visitId),
      ),
      { entity: 'gateway_outbox' },
    );
    return entries;
  },

  'claims.reopenMonth': (ctx, { month, reason }) => {
    const reopened = reopenMonth(ctx.db, {
      month,
      reason,
      userId: ctx.user.id,
      at: ctx.now.toISOString(),
    });
    ctx.audit.note({
      entity: 'claim_month',
      entityId: month,
      detail: { reason, liftedExportId: reopened.liftedExportId },
    });
    const [state] = monthStates(ctx.db, `${month}-01`, `${month}-01`);
    if (!state) throw new Error(`no state for ${month}`);
    return state;
  },
};
