import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import { api, type ProcedureName } from '../../shared/api';
import type { Role } from '../../shared/domain/roles';
import type { MessageKey } from '../../shared/i18n';

export interface NavItem {
  path: string;
  label: MessageKey;
  /** The page's main procedure: its roles decide who sees the page (one place for the rule). */
  procedure: ProcedureName;
  page: LazyExoticComponent<ComponentType>;
}

export const NAV_ITEMS: readonly NavItem[] = [
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
];

export function canUse(procedure: ProcedureName, roles: readonly Role[]): boolean {
  const access = api[procedure].access;
  if (access === 'public' || access === 'authenticated') return true;
  return roles.some((role) => (access as readonly Role[]).includes(role));
}

export function navFor(roles: readonly Role[]): NavItem[] {
  return NAV_ITEMS.filter((item) => canUse(item.procedure, roles));
}
