import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import { api, type ProcedureName } from '../../shared/api';
import type { FacilityKind } from '../../shared/domain/facility-kind';
import type { Role } from '../../shared/domain/roles';
import type { MessageKey } from '../../shared/i18n';

/** A tab of a page with its own fixed key (the pharmacy's rooms). */
export interface NavTab {
  value: string;
  label: MessageKey;
  /** Mantine hotkey, the same for everyone: see keymap.ts. */
  hotkey: string;
}

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
  /**
   * The page's fixed key, the same for every role and shown in the menu. A new page adds its
   * entry here with a free key (keymap.ts lists the ones taken by the shell and the browser).
   */
  hotkey: string;
  /** Tabs reached by their own keys; the first is the page itself. */
  tabs?: readonly NavTab[];
}

/** Nhà thuốc's tabs, in order; `?tab=` names them in the URL. */
export const PHARMACY_TABS = [
  { value: 'dispense', label: 'pharmacy.tab.dispense', hotkey: 'alt+P' },
  { value: 'receive', label: 'pharmacy.tab.receive', hotkey: 'alt+N' },
  { value: 'stock', label: 'pharmacy.tab.stock', hotkey: 'alt+O' },
  { value: 'alerts', label: 'pharmacy.tab.alerts', hotkey: 'alt+C' },
  { value: 'count', label: 'pharmacy.tab.count', hotkey: 'alt+I' },
  { value: 'reports', label: 'pharmacy.tab.reports', hotkey: 'alt+X' },
] as const satisfies readonly NavTab[];
export type PharmacyTab = (typeof PHARMACY_TABS)[number]['value'];

/** Where scans go from pages that do not take them. */
export const RECEPTION_PATH = '/reception';

export const NAV_ITEMS: readonly NavItem[] = [
  {
    path: RECEPTION_PATH,
    label: 'nav.reception',
    procedure: 'patients.create',
    page: lazy(() => import('../features/reception/reception-page')),
    hotkey: 'alt+T',
  },
  {
    path: '/queue',
    label: 'nav.queue',
    procedure: 'queue.today',
    page: lazy(() => import('../features/queue/queue-page')),
    hotkey: 'alt+H',
  },
  {
    path: '/exam',
    label: 'nav.exam',
    procedure: 'visits.worklist',
    page: lazy(() => import('../features/exam/exam-page')),
    hotkey: 'alt+K',
  },
  {
    path: '/pharmacy',
    label: 'nav.pharmacy',
    procedure: 'stock.awaiting',
    page: lazy(() => import('../features/pharmacy/pharmacy-page')),
    hotkey: 'alt+P',
    tabs: PHARMACY_TABS,
  },
  {
    path: '/cashier',
    label: 'nav.cashier',
    procedure: 'billing.awaiting',
    page: lazy(() => import('../features/cashier/cashier-page')),
    hotkey: 'alt+U',
  },
  {
    path: '/claims',
    label: 'nav.claims',
    procedure: 'claims.validate',
    page: lazy(() => import('../features/claims/claims-page')),
    hotkey: 'alt+B',
  },
  {
    path: '/users',
    label: 'nav.users',
    procedure: 'users.list',
    page: lazy(() => import('../features/users/users-page')),
    hotkey: 'alt+G',
  },
  {
    path: '/audit',
    label: 'nav.audit',
    procedure: 'audit.list',
    page: lazy(() => import('../features/audit/audit-page')),
    hotkey: 'alt+J',
  },
  {
    path: '/settings',
    label: 'nav.settings',
    procedure: 'settings.update',
    page: lazy(() => import('../features/settings/settings-page')),
    hotkey: 'alt+A',
  },
  {
    path: '/dashboard',
    label: 'nav.dashboard',
    procedure: 'reports.dashboard',
    page: lazy(() => import('../features/dashboard/dashboard-page')),
    hotkey: 'alt+V',
    home: true,
  },
  {
    path: '/reports',
    label: 'nav.reports',
    procedure: 'reports.compute',
    page: lazy(() => import('../features/reports/reports-page')),
    hotkey: 'alt+R',
  },
  {
    path: '/bundles',
    label: 'nav.bundles',
    procedure: 'bundles.export',
    page: lazy(() => import('../features/bundles/bundles-page')),
    hotkey: 'alt+W',
    facility: 'station',
  },
  {
    path: '/district/import',
    label: 'nav.district.import',
    procedure: 'bundles.import',
    page: lazy(() => import('../features/district/import-page')),
    hotkey: 'alt+1',
    home: true,
  },
  {
    path: '/district/stations',
    label: 'nav.district.stations',
    procedure: 'stations.list',
    page: lazy(() => import('../features/district/stations-page')),
    hotkey: 'alt+2',
  },
  {
    path: '/district/completeness',
    label: 'nav.district.completeness',
    procedure: 'district.completeness',
    page: lazy(() => import('../features/district/completeness-page')),
    hotkey: 'alt+3',
  },
  {
    path: '/district/totals',
    label: 'nav.district.totals',
    procedure: 'district.totals',
    page: lazy(() => import('../features/district/totals-page')),
    hotkey: 'alt+4',
  },
  {
    path: '/district/forms',
    label: 'nav.district.forms',
    procedure: 'reports.definitions',
    page: lazy(() => import('../features/district/forms-page')),
    hotkey: 'alt+5',
    facility: 'district',
  },
  {
    path: '/sync',
    label: 'nav.sync',
    procedure: 'sync.targets.list',
    page: lazy(() => import('../features/sync/sync-page')),
    hotkey: 'alt+Z',
  },
  {
    path: '/catalog',
    label: 'nav.catalog',
    procedure: 'catalog.summary',
    page: lazy(() => import('../features/catalog/catalog-page')),
    hotkey: 'alt+M',
  },
  {
    path: '/account',
    label: 'nav.account',
    procedure: 'auth.changePassword',
    page: lazy(() => import('../features/account/account-page')),
    hotkey: 'alt+Y',
  },
  {
    path: '/backups',
    label: 'nav.backups',
    procedure: 'backups.list',
    page: lazy(() => import('../features/backups/backups-page')),
    hotkey: 'alt+S',
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
