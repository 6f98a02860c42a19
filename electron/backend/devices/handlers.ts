import type { PrintDocumentKind, PrinterView, devicesApi } from '../../../shared/api/devices';
import type { PrintDocument } from '../../devices/print/layout';
import { fontsDirFor, renderDocument, toPng } from '../../devices/print/render';
import type { HandlersFor, UserCtx } from '../context';
import { conflict, notFound } from '../errors';
import { readSection, writeSection } from '../settings/store';
import { printAndRecord } from './delivery';
import { assertMayRead, documentPatient } from './document-access';
import { buildDocument, testPageFor } from './documents';
import { getJob, listJobs } from './jobs';
import {
  deletePrinter,
  findPrinterByName,
  getPrinter,
  listPrinters,
  printerForRole,
  savePrinter,
} from './printers';

/** The printer asked for, else the one holding the document's role. */
function printerFor(
  ctx: UserCtx,
  printerId: number | null | undefined,
  kind: PrintDocumentKind,
): PrinterView {
  if (printerId !== null && printerId !== undefined) return getPrinter(ctx.db, printerId);
  if (kind === 'testPage') throw notFound('devices.printers.notFound');
  return printerForRole(ctx.db, kind);
}

export const devicesHandlers: HandlersFor<typeof devicesApi> = {
  'devices.printers.list': (ctx) => listPrinters(ctx.db),

  'devices.printers.save': (ctx, { id, ...input }) => {
    const sameName = findPrinterByName(ctx.db, input.name);
    if (sameName && sameName.id !== id) {
      throw conflict('devices.printers.nameTaken', { name: input.name }, { id: sameName.id });
    }
    const printerId = savePrinter(ctx.db, id, input, ctx.now.toISOString(), ctx.user.id);
    ctx.afterCommit(() => ctx.devices.printers.forget(printerId));
    ctx.audit.note({ entity: 'printer', entityId: String(printerId), detail: { ...input } });
    return { id: printerId };
  },

  'devices.printers.delete': (ctx, { id }) => {
    const row = deletePrinter(ctx.db, id);
    ctx.afterCommit(() => ctx.devices.printers.forget(id));
    ctx.audit.note({ entity: 'printer', entityId: String(id), detail: { name: row.name } });
    return { ok: true };
  },

  'devices.printers.test': {
    prepare: async (ctx, { printerId }) => {
      const printer = getPrinter(ctx.db, printerId);
      const target = { kind: 'new', documentKind: 'testPage', documentId: null } as const;
      const doc = testPageFor(ctx, printer);
      return printAndRecord(ctx, printer, doc, target, 'devices.printers.test');
    },
  },

  'devices.printers.osPrinters': async (ctx) => (await ctx.devices.osPrinter?.list()) ?? [],

  'devices.print': {
    prepare: async (ctx, { printerId, document }) => {
      assertMayRead(ctx, document.kind);
      ctx.audit.note({ patientId: documentPatient(ctx.sqlite, document.kind, document.id) });
      const printer = printerFor(ctx, printerId, document.kind);
      const doc = await buildDocument(ctx, document.kind, document.id);
      const target = { kind: 'new', documentKind: document.kind, documentId: document.id } as const;
      return printAndRecord(ctx, printer, doc, target, 'devices.print');
    },
  },

  'devices.preview': async (ctx, { printerId, document, jobId }) => {
    let doc: PrintDocument;
    let printer: PrinterView;
    let patientId: number | null = null;
    if (jobId !== undefined) {
      const job = getJob(ctx.db, jobId);
      assertMayRead(ctx, job.documentKind);
      patientId = documentPatient(ctx.sqlite, job.documentKind, job.documentId);
      printer = printerFor(ctx, printerId ?? job.printerId, job.documentKind);
      doc = job.document as PrintDocument;
    } else if (document?.kind === 'testPage') {
      printer = printerFor(ctx, printerId, 'testPage');
      doc = testPageFor(ctx, printer);
    } else if (document) {
      assertMayRead(ctx, document.kind);
      patientId = documentPatient(ctx.sqlite, document.kind, document.id);
      printer = printerFor(ctx, printerId, document.kind);
      doc = await buildDocument(ctx, document.kind, document.id);
    } else {
      throw notFound();
    }
    ctx.audit.read([patientId]);
    const bitmap = renderDocument(doc, {
      widthDots: printer.widthDots,
      fontsDir: fontsDirFor(ctx.config),
    });
    return {
      png: toPng(bitmap).toString('base64'),
      widthDots: bitmap.width,
      heightDots: bitmap.height,
      textMode: printer.transport.kind !== 'osDriver' && printer.textMode.kind !== 'off',
    };
  },

  'devices.document': async (ctx, { kind, id }) => {
    assertMayRead(ctx, kind);
    const doc = await buildDocument(ctx, kind, id);
    ctx.audit.read([documentPatient(ctx.sqlite, kind, id)], { entity: kind, entityId: String(id) });
    return doc;
  },

  'devices.printJobs.list': (ctx, filter) => listJobs(ctx.db, filter),

  'devices.printJobs.reprint': {
    prepare: async (ctx, { jobId, printerId }) => {
      const job = getJob(ctx.db, jobId);
      assertMayRead(ctx, job.documentKind);
      ctx.audit.note({ patientId: documentPatient(ctx.sqlite, job.documentKind, job.documentId) });
      const printer = printerFor(ctx, printerId ?? job.printerId, job.documentKind);
      const doc = job.document as PrintDocument;
      const action = 'devices.printJobs.reprint';
      return printAndRecord(ctx, printer, doc, { kind: 'again', jobId }, action);
    },
  },

  'devices.scanners.list': (ctx) => ctx.devices.scanners.list(),

  'devices.scanners.save': (ctx, input) => {
    writeSection(ctx.db, 'scannerDevices', input, ctx.now.toISOString(), ctx.user.id);
    ctx.audit.note({ entity: 'settings', entityId: 'scannerDevices', detail: { ...input } });
    ctx.afterCommit(() => void ctx.devices.scanners.apply(readSection(ctx.db, 'scannerDevices')));
    return { ok: true };
  },
};
