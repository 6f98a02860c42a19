import { and, asc, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../../../db/client';
import { drugs, type DrugRow } from '../../../db/schema';
import type { DrugView, drugInput } from '../../../shared/api/catalog';
import { drugNaturalKey, type DrugRecord } from '../../../shared/domain/catalog-rows';
import { foldVietnamese, ftsPrefixQuery } from '../../../shared/domain/text';
import {
  fromMilli,
  fromMilliOrNull,
  toMilli,
  toMilliOrNull,
} from '../../../shared/domain/unit-price';
import { drugClaimWarnings } from '../../../shared/domain/claims/catalog-checks';
import { isTenderInfo } from '../../../shared/domain/claims/sheet-check';
import { AppError, notFound } from '../errors';
import { loadRouteCodes } from '../reference/code-files';
import { drugsFts } from './fts';
import { asScope } from './scope';

export type DrugInput = z.output<typeof drugInput>;

/** What a drug record sets, with the derived search and key columns (rxType: forms only). */
export type DrugValues = Omit<DrugRow, 'id' | 'active' | 'createdAt' | 'updatedAt' | 'rxType'>;

export function drugValues(record: DrugRecord): DrugValues {
  const ingredientText = record.ingredients.map((i) => i.name).join(' + ');
  return {
    code: record.code,
    naturalKey: drugNaturalKey(record),
    name: record.name,
    nameFolded: foldVietnamese(record.name),
    ingredients: record.ingredients,
    ingredientText,
    ingredientFolded: foldVietnamese(ingredientText),
    multiIngredient: record.ingredients.length > 1,
    strength: record.strength,
    dosageForm: record.dosageForm,
    unit: record.unit,
    route: record.route,
    routeCode: record.routeCode,
    registrationNo: record.registrationNo,
    tenderInfo: record.tenderInfo,
    priceMilli: toMilli(record.price),
    insuredPriceMilli: toMilliOrNull(record.insuredPrice),
    insuranceRatio: record.insuranceRatio,
    scope: record.scope,
  };
}

export function toDrugView(row: DrugRow): DrugView {
  const view = {
    id: row.id,
    code: row.code,
    ingredient: row.ingredientText,
    ingredients: row.ingredients,
    name: row.name,
    strength: row.strength,
    dosageForm: row.dosageForm,
    unit: row.unit,
    route: row.route,
    routeCode: row.routeCode,
    registrationNo: row.registrationNo,
    tenderInfo: row.tenderInfo,
    rxType: row.rxType,
    price: fromMilli(row.priceMilli),
    insuredPrice: fromMilliOrNull(row.insuredPriceMilli),
    insuranceRatio: row.insuranceRatio,
    scope: asScope(row.scope),
    multiIngredient: row.multiIngredient,
    active: row.active,
    updatedAt: row.updatedAt,
  };
  return { ...view, claimWarnings: drugClaimWarnings(view) };
}

export interface DrugSearch {
  q: string;
  limit: number;
  includeInactive: boolean;
}

/** MA_THUOC starts with a digit ("40.17"); ingredient and trade names do not. */
const DRUG_CODE_PREFIX = /^\d[\w./-]*$/;

/**
 * Every word a prefix of the folded ingredient or trade name, or a MA_THUOC prefix; by name
 * when q is empty.
 */
export function searchDrugs(db: Db, search: DrugSearch): DrugView[] {
  const active = search.includeInactive ? undefined : eq(drugs.active, true);
  if (search.q.trim() === '') {
    return db
      .select()
      .from(drugs)
      .where(active)
      .orderBy(asc(drugs.nameFolded), asc(drugs.id))
      .limit(search.limit)
      .all()
      .map(toDrugView);
  }
  const code = search.q.trim();
  if (DRUG_CODE_PREFIX.test(code)) {
    return (
      db
        .select()
        .from(drugs)
        // The prefix holds no GLOB wildcard (* ? [), so the index on code serves it.
        .where(and(sql`${drugs.code} GLOB ${`${code}*`}`, active))
        .orderBy(asc(drugs.code), asc(drugs.nameFolded), asc(drugs.id))
        .limit(search.limit)
        .all()
        .map(toDrugView)
    );
  }
  const match = ftsPrefixQuery(search.q);
  if (!match) return [];
  return db
    .select({ row: drugs })
    .from(drugsFts)
    .innerJoin(drugs, eq(drugs.id, drugsFts.rowid))
    .where(and(sql`${drugsFts} MATCH ${match}`, active))
    .orderBy(asc(drugsFts.rank), asc(drugs.nameFolded), asc(drugs.id))
    .limit(search.limit)
    .all()
    .map(({ row }) => toDrugView(row));
}

export function getDrug(db: Db, id: number): DrugView {
  const row = db.select().from(drugs).where(eq(drugs.id, id)).get();
  if (!row) throw notFound('catalog.drug.notFound', { id });
  return toDrugView(row);
}

export function findDrugByKey(db: Db, naturalKey: string): DrugRow | undefined {
  return db.select().from(drugs).where(eq(drugs.naturalKey, naturalKey)).get();
}

/**
 * Creates or edits one drug by hand; the product (code + registration number) stays unique.
 * The route code is one of the MoH list (its name fills an empty route); tender information
 * follows TT_THAU's form.
 */
export function saveDrug(db: Db, input: DrugInput, at: string, resourcesDir: string): DrugRow {
  const { id, active } = input;
  if (id !== undefined) getDrug(db, id);
  if (input.routeCode) {
    const listed = loadRouteCodes(resourcesDir).find((r) => r.code === input.routeCode);
    if (!listed) {
      const error = {
        key: 'catalog.drug.routeCodeUnknown',
        params: { code: input.routeCode },
      } as const;
      throw new AppError('VALIDATION', error.key, {
        params: error.params,
        fieldErrors: { routeCode: error },
      });
    }
    input = { ...input, route: input.route ?? listed.name };
  }
  if (input.tenderInfo && !isTenderInfo(input.tenderInfo)) {
    throw new AppError('VALIDATION', 'catalog.drug.tenderFormat', {
      fieldErrors: { tenderInfo: { key: 'catalog.drug.tenderFormat' } },
    });
  }
  const values = drugValues({
    ...input,
    strength: input.ingredients
      .map((i) => i.strength)
      .filter((s) => s !== '')
      .join(' + '),
  });
  const clash = findDrugByKey(db, values.naturalKey);
  if (clash && clash.id !== id) {
    throw new AppError('CONFLICT', 'catalog.drug.exists', {
      params: { code: input.code },
      fieldErrors: { registrationNo: { key: 'catalog.drug.exists', params: { code: input.code } } },
      details: { id: clash.id },
    });
  }
  const { rxType } = input;
  return id === undefined
    ? db
        .insert(drugs)
        .values({ ...values, rxType, active, createdAt: at, updatedAt: at })
        .returning()
        .get()
    : db
        .update(drugs)
        .set({ ...values, rxType, active, updatedAt: at })
        .where(eq(drugs.id, id))
        .returning()
        .get();
}
