import type { Api } from '../../shared/api';
import { auditHandlers } from './audit/handlers';
import { authHandlers } from './auth/handlers';
import { billingHandlers } from './billing/handlers';
import { catalogHandlers } from './catalog/handlers';
import { claimsHandlers } from './claims/handlers';
import type { HandlersFor } from './context';
import { devicesHandlers } from './devices/handlers';
import { documentsHandlers } from './documents/handlers';
import { examHandlers } from './exam/handlers';
import { patientsHandlers } from './patients/handlers';
import { prescriptionsHandlers } from './prescriptions/handlers';
import { stockHandlers } from './pharmacy/handlers';
import { receptionHandlers } from './reception/handlers';
import { settingsHandlers } from './settings/handlers';
import { usersHandlers } from './users/handlers';
import { visitsHandlers } from './visits/handlers';

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
  ...documentsHandlers,
};
