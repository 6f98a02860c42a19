import type { Db } from '../../../db/client';
import type { CoverageRules, FacilityCoverage } from '../../../shared/domain/coverage';
import { readSection } from '../settings/store';

/** The coverage rule numbers and this facility's route rule, as settings hold them today. */
export function coverageConfig(db: Db): { rules: CoverageRules; facility: FacilityCoverage } {
  const coverage = readSection(db, 'coverage');
  return {
    rules: { periods: coverage.periods, lowCostBasis: coverage.lowCostBasis },
    facility: {
      code: readSection(db, 'facility').code,
      offRoute: coverage.offRoute,
      primaryCareFull: coverage.primaryCareFull,
    },
  };
}
