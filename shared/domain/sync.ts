import { z } from 'zod';
import { dataValueSchema } from './bundles';
import type { Dhis2DataValueSet } from './reports/dhis2';

/**
 * Upstream sync: where submitted reports go when there is a network, and the pure rules of
 * delivering them (retry timing, DHIS2 code mapping, reading DHIS2's import summaries).
 */
export const SYNC_TARGET_KINDS = ['tram', 'dhis2'] as const;
export type SyncTargetKind = (typeof SYNC_TARGET_KINDS)[number];

export const OUTBOX_STATUSES = ['pending', 'sent', 'failed'] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];

/** What DHIS2 calls each kind of identifier Tram maps. */
export const MAPPING_KINDS = ['dataSet', 'orgUnit', 'dataElement', 'categoryOptionCombo'] as const;
export type MappingKind = (typeof MAPPING_KINDS)[number];

/** Tram codes → a DHIS2 instance's codes; anything not mapped is sent under Tram's own code. */
export type Dhis2Mapping = Partial<Record<MappingKind, Record<string, string>>>;

const code = z.string().trim().min(1).max(100);
export const dhis2MappingSchema = z
  .object(Object.fromEntries(MAPPING_KINDS.map((k) => [k, z.record(code, code).optional()])))
  .strict() as unknown as z.ZodType<Dhis2Mapping>;

/** What the target answered about one delivery, kept on the outbox row for staff to read. */
export interface SyncAnswer {
  httpStatus?: number;
  /** A Tram: imported, duplicate, superseded, pending-station, rejected. */
  outcome?: string;
  /** The receiving Tram's reason, in its words. */
  reason?: string;
  /** DHIS2: SUCCESS, WARNING, ERROR (or OK). */
  status?: string;
  importCount?: { imported: number; updated: number; ignored: number; deleted: number };
  conflicts?: { object: string; value: string }[];
  /** The first lines of an answer Tram could not read. */
  text?: string;
}

/** Minutes to wait after the n-th failed attempt: doubling from 1 to 6 hours, ± half. */
export const BACKOFF = { firstMs: 60_000, maxMs: 6 * 60 * 60_000 } as const;

/**
 * Exponential backoff with jitter ("equal jitter"): half the doubled delay for sure, the other
 * half at random, so stations that lost the network together do not come back together.
 */
export function backoffMs(attempts: number, random: () => number = Math.random): number {
  const exponent = Math.max(0, Math.min(attempts - 1, 20));
  const ceiling = Math.min(BACKOFF.maxMs, BACKOFF.firstMs * 2 ** exponent);
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}

/** The payload as the instance wants it: each code through the mapping, Tram's own otherwise. */
export function mapDataValueSet(set: Dhis2DataValueSet, mapping: Dhis2Mapping): Dhis2DataValueSet {
  const map = (kind: MappingKind, value: string): string => mapping[kind]?.[value] ?? value;
  return {
    dataSet: map('dataSet', set.dataSet),
    period: set.period,
    orgUnit: map('orgUnit', set.orgUnit),
    ...(set.completeDate && { completeDate: set.completeDate }),
    dataValues: set.dataValues.map((v) => ({
      dataElement: map('dataElement', v.dataElement),
      ...(v.categoryOptionCombo && {
        categoryOptionCombo: map('categoryOptionCombo', v.categoryOptionCombo),
      }),
      value: v.value,
    })),
  };
}

export interface MappingCsvProblem {
  line: number;
  text: string;
}

function splitCsvLine(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',' || ch === ';' || ch === '\t') {
      cells.push(cell);
      cell = '';
    } else cell += ch;
  }
  cells.push(cell);
  return cells.map((c) => c.trim());
}

const KIND_ALIASES: Record<string, MappingKind> = {
  dataset: 'dataSet',
  orgunit: 'orgUnit',
  organisationunit: 'orgUnit',
  dataelement: 'dataElement',
  categoryoptioncombo: 'categoryOptionCombo',
  coc: 'categoryOptionCombo',
  bieumau: 'dataSet',
  donvi: 'orgUnit',
  chitieu: 'dataElement',
  phanto: 'categoryOptionCombo',
};

/**
 * A mapping from csv as staff keep it in a spreadsheet: `kind,tram,dhis2` per line (a header
 * line is skipped; comma, semicolon or tab between cells). Kinds are DHIS2's names
 * (dataElement…) or the Vietnamese ones (chi_tieu, phan_to, bieu_mau, don_vi).
 */
export function parseMappingCsv(text: string): {
  mapping: Dhis2Mapping;
  rows: number;
  problems: MappingCsvProblem[];
} {
  const mapping: Dhis2Mapping = {};
  const problems: MappingCsvProblem[] = [];
  let rows = 0;
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  lines.forEach((raw, index) => {
    const line = raw.trim();
    if (!line || line.startsWith('#')) return;
    const [kindCell = '', tram = '', dhis2 = ''] = splitCsvLine(line);
    const kind = KIND_ALIASES[kindCell.toLowerCase().replace(/[^a-z]/g, '')];
    if (!kind) {
      if (index === 0) return; // a header
      problems.push({ line: index + 1, text: line.slice(0, 120) });
      return;
    }
    if (!tram || !dhis2 || tram.length > 100 || dhis2.length > 100) {
      problems.push({ line: index + 1, text: line.slice(0, 120) });
      return;
    }
    (mapping[kind] ??= {})[tram] = dhis2;
    rows++;
  });
  return { mapping, rows, problems };
}

const csvCell = (value: string): string =>
  /[",;\t]|^\s|\s$/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;

/** The mapping as csv again, for staff to edit in a spreadsheet. */
export function mappingToCsv(mapping: Dhis2Mapping): string {
  const lines = ['kind,tram,dhis2'];
  for (const kind of MAPPING_KINDS) {
    for (const [tram, dhis2] of Object.entries(mapping[kind] ?? {})) {
      lines.push([kind, tram, dhis2].map(csvCell).join(','));
    }
  }
  return `${lines.join('\n')}\n`;
}

const count = z.coerce.number().int().nonnegative().catch(0);
const summarySchema = z
  .object({
    status: z.string().optional(),
    importCount: z
      .object({ imported: count, updated: count, ignored: count, deleted: count })
      .partial()
      .optional(),
    conflicts: z
      .array(
        z
          .object({ object: z.unknown(), value: z.unknown(), objects: z.unknown() })
          .partial()
          .passthrough(),
      )
      .optional(),
    description: z.string().optional(),
    message: z.string().optional(),
  })
  .passthrough();

const textOf = (value: unknown): string =>
  value === undefined || value === null
    ? ''
    : typeof value === 'string'
      ? value
      : JSON.stringify(value);

/**
 * DHIS2's answer to `POST /api/dataValueSets`, from any version: 2.38 and later wrap the
 * ImportSummary in `response` (with 409 when it has errors), older ones answer it at the top.
 */
export function readImportSummary(httpStatus: number, body: unknown): SyncAnswer {
  const outer = summarySchema.safeParse(body);
  if (!outer.success) return { httpStatus };
  const inner =
    typeof outer.data.response === 'object' && outer.data.response !== null
      ? summarySchema.safeParse(outer.data.response)
      : outer;
  const summary = inner.success ? inner.data : outer.data;
  const answer: SyncAnswer = { httpStatus };
  const status = summary.status ?? outer.data.status;
  if (status) answer.status = status;
  if (summary.importCount) {
    answer.importCount = {
      imported: summary.importCount.imported ?? 0,
      updated: summary.importCount.updated ?? 0,
      ignored: summary.importCount.ignored ?? 0,
      deleted: summary.importCount.deleted ?? 0,
    };
  }
  if (summary.conflicts?.length) {
    answer.conflicts = summary.conflicts.slice(0, 50).map((c) => ({
      object: textOf(c.object ?? c.objects).slice(0, 200),
      value: textOf(c.value).slice(0, 500),
    }));
  }
  const message = summary.description ?? outer.data.message;
  if (message) answer.text = message.slice(0, 500);
  return answer;
}

/** Whether an import summary says the values went in (WARNING counts: some values did). */
export function summaryAccepted(answer: SyncAnswer): boolean {
  const status = answer.status?.toUpperCase();
  return (
    (status === 'SUCCESS' || status === 'OK' || status === 'WARNING') &&
    (answer.conflicts?.length ?? 0) === 0
  );
}

/**
 * All a payload to DHIS2 may hold: codes, a period, counts. Strict, so a field that is not an
 * aggregate (a name, an id number, free text) cannot ride along; checked when a row is queued.
 */
export const aggregateValueSet = z
  .object({
    dataSet: z.string().regex(/^[A-Z0-9][A-Z0-9_-]{1,49}$/),
    period: z.string().regex(/^\d{4}((0[1-9]|1[0-2])|Q[1-4]|S[12])?$/),
    orgUnit: z.string().regex(/^[0-9A-Z]{5}$/),
    completeDate: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/)
      .optional(),
    dataValues: z.array(dataValueSchema.strict()).max(20_000),
  })
  .strict();
export type AggregateValueSet = z.output<typeof aggregateValueSet>;
