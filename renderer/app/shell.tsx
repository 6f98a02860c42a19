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
import { useDisclosure, useHotkeys, type HotkeyItem } from '@mantine/hooks';
import { Suspense, useEffect } from 'react';
import { Link as RouterLink, Outlet, useLocation, useNavigate } from 'react-router';
import { LanguageSwitch } from '../components/language-switch';
import { useI18n } from '../i18n/i18n';
import { PageLoader } from './app';
import { useDrafts } from './drafts';
import { HelpOverlay } from './help-overlay';
import { APP_KEYS, keyLabel, navHotkeys } from './keymap';
import type { NavItem } from './nav';
import { OffsiteWarning } from '../features/backups/offsite-warning';
import { useMe, useSession } from './session';

export interface ShellProps {
  items: NavItem[];
}

const KeyHint = ({ hotkey }: { hotkey: string }) => (
  <Kbd size="xs" style={{ whiteSpace: 'nowrap' }}>
    {keyLabel(hotkey)}
  </Kbd>
);

export function Shell({ items }: ShellProps) {
  const { t } = useI18n();
  const me = useMe();
  const session = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const drafts = useDrafts();
  const [opened, { toggle, close }] = useDisclosure();
  const [helpOpened, help] = useDisclosure();
  const current = items.find((item) => location.pathname.startsWith(item.path));
  const tab = new URLSearchParams(location.search).get('tab');
  const isTab = (item: NavItem, value: string): boolean =>
    item === current && (tab ?? item.tabs?.[0]?.value) === value;

  useEffect(() => {
    document.title = current ? `${t(current.label)} — ${t('app.name')}` : t('app.name');
    close();
  }, [current, t, close]);

  const signOut = () => {
    // Unsaved forms are kept across pages, not across people: say so before they go.
    const names = drafts.map((draft) => draft.label).join(', ');
    if (drafts.length > 0 && !window.confirm(t('drafts.signOutConfirm', { names }))) return;
    void session.signOut();
  };

  // The same keys for everyone, from anywhere, fields included (keymap.ts).
  const physical = { usePhysicalKeys: true };
  const keys: HotkeyItem[] = [
    ...navHotkeys(items).map(({ hotkey, path }): HotkeyItem => [
      hotkey,
      () => void navigate(path),
      physical,
    ]),
    [APP_KEYS.lock, () => void session.lock(), physical],
    [APP_KEYS.signOut, signOut, physical],
    [APP_KEYS.help, help.toggle],
  ];
  useHotkeys(keys, []);

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
          <Group gap="xs" wrap="nowrap">
            <LanguageSwitch />
            <Text size="sm" visibleFrom="sm" fw={500}>
              {me.user.fullName}
            </Text>
            <Button variant="subtle" size="xs" onClick={help.open}>
              {t('keys.button')} <KeyHint hotkey={APP_KEYS.help} />
            </Button>
            <Button variant="default" size="xs" onClick={() => void session.lock()}>
              {t('auth.lock.now')} <KeyHint hotkey={APP_KEYS.lock} />
            </Button>
            <Button variant="subtle" size="xs" onClick={signOut}>
              {t('auth.logout')} <KeyHint hotkey={APP_KEYS.signOut} />
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label={t('common.menu')}>
        <Stack gap={0} component="nav" style={{ overflowY: 'auto' }}>
          {items.map((item) => (
            <div key={item.path}>
              <NavLink
                component={RouterLink}
                to={item.path}
                label={t(item.label)}
                active={item === current && !item.tabs}
                aria-current={item === current && !item.tabs ? 'page' : undefined}
                py={6}
                // A page with tabs is reached by its first tab's key, shown on that tab.
                rightSection={item.tabs ? null : <KeyHint hotkey={item.hotkey} />}
              />
              {item.tabs?.map((entry, index) => (
                <NavLink
                  key={entry.value}
                  component={RouterLink}
                  to={index === 0 ? item.path : `${item.path}?tab=${entry.value}`}
                  label={t(entry.label)}
                  active={isTab(item, entry.value)}
                  aria-current={isTab(item, entry.value) ? 'page' : undefined}
                  pl="xl"
                  py={3}
                  rightSection={<KeyHint hotkey={entry.hotkey} />}
                />
              ))}
            </div>
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
      <HelpOverlay opened={helpOpened} onClose={help.close} items={items} />
    </AppShell>
  );
}
