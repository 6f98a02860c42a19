import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import type {
  PrintDocumentKind,
  PrinterRole,
  PrinterTextMode,
  PrinterTransportSpec,
} from '../../shared/api/devices';
import type { MessageParams } from '../../shared/i18n';
import { users } from './users';

/** A receipt printer's profile: paper width, connection, cutter, text or raster. */
export const printers = sqliteTable(
  'printers',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    name: text().notNull().unique(),
    widthDots: integer().notNull(),
    transport: text({ mode: 'json' }).$type<PrinterTransportSpec>().notNull(),
    cut: integer({ mode: 'boolean' }).notNull().default(true),
    feedLines: integer().notNull().default(3),
    textMode: text({ mode: 'json' }).$type<PrinterTextMode>().notNull(),
    timeoutSeconds: integer().notNull().default(10),
    createdAt: text().notNull(),
    updatedAt: text().notNull(),
    updatedBy: integer().references(() => users.id),
  },
  (t) => [
    check('printers_width', sql`${t.widthDots} IN (384, 512, 576)`),
    check(
      'printers_transport',
      sql`json_valid(${t.transport}) AND json_extract(${t.transport}, '$.kind') IN ('tcp', 'spooler', 'device', 'serial', 'osDriver')`,
    ),
    check('printers_text_mode', sql`json_valid(${t.textMode})`),
    check('printers_feed', sql`${t.feedLines} BETWEEN 0 AND 20`),
    check('printers_timeout', sql`${t.timeoutSeconds} BETWEEN 1 AND 120`),
  ],
);

/** Which printer prints what: the role is the key, so a role has one printer at most. */
export const printerRoles = sqliteTable(
  'printer_roles',
  {
    role: text().$type<PrinterRole>().primaryKey(),
    printerId: integer()
      .notNull()
      .references(() => printers.id, { onDelete: 'cascade' }),
  },
  (t) => [
    check('printer_roles_role', sql`${t.role} IN ('receipt', 'queueTicket', 'label')`),
    index('printer_roles_printer').on(t.printerId),
  ],
);

/**
 * Every print job, sent or failed. The document is kept as laid out (a few KB of JSON, not the
 * raster), so a failed job can be printed again, also on another printer of another width.
 */
export const printJobs = sqliteTable(
  'print_jobs',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    printerId: integer().references(() => printers.id, { onDelete: 'set null' }),
    /** The printer's name at the last attempt: history outlives a deleted profile. */
    printerName: text().notNull(),
    documentKind: text().$type<PrintDocumentKind>().notNull(),
    documentId: integer(),
    document: text({ mode: 'json' }).$type<unknown>().notNull(),
    status: text({ enum: ['sent', 'failed'] }).notNull(),
    errorKey: text(),
    errorParams: text({ mode: 'json' }).$type<MessageParams>(),
    bytes: integer().notNull(),
    attempts: integer().notNull().default(1),
    createdAt: text().notNull(),
    createdBy: integer().references(() => users.id),
    lastAttemptAt: text().notNull(),
    lastAttemptBy: integer().references(() => users.id),
  },
  (t) => [
    check(
      'print_jobs_kind',
      sql`${t.documentKind} IN ('receipt', 'queueTicket', 'label', 'testPage')`,
    ),
    check('print_jobs_status', sql`${t.status} IN ('sent', 'failed')`),
    check('print_jobs_document', sql`json_valid(${t.document})`),
    check('print_jobs_counts', sql`${t.bytes} >= 0 AND ${t.attempts} >= 1`),
    index('print_jobs_status').on(t.status, t.id),
    index('print_jobs_document').on(t.documentKind, t.documentId),
  ],
);

export type PrinterRow = typeof printers.$inferSelect;
export type PrintJobRow = typeof printJobs.$inferSelect;
