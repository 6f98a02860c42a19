import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import {
  reportDefinitions,
  reportSubmissions,
  users,
  type ReportDefinitionRow,
} from '../../../db/schema';
import type { DefinitionSummary } from '../../../shared/api/reports';
import { readDefinition } from '../../../shared/domain/reports/check';
import { inForceOn, type ReportDefinition } from '../../../shared/domain/reports/definition';
import type { Period } from '../../../shared/domain/reports/periods';

export interface StoredDefinition {
  row: ReportDefinitionRow;
  definition: ReportDefinition;
}

/** The folder of shipped definitions inside resources/. */
export const DEFINITIONS_FOLDER = 'reports';

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** The stored form of a definition: its validated value with defaults filled in, as JSON. */
export function canonicalJson(definition: ReportDefinition): string {
  return JSON.stringify(definition);
}

// Rows never change (a trigger refuses it), so a parsed definition can be kept by its hash.
const parsed = new Map<string, ReportDefinition>();

function stored(row: ReportDefinitionRow): StoredDefinition {
  let definition = parsed.get(row.sha256);
  if (!definition) {
    const reading = readDefinition(JSON.parse(row.content));
    if (!reading.ok) throw new Error(`report definition ${row.code} v${row.version} is invalid`);
    definition = reading.definition;
    parsed.set(row.sha256, definition);
  }
  return { row, definition };
}

/**
 * Loads the definitions shipped in resources/reports: a version not yet in the database is
 * added; one already there is never rewritten (a changed file must carry a new version).
 */
export function seedShippedDefinitions(db: Db, resourcesDir: string, at: string): void {
  const folder = path.join(resourcesDir, DEFINITIONS_FOLDER);
  if (!fs.existsSync(folder)) return;
  for (const file of fs
    .readdirSync(folder)
    .filter((name) => name.endsWith('.json'))
    .sort()) {
    const reading = readDefinition(JSON.parse(fs.readFileSync(path.join(folder, file), 'utf8')));
    if (!reading.ok) {
      throw new Error(
        `${file} is not a valid report definition: ${JSON.stringify(reading.problems)}`,
      );
    }
    const content = canonicalJson(reading.definition);
    const hash = sha256(content);
    const existing = getVersionRow(db, reading.definition.code, reading.definition.version);
    if (existing) {
      if (existing.sha256 !== hash) {
        console.warn(
          `[tram] ${file} differs from the stored ${existing.code} v${existing.version}; kept the stored one`,
        );
      }
      continue;
    }
    insertDefinition(db, reading.definition, {
      source: 'shipped',
      fileName: file,
      at,
      userId: null,
    });
  }
}

export interface DefinitionMeta {
  source: 'shipped' | 'imported';
  fileName: string | null;
  at: string;
  userId: number | null;
}

/** The row a definition is stored as. */
export function definitionRow(
  definition: ReportDefinition,
  meta: DefinitionMeta,
): Omit<ReportDefinitionRow, 'id'> {
  const content = canonicalJson(definition);
  return {
    code: definition.code,
    version: definition.version,
    name: definition.name,
    effectiveFrom: definition.effectiveFrom,
    effectiveTo: definition.effectiveTo,
    content,
    sha256: sha256(content),
    source: meta.source,
    fileName: meta.fileName,
    importedBy: meta.userId,
    importedAt: meta.at,
  };
}

export function insertDefinition(
  db: Db,
  definition: ReportDefinition,
  meta: DefinitionMeta,
): ReportDefinitionRow {
  return db.insert(reportDefinitions).values(definitionRow(definition, meta)).returning().get();
}

function getVersionRow(db: Db, code: string, version: number): ReportDefinitionRow | undefined {
  return db
    .select()
    .from(reportDefinitions)
    .where(and(eq(reportDefinitions.code, code), eq(reportDefinitions.version, version)))
    .get();
}

export function getDefinitionVersion(
  db: Db,
  code: string,
  version: number,
): StoredDefinition | null {
  const row = getVersionRow(db, code, version);
  return row ? stored(row) : null;
}

/** Every version of every form, by code then newest version first. */
export function allDefinitions(db: Db): StoredDefinition[] {
  return db
    .select()
    .from(reportDefinitions)
    .orderBy(asc(reportDefinitions.code), desc(reportDefinitions.version))
    .all()
    .map(stored);
}

/** The newest version of a form in force on a day (YYYY-MM-DD). */
export function definitionInForceOn(
  definitions: readonly StoredDefinition[],
  code: string,
  date: string,
): StoredDefinition | null {
  return (
    definitions.find((d) => d.definition.code === code && inForceOn(d.definition, date)) ?? null
  );
}

/** The version of a form for a period: the newest one in force on the period's first day. */
export function definitionForPeriod(db: Db, code: string, period: Period): StoredDefinition | null {
  const rows = db
    .select()
    .from(reportDefinitions)
    .where(eq(reportDefinitions.code, code))
    .orderBy(desc(reportDefinitions.version))
    .all();
  const row = rows.find((r) => inForceOn(r, period.start));
  return row ? stored(row) : null;
}

export function summarize(
  db: Db,
  definitions: readonly StoredDefinition[],
  today: string,
  defaultWorkingDays: number,
): DefinitionSummary[] {
  const used = new Set(
    db
      .selectDistinct({ code: reportSubmissions.dataset, sha: reportSubmissions.definitionSha256 })
      .from(reportSubmissions)
      .all()
      .map((r) => r.sha),
  );
  const importers = new Map(
    db
      .select({ id: users.id, fullName: users.fullName })
      .from(users)
      .where(
        inArray(
          users.id,
          definitions.flatMap((d) => (d.row.importedBy === null ? [] : [d.row.importedBy])),
        ),
      )
      .all()
      .map((u) => [u.id, u.fullName]),
  );
  return definitions.map(({ row, definition }) => {
    const current = definitionInForceOn(definitions, definition.code, today);
    const importedBy = row.importedBy === null ? undefined : importers.get(row.importedBy);
    return {
      code: definition.code,
      version: definition.version,
      name: definition.name,
      legalBasis: definition.legalBasis,
      effectiveFrom: definition.effectiveFrom,
      effectiveTo: definition.effectiveTo,
      periodTypes: definition.periodTypes,
      deadlineWorkingDays: definition.deadlineWorkingDays ?? defaultWorkingDays,
      source: row.source,
      ...(row.fileName && { fileName: row.fileName }),
      importedAt: row.importedAt,
      ...(importedBy && { importedBy }),
      sha256: row.sha256,
      current: current?.row.id === row.id,
      inUse: used.has(row.sha256),
    };
  });
}
