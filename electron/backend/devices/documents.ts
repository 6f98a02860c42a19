import type { PrinterRole, PrinterView } from '../../../shared/api/devices';
import { translate } from '../../../shared/i18n';
import type { PrintDocument } from '../../devices/print/layout';
import { testPage } from '../../devices/print/test-page';
import type { UserCtx } from '../context';
import { notFound } from '../errors';
import { readSection } from '../settings/store';
import { printerProfile } from './printers';

/**
 * Lays out one document from the database. Builders only read; printing and recording the
 * job happen around them, so the same layout feeds the printer, the preview and the history.
 */
export type DocumentBuilder = (ctx: UserCtx, id: number) => PrintDocument | Promise<PrintDocument>;

export type DocumentBuilders = Map<PrinterRole, DocumentBuilder>;

/**
 * Each printable kind's builder comes with its slice (electron/backend/printables.ts registers
 * them); a kind without one answers NOT_FOUND.
 */
function notAvailableYet(kind: PrinterRole): DocumentBuilder {
  return (ctx) => {
    throw notFound('devices.document.notAvailable', {
      kind: translate(ctx.locale, `devices.kind.${kind}`),
    });
  };
}

export function buildDocument(ctx: UserCtx, kind: PrinterRole, id: number): Promise<PrintDocument> {
  const builder = ctx.devices.documents.get(kind) ?? notAvailableYet(kind);
  return Promise.resolve(builder(ctx, id));
}

/** The test page of one printer, in the caller's language, with the facility's name. */
export function testPageFor(ctx: UserCtx, printer: PrinterView): PrintDocument {
  return testPage({
    facilityName: readSection(ctx.db, 'facility').name,
    profile: printerProfile(printer),
    locale: ctx.locale,
    printedAt: ctx.now,
  });
}
