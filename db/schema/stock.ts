import { sql } from 'drizzle-orm';
import {
  check,
  index,
  integer,
  primaryKey,
  sqliteTable,
  text,
  uniqueIndex,
} from 'drizzle-orm/sqlite-core';
import { STOCK_COUNT_STATUSES } from '../../shared/api/stock';
import { drugs } from './catalog';
import { prescriptionItems } from './clinical';
import { stockBatches } from './pharmacy';
import { users } from './users';

/** The per-drug level below which the pharmacy page warns (usable stock, all batches). */
export const stockMinimums = sqliteTable(
  'stock_minimums',
  {
    drugId: integer()
      .primaryKey()
      .references(() => drugs.id),
    minimum: integer().notNull(),
    updatedBy: integer()
      .notNull()
      .references(() => users.id),
    updatedAt: text().notNull(),
  },
  (t) => [check('stock_minimums_positive', sql`${t.minimum} > 0`)],
);

/**
 * A stock-take (kiểm kê): started with the book quantity of every batch in stock, counted
 * quantities entered, then confirmed as adjustments. One may be open at a time.
 */
export const stockCounts = sqliteTable(
  'stock_counts',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    status: text({ enum: STOCK_COUNT_STATUSES }).notNull().default('open'),
    note: text(),
    startedBy: integer()
      .notNull()
      .references(() => users.id),
    startedAt: text().notNull(),
    /** Why the differences were adjusted (written on each adjustment). */
    reason: text(),
    closedBy: integer().references(() => users.id),
    closedAt: text(),
  },
  (t) => [
    uniqueIndex('stock_counts_one_open')
      .on(t.status)
      .where(sql`${t.status} = 'open'`),
    check('stock_counts_status', sql`${t.status} IN ('open', 'confirmed', 'cancelled')`),
    check(
      'stock_counts_closed',
      sql`(${t.status} = 'open') = (${t.closedAt} IS NULL)
        AND (${t.status} <> 'confirmed' OR ${t.reason} IS NOT NULL)`,
    ),
  ],
);

/**
 * One batch on a stock-take sheet. `expected` is the book quantity when the count was entered
 * (when the sheet was started, until then); confirming adjusts by counted − expected.
 */
export const stockCountLines = sqliteTable(
  'stock_count_lines',
  {
    countId: integer()
      .notNull()
      .references(() => stockCounts.id),
    batchId: integer()
      .notNull()
      .references(() => stockBatches.id),
    expected: integer().notNull(),
    counted: integer(),
    countedBy: integer().references(() => users.id),
    countedAt: text(),
    /** The adjustment made when the count was confirmed (0 when none was needed). */
    adjusted: integer(),
  },
  (t) => [
    primaryKey({ columns: [t.countId, t.batchId] }),
    check(
      'stock_count_lines_quantities',
      sql`${t.expected} >= 0 AND (${t.counted} IS NULL OR ${t.counted} >= 0)`,
    ),
  ],
);

/**
 * What the pharmacy will no longer give for a prescribed item: the patient brought unused
 * drugs back, or will not come for the rest. Owed = prescribed − dispensed − closed.
 */
export const owedClosures = sqliteTable(
  'owed_closures',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    prescriptionItemId: integer()
      .notNull()
      .references(() => prescriptionItems.id),
    quantity: integer().notNull(),
    reason: text().notNull(),
    userId: integer()
      .notNull()
      .references(() => users.id),
    at: text().notNull(),
  },
  (t) => [
    index('owed_closures_item').on(t.prescriptionItemId),
    check('owed_closures_quantity', sql`${t.quantity} > 0`),
  ],
);

export type StockCountRow = typeof stockCounts.$inferSelect;
export type StockCountLineRow = typeof stockCountLines.$inferSelect;
