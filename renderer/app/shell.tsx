import {
  Anchor,
  AppShell,
  Badge,
  Burger,
  Button,
  Group,
  Kbd,
  NavLink,
  Stack,
  Text,
} from '@mantine/core';
import { useDisclosure, useHotkeys } from '@mantine/hooks';
import { Suspense, useEffect } from 'react';
import { NavLink as RouterLink, Outlet, useLocation, useNavigate } from 'react-router';
import { LanguageSwitch } from '../components/language-switch';
import { useI18n } from '../i18n/i18n';
import { PageLoader } from './app';
import type { NavItem } from './nav';
import { OffsiteWarning } from '../features/backups/offsite-warning';
import { useMe, useSession } from './session';

export interface ShellProps {
  items: NavItem[];
}

export function Shell({ items }: ShellProps) {
  const { t } = useI18n();
  const me = useMe();
  const session = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const [opened, { toggle, close }] = useDisclosure();
  const current = items.find((item) => location.pathname.startsWith(item.path));

  useEffect(() => {
    document.title = current ? `${t(current.label)} — ${t('app.name')}` : t('app.name');
    close();
  }, [current, t, close]);

  // Alt shortcuts work from inside fields too: pages put focus in a field (reception's search).
  useHotkeys(
    [
      ...items
        .slice(0, 9)
        .map(
          (item, index) =>
            [`alt+${index + 1}`, () => void navigate(item.path)] as [string, () => void],
        ),
      ['alt+L', () => void session.lock()],
    ],
    [],
  );

  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="md"
    >
      <Anchor
        href="#main"
        className="skip-link"
        onClick={(e) => {
          e.preventDefault();
          document.getElementById('main')?.focus();
        }}
      >
        {t('common.skipToContent')}
      </Anchor>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={t('common.menu')}
            />
            <Text fw={700} c="teal.9" size="lg">
              {t('app.name')}
            </Text>
            <Text size="sm" c="dimmed" visibleFrom="md" truncate>
              {me.facility.name}
            </Text>
          </Group>
          <Group gap="sm" wrap="nowrap">
            <LanguageSwitch />
            <Text size="sm" visibleFrom="sm" fw={500}>
              {me.user.fullName}
            </Text>
            <Button variant="default" size="xs" onClick={() => void session.lock()}>
              {t('auth.lock.now')}
            </Button>
            <Button variant="subtle" size="xs" onClick={() => void session.signOut()}>
              {t('auth.logout')}
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label={t('common.menu')}>
        <Stack gap={2} component="nav">
          {items.map((item, index) => (
            <NavLink
              key={item.path}
              component={RouterLink}
              to={item.path}
              label={t(item.label)}
              active={item === current}
              rightSection={index < 9 ? <Kbd size="xs">Alt {index + 1}</Kbd> : null}
            />
          ))}
        </Stack>
        <Group gap={4} mt="auto" p="xs">
          {me.user.roles.map((role) => (
            <Badge key={role} variant="light" color="gray" size="sm">
              {t(`role.${role}`)}
            </Badge>
          ))}
        </Group>
      </AppShell.Navbar>
      <AppShell.Main id="main" tabIndex={-1} style={{ outline: 'none' }}>
        {current === items[0] && me.user.roles.includes('admin') && <OffsiteWarning />}
        <Suspense fallback={<PageLoader />}>
          <Outlet />
        </Suspense>
      </AppShell.Main>
    </AppShell>
  );
}
