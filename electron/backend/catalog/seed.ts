import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { icd10, services } from '../../../db/schema';
import { SERVICE_CATEGORIES, type ServiceCategory } from '../../../shared/api/catalog';
import { mapIcdRows, type CatalogTable } from '../../../shared/domain/catalog-rows';
import { applyImport, planImport } from './import';
import { serviceValues } from './services';

interface StarterIcd {
  codes: { code: string; name: string; nameEn: string; chapter: string; group: string }[];
}

interface StarterServices {
  services: {
    code: string;
    bhxhCode: string | null;
    name: string;
    group: string;
    unit: string;
    price: number;
    insuredPrice: number | null;
  }[];
}

function readJson<T>(resourcesDir: string, name: string): T {
  return JSON.parse(fs.readFileSync(path.join(resourcesDir, 'catalogs', name), 'utf8')) as T;
}

function isEmpty(db: Db, table: typeof icd10 | typeof services): boolean {
  return !db.get<{ one: number } | undefined>(sql`SELECT 1 AS one FROM ${table} LIMIT 1`);
}

function category(group: string): ServiceCategory {
  return (SERVICE_CATEGORIES as readonly string[]).includes(group)
    ? (group as ServiceCategory)
    : 'other';
}

/** The starter ICD-10 list goes through the same mapper as an imported file. */
function seedIcd(db: Db, resourcesDir: string, at: string): number {
  const starter = readJson<StarterIcd>(resourcesDir, 'icd10-starter.json');
  const table: CatalogTable = {
    headers: ['MA_BENH', 'TEN_BENH', 'TEN_TIENG_ANH', 'CHUONG', 'NHOM'],
    rows: starter.codes.map((c, i) => ({
      rowNumber: i + 1,
      cells: {
        MA_BENH: c.code,
        TEN_BENH: c.name,
        TEN_TIENG_ANH: c.nameEn,
        CHUONG: c.chapter,
        NHOM: c.group,
      },
    })),
  };
  const mapped = mapIcdRows(table);
  if (!mapped.ok || mapped.rejects.length > 0) {
    throw new Error(`icd10-starter.json does not map cleanly: ${JSON.stringify(mapped)}`);
  }
  const { records, rejects } = mapped;
  const parsed = { kind: 'icd', format: 'csv', rows: records.length, records, rejects } as const;
  applyImport(db, planImport(db, parsed, 'starter'), at);
  return mapped.records.length;
}

function seedServices(db: Db, resourcesDir: string, at: string): number {
  const starter = readJson<StarterServices>(resourcesDir, 'services-starter.json');
  for (const s of starter.services) {
    db.insert(services)
      .values({
        ...serviceValues({ ...s, bhxhCode: s.bhxhCode }),
        // The starter list's codes and prices are examples until the station edits them.
        example: true,
        category: category(s.group),
        createdAt: at,
        updatedAt: at,
      })
      .run();
  }
  return starter.services.length;
}

/**
 * Fills empty catalogues from the shipped starter files, so a new station can diagnose and
 * bill on day one. Rows are never deleted, so an empty table means a new database: a station
 * that imported or edited its catalogues never gets starter rows back.
 */
export function seedStarterCatalogs(
  db: Db,
  resourcesDir: string,
  at: string,
): { icd: number; services: number } {
  return db.transaction(
    () => ({
      icd: isEmpty(db, icd10) ? seedIcd(db, resourcesDir, at) : 0,
      services: isEmpty(db, services) ? seedServices(db, resourcesDir, at) : 0,
    }),
    { behavior: 'immediate' },
  );
}
