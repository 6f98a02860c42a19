import { and, asc, eq, sql, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../../../db/client';
import { services, type ServiceRow } from '../../../db/schema';
import type { ServiceView, serviceInput } from '../../../shared/api/catalog';
import type { ServiceRecord } from '../../../shared/domain/catalog-rows';
import { MAX_QUERY_TOKENS, nameTokens } from '../../../shared/domain/text';
import {
  fromMilli,
  fromMilliOrNull,
  toMilli,
  toMilliOrNull,
} from '../../../shared/domain/unit-price';
import { serviceClaimWarnings } from '../../../shared/domain/claims/catalog-checks';
import { AppError, notFound } from '../errors';
import { asScope } from './scope';

export type ServiceInput = z.output<typeof serviceInput>;

/**
 * The columns an imported service row sets; ratio, scope, category and result indices stay as
 * edited, and a BHXH code only when the file has one. An imported row is no example any more.
 */
export type ServiceValues = Pick<
  ServiceRow,
  'code' | 'name' | 'nameFolded' | 'unit' | 'priceMilli' | 'insuredPriceMilli' | 'example'
> &
  Partial<Pick<ServiceRow, 'bhxhCode'>>;

export function serviceValues(record: ServiceRecord): ServiceValues {
  return {
    code: record.code,
    name: record.name,
    nameFolded: serviceSearchText(record.name),
    unit: record.unit,
    priceMilli: toMilli(record.price),
    insuredPriceMilli: toMilliOrNull(record.insuredPrice),
    example: false,
    ...(record.bhxhCode !== null && { bhxhCode: record.bhxhCode }),
  };
}

/** Folded words joined by single spaces, so " word%" finds the start of any word. */
export function serviceSearchText(name: string): string {
  return nameTokens(name).join(' ');
}

export function toServiceView(row: ServiceRow): ServiceView {
  const view = {
    id: row.id,
    code: row.code,
    name: row.name,
    unit: row.unit,
    category: row.category,
    price: fromMilli(row.priceMilli),
    insuredPrice: fromMilliOrNull(row.insuredPriceMilli),
    bhxhCode: row.bhxhCode,
    example: row.example,
    resultIndices: row.resultIndices,
    insuranceRatio: row.insuranceRatio,
    scope: asScope(row.scope),
    active: row.active,
    updatedAt: row.updatedAt,
  };
  return { ...view, claimWarnings: serviceClaimWarnings(view) };
}

/** LIKE with its wildcards escaped: tokens hold only letters and digits, but stay safe. */
function likeEscape(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

export interface ServiceSearch {
  q: string;
  limit: number;
  includeInactive: boolean;
}

/**
 * A station has tens of services, so a scan is the right index: every folded word must start
 * a word of the name, or the query is a code prefix. Empty q lists them all by code.
 */
export function searchServices(db: Db, search: ServiceSearch): ServiceView[] {
  const active = search.includeInactive ? undefined : eq(services.active, true);
  const tokens = nameTokens(search.q).slice(0, MAX_QUERY_TOKENS);
  let match: SQL | undefined;
  if (tokens.length > 0) {
    const words = tokens.map((token) => {
      const t = likeEscape(token);
      return sql`' ' || ${services.nameFolded} LIKE ${`% ${t}%`} ESCAPE '\\'`;
    });
    const code = sql`${services.code} LIKE ${`${likeEscape(search.q.trim())}%`} ESCAPE '\\'`;
    match = sql`(${and(...words)} OR ${code})`;
  }
  return db
    .select()
    .from(services)
    .where(and(match, active))
    .orderBy(asc(services.code))
    .limit(search.limit)
    .all()
    .map(toServiceView);
}

export function getService(db: Db, id: number): ServiceView {
  const row = db.select().from(services).where(eq(services.id, id)).get();
  if (!row) throw notFound('catalog.service.notFound', { id });
  return toServiceView(row);
}

export function saveService(db: Db, input: ServiceInput, at: string): ServiceRow {
  const { id, ...fields } = input;
  if (id !== undefined) getService(db, id);
  const clash = db
    .select({ id: services.id })
    .from(services)
    .where(sql`upper(${services.code}) = upper(${input.code})`)
    .get();
  if (clash && clash.id !== id) {
    throw new AppError('CONFLICT', 'catalog.service.codeTaken', {
      params: { code: input.code },
      fieldErrors: { code: { key: 'catalog.service.codeTaken', params: { code: input.code } } },
      details: { id: clash.id },
    });
  }
  const { price, insuredPrice, ...rest } = fields;
  // Saved by hand: its code and price are the station's own now, no example.
  const values = {
    ...rest,
    priceMilli: toMilli(price),
    insuredPriceMilli: toMilliOrNull(insuredPrice),
    example: false,
    nameFolded: serviceSearchText(input.name),
    updatedAt: at,
  };
  return id === undefined
    ? db
        .insert(services)
        .values({ ...values, createdAt: at })
        .returning()
        .get()
    : db.update(services).set(values).where(eq(services.id, id)).returning().get();
}
