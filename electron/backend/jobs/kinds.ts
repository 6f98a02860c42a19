import type * as billing from '../billing/report-jobs';
import type * as catalog from '../catalog/import-job';
import type * as claims from '../claims/jobs';
import type * as pharmacy from '../pharmacy/report-jobs';

/**
 * Every job the worker can run, by name. A room adds its heavy work here (a report's PDF or
 * xlsx, an export) and calls it with `ctx.jobs.run(name, input)`. Modules load on first use,
 * so a worker that only exports claims never loads pdfmake.
 */
export interface Jobs {
  'claims.validate': typeof claims.validateClaimsJob;
  'claims.exportXml130': typeof claims.exportXml130Job;
  'stock.movementReport': typeof pharmacy.movementReportJob;
  'stock.expiryReport': typeof pharmacy.expiryReportJob;
  'stock.count.sheet': typeof pharmacy.countSheetJob;
  'billing.shiftReport': typeof billing.shiftReportJob;
  'catalog.file': typeof catalog.catalogFileJob;
}

export const jobLoaders: { [K in keyof Jobs]: () => Promise<Jobs[K]> } = {
  'claims.validate': async () => (await import('../claims/jobs')).validateClaimsJob,
  'claims.exportXml130': async () => (await import('../claims/jobs')).exportXml130Job,
  'stock.movementReport': async () => (await import('../pharmacy/report-jobs')).movementReportJob,
  'stock.expiryReport': async () => (await import('../pharmacy/report-jobs')).expiryReportJob,
  'stock.count.sheet': async () => (await import('../pharmacy/report-jobs')).countSheetJob,
  'billing.shiftReport': async () => (await import('../billing/report-jobs')).shiftReportJob,
  'catalog.file': async () => (await import('../catalog/import-job')).catalogFileJob,
};
