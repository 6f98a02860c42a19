import { and, desc, eq } from 'drizzle-orm';
import { unzipSync } from 'fflate';
import { bundleExports } from '../../../db/schema';
import type { FileResult } from '../../../shared/api';
import { XLSX_MIME } from '../../../shared/api/files';
import { fileBytes, type FileOutput } from '../files';
import { BUNDLE_FILES } from '../../../shared/domain/bundles';
import { localDate } from '../../../shared/domain/dates';
import type { ReportDefinition } from '../../../shared/domain/reports/definition';
import { toAdx, toDataValueSet } from '../../../shared/domain/reports/dhis2';
import type { ValueSet } from '../../../shared/domain/reports/value-set';
import type { UserCtx } from '../context';
import { districtTotals } from '../district/totals';
import { pdfFile } from '../documents/pdf';
import { AppError } from '../errors';
import { currentFacilityKey } from '../keys/facility-key';
import { vi } from '../pharmacy/report-layout';
import { printContext } from '../reports/export';
import { reportView } from '../reports/report';
import { reportPdf, type PrintContext } from '../reports/report-pdf';
import { reportXlsx } from '../reports/report-xlsx';
import { readSection } from '../settings/store';
import type { ReportToBundle } from './export';
import type { BundleFile } from './pack';

const utf8 = (text: string): Buffer => Buffer.from(text, 'utf8');

/** The four files of a bundle from one value set, by the reports engine's own writers. */
async function filesOf(
  resourcesDir: string,
  definition: ReportDefinition,
  valueSet: ValueSet,
  context: PrintContext,
  completeDate: string,
): Promise<BundleFile[]> {
  const dataValueSet = toDataValueSet(valueSet, completeDate);
  if (!dataValueSet) throw new AppError('VALIDATION', 'bundles.period');
  const pdf = await pdfFile(resourcesDir, 'report.pdf', reportPdf(definition, valueSet, context));
  return [
    { role: 'values', content: utf8(`${JSON.stringify(dataValueSet, null, 2)}\n`) },
    { role: 'adx', content: utf8(toAdx(definition, valueSet, context.printedAt, completeDate)) },
    { role: 'xlsx', content: await reportXlsx(definition, valueSet, context) },
    { role: 'pdf', content: fileBytes(pdf.content) },
  ];
}

/** A station's submitted revision of one period, as the reports engine froze it. */
function submittedReport(ctx: UserCtx, dataset: string, period: string) {
  const view = reportView(ctx, dataset, period);
  const first = view.history[0];
  const latest = view.history.at(-1);
  if (view.status !== 'submitted' || !first || !latest) {
    throw new AppError('CONFLICT', 'bundles.notSubmitted', { params: { dataset, period } });
  }
  return {
    view,
    completeDate: localDate(new Date(latest.submittedAt)),
    meta: {
      definition: { code: view.definition.code, version: view.definition.version },
      report: {
        dataset,
        period: view.period,
        revision: view.revision ?? 1,
        submittedAt: latest.submittedAt,
        firstSubmittedAt: first.submittedAt,
      },
    },
  };
}

/** A station: each period's submitted revision, with the human copies for paper filers. */
async function stationReport(
  ctx: UserCtx,
  dataset: string,
  period: string,
): Promise<ReportToBundle> {
  const { view, completeDate, meta } = submittedReport(ctx, dataset, period);
  const context = printContext(ctx.db, view, ctx.now);
  return {
    ...meta,
    files: await filesOf(ctx.config.resourcesDir, view.definition, view, context, completeDate),
  };
}

/**
 * The bundle that goes over the network at submission: the figures only (values and ADX),
 * made inside the submitting transaction. The receiving Tram prints its own copies.
 */
export function networkReport(ctx: UserCtx, dataset: string, period: string): ReportToBundle {
  const { view, completeDate, meta } = submittedReport(ctx, dataset, period);
  const dataValueSet = toDataValueSet(view, completeDate);
  if (!dataValueSet) throw new AppError('VALIDATION', 'bundles.period');
  return {
    ...meta,
    files: [
      { role: 'values', content: utf8(`${JSON.stringify(dataValueSet, null, 2)}\n`) },
      { role: 'adx', content: utf8(toAdx(view.definition, view, ctx.now, completeDate)) },
    ],
  };
}

/** How the district prints its totals: from the district, signed by its director. */
export function districtPrintContext(ctx: UserCtx, stationCount: number): PrintContext {
  const facility = readSection(ctx.db, 'facility');
  return {
    facility: { name: facility.name, code: facility.code, address: facility.address },
    authority: readSection(ctx.db, 'reports').authority || undefined,
    printedAt: ctx.now,
    preparedBy: ctx.user.fullName,
    keyFingerprint: currentFacilityKey(ctx.db)?.fingerprint,
    statusLine: vi('district.print.status', { count: stationCount }),
    signatures: [vi('district.print.preparer'), vi('district.print.director')],
  };
}

function valuesOfExport(content: Buffer): string | null {
  const file = unzipSync(content, { filter: (entry) => entry.name === BUNDLE_FILES.values })[
    BUNDLE_FILES.values
  ];
  if (!file) return null;
  const parsed = JSON.parse(Buffer.from(file).toString('utf8')) as { dataValues?: unknown };
  return JSON.stringify(parsed.dataValues ?? null);
}

/**
 * A district: its totals per period, signed for the province. The revision goes up when the
 * totals differ from the last bundle of the period (a station sent a later revision), so a
 * re-export of the same figures keeps its revision under a new counter.
 */
async function districtReport(
  ctx: UserCtx,
  dataset: string,
  period: string,
): Promise<ReportToBundle> {
  const totals = districtTotals(ctx, dataset, period);
  if (totals.stations.length === 0) {
    throw new AppError('CONFLICT', 'bundles.nothingToAdd', { params: { dataset, period } });
  }
  const earlier = ctx.db
    .select()
    .from(bundleExports)
    .where(and(eq(bundleExports.dataset, dataset), eq(bundleExports.period, totals.period)))
    .orderBy(desc(bundleExports.counter))
    .all();
  const last = earlier[0];
  const figures = JSON.stringify(toDataValueSet(totals)?.dataValues ?? null);
  const revision = !last
    ? 1
    : valuesOfExport(last.content) === figures
      ? last.revision
      : last.revision + 1;
  const valueSet = { ...totals, status: 'submitted' as const, revision };
  const context = districtPrintContext(ctx, totals.stations.length);
  const files = await filesOf(
    ctx.config.resourcesDir,
    totals.definition,
    valueSet,
    context,
    localDate(ctx.now),
  );
  const at = ctx.now.toISOString();
  const firstAt = earlier.at(-1)?.createdAt ?? at;
  return {
    definition: { code: totals.definition.code, version: totals.definition.version },
    report: {
      dataset,
      period: totals.period,
      revision,
      submittedAt: at,
      firstSubmittedAt: firstAt,
    },
    files,
  };
}

/** What goes into the bundles of an export, by what this Tram is. */
export async function reportsToBundle(
  ctx: UserCtx,
  dataset: string,
  periods: readonly string[],
): Promise<ReportToBundle[]> {
  const one = readSection(ctx.db, 'facility').kind === 'district' ? districtReport : stationReport;
  const reports: ReportToBundle[] = [];
  for (const period of periods) reports.push(await one(ctx, dataset, period));
  return reports;
}

/** The district's totals as the form's xlsx or PDF. */
export async function districtFile(
  ctx: UserCtx,
  dataset: string,
  period: string,
  format: 'xlsx' | 'pdf',
): Promise<FileResult | FileOutput> {
  const totals = districtTotals(ctx, dataset, period);
  const context = districtPrintContext(ctx, totals.stations.length);
  const fileName = `${dataset}_${totals.period}_${totals.orgUnit}_tong-hop.${format}`;
  if (format === 'pdf') {
    return pdfFile(
      ctx.config.resourcesDir,
      fileName,
      reportPdf(totals.definition, totals, context),
    );
  }
  return {
    fileName,
    mimeType: XLSX_MIME,
    content: Buffer.from(await reportXlsx(totals.definition, totals, context)).toString('base64'),
  };
}
