import type { z } from 'zod';
import { auditApi } from './audit';
import { backupsApi } from './backups';
import { billingApi } from './billing';
import { authApi } from './auth';
import { cardsApi } from './cards';
import { catalogApi } from './catalog';
import { claimsApi } from './claims';
import { bundlesApi } from './bundles';
import { joinContracts, onlyOn, type Procedure } from './contract';
import { districtApi } from './district';
import { devicesApi } from './devices';
import { documentsApi } from './documents';
import { examApi } from './exam';
import { patientsApi } from './patients';
import { prescriptionsApi } from './prescriptions';
import { recoveryApi } from './recovery';
import { referenceApi } from './reference';
import { reportsApi } from './reports';
import { settingsApi } from './settings';
import { stockApi } from './stock';
import { syncApi, syncReceiveApi } from './sync';
import { usersApi } from './users';
import { visitsApi } from './visits';
import { workstationsApi } from './workstations';

/** Forms are shared: a district hands out its own templates; computing reports is a station's. */
const {
  'reports.definitions': definitions,
  'reports.definitions.import': definitionsImport,
  'reports.definitions.export': definitionsExport,
  ...stationReportsApi
} = reportsApi;
const reportDefinitionsApi = {
  'reports.definitions': definitions,
  'reports.definitions.import': definitionsImport,
  'reports.definitions.export': definitionsExport,
} as const;

/** A district Tram has no patients, pharmacy or billing: those procedures exist on stations only. */
export const api = joinContracts(
  authApi,
  usersApi,
  auditApi,
  settingsApi,
  onlyOn('station', catalogApi),
  devicesApi,
  onlyOn('station', patientsApi),
  onlyOn('station', cardsApi),
  onlyOn('station', visitsApi),
  referenceApi,
  workstationsApi,
  backupsApi,
  recoveryApi,
  onlyOn('station', examApi),
  onlyOn('station', prescriptionsApi),
  onlyOn('station', stockApi),
  onlyOn('station', billingApi),
  onlyOn('station', claimsApi),
  onlyOn('station', stationReportsApi),
  reportDefinitionsApi,
  bundlesApi,
  onlyOn('district', districtApi),
  syncApi,
  onlyOn('district', syncReceiveApi),
  documentsApi,
);

export type Api = typeof api;
export type ProcedureName = Extract<keyof Api, string>;
/** What a caller sends (before defaults and trimming). */
export type InputOf<N extends ProcedureName> = z.input<Api[N]['input']>;
/** What a handler receives (after parsing). */
export type ParsedInputOf<N extends ProcedureName> = z.output<Api[N]['input']>;
export type OutputOf<N extends ProcedureName> =
  Api[N] extends Procedure<z.ZodType, infer O> ? O : never;

export const PROCEDURE_NAMES = Object.keys(api) as ProcedureName[];

export function isProcedureName(name: string): name is ProcedureName {
  return Object.hasOwn(api, name);
}

export type { Access, Procedure, ProcedureKind, ProcedureMap } from './contract';
export type { ApiError, ErrorCode, LocalizedText, Result } from './result';
export { ERROR_CODES, HTTP_STATUS } from './result';
export type { EventName, Events } from './events';
export type { FileResult } from './files';
export type * from './auth';
export type * from './users';
export type * from './audit';
export type * from './settings';
export type * from './documents';
export type * from './catalog';
export type * from './devices';
export type * from './patients';
export type * from './cards';
export type * from './visits';
export type * from './reference';
export type * from './exam';
export type * from './prescriptions';
export type * from './stock';
export type * from './billing';
export type * from './billing-settings';
export type * from './claims';
export type * from './workstations';
export type * from './backups';
export type * from './recovery';
export type * from './bundles';
export type * from './district';
export type * from './reports';
export type * from './sync';
