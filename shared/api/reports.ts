import { z } from 'zod';
import type { ReportDefinition } from '../domain/reports/definition';
import { COMBO_CODE, DATA_ELEMENT_CODE, DATASET_CODE } from '../domain/reports/definition';
import type { DefinitionProblem } from '../domain/reports/check';
import { PERIOD_ID_PATTERN, type PeriodType } from '../domain/reports/periods';
import type { ReportProblem } from '../domain/reports/validation';
import type { DataValue, ValueDifference, ValueSet } from '../domain/reports/value-set';
import type { Role } from '../domain/roles';
import { mutation, query } from './contract';
import { empty, isoDate } from './fields';
import type { FileResult } from './files';

/** The station head (admin) and the deputy who keeps the statistics. */
export const REPORT_ROLES = ['admin', 'reporter'] as const satisfies readonly Role[];

export const REPORT_FORMATS = ['xlsx', 'pdf', 'dhis2-json', 'adx'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** Largest definition file accepted (a definition is tens of KB; a workbook a little more). */
export const MAX_DEFINITION_FILE_BYTES = 2 * 1024 * 1024;
/** The dashboard's longest range. */
export const DASHBOARD_MAX_DAYS = 366;
/** Largest figure typed by hand (a commune's population is far below). */
export const MAX_ENTERED_VALUE = 1_000_000_000_000;

export interface DefinitionSummary {
  code: string;
  version: number;
  name: string;
  legalBasis: string;
  effectiveFrom: string;
  effectiveTo: string | null;
  periodTypes: PeriodType[];
  deadlineWorkingDays: number;
  source: 'shipped' | 'imported';
  fileName?: string;
  importedAt: string;
  importedBy?: string;
  sha256: string;
  /** In force today (the latest version in force for its code). */
  current: boolean;
  /** A submitted report was made with it. */
  inUse: boolean;
}

/** Where a report stands against its due date. */
export type DeadlineState = 'open' | 'due' | 'late' | 'submitted';

export interface SubmissionInfo {
  revision: number;
  submittedAt: string;
  submittedBy: string;
  late: boolean;
  reopenedAt?: string;
  reopenedBy?: string;
  reason?: string;
}

/** `reports.compute`: the value set in DHIS2's shape, with what the screen needs around it. */
export interface ReportView extends ValueSet {
  dataValues: DataValue[];
  definition: ReportDefinition;
  definitionSha256: string;
  problems: ReportProblem[];
  /** Hand-entered values of the period before (same type), shown beside the inputs. */
  previous: { period: string; values: DataValue[] };
  dueDate: string;
  deadline: DeadlineState;
  /** The period has ended (a report is handed in after its period). */
  ended: boolean;
  /** Every revision handed in so far, oldest first. */
  history: SubmissionInfo[];
  /** Submitted only: what the records say now, where it differs from the frozen values. */
  changedSinceSubmission?: { count: number; differences: ValueDifference[] };
}

export interface DeadlineRow {
  dataset: string;
  name: string;
  period: string;
  dueDate: string;
  state: DeadlineState;
  revision?: number;
  submittedAt?: string;
  late?: boolean;
}

export interface DefinitionImportResult {
  /** What the file holds, when it could be read. */
  definition?: DefinitionSummary & { sections: { title: string; rows: number }[]; rules: number };
  problems: DefinitionProblem[];
  /** new: will be (or was) saved; identical: this exact version is already there. */
  status: 'new' | 'identical' | 'invalid';
  saved: boolean;
}

export interface Dashboard {
  from: string;
  to: string;
  visitsPerDay: { date: string; visits: number; insured: number }[];
  visits: number;
  insured: number;
  topDiagnoses: { code: string; name: string; visits: number }[];
  takingsPerDay: { date: string; amount: number }[];
  takings: number;
  stock: {
    value: number;
    expiryDays: number;
    expiring: { batches: number; value: number };
    expired: { batches: number; value: number };
    soonest: { drugName: string; lot: string; expiry: string; quantity: number; value: number }[];
  };
}

const dataset = z.string().trim().regex(DATASET_CODE, 'reports.dataset.invalid');
const period = z.string().trim().regex(PERIOD_ID_PATTERN, 'reports.period.invalid');
const report = z.object({ dataset, period });

export const reportsApi = {
  'reports.definitions': query<DefinitionSummary[]>()({
    input: empty,
    access: REPORT_ROLES,
    summary: 'Report forms (every version): code, version, dates in force, where they came from.',
  }),
  'reports.compute': query<ReportView>()({
    input: report,
    access: REPORT_ROLES,
    summary:
      "A report's value set for a period: computed rows from the records, hand-entered rows, problems; a submitted one is frozen.",
  }),
  'reports.enter': mutation<ReportView>()({
    input: report.extend({
      values: z
        .array(
          z.object({
            dataElement: z.string().regex(DATA_ELEMENT_CODE, 'validation.invalid'),
            categoryOptionCombo: z.string().regex(COMBO_CODE, 'validation.invalid').optional(),
            value: z
              .number()
              .int('validation.integer')
              .min(0, 'validation.tooSmall')
              .max(MAX_ENTERED_VALUE, 'validation.tooBig')
              .nullable(),
          }),
        )
        .min(1)
        .max(2000),
    }),
    access: REPORT_ROLES,
    summary: 'Saves hand-entered values of a draft report (null clears one); answers the report.',
  }),
  'reports.submit': mutation<ReportView>()({
    input: report,
    access: REPORT_ROLES,
    summary:
      'Chốt số liệu: freezes the values as the next revision with who and when; refused with errors or before the period ends.',
  }),
  'reports.reopen': mutation<ReportView>()({
    input: report.extend({ reason: z.string().trim().min(1, 'validation.required').max(500) }),
    access: ['admin'],
    summary:
      'Reopens a submitted report with the reason; handing it in again makes the next revision.',
  }),
  'reports.export': query<FileResult>()({
    input: report.extend({ format: z.enum(REPORT_FORMATS) }),
    access: REPORT_ROLES,
    returnsFile: true,
    summary:
      'The report as xlsx or A4 PDF in the form layout, as DHIS2 dataValueSets JSON (idScheme code) or as ADX XML.',
  }),
  'reports.deadlines': query<DeadlineRow[]>()({
    input: empty,
    access: REPORT_ROLES,
    summary: "Each form in force: its recent periods' due dates and whether they were handed in.",
  }),
  'reports.definitions.import': mutation<DefinitionImportResult>()({
    input: z.object({
      fileName: z.string().trim().min(1).max(255),
      content: z
        .base64('catalog.file.notBase64')
        .max(Math.ceil(MAX_DEFINITION_FILE_BYTES / 3) * 4, 'catalog.file.tooLarge'),
      dryRun: z.boolean().default(false),
    }),
    access: ['admin'],
    maxBodyBytes: Math.ceil(MAX_DEFINITION_FILE_BYTES / 3) * 4 + 64 * 1024,
    summary:
      'Imports a report definition (JSON or xlsx): validated, previewed with dryRun, saved as a new version; a version already saved is never changed.',
  }),
  'reports.definitions.export': query<FileResult>()({
    input: z.object({
      code: dataset,
      version: z.number().int().min(1),
      format: z.enum(['json', 'xlsx']),
    }),
    access: REPORT_ROLES,
    returnsFile: true,
    summary: 'A definition as the JSON or xlsx file the import reads (to make the next version).',
  }),
  'reports.dashboard': query<Dashboard>()({
    input: z
      .object({ from: isoDate, to: isoDate })
      .refine((p) => p.from <= p.to, { message: 'claims.period.order', path: ['to'] })
      .refine(
        (p) => Date.parse(p.to) - Date.parse(p.from) <= (DASHBOARD_MAX_DAYS - 1) * 86_400_000,
        { message: 'reports.dashboard.tooLong', path: ['to'] },
      ),
    access: REPORT_ROLES,
    summary:
      "The station head's overview: visits per day, top diagnoses, insured share, takings, stock value and expiring stock.",
  }),
} as const;
