import { Alert, Button, Code, Group, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import type { PairingCodeView, WorkstationView } from '../../../shared/api';
import { formatLocalDateTime } from '../../../shared/domain/dates';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { ApiErrorAlert } from '../../components/api-error';
import { useI18n } from '../../i18n/i18n';
import { Section } from '../settings/section-form';

/** The admin's list of paired workstations (name, address, user, last call), with revoke. */
export function WorkstationsCard() {
  const { t } = useI18n();
  const list = useApiQuery('workstations.list', {});
  const makeCode = useApiMutation('workstations.pairingCode');
  const revoke = useApiMutation('workstations.revoke', ['workstations.list']);
  const [code, setCode] = useState<PairingCodeView | null>(null);
  const when = (iso: string | null) => (iso ? formatLocalDateTime(iso) : '—');
  const revokeOne = (row: WorkstationView) => {
    if (window.confirm(t('workstations.revokeConfirm', { name: row.name }))) {
      revoke.mutate({ id: row.id });
    }
  };
  return (
    <Section title={t('workstations.title')}>
      <Stack gap="sm">
        <Group>
          <Button
            variant="default"
            loading={makeCode.isPending}
            onClick={() => makeCode.mutate({}, { onSuccess: setCode })}
          >
            {t('workstations.newCode')}
          </Button>
        </Group>
        <ApiErrorAlert error={makeCode.error} />
        {code && (
          <Alert color="blue" role="status">
            <Text size="xl" fw={700} ff="monospace">
              {code.code}
            </Text>
            <Text size="sm">
              {t('workstations.codeShown', { time: formatLocalDateTime(code.expiresAt) })}
            </Text>
            <Text size="sm">{code.urls.join('  ')}</Text>
            <Text size="xs">
              {t('network.certificate.caFingerprint')}:{' '}
              <Code style={{ wordBreak: 'break-all' }}>{code.caFingerprint}</Code>
            </Text>
          </Alert>
        )}
        {list.data && list.data.length === 0 && <Text size="sm">{t('workstations.none')}</Text>}
        {list.data && list.data.length > 0 && (
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('workstations.col.name')}</Table.Th>
                <Table.Th>{t('workstations.col.address')}</Table.Th>
                <Table.Th>{t('workstations.col.user')}</Table.Th>
                <Table.Th>{t('workstations.col.lastSeen')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.data.map((row) => (
                <Table.Tr key={row.id}>
                  <Table.Td>{row.name}</Table.Td>
                  <Table.Td>{row.lastAddress ?? row.pairedFrom ?? '—'}</Table.Td>
                  <Table.Td>{row.lastUsername ?? '—'}</Table.Td>
                  <Table.Td>{when(row.lastSeenAt)}</Table.Td>
                  <Table.Td>
                    {row.revokedAt ? (
                      <Text size="sm" c="dimmed">
                        {t('workstations.revoked.at', { time: when(row.revokedAt) })}
                      </Text>
                    ) : (
                      <Button size="xs" color="red" variant="light" onClick={() => revokeOne(row)}>
                        {t('workstations.revoke')}
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        <ApiErrorAlert error={revoke.error ?? list.error} />
      </Stack>
    </Section>
  );
}
