import type { Settings } from '../../shared/api';
import {
  DEFAULT_COVERAGE_FLAGS,
  DEFAULT_COVERAGE_RULES,
  type CoverageFlags,
} from '../../shared/domain/coverage';

/** The default rule periods with these money rules in every one (settings.update coverage). */
export function coveragePeriods(
  flags: Partial<CoverageFlags> = {},
): Settings['coverage']['periods'] {
  return DEFAULT_COVERAGE_RULES.periods.map((p) => ({
    ...p,
    rates: p.rates.map((r) => ({ ...r })),
    ...DEFAULT_COVERAGE_FLAGS,
    ...flags,
  }));
}
