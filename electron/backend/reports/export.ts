import type { Db } from '../../../db/client';
import type { FileResult } from '../../../shared/api';
import { XLSX_MIME, XML_MIME } from '../../../shared/api/files';
import type { ReportFormat, ReportView } from '../../../shared/api/reports';
import { localDate } from '../../../shared/domain/dates';
import { toAdx, toDataValueSet } from '../../../shared/domain/reports/dhis2';
import { pdfFile } from '../documents/pdf';
import { invalidField } from '../errors';
import { currentFacilityKey } from '../keys/facility-key';
import { readSection } from '../settings/store';
import { reportPdf, type PrintContext } from './report-pdf';
import { reportXlsx } from './report-xlsx';

const base64 = (bytes: Uint8Array | string): string => Buffer.from(bytes).toString('base64');

/** Who the report is from, as the settings say now, and who handed in its revision. */
export function printContext(db: Db, view: ReportView, now: Date): PrintContext {
  const facility = readSection(db, 'facility');
  const preparedBy = view.status === 'submitted' ? view.history.at(-1)?.submittedBy : undefined;
  return {
    facility: { name: facility.name, code: view.orgUnit, address: facility.address },
    authority: readSection(db, 'reports').authority || undefined,
    printedAt: now,
    ...(preparedBy && { preparedBy }),
    keyFingerprint: currentFacilityKey(db)?.fingerprint,
  };
}

/** `TT37-XA-THANG_202611_01001_r1.pdf`, or `…_nhap.pdf` for a draft. */
export function reportFileName(view: ReportView, extension: string): string {
  const revision = view.status === 'submitted' ? `r${view.revision ?? 1}` : 'nhap';
  return `${view.dataset}_${view.period}_${view.orgUnit}_${revision}.${extension}`;
}

/** The day a submitted report was completed, as DHIS2's completeDate. */
function completeDate(view: ReportView): string | undefined {
  const submitted = view.status === 'submitted' ? view.history.at(-1)?.submittedAt : undefined;
  return submitted ? localDate(new Date(submitted)) : undefined;
}

export async function exportReport(
  resourcesDir: string,
  view: ReportView,
  format: ReportFormat,
  context: PrintContext,
): Promise<FileResult> {
  switch (format) {
    case 'xlsx':
      return {
        fileName: reportFileName(view, 'xlsx'),
        mimeType: XLSX_MIME,
        content: base64(await reportXlsx(view.definition, view, context)),
      };
    case 'pdf':
      return pdfFile(
        resourcesDir,
        reportFileName(view, 'pdf'),
        reportPdf(view.definition, view, context),
      );
    case 'dhis2-json': {
      const payload = toDataValueSet(view, completeDate(view));
      if (!payload) throw invalidField('format', 'reports.export.noDhis2Period');
      return {
        fileName: reportFileName(view, 'json'),
        mimeType: 'application/json',
        content: base64(`${JSON.stringify(payload, null, 2)}\n`),
      };
    }
    case 'adx':
      return {
        fileName: reportFileName(view, 'adx.xml'),
        mimeType: XML_MIME,
        content: base64(toAdx(view.definition, view, context.printedAt, completeDate(view))),
      };
  }
}
