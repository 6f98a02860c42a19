import { createHash } from 'node:crypto';
import fs from 'node:fs';
import type {
  ClaimCheck,
  ClaimProblem,
  ClaimsValidation,
  LocalizedText,
} from '../../../shared/api';
import { giamDinhHsChunks } from '../../../shared/domain/claims/xml130';
import type { Db } from '../../../db/client';
import { AppError, conflict } from '../errors';
import { tempFile } from '../files';
import type { JobCtx, WrittenFile } from '../jobs/job';
import { loadOldUnits, loadRouteCodes } from '../reference/code-files';
import { readSection } from '../settings/store';
import { buildClaims, type BuiltClaim } from './build';
import { frozenBy, monthStates, sentBefore, type ExportedClaim } from './freeze';
import { invoiceLedgerDifferences } from './ledger-check';
import { loadClaimSources } from './load';

/** Settings every claim needs: without them no file is worth sending. */
export function settingsProblems(db: Db): LocalizedText[] {
  return readSection(db, 'claims').headCode ? [] : [{ key: 'claims.problem.headCode' }];
}

/**
 * Each visit's claim, held back when its invoice bills other drug quantities than the stock
 * ledger says were given (the claim must say what the patient received); that problem is
 * named like the sheet's: whose claim, and where it is put right.
 */
function claimsOf(ctx: JobCtx, from: string, to: string): BuiltClaim[] {
  const { db, sqlite, resourcesDir } = ctx;
  const built = buildClaims(loadClaimSources(db, from, to), {
    facilityCode: readSection(db, 'facility').code,
    settings: readSection(db, 'claims'),
    oldUnits: loadOldUnits(resourcesDir),
    routeCodes: new Set(loadRouteCodes(resourcesDir).map((r) => r.code)),
  });
  const differences = invoiceLedgerDifferences(
    sqlite,
    built.map((c) => c.source.visit.id),
  );
  return built.map((claim) => {
    const found = differences.get(claim.source.visit.id);
    if (!found) return claim;
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

function check(db: Db, claim: BuiltClaim, sent: Set<number>): ClaimCheck {
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
    frozen: sent.has(visit.id) && frozenBy(db, visit) !== null,
  };
}

export interface Period {
  from: string;
  to: string;
}

/** claims.validate: every finished insured visit of the period with its problems. */
export function validateClaimsJob(ctx: JobCtx, { from, to }: Period): ClaimsValidation {
  const claims = claimsOf(ctx, from, to);
  const sent = sentBefore(
    ctx.db,
    claims.map((c) => c.source.visit.id),
  );
  const visits = claims.map((claim) => check(ctx.db, claim, sent));
  const ready = visits.filter((v) => v.problems.length === 0).length;
  return {
    from,
    to,
    visits,
    ready,
    withProblems: visits.length - ready,
    problems: settingsProblems(ctx.db),
    months: monthStates(ctx.db, from, to),
  };
}

export interface WrittenClaims {
  file: WrittenFile;
  fileName: string;
  fileSha256: string;
  count: number;
  skippedVisitIds: number[];
  /** The HOSO in the file with the money they carry: recorded by the export's write. */
  sent: ExportedClaim[];
  patientIds: number[];
}

/**
 * claims.exportXml130's slow half: the GIAMDINHHS file written visit by visit to a temp file
 * (a month of visits is never one string in memory), hashed as it is written. Recording the
 * export (which freezes the months) is the dispatcher's write on the main connection.
 */
export function exportXml130Job(
  ctx: JobCtx,
  { from, to, createdOn }: Period & { createdOn: string },
): WrittenClaims {
  const [blocking] = settingsProblems(ctx.db);
  if (blocking) throw new AppError('CONFLICT', blocking.key);
  const claims = claimsOf(ctx, from, to);
  const included = claims.filter((c) => c.record !== null);
  // STT counts the visits actually sent, 1 to n.
  const records = included
    .flatMap((c) => (c.record ? [c.record] : []))
    .map((record, index) => ({ ...record, xml1: { ...record.xml1, STT: index + 1 } }));
  if (records.length === 0) throw conflict('claims.nothingToExport', { from, to });
  const facilityCode = readSection(ctx.db, 'facility').code;
  const file = tempFile(ctx.tmpDir, '.xml');
  const hash = createHash('sha256');
  const fd = fs.openSync(file, 'w', 0o600);
  try {
    const chunks = giamDinhHsChunks({
      facilityCode,
      createdOn,
      records,
      encode: (text) => Buffer.from(text, 'utf8').toString('base64'),
    });
    for (const chunk of chunks) {
      const bytes = Buffer.from(chunk, 'utf8');
      hash.update(bytes);
      fs.writeSync(fd, bytes);
    }
  } catch (error) {
    fs.closeSync(fd);
    fs.rmSync(file, { force: true });
    throw error;
  }
  fs.closeSync(fd);
  return {
    file: { path: file, size: fs.statSync(file).size },
    fileName: `GIAMDINHHS_${facilityCode}_${from.replace(/-/g, '')}_${to.replace(/-/g, '')}.xml`,
    fileSha256: hash.digest('hex'),
    count: records.length,
    skippedVisitIds: claims.filter((c) => !c.record).map((c) => c.source.visit.id),
    sent: included.map((c) => ({
      visitId: c.source.visit.id,
      link: c.link,
      total: c.source.invoice?.total ?? 0,
      insurancePays: c.source.invoice?.insurancePays ?? 0,
    })),
    patientIds: included.map((c) => c.source.visit.patientId),
  };
}
