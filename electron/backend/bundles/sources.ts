import type { UserCtx } from '../context';
import { AppError } from '../errors';
import type { ReportToBundle } from './export';

/** Stand-in until the reports engine lands: what a station's submitted reports put in a bundle. */
export function reportsToBundle(
  _ctx: UserCtx,
  dataset: string,
  periods: readonly string[],
): Promise<ReportToBundle[]> {
  return Promise.reject(
    new AppError('CONFLICT', 'bundles.notSubmitted', {
      params: { dataset, period: periods[0] ?? '' },
    }),
  );
}
