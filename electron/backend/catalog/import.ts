import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { drugs, icd10, services } from '../../../db/schema';
import {
  IMPORT_PREVIEW_ROWS,
  IMPORT_REJECTED_LISTED,
  type ImportPreviewRow,
  type ImportResult,
  type ImportRowStatus,
  type IcdSource,
} from '../../../shared/api/catalog';
import {
  isCatalogHeader,
  mapCatalogRows,
  type CatalogKind,
  type CatalogMapResult,
  type DrugRecord,
  type IcdRecord,
  type RowReject,
  type ServiceRecord,
} from '../../../shared/domain/catalog-rows';
import { fromMilli, fromMilliOrNull } from '../../../shared/domain/unit-price';
import { translate, type Locale } from '../../../shared/i18n';
import { AppError } from '../errors';
import { drugValues, type DrugValues } from './drugs';
import { icdValues, refreshIcdCategories } from './icd';
import { readTable } from './read-table';
import { serviceValues, type ServiceValues } from './services';

type Numbered<T> = { row: number; record: T }[];

/** A catalogue file read and mapped to records: everything an import needs but the database. */
export type ParsedCatalog = {
  format: 'xlsx' | 'csv';
  rows: number;
  rejects: RowReject[];
} & (
  | { kind: 'icd'; records: Numbered<IcdRecord> }
  | { kind: 'drugs'; records: Numbered<DrugRecord> }
  | { kind: 'services'; records: Numbered<ServiceRecord> }
);

type Table = Extract<Awaited<ReturnType<typeof readTable>>, { ok: true }>['value'];

function withRecords<K extends CatalogKind, T>(
  kind: K,
  table: Table,
  result: CatalogMapResult<T>,
): { kind: K; records: Numbered<T>; format: Table['format']; rows: number; rejects: RowReject[] } {
  if (!result.ok) {
    throw new AppError('VALIDATION', result.error.key, {
      ...(result.error.params && { params: result.error.params }),
      fieldErrors: { content: result.error },
      details: { missingColumns: result.missingColumns, headers: table.sourceHeaders },
    });
  }
  const { records, rejects } = result;
  return { kind, records, rejects, format: table.format, rows: table.rows.length };
}

/**
 * Decodes and maps an uploaded file. Slow (a large workbook takes a while), so it runs
 * before any transaction; a file that cannot be read at all is a VALIDATION error.
 */
export async function parseCatalogFile(
  kind: CatalogKind,
  fileName: string,
  base64: string,
): Promise<ParsedCatalog> {
  const read = await readTable(
    { fileName, data: Buffer.from(base64, 'base64') },
    { isHeader: (headers) => isCatalogHeader(kind, headers) },
  );
  if (!read.ok) {
    throw new AppError('VALIDATION', read.error.key, {
      ...(read.error.params && { params: read.error.params }),
      fieldErrors: { content: read.error },
    });
  }
  const table = read.value;
  switch (kind) {
    case 'icd':
      return withRecords(kind, table, mapCatalogRows(kind, table));
    case 'drugs':
      return withRecords(kind, table, mapCatalogRows(kind, table));
    case 'services':
      return withRecords(kind, table, mapCatalogRows(kind, table));
  }
}

interface Step<V> {
  row: number;
  status: ImportRowStatus;
  /** The row to update; null for a new one. */
  id: number | null;
  values: V;
}

type IcdValues = ReturnType<typeof icdValues>;

export type ImportPlan = { parsed: ParsedCatalog } & (
  | { kind: 'icd'; steps: Step<IcdValues>[]; source: IcdSource }
  | { kind: 'drugs'; steps: Step<DrugValues>[] }
  | { kind: 'services'; steps: Step<ServiceValues>[] }
);

function sameValue(a: unknown, b: unknown): boolean {
  if (typeof a === 'object' && a !== null) return JSON.stringify(a) === JSON.stringify(b);
  return a === b;
}

/** Every field the import sets already holds that value. */
function sameValues<V extends object>(
  current: Partial<Record<keyof V, unknown>>,
  next: V,
): boolean {
  return (Object.keys(next) as (keyof V)[]).every((key) => sameValue(current[key], next[key]));
}

function steps<R, V extends object, C extends { id: number } & Partial<Record<keyof V, unknown>>>(
  records: Numbered<R>,
  existing: Map<string, C>,
  key: (values: V) => string,
  toValues: (record: R) => V,
  unchanged: (current: C, values: V) => boolean = sameValues,
): Step<V>[] {
  return records.map(({ row, record }) => {
    const values = toValues(record);
    const current = existing.get(key(values));
    if (!current) return { row, status: 'new', id: null, values };
    return {
      row,
      status: unchanged(current, values) ? 'unchanged' : 'changed',
      id: current.id,
      values,
    };
  });
}

/**
 * Matches each record with the row it would update (by natural key: ICD code, drug product
 * key, service code) and decides new / changed / unchanged. Reads only.
 */
export function planImport(
  db: Db,
  parsed: ParsedCatalog,
  source: IcdSource = 'import',
): ImportPlan {
  switch (parsed.kind) {
    case 'icd': {
      const existing = new Map(
        db
          .select()
          .from(icd10)
          .all()
          .map((r) => [r.code, r]),
      );
      return {
        parsed,
        kind: 'icd',
        source,
        steps: steps(
          parsed.records,
          existing,
          (v: IcdValues) => v.code,
          icdValues,
          // A starter row confirmed by the official list becomes an imported one.
          (current, values) => current.source === source && sameValues(current, values),
        ),
      };
    }
    case 'drugs': {
      const existing = new Map(
        db
          .select()
          .from(drugs)
          .all()
          .map((r) => [r.naturalKey, r]),
      );
      return {
        parsed,
        kind: 'drugs',
        steps: steps(parsed.records, existing, (v: DrugValues) => v.naturalKey, drugValues),
      };
    }
    case 'services': {
      // Service codes compare without case, as the file's own duplicate check does.
      const existing = new Map(
        db
          .select()
          .from(services)
          .all()
          .map((r) => [r.code.toUpperCase(), r]),
      );
      const key = (v: ServiceValues): string => v.code.toUpperCase();
      return {
        parsed,
        kind: 'services',
        steps: steps(parsed.records, existing, key, serviceValues),
      };
    }
  }
}

/** Rows per INSERT: one statement per chunk instead of per row (SQLite allows 32,766 variables). */
const INSERT_CHUNK = 500;

function chunks<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += INSERT_CHUNK) out.push(items.slice(i, i + INSERT_CHUNK));
  return out;
}

function split<V>(steps: readonly Step<V>[]): { added: V[]; changed: { id: number; values: V }[] } {
  const added: V[] = [];
  const changed: { id: number; values: V }[] = [];
  for (const { status, id, values } of steps) {
    if (status === 'new') added.push(values);
    else if (status === 'changed' && id !== null) changed.push({ id, values });
  }
  return { added, changed };
}

/** Writes a plan: inserts new rows, updates changed ones in place (ids stay), skips the rest. */
export function applyImport(db: Db, plan: ImportPlan, at: string): void {
  switch (plan.kind) {
    case 'icd': {
      const { source } = plan;
      const { added, changed } = split(plan.steps);
      for (const rows of chunks(added)) {
        db.insert(icd10)
          .values(rows.map((values) => ({ ...values, source, updatedAt: at })))
          .run();
      }
      for (const { id, values } of changed) {
        db.update(icd10)
          .set({ ...values, source, updatedAt: at })
          .where(eq(icd10.id, id))
          .run();
      }
      refreshIcdCategories(db);
      return;
    }
    case 'drugs': {
      const { added, changed } = split(plan.steps);
      for (const rows of chunks(added)) {
        db.insert(drugs)
          .values(rows.map((values) => ({ ...values, createdAt: at, updatedAt: at })))
          .run();
      }
      for (const { id, values } of changed) {
        db.update(drugs)
          .set({ ...values, updatedAt: at })
          .where(eq(drugs.id, id))
          .run();
      }
      return;
    }
    case 'services': {
      const { added, changed } = split(plan.steps);
      for (const rows of chunks(added)) {
        db.insert(services)
          .values(rows.map((values) => ({ ...values, createdAt: at, updatedAt: at })))
          .run();
      }
      for (const { id, values } of changed) {
        db.update(services)
          .set({ ...values, updatedAt: at })
          .where(eq(services.id, id))
          .run();
      }
      return;
    }
  }
}

function previewRows(plan: ImportPlan): ImportPreviewRow[] {
  const base = { unit: null, price: null, insuredPrice: null };
  switch (plan.kind) {
    case 'icd':
      return plan.steps.slice(0, IMPORT_PREVIEW_ROWS).map(({ row, status, values }) => ({
        ...base,
        row,
        status,
        code: values.code,
        name: values.name,
        detail: values.nameEn,
      }));
    case 'drugs':
      return plan.steps.slice(0, IMPORT_PREVIEW_ROWS).map(({ row, status, values }) => ({
        row,
        status,
        code: values.code,
        name: values.name,
        detail: [values.ingredientText, values.strength].filter(Boolean).join(' '),
        unit: values.unit,
        price: fromMilli(values.priceMilli),
        insuredPrice: fromMilliOrNull(values.insuredPriceMilli),
      }));
    case 'services':
      return plan.steps.slice(0, IMPORT_PREVIEW_ROWS).map(({ row, status, values }) => ({
        row,
        status,
        code: values.code,
        name: values.name,
        detail: values.bhxhCode ?? null,
        unit: values.unit,
        price: fromMilli(values.priceMilli),
        insuredPrice: fromMilliOrNull(values.insuredPriceMilli),
      }));
  }
}

export function importResult(plan: ImportPlan, dryRun: boolean, locale: Locale): ImportResult {
  const count = (status: ImportRowStatus): number =>
    plan.steps.filter((step) => step.status === status).length;
  const { parsed } = plan;
  return {
    kind: plan.kind,
    dryRun,
    format: parsed.format,
    rows: parsed.rows,
    imported: count('new'),
    updated: count('changed'),
    unchanged: count('unchanged'),
    rejectedCount: parsed.rejects.length,
    rejected: parsed.rejects.slice(0, IMPORT_REJECTED_LISTED).map(({ row, reason }) => ({
      row,
      reason: translate(locale, reason.key, reason.params),
      reasonKey: reason,
    })),
    preview: dryRun ? previewRows(plan) : [],
  };
}
