import { addDays, localDate } from '../../../shared/domain/dates';
import { gridPdfFile } from '../documents/grid-pdf';
import { pdfFile } from '../documents/pdf';
import type { FileOutput } from '../files';
import type { JobCtx } from '../jobs/job';
import { readSection } from '../settings/store';
import { expiringBatches } from './batches';
import { countView } from './counts';
import { movementReport } from './movement-report';
import { countSheetPdf, expiryReportPdf, movementReportPdf } from './report-pdf';
import { movementReportXlsx } from './report-xlsx';

/** The moment the report is made (signature line, "today"), as the caller's clock says. */
interface At {
  now: string;
}

/** Báo cáo nhập – xuất – tồn as xlsx or PDF: a year of movements is summed and laid out here. */
export async function movementReportJob(
  ctx: JobCtx,
  input: At & { from: string; to: string; format: 'xlsx' | 'pdf' },
): Promise<FileOutput> {
  const report = movementReport(ctx.sqlite, input.from, input.to);
  const facility = readSection(ctx.db, 'facility');
  if (input.format === 'xlsx') return movementReportXlsx(report, facility);
  return gridPdfFile(
    ctx.resourcesDir,
    `bao-cao-nhap-xuat-ton-${input.from}-${input.to}.pdf`,
    movementReportPdf(report, facility, new Date(input.now)),
  );
}

export async function expiryReportJob(
  ctx: JobCtx,
  input: At & { withinDays?: number | undefined },
): Promise<FileOutput> {
  const now = new Date(input.now);
  const today = localDate(now);
  const days = input.withinDays ?? readSection(ctx.db, 'pharmacy').expiryAlertDays;
  const until = addDays(today, days);
  return pdfFile(
    ctx.resourcesDir,
    `bao-cao-han-dung-${today}.pdf`,
    expiryReportPdf(
      expiringBatches(ctx.db, until, today),
      until,
      readSection(ctx.db, 'facility'),
      now,
    ),
  );
}

export async function countSheetJob(
  ctx: JobCtx,
  input: At & { countId: number },
): Promise<FileOutput> {
  const count = countView(ctx.db, input.countId);
  return pdfFile(
    ctx.resourcesDir,
    `bien-ban-kiem-ke-${count.id}.pdf`,
    countSheetPdf(count, readSection(ctx.db, 'facility'), new Date(input.now)),
  );
}
