import type { Api } from '../../shared/api';
import { auditHandlers } from './audit/handlers';
import { authHandlers } from './auth/handlers';
import { backupsHandlers, recoveryHandlers } from './backups/handlers';
import { billingHandlers } from './billing/handlers';
import { bundlesHandlers } from './bundles/handlers';
import { catalogHandlers } from './catalog/handlers';
import { claimsHandlers } from './claims/handlers';
import type { HandlersFor } from './context';
import { devicesHandlers } from './devices/handlers';
import { districtHandlers } from './district/handlers';
import { documentsHandlers } from './documents/handlers';
import { examHandlers } from './exam/handlers';
import { patientsHandlers } from './patients/handlers';
import { prescriptionsHandlers } from './prescriptions/handlers';
import { syncHandlers, syncReceiveHandlers } from './sync/handlers';
import { stockHandlers } from './pharmacy/handlers';
import { receptionHandlers } from './reception/handlers';
import { reportsHandlers } from './reports/handlers';
import { settingsHandlers } from './settings/handlers';
import { usersHandlers } from './users/handlers';
import { visitsHandlers } from './visits/handlers';
import { workstationsHandlers } from './workstations/handlers';

/** Every procedure's handler; the type makes a missing one a compile error. */
export const handlers: HandlersFor<Api> = {
  ...authHandlers,
  ...usersHandlers,
  ...auditHandlers,
  ...settingsHandlers,
  ...catalogHandlers,
  ...devicesHandlers,
  ...patientsHandlers,
  ...visitsHandlers,
  ...receptionHandlers,
  ...examHandlers,
  ...prescriptionsHandlers,
  ...stockHandlers,
  ...billingHandlers,
  ...claimsHandlers,
  ...workstationsHandlers,
  ...backupsHandlers,
  ...recoveryHandlers,
  ...reportsHandlers,
  ...bundlesHandlers,
  ...districtHandlers,
  ...documentsHandlers,
  ...syncHandlers,
  ...syncReceiveHandlers,
};
