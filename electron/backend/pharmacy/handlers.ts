import type { stockApi } from '../../../shared/api/stock';
import { addDays, localDate } from '../../../shared/domain/dates';
import type { HandlersFor, UserCtx } from '../context';
import { pdfFile } from '../documents/pdf';
import { notFound } from '../errors';
import { readSection } from '../settings/store';
import { adjustBatch, setMinimum, stockAlerts, writeOffExpired } from './adjustments';
import { expiringBatches, onHand } from './batches';
import {
  closeCount,
  confirmCount,
  countView,
  enterCounts,
  openCountId,
  startCount,
} from './counts';
import type { RepricedBill } from '../billing/invoices';
import { once } from '../requests';
import { closeOwed, dispense, returnToBatch, type DispenseWriter } from './dispense';
import { prescriptionVisit } from './items';
import { movementReport } from './movement-report';
import { awaitingPrescriptions, batchRecipients, dispensePrescriptionView } from './prescriptions';
import { receiveGoods } from './receive';
import { countSheetPdf, expiryReportPdf, movementReportPdf } from './report-pdf';
import { movementReportXlsx } from './report-xlsx';

const writer = (ctx: UserCtx): DispenseWriter => ({
  db: ctx.db,
  sqlite: ctx.sqlite,
  now: ctx.now,
  userId: ctx.user.id,
});

const today = (ctx: UserCtx): string => localDate(ctx.now);

export const stockHandlers: HandlersFor<typeof stockApi> = {
  'stock.receive': (ctx, input) => {
    const receipt = receiveGoods(writer(ctx), input);
    ctx.audit.note({
      entity: 'goods_receipt',
      entityId: String(receipt.id),
      detail: { supplier: receipt.supplier, lines: receipt.lines.length, total: receipt.total },
    });
    return receipt;
  },

  'stock.onHand': (ctx, input) => onHand(ctx.db, input, today(ctx)),

  'stock.adjust': (ctx, input) => {
    const row = adjustBatch(writer(ctx), input.batchId, input.quantity, input.reason);
    ctx.audit.note({
      entity: 'stock_batch',
      entityId: String(input.batchId),
      detail: { quantity: input.quantity, reason: input.reason, onHand: row.quantity },
    });
    return row;
  },

  'stock.writeOffExpired': (ctx, input) => {
    const written = writeOffExpired(writer(ctx), input.batchIds, input.reason);
    ctx.audit.note({ entity: 'stock_batch', detail: { written } });
    return written.map(({ batchId, quantity }) => ({ batchId, quantity }));
  },

  'stock.setMinimum': (ctx, input) => {
    setMinimum(writer(ctx), input.drugId, input.minimum);
    ctx.audit.note({ entity: 'drug', entityId: String(input.drugId), detail: { ...input } });
    return { drugId: input.drugId, minimum: input.minimum || null };
  },

  'stock.alerts': (ctx) =>
    stockAlerts(ctx.db, ctx.now, readSection(ctx.db, 'pharmacy').expiryAlertDays),

  'stock.awaiting': (ctx) => {
    const awaiting = awaitingPrescriptions(
      ctx.sqlite,
      ctx.db,
      today(ctx),
      readSection(ctx.db, 'pharmacy').owedListDays,
    );
    ctx.audit.read(awaiting.map((p) => p.patient.id));
    return awaiting;
  },

  'stock.prescription': (ctx, input) => {
    const view = dispensePrescriptionView(ctx.sqlite, ctx.db, input.prescriptionId, today(ctx));
    if (!view) throw notFound('pharmacy.prescription.notFound', { id: input.prescriptionId });
    ctx.audit.record('stock.prescription', {
      patientId: view.patient.id,
      entity: 'prescription',
      entityId: String(view.prescriptionId),
    });
    return view;
  },

  'stock.dispense': (ctx, input) => {
    const w = writer(ctx);
    // Set by the hand-over itself; a retry answered from the log repriced nothing.
    const bill: { repriced: RepricedBill | null } = { repriced: null };
    const { value: result, replayed } = once(w, 'stock.dispense', input, () => {
      const { visit: _visit, repricedBill, ...given } = dispense(w, input);
      bill.repriced = repricedBill;
      return given;
    });
    ctx.audit.note({
      patientId: prescriptionVisit(ctx.sqlite, input.prescriptionId).patientId,
      entity: 'prescription',
      entityId: String(input.prescriptionId),
      detail: {
        allocations: result.allocations.map(({ itemId, batchId, quantity }) => ({
          itemId,
          batchId,
          quantity,
        })),
        owed: result.owed,
        ...(input.requestId && { requestId: input.requestId }),
        ...(replayed && { replayed: true }),
        ...(bill.repriced && { repricedBill: bill.repriced }),
      },
    });
    return result;
  },

  'stock.return': (ctx, input) => {
    const { visit, repricedBill, ...result } = returnToBatch(writer(ctx), input);
    ctx.audit.note({
      patientId: visit.patientId,
      entity: 'prescription_item',
      entityId: String(input.itemId),
      detail: {
        batchId: result.batchId,
        quantity: input.quantity,
        reissue: input.reissue,
        ...(repricedBill && { repricedBill }),
      },
    });
    return result;
  },

  'stock.closeOwed': (ctx, input) => {
    const { visit, ...result } = closeOwed(writer(ctx), input.itemId, input.reason);
    ctx.audit.note({
      patientId: visit.patientId,
      entity: 'prescription_item',
      entityId: String(input.itemId),
      detail: { closed: result.closed, reason: input.reason },
    });
    return result;
  },

  'stock.batchRecipients': (ctx, input) => {
    const recipients = batchRecipients(ctx.sqlite, ctx.db, input.batchId);
    ctx.audit.read(
      recipients.map((r) => r.patient.id),
      { entity: 'stock_batch', entityId: String(input.batchId) },
    );
    return recipients;
  },

  'stock.count.start': (ctx, input) => {
    const countId = startCount(writer(ctx), input.note);
    ctx.audit.note({ entity: 'stock_count', entityId: String(countId) });
    return countView(ctx.db, countId);
  },

  'stock.count': (ctx, input) => {
    enterCounts(writer(ctx), input);
    ctx.audit.note({
      entity: 'stock_count',
      entityId: String(input.countId),
      detail: { lines: input.lines },
    });
    return countView(ctx.db, input.countId);
  },

  'stock.count.get': (ctx, input) => {
    const countId = input.countId ?? openCountId(ctx.db);
    return countId === null ? null : countView(ctx.db, countId);
  },

  'stock.count.confirm': (ctx, input) => {
    confirmCount(writer(ctx), input.countId, input.reason);
    const view = countView(ctx.db, input.countId);
    ctx.audit.note({
      entity: 'stock_count',
      entityId: String(input.countId),
      detail: { reason: input.reason, differences: view.differences },
    });
    return view;
  },

  'stock.count.cancel': (ctx, input) => {
    closeCount(writer(ctx), input.countId, 'cancelled');
    ctx.audit.note({ entity: 'stock_count', entityId: String(input.countId) });
    return countView(ctx.db, input.countId);
  },

  'stock.count.sheet': async (ctx, input) => {
    const count = countView(ctx.db, input.countId);
    return pdfFile(
      ctx.config.resourcesDir,
      `bien-ban-kiem-ke-${count.id}.pdf`,
      countSheetPdf(count, readSection(ctx.db, 'facility'), ctx.now),
    );
  },

  'stock.movements': (ctx, input) => movementReport(ctx.sqlite, input.from, input.to),

  'stock.movementReport': async (ctx, input) => {
    const report = movementReport(ctx.sqlite, input.from, input.to);
    const facility = readSection(ctx.db, 'facility');
    if (input.format === 'xlsx') return movementReportXlsx(report, facility);
    return pdfFile(
      ctx.config.resourcesDir,
      `bao-cao-nhap-xuat-ton-${input.from}-${input.to}.pdf`,
      movementReportPdf(report, facility, ctx.now),
    );
  },

  'stock.expiryReport': async (ctx, input) => {
    const days = input.withinDays ?? readSection(ctx.db, 'pharmacy').expiryAlertDays;
    const until = addDays(today(ctx), days);
    return pdfFile(
      ctx.config.resourcesDir,
      `bao-cao-han-dung-${today(ctx)}.pdf`,
      expiryReportPdf(
        expiringBatches(ctx.db, until, today(ctx)),
        until,
        readSection(ctx.db, 'facility'),
        ctx.now,
      ),
    );
  },
};
