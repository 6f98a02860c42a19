import { asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { icd10, visitDiagnoses } from '../../../db/schema';
import type { DiagnosisView } from '../../../shared/api';
import type { LocalizedText } from '../../../shared/api/result';
import { listsOf } from '../catalog/icd';
import { AppError } from '../errors';

export interface DiagnosisInput {
  code: string;
  text: string | null;
}

/** Where a diagnosis sits in visits.setDiagnoses' input, for field errors. */
const pathOf = (position: number): string =>
  position === 0 ? 'primary.code' : `secondary.${position - 1}.code`;

/** The codes must be known and in use, each once; the list replaces the visit's diagnoses. */
export function setDiagnoses(
  db: Db,
  visitId: number,
  list: readonly DiagnosisInput[],
): DiagnosisView[] {
  const known = new Map(
    db
      .select({ code: icd10.code, active: icd10.active })
      .from(icd10)
      .where(
        inArray(
          icd10.code,
          list.map((d) => d.code),
        ),
      )
      .all()
      .map((row) => [row.code, row.active]),
  );
  const fieldErrors: Record<string, LocalizedText> = {};
  list.forEach(({ code }, position) => {
    const active = known.get(code);
    const params = { code };
    if (active === undefined) fieldErrors[pathOf(position)] = { key: 'exam.icd.unknown', params };
    else if (!active) fieldErrors[pathOf(position)] = { key: 'exam.icd.inactive', params };
    else if (list.findIndex((d) => d.code === code) < position) {
      fieldErrors[pathOf(position)] = { key: 'exam.icd.duplicate', params };
    }
  });
  const [first] = Object.values(fieldErrors);
  if (first) {
    throw new AppError('VALIDATION', first.key, { params: first.params, fieldErrors });
  }
  db.delete(visitDiagnoses).where(eq(visitDiagnoses.visitId, visitId)).run();
  list.forEach(({ code, text }, position) =>
    db.insert(visitDiagnoses).values({ visitId, position, icdCode: code, text }).run(),
  );
  return listDiagnoses(db, visitId);
}

/** The primary diagnosis first, then the secondary ones in the order given. */
export function listDiagnoses(db: Db, visitId: number): DiagnosisView[] {
  return db
    .select({
      position: visitDiagnoses.position,
      code: visitDiagnoses.icdCode,
      name: icd10.name,
      text: visitDiagnoses.text,
      isCategory: icd10.isCategory,
      mainAllowed: icd10.mainAllowed,
      sexOnly: icd10.sexOnly,
      ageLists: icd10.ageLists,
    })
    .from(visitDiagnoses)
    .innerJoin(icd10, eq(icd10.code, visitDiagnoses.icdCode))
    .where(eq(visitDiagnoses.visitId, visitId))
    .orderBy(asc(visitDiagnoses.position))
    .all()
    .map((row) => ({ ...row, ageLists: listsOf(row.ageLists) }));
}
