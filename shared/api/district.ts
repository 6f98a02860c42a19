import { z } from 'zod';
import type { ReportDefinition } from '../domain/reports/definition';
import { PERIOD_ID_PATTERN } from '../domain/reports/periods';
import type { ReportProblem } from '../domain/reports/validation';
import type { DataValue, ValueSet } from '../domain/reports/value-set';
import { mutation, query } from './contract';
import type { BundleImportResult } from './bundles';
import { REPORT_ROLES } from './reports';
import { empty, facilityCode } from './fields';
import type { FileResult } from './files';

export type StationStatus = 'pending' | 'active' | 'rejected';

export interface StationView {
  code: string;
  name: string;
  /** Of the key its bundles are signed with, as printed on its reports. */
  fingerprint: string;
  status: StationStatus;
  /** Its reports count in the district's totals. */
  active: boolean;
  lastCounter: number;
  lastHash: string | null;
  firstSeenAt: string;
  decidedAt: string | null;
  /** Bundles waiting for the station to be confirmed. */
  pendingBundles: number;
  lastReceivedAt: string | null;
}

export type CompletenessState = 'on-time' | 'late' | 'missing' | 'revised' | 'not-due';

export interface CompletenessCell {
  period: string;
  state: CompletenessState;
  /** For a report that arrived: whether its first submission came after the due date. */
  late: boolean;
  revision: number | null;
  dueDate: string;
  firstSubmittedAt: string | null;
  receivedAt: string | null;
}

export interface DistrictCompleteness {
  dataset: string;
  periods: { id: string; dueDate: string }[];
  stations: { code: string; name: string; cells: CompletenessCell[] }[];
  counts: Record<CompletenessState, number>;
}

/**
 * The district's figures in the shape of `reports.compute` (a value set with its definition
 * and problems), plus each station's values for drill-down.
 */
export interface DistrictTotals extends ValueSet {
  dataValues: DataValue[];
  definition: ReportDefinition;
  problems: ReportProblem[];
  /** Data elements the definition marks as not summable: shown per station, never added. */
  notSummable: string[];
  stations: {
    code: string;
    name: string;
    /** The report's revision; for one made from months, the highest of theirs. */
    revision: number;
    dataValues: DataValue[];
    /** Made from these monthly reports: the station sent none for the whole period. */
    months?: string[];
    /** …and these months are not in yet (the figures are short of them). */
    missingMonths?: string[];
  }[];
  /** Confirmed stations with no report for the period. */
  missing: { code: string; name: string }[];
}

const periodId = z.string().regex(/^\d{4}((0[1-9]|1[0-2])|Q[1-4]|S[12])?$/, 'bundles.period');
/** Totals may be for 9 months too: the district makes them from months (no bundle carries one). */
const anyPeriodId = z.string().regex(PERIOD_ID_PATTERN, 'bundles.period');
const datasetCode = z
  .string()
  .trim()
  .regex(/^[A-Z0-9][A-Z0-9_-]{1,49}$/, 'validation.invalid');

export const districtApi = {
  'stations.list': query<StationView[]>()({
    input: empty,
    access: REPORT_ROLES,
    summary: "The district's stations: confirmed, awaiting confirmation, rejected.",
  }),
  'stations.confirm': mutation<{ station: StationView; imported: BundleImportResult[] }>()({
    input: z.object({
      code: facilityCode,
      /** When given, must be the fingerprint the station's key has (as read off paper). */
      fingerprint: z.string().trim().max(64).optional(),
    }),
    access: ['admin'],
    summary: "Trusts a station's key (first use), then imports the bundles that waited for it.",
  }),
  'stations.reject': mutation<{ station: StationView; discarded: number }>()({
    input: z.object({ code: facilityCode }),
    access: ['admin'],
    summary: "Refuses a station's key; its waiting bundles are discarded, later ones refused.",
  }),
  'district.completeness': query<DistrictCompleteness>()({
    input: z.object({ dataset: datasetCode, from: periodId, to: periodId }),
    access: REPORT_ROLES,
    summary: 'Stations × periods: on time, late, missing, revised, by the form’s deadline.',
  }),
  'district.totals': query<DistrictTotals>()({
    input: z.object({ dataset: datasetCode, period: anyPeriodId }),
    access: REPORT_ROLES,
    summary: "The form summed over the active stations' current revisions, with each station's.",
  }),
  'district.export': query<FileResult>()({
    input: z.object({
      dataset: datasetCode,
      period: anyPeriodId,
      format: z.enum(['xlsx', 'pdf']),
    }),
    access: REPORT_ROLES,
    returnsFile: true,
    summary: "The district's totals as the form's xlsx or A4 PDF.",
  }),
} as const;
