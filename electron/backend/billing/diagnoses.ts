import { asc, eq, type SQL } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { icd10, visitDiagnoses, visits } from '../../../db/schema';

export interface DiagnosisText {
  code: string;
  name: string;
}

/**
 * The diagnoses of the visits `which` selects, in order (primary first), named as the doctor
 * wrote them or else by their ICD-10 names.
 */
export function diagnosesOf(db: Db, which: SQL | undefined): Map<number, DiagnosisText[]> {
  const found = new Map<number, DiagnosisText[]>();
  const rows = db
    .select({
      visitId: visitDiagnoses.visitId,
      position: visitDiagnoses.position,
      code: visitDiagnoses.icdCode,
      text: visitDiagnoses.text,
      name: icd10.name,
    })
    .from(visitDiagnoses)
    .innerJoin(icd10, eq(icd10.code, visitDiagnoses.icdCode))
    .innerJoin(visits, eq(visits.id, visitDiagnoses.visitId))
    .where(which)
    .orderBy(asc(visitDiagnoses.visitId), asc(visitDiagnoses.position))
    .all();
  for (const row of rows) {
    const list = found.get(row.visitId) ?? [];
    // Position 0 is the primary diagnosis; without it the visit has none.
    if (list.length === 0 && row.position !== 0) continue;
    list.push({ code: row.code, name: row.text || row.name });
    found.set(row.visitId, list);
  }
  return found;
}
