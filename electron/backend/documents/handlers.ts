import { asc, eq } from 'drizzle-orm';
import { printerRoles, prescriptionItems, prescriptions } from '../../../db/schema';
import { api, type FileResult, type ParsedInputOf } from '../../../shared/api';
import type { documentsApi, PdfKind } from '../../../shared/api/documents';
import { localDate } from '../../../shared/domain/dates';
import { hasAnyRole, type Role } from '../../../shared/domain/roles';
import { isPaperWidth, paperMillimetres } from '../../devices/print/layout';
import { billingHandlers } from '../billing/handlers';
import type { HandlersFor, UserCtx } from '../context';
import { getPrinter } from '../devices/printers';
import { AppError, conflict, notFound } from '../errors';
import { getReceipt } from '../pharmacy/receive';
import { dispensePrescriptionView } from '../pharmacy/prescriptions';
import { dispensingSlip, goodsReceiptSlip, slipFileName } from '../pharmacy/slips-pdf';
import { drugLabelDocument } from '../prescriptions/label';
import { prescriptionsHandlers } from '../prescriptions/handlers';
import { readSection } from '../settings/store';
import { visitsHandlers } from '../visits/handlers';
import { pdfFile } from './pdf';
import { rollPdf } from './roll-pdf';

type Handlers = HandlersFor<typeof documentsApi>;

/** The label printer's paper, or a 58 mm roll when the station has none. */
function labelWidth(ctx: UserCtx): 58 | 80 {
  const assigned = ctx.db.select().from(printerRoles).where(eq(printerRoles.role, 'label')).get();
  if (!assigned) return 58;
  const { widthDots } = getPrinter(ctx.db, assigned.printerId);
  return isPaperWidth(widthDots) && paperMillimetres(widthDots) === 80 ? 80 : 58;
}

const labels: Handlers['prescriptions.labels'] = async (ctx, input) => {
  const prescription = ctx.db
    .select()
    .from(prescriptions)
    .where(eq(prescriptions.id, input.prescriptionId))
    .get();
  if (!prescription) throw notFound('pharmacy.prescription.notFound', { id: input.prescriptionId });
  const items = ctx.db
    .select({ id: prescriptionItems.id })
    .from(prescriptionItems)
    .where(eq(prescriptionItems.prescriptionId, prescription.id))
    .orderBy(asc(prescriptionItems.position))
    .all()
    .filter((item) => input.itemId === undefined || item.id === input.itemId);
  if (items.length === 0) throw notFound('clinical.rx.label.notFound');
  const facility = readSection(ctx.db, 'facility').name;
  const documents = items.map((item) => drugLabelDocument(ctx.db, item.id, facility));
  ctx.audit.record('prescriptions.labels', {
    entity: 'prescription',
    entityId: prescription.code,
  });
  return pdfFile(
    ctx.config.resourcesDir,
    slipFileName('nhan-thuoc', prescription.code),
    rollPdf(prescription.code, documents, labelWidth(ctx)),
  );
};

const receiptSlip: Handlers['stock.receiptSlip'] = async (ctx, input) => {
  const receipt = getReceipt(ctx, input.receiptId);
  return pdfFile(
    ctx.config.resourcesDir,
    slipFileName('phieu-nhap', receipt.id),
    goodsReceiptSlip(receipt, readSection(ctx.db, 'facility').name),
  );
};

const dispensing: Handlers['stock.dispensingSlip'] = async (ctx, input) => {
  const view = dispensePrescriptionView(
    ctx.sqlite,
    ctx.db,
    input.prescriptionId,
    localDate(ctx.now),
  );
  if (!view) throw notFound('pharmacy.prescription.notFound', { id: input.prescriptionId });
  ctx.audit.record('stock.dispensingSlip', {
    patientId: view.patient.id,
    entity: 'prescription',
    entityId: view.code,
  });
  return pdfFile(
    ctx.config.resourcesDir,
    slipFileName('phieu-phat-thuoc', view.code),
    dispensingSlip(view, readSection(ctx.db, 'facility').name, ctx.now),
  );
};

/** Each printable's PDF comes from its own procedure: the same file the preview shows. */
const PDF_PROCEDURE = {
  queueTicket: 'visits.ticket',
  label: 'prescriptions.labels',
  receipt: 'billing.receipt',
  goodsReceipt: 'stock.receiptSlip',
  dispensingSlip: 'stock.dispensingSlip',
  prescription: 'documents.prescription',
} as const satisfies Record<PdfKind, keyof typeof api>;

type Ref = ParsedInputOf<'documents.print'>['document'];

function pdfOf(ctx: UserCtx, ref: Ref): Promise<FileResult> | FileResult {
  switch (ref.kind) {
    case 'queueTicket':
      return visitsHandlers['visits.ticket'](ctx, { visitId: ref.visitId, width: ref.width });
    case 'label':
      return labels(ctx, { prescriptionId: ref.prescriptionId, itemId: ref.itemId });
    case 'receipt':
      return billingHandlers['billing.receipt'](ctx, {
        paymentId: ref.paymentId,
        format: ref.format,
      });
    case 'goodsReceipt':
      return receiptSlip(ctx, { receiptId: ref.receiptId });
    case 'dispensingSlip':
      return dispensing(ctx, { prescriptionId: ref.prescriptionId });
    case 'prescription':
      return prescriptionsHandlers['documents.prescription'](ctx, { visitId: ref.visitId });
  }
}

export const documentsHandlers: Handlers = {
  'prescriptions.labels': labels,
  'stock.receiptSlip': receiptSlip,
  'stock.dispensingSlip': dispensing,

  'documents.print': {
    prepare: async (ctx, { document }) => {
      // Printing a document is reading it: the same roles as its own PDF procedure.
      const access: readonly Role[] = api[PDF_PROCEDURE[document.kind]].access;
      if (!hasAnyRole(ctx.user.roles, access)) throw new AppError('FORBIDDEN', 'error.FORBIDDEN');
      const printerName = readSection(ctx.db, 'printing').osPrinters[document.kind];
      if (!printerName) throw conflict('documents.print.noPrinter');
      const port = ctx.devices.osPrinter;
      if (!port) throw conflict('documents.print.desktopOnly');
      const file = await pdfOf(ctx, document);
      const result = await port.printPdf({
        printerName,
        pdf: Buffer.from(file.content, 'base64'),
        title: file.fileName,
      });
      if (!result.ok) {
        throw conflict('documents.print.failed', { printer: printerName, detail: result.reason });
      }
      return { write: () => ({ ok: true as const, printer: printerName }) };
    },
  },
};
