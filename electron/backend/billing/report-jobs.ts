import { pdfFile } from '../documents/pdf';
import type { FileOutput } from '../files';
import type { JobCtx } from '../jobs/job';
import { readSection } from '../settings/store';
import { shiftReportDocument } from './shift-report';
import { getShiftRow, shiftView } from './shifts';

/** Báo cáo kết ca: a shift's payments by method, laid out as an A4 PDF. */
export function shiftReportJob(ctx: JobCtx, { shiftId }: { shiftId: number }): Promise<FileOutput> {
  const view = shiftView(ctx.db, getShiftRow(ctx.db, shiftId));
  return pdfFile(
    ctx.resourcesDir,
    `bao-cao-ket-ca-${shiftId}.pdf`,
    shiftReportDocument(view, readSection(ctx.db, 'facility').name),
  );
}
