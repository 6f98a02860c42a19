import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { icd10, services } from '../../../db/schema';
import { SERVICE_CATEGORIES, type ServiceCategory } from '../../../shared/api/catalog';
import { mapIcdRows, type CatalogTable } from '../../../shared/domain/catalog-rows';
import { withIcdIndexRebuilt } from './fts';
import { icdValues, refreshIcdCategories } from './icd';
import { applyImport, planImport } from './import';
import { serviceValues } from './services';

interface StarterIcd {
  codes: { code: string; name: string; nameEn: string; chapter: string; group: string }[];
  /** QĐ 4469's appendix sheets: not a main diagnosis, one sex only, age lists. */
  rules: {
    common: string[];
    notMain: string[];
    sexOnly: { female: string[]; male: string[] };
    ageLists: Record<string, string[]>;
  };
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
function seedIcd(db: Db, starter: StarterIcd, at: string): number {
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
  if (isEmpty(db, icd10)) {
    // A new database: 12,000 rows at once, indexed once (a second instead of many).
    const insert = db.$client.prepare(
      `INSERT INTO icd10 (code, name, name_en, chapter, group_code, search_text, source, updated_at)
       VALUES (@code, @name, @nameEn, @chapter, @groupCode, @searchText, 'starter', @at)`,
    );
    withIcdIndexRebuilt(db.$client, () => {
      for (const { record } of records) insert.run({ ...icdValues(record), at });
    });
    refreshIcdCategories(db);
    return records.length;
  }
  const parsed = { kind: 'icd', format: 'csv', rows: records.length, records, rejects } as const;
  applyImport(db, planImport(db, parsed, 'starter'), at);
  return records.length;
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
 * The MoH's rules for each code (appendices A2–A4), by code, whatever list the code came from
 * (starter or an import of the same official list).
 */
function applyIcdRules(db: Db, rules: StarterIcd['rules']): void {
  const ageLists = new Map<string, string[]>();
  for (const [list, codes] of Object.entries(rules.ageLists)) {
    for (const code of codes) ageLists.set(code, [...(ageLists.get(code) ?? []), list]);
  }
  const female = new Set(rules.sexOnly.female);
  const male = new Set(rules.sexOnly.male);
  const notMain = new Set(rules.notMain);
  const common = new Set(rules.common);
  const codes = new Set([...ageLists.keys(), ...female, ...male, ...notMain, ...common]);
  const update = db.$client.prepare(
    'UPDATE icd10 SET common = ?, main_allowed = ?, sex_only = ?, age_lists = ? WHERE code = ?',
  );
  for (const code of codes) {
    update.run(
      common.has(code) ? 1 : 0,
      notMain.has(code) ? 0 : 1,
      female.has(code) ? 'female' : male.has(code) ? 'male' : null,
      ageLists.get(code)?.join(',') ?? null,
      code,
    );
  }
}

interface IcdState {
  rows: number;
  imported: number;
  ruled: number;
}

/**
 * A station still on an older, shorter starter list gets the full one: its starter rows are
 * brought up to the official names and the missing codes added. A station that imported a
 * list keeps it as it is.
 */
function upgradeIcd(db: Db, starter: StarterIcd, state: IcdState, at: string): number {
  if (state.imported > 0 || state.rows >= starter.codes.length) return 0;
  seedIcd(db, starter, at);
  const after = db.get<{ rows: number }>(sql`SELECT count(*) AS rows FROM ${icd10}`);
  return after.rows - state.rows;
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
    () => {
      // Read the 2 MB list only when there is something to do with it.
      const state = db.get<IcdState>(
        sql`SELECT count(*) AS rows, count(*) FILTER (WHERE source = 'import') AS imported,
              count(*) FILTER (WHERE main_allowed = 0) AS ruled FROM ${icd10}`,
      );
      let icd = 0;
      if (state.rows === 0 || state.ruled === 0) {
        const starter = readJson<StarterIcd>(resourcesDir, 'icd10-starter.json');
        icd = state.rows === 0 ? seedIcd(db, starter, at) : upgradeIcd(db, starter, state, at);
        applyIcdRules(db, starter.rules);
      }
      return {
        icd,
        services: isEmpty(db, services) ? seedServices(db, resourcesDir, at) : 0,
      };
    },
    { behavior: 'immediate' },
  );
}
