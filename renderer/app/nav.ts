import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import { api, type ProcedureName } from '../../shared/api';
import type { FacilityKind } from '../../shared/domain/facility-kind';
import type { Role } from '../../shared/domain/roles';
import type { MessageKey } from '../../shared/i18n';

export interface NavItem {
  path: string;
  label: MessageKey;
  /** The page's main procedure: its roles decide who sees the page (one place for the rule). */
  procedure: ProcedureName;
  page: LazyExoticComponent<ComponentType>;
  /** Opens first after sign-in for those who may use it (the station head's overview). */
  home?: boolean;
  /** Shown on this kind of Tram only; else the procedure's own kind decides. */
  facility?: FacilityKind;
}

/** Where scans go from pages that do not take them. */
export const RECEPTION_PATH = '/reception';

export const NAV_ITEMS: readonly NavItem[] = [
  {
    path: RECEPTION_PATH,
    label: 'nav.reception',
    procedure: 'patients.create',
    page: lazy(() => import('../features/reception/reception-page')),
  },
  {
    path: '/queue',
    label: 'nav.queue',
    procedure: 'queue.today',
    page: lazy(() => import('../features/queue/queue-page')),
  },
  {
    path: '/exam',
    label: 'nav.exam',
    procedure: 'visits.worklist',
    page: lazy(() => import('../features/exam/exam-page')),
  },
  {
    path: '/pharmacy',
    label: 'nav.pharmacy',
    procedure: 'stock.awaiting',
    page: lazy(() => import('../features/pharmacy/pharmacy-page')),
  },
  {
    path: '/cashier',
    label: 'nav.cashier',
    procedure: 'billing.awaiting',
    page: lazy(() => import('../features/cashier/cashier-page')),
  },
  {
    path: '/claims',
    label: 'nav.claims',
    procedure: 'claims.validate',
    page: lazy(() => import('../features/claims/claims-page')),
  },
  {
    path: '/users',
    label: 'nav.users',
    procedure: 'users.list',
    page: lazy(() => import('../features/users/users-page')),
  },
  {
    path: '/audit',
    label: 'nav.audit',
    procedure: 'audit.list',
    page: lazy(() => import('../features/audit/audit-page')),
  },
  {
    path: '/settings',
    label: 'nav.settings',
    procedure: 'settings.update',
    page: lazy(() => import('../features/settings/settings-page')),
  },
  {
    path: '/dashboard',
    label: 'nav.dashboard',
    procedure: 'reports.dashboard',
    page: lazy(() => import('../features/dashboard/dashboard-page')),
    home: true,
  },
  {
    path: '/reports',
    label: 'nav.reports',
    procedure: 'reports.compute',
    page: lazy(() => import('../features/reports/reports-page')),
  },
  {
    path: '/bundles',
    label: 'nav.bundles',
    procedure: 'bundles.export',
    page: lazy(() => import('../features/bundles/bundles-page')),
    facility: 'station',
  },
  {
    path: '/district/import',
    label: 'nav.district.import',
    procedure: 'bundles.import',
    page: lazy(() => import('../features/district/import-page')),
    home: true,
  },
  {
    path: '/district/stations',
    label: 'nav.district.stations',
    procedure: 'stations.list',
    page: lazy(() => import('../features/district/stations-page')),
  },
  {
    path: '/district/completeness',
    label: 'nav.district.completeness',
    procedure: 'district.completeness',
    page: lazy(() => import('../features/district/completeness-page')),
  },
  {
    path: '/district/totals',
    label: 'nav.district.totals',
    procedure: 'district.totals',
    page: lazy(() => import('../features/district/totals-page')),
  },
  {
    path: '/district/forms',
    label: 'nav.district.forms',
    procedure: 'reports.definitions',
    page: lazy(() => import('../features/district/forms-page')),
    facility: 'district',
  },
  {
    path: '/catalog',
    label: 'nav.catalog',
    procedure: 'catalog.summary',
    page: lazy(() => import('../features/catalog/catalog-page')),
  },
  {
    path: '/account',
    label: 'nav.account',
    procedure: 'auth.changePassword',
    page: lazy(() => import('../features/account/account-page')),
  },
  {
    path: '/backups',
    label: 'nav.backups',
    procedure: 'backups.list',
    page: lazy(() => import('../features/backups/backups-page')),
  },
];

export function canUse(procedure: ProcedureName, roles: readonly Role[]): boolean {
  const access = api[procedure].access;
  if (access === 'public' || access === 'authenticated') return true;
  return roles.some((role) => (access as readonly Role[]).includes(role));
}

/** The pages this user may open on this kind of Tram (a district has no reception). */
export function navFor(roles: readonly Role[], kind: FacilityKind): NavItem[] {
  return NAV_ITEMS.filter(
    (item) =>
      canUse(item.procedure, roles) &&
      (item.facility ?? api[item.procedure].facility ?? kind) === kind,
  );
}
