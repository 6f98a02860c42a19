import path from 'node:path';
import type { Db } from '../../../db/client';
import type { DefinitionImportResult } from '../../../shared/api/reports';
import { readDefinition, type DefinitionReading } from '../../../shared/domain/reports/check';
import { localDate } from '../../../shared/domain/dates';
import type { ReportDefinition } from '../../../shared/domain/reports/definition';
import { AppError, conflict } from '../errors';
import { readSection } from '../settings/store';
import { definitionFromXlsx } from './definition-xlsx';
import {
  allDefinitions,
  canonicalJson,
  definitionRow,
  getDefinitionVersion,
  insertDefinition,
  sha256,
  summarize,
} from './definitions';

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

function problemOnly(
  key: 'reports.import.unreadable' | 'reports.import.notJson',
): DefinitionReading {
  return { ok: false, problems: [{ path: '', message: { key } }] };
}

/** A definition from an uploaded file: a workbook in Tram's layout, or JSON. */
export async function readDefinitionFile(
  fileName: string,
  contentBase64: string,
): Promise<DefinitionReading> {
  const data = new Uint8Array(Buffer.from(contentBase64, 'base64'));
  const isZip = ZIP_MAGIC.every((byte, i) => data[i] === byte);
  if (isZip || ['.xlsx', '.xlsm'].includes(path.extname(fileName).toLowerCase())) {
    const workbook = await definitionFromXlsx(data);
    return workbook.ok ? readDefinition(workbook.value) : problemOnly('reports.import.unreadable');
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(data).replace(/^\uFEFF/, '');
  } catch {
    return problemOnly('reports.import.unreadable');
  }
  try {
    return readDefinition(JSON.parse(text));
  } catch {
    return problemOnly('reports.import.notJson');
  }
}

function preview(
  db: Db,
  definition: ReportDefinition,
  now: Date,
): NonNullable<DefinitionImportResult['definition']> {
  const rules = readSection(db, 'reports');
  const [summary] = summarize(
    db,
    [
      {
        definition,
        row: {
          id: 0,
          ...definitionRow(definition, {
            source: 'imported',
            fileName: null,
            at: now.toISOString(),
            userId: null,
          }),
        },
      },
    ],
    localDate(now),
    rules.deadlineWorkingDays,
  );
  if (!summary) throw new Error('preview: no summary');
  return {
    ...summary,
    current: false,
    sections: definition.sections.map((s) => ({
      title: s.title,
      rows: s.rows.filter((r) => r.dataElement !== undefined).length,
    })),
    rules: definition.rules.length,
  };
}

function nextVersion(db: Db, code: string): number {
  const versions = allDefinitions(db)
    .filter((d) => d.row.code === code)
    .map((d) => d.row.version);
  return Math.max(0, ...versions) + 1;
}

/**
 * What importing the file would do (dry run) or did: a new version saved, the same version
 * already there (nothing written), or the problems that refuse it. A saved version with
 * other content is never replaced: the file must carry a new version number.
 */
export function planImport(db: Db, reading: DefinitionReading, now: Date): DefinitionImportResult {
  if (!reading.ok) return { problems: reading.problems, status: 'invalid', saved: false };
  const { definition } = reading;
  const existing = getDefinitionVersion(db, definition.code, definition.version);
  const hash = sha256(canonicalJson(definition));
  if (existing && existing.row.sha256 !== hash) {
    throw conflict('reports.import.versionExists', {
      code: definition.code,
      version: definition.version,
      next: nextVersion(db, definition.code),
    });
  }
  return {
    definition: preview(db, definition, now),
    problems: [],
    status: existing ? 'identical' : 'new',
    saved: false,
  };
}

export function applyImport(
  db: Db,
  reading: DefinitionReading,
  meta: { fileName: string; now: Date; userId: number },
): DefinitionImportResult {
  const plan = planImport(db, reading, meta.now);
  if (!reading.ok) {
    throw new AppError('VALIDATION', 'reports.import.invalid', {
      params: { count: reading.problems.length },
      details: { problems: reading.problems },
    });
  }
  if (plan.status === 'new') {
    insertDefinition(db, reading.definition, {
      source: 'imported',
      fileName: meta.fileName,
      at: meta.now.toISOString(),
      userId: meta.userId,
    });
  }
  return { ...plan, saved: plan.status === 'new' };
}
