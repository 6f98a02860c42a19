import { Group, Kbd, Modal, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useI18n } from '../i18n/i18n';
import { APP_KEYS, keyLabel } from './keymap';
import type { NavItem } from './nav';
import { usePageKeyHelp, type KeyHelp } from './page-keys';

export interface HelpOverlayProps {
  opened: boolean;
  onClose: () => void;
  items: readonly NavItem[];
}

function KeyTable({ title, keys }: { title: string; keys: readonly KeyHelp[] }) {
  return (
    <Stack gap={4}>
      <Title order={3} size="h5">
        {title}
      </Title>
      <Table verticalSpacing={2} aria-label={title}>
        <Table.Tbody>
          {keys.map(({ hotkey, label }) => (
            <Table.Tr key={`${hotkey}-${label}`}>
              <Table.Td w={110}>
                <Kbd size="xs">{keyLabel(hotkey)}</Kbd>
              </Table.Td>
              <Table.Td>{label}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}

/** F1: every key this person can use, the pages' (fixed for all) and the open page's own. */
export function HelpOverlay({ opened, onClose, items }: HelpOverlayProps) {
  const { t } = useI18n();
  const pageKeys = usePageKeyHelp();
  const pages: KeyHelp[] = items.flatMap((item) =>
    item.tabs
      ? item.tabs.map((tab) => ({
          hotkey: tab.hotkey,
          label: `${t(item.label)} · ${t(tab.label)}`,
        }))
      : [{ hotkey: item.hotkey, label: t(item.label) }],
  );
  const general: KeyHelp[] = [
    { hotkey: APP_KEYS.help, label: t('keys.help') },
    { hotkey: 'escape', label: t('keys.closeDialog') },
    { hotkey: 'ctrl+P', label: t('keys.print') },
    { hotkey: APP_KEYS.lock, label: t('auth.lock.now') },
    { hotkey: APP_KEYS.signOut, label: t('auth.logout') },
  ];
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('keys.title')}
      size="xl"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
        <KeyTable title={t('keys.pages')} keys={pages} />
        <Stack gap="md">
          {pageKeys.length > 0 ? (
            <KeyTable title={t('keys.thisPage')} keys={pageKeys} />
          ) : (
            <Text c="dimmed" size="sm">
              {t('keys.noPageKeys')}
            </Text>
          )}
          <KeyTable title={t('keys.general')} keys={general} />
          <Group gap={6}>
            <Text size="sm" c="dimmed">
              {t('keys.fieldsHint')}
            </Text>
          </Group>
        </Stack>
      </SimpleGrid>
    </Modal>
  );
}
