import type { Db } from '../../../db/client';
import {
  coverageOn,
  type CoverageRules,
  type FacilityCoverage,
} from '../../../shared/domain/coverage';
import { readSection } from '../settings/store';

/** The coverage rules and route rule in force on a visit's date, as settings hold them. */
export function coverageConfig(
  db: Db,
  visitDate: string,
): { rules: CoverageRules; facility: FacilityCoverage } {
  return coverageOn(
    readSection(db, 'coverage').periods,
    readSection(db, 'facility').code,
    visitDate,
  );
}
