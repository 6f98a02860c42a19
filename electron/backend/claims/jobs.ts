import fs from 'node:fs';
import type { ClaimCheck, ClaimsValidation, LocalizedText } from '../../../shared/api';
import { giamDinhHsChunks } from '../../../shared/domain/claims/xml130';
import type { Db } from '../../../db/client';
import { AppError, conflict } from '../errors';
import { tempFile } from '../files';
import type { JobCtx, WrittenFile } from '../jobs/job';
import { readSection } from '../settings/store';
import { buildClaims, type BuiltClaim } from './build';
import { loadClaimSources } from './load';

/** Settings every claim needs: without them no file is worth sending. */
function settingsProblems(db: Db): LocalizedText[] {
  return readSection(db, 'claims').headCode ? [] : [{ key: 'claims.problem.headCode' }];
}

function claimsOf(db: Db, from: string, to: string): BuiltClaim[] {
  return buildClaims(
    loadClaimSources(db, from, to),
    readSection(db, 'facility').code,
    readSection(db, 'claims'),
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

export interface Period {
  from: string;
  to: string;
}

/** claims.validate: every finished insured visit of the period with its problems. */
export function validateClaimsJob(ctx: JobCtx, { from, to }: Period): ClaimsValidation {
  const visits = claimsOf(ctx.db, from, to).map(check);
  const ready = visits.filter((v) => v.problems.length === 0).length;
  return {
    from,
    to,
    visits,
    ready,
    withProblems: visits.length - ready,
    problems: settingsProblems(ctx.db),
  };
}

export interface WrittenClaims {
  file: WrittenFile;
  fileName: string;
  count: number;
  skippedVisitIds: number[];
}

/**
 * claims.exportXml130: the GIAMDINHHS file written visit by visit to a temp file, so a
 * month of visits is never one string in memory.
 */
export function exportXml130Job(
  ctx: JobCtx,
  { from, to, createdOn }: Period & { createdOn: string },
): WrittenClaims {
  const [blocking] = settingsProblems(ctx.db);
  if (blocking) throw new AppError('CONFLICT', blocking.key);
  const claims = claimsOf(ctx.db, from, to);
  // STT counts the visits actually sent, 1 to n.
  const records = claims
    .flatMap((c) => (c.record ? [c.record] : []))
    .map((record, index) => ({ ...record, xml1: { ...record.xml1, STT: index + 1 } }));
  if (records.length === 0) throw conflict('claims.nothingToExport', { from, to });
  const facilityCode = readSection(ctx.db, 'facility').code;
  const file = tempFile(ctx.tmpDir, '.xml');
  const fd = fs.openSync(file, 'w', 0o600);
  try {
    const chunks = giamDinhHsChunks({
      facilityCode,
      createdOn,
      records,
      encode: (text) => Buffer.from(text, 'utf8').toString('base64'),
    });
    for (const chunk of chunks) fs.writeSync(fd, chunk, null, 'utf8');
  } catch (error) {
    fs.closeSync(fd);
    fs.rmSync(file, { force: true });
    throw error;
  }
  fs.closeSync(fd);
  return {
    file: { path: file, size: fs.statSync(file).size },
    fileName: `GIAMDINHHS_${facilityCode}_${from.replace(/-/g, '')}_${to.replace(/-/g, '')}.xml`,
    count: records.length,
    skippedVisitIds: claims.filter((c) => !c.record).map((c) => c.source.visit.id),
  };
}
