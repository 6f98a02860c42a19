import {
  Badge,
  Button,
  Code,
  Group,
  Modal,
  Paper,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { useState } from 'react';
import type { BundleImportResult, StationView } from '../../../shared/api';
import { formatLocalDateTime } from '../../../shared/domain/dates';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { canUse } from '../../app/nav';
import { useMe } from '../../app/session';
import { ApiErrorAlert, fieldErrorsOf } from '../../components/api-error';
import { PageHeader } from '../../components/page-header';
import { useI18n } from '../../i18n/i18n';
import { CredentialDialog, OtherStationForm } from './credential-dialog';
import { ImportResults } from './import-page';

const STATUS_COLORS = { pending: 'orange', active: 'teal', rejected: 'red' } as const;
const REFRESHED = ['stations.list', 'district.completeness', 'district.totals'] as const;

function ConfirmModal({
  station,
  onClose,
  onDone,
}: {
  station: StationView;
  onClose: () => void;
  onDone: (results: BundleImportResult[]) => void;
}) {
  const { t } = useI18n();
  const [typed, setTyped] = useState('');
  const confirm = useApiMutation('stations.confirm', REFRESHED);
  const fieldError = fieldErrorsOf(confirm.error, t).fingerprint;
  return (
    <Modal
      opened
      onClose={onClose}
      title={t('stations.confirm.title', { name: station.name })}
      size="lg"
    >
      <Stack gap="sm">
        <Text size="sm">{t('stations.confirm.hint')}</Text>
        <Text ff="monospace" fz="xl" fw={700} ta="center" data-testid="pending-fingerprint">
          {station.fingerprint}
        </Text>
        <TextInput
          label={t('stations.confirm.typed')}
          description={t('stations.confirm.typedHint')}
          value={typed}
          onChange={(event) => setTyped(event.currentTarget.value)}
          error={fieldError}
        />
        {!fieldError && <ApiErrorAlert error={confirm.error} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button
            data-autofocus
            loading={confirm.isPending}
            onClick={() =>
              void confirm
                .mutateAsync({
                  code: station.code,
                  ...(typed.trim() && { fingerprint: typed.trim() }),
                })
                .then((result) => onDone(result.imported))
                .catch(() => undefined)
            }
          >
            {t('stations.confirm.action')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** Trạm y tế: who sends bundles; a new station waits here until its key is checked on paper. */
export default function StationsPage() {
  const { t } = useI18n();
  const me = useMe();
  const list = useApiQuery('stations.list', {});
  const reject = useApiMutation('stations.reject', REFRESHED);
  const mayDecide = canUse('stations.confirm', me.user.roles);
  const mayIssue = canUse('stations.credential', me.user.roles);
  const [issuing, setIssuing] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<StationView | null>(null);
  const [imported, setImported] = useState<BundleImportResult[] | null>(null);
  const [rejecting, setRejecting] = useState<StationView | null>(null);
  const stations = list.data ?? [];

  return (
    <Stack gap="md" maw={1100}>
      <PageHeader title={t('stations.title')} description={t('stations.description')} />
      <ApiErrorAlert error={list.error ?? reject.error} />
      <Paper withBorder>
        {stations.length === 0 ? (
          <Text c="dimmed" p="md" size="sm">
            {t('stations.empty')}
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={900}>
            <Table striped verticalSpacing="xs" aria-label={t('stations.title')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('district.station')}</Table.Th>
                  <Table.Th>{t('stations.fingerprint')}</Table.Th>
                  <Table.Th>{t('stations.status')}</Table.Th>
                  <Table.Th ta="right">{t('stations.lastCounter')}</Table.Th>
                  <Table.Th>{t('stations.lastReceived')}</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {stations.map((station) => (
                  <Table.Tr key={station.code}>
                    <Table.Td>
                      <Text size="sm" fw={500}>
                        {station.name}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {station.code}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Code>{station.fingerprint}</Code>
                    </Table.Td>
                    <Table.Td>
                      <Badge color={STATUS_COLORS[station.status]} variant="light">
                        {t(`stations.status.${station.status}`)}
                      </Badge>
                      {station.pendingBundles > 0 && (
                        <Text size="xs" c="dimmed">
                          {t('stations.waiting', { count: station.pendingBundles })}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td ta="right">{station.lastCounter || ''}</Table.Td>
                    <Table.Td>
                      {station.lastReceivedAt ? formatLocalDateTime(station.lastReceivedAt) : ''}
                    </Table.Td>
                    <Table.Td>
                      <Group gap="xs" wrap="nowrap">
                        {mayDecide && station.status === 'pending' && (
                          <>
                            <Button size="xs" onClick={() => setConfirming(station)}>
                              {t('stations.confirm.action')}
                            </Button>
                            <Button
                              size="xs"
                              variant="default"
                              color="red"
                              onClick={() => setRejecting(station)}
                            >
                              {t('stations.reject.action')}
                            </Button>
                          </>
                        )}
                        {mayIssue && station.status !== 'rejected' && (
                          <Button
                            size="xs"
                            variant="default"
                            onClick={() => setIssuing(station.code)}
                          >
                            {t('stations.credential')}
                          </Button>
                        )}
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Paper>
      {mayIssue && <OtherStationForm onIssue={setIssuing} />}
      {issuing && <CredentialDialog code={issuing} onClose={() => setIssuing(null)} />}
      {imported && imported.length > 0 && (
        <Paper withBorder p="md">
          <Text fw={500} mb="xs">
            {t('stations.confirm.imported', { count: imported.length })}
          </Text>
          <ImportResults results={imported} />
        </Paper>
      )}
      {rejecting && (
        <Modal
          opened
          onClose={() => setRejecting(null)}
          title={t('stations.reject.ask', { name: rejecting.name })}
        >
          <Text size="sm">{t('stations.reject.hint')}</Text>
          <Group justify="flex-end" mt="md">
            <Button variant="default" onClick={() => setRejecting(null)}>
              {t('common.cancel')}
            </Button>
            <Button
              color="red"
              loading={reject.isPending}
              onClick={() =>
                void reject
                  .mutateAsync({ code: rejecting.code })
                  .then(() => setRejecting(null))
                  .catch(() => undefined)
              }
            >
              {t('stations.reject.action')}
            </Button>
          </Group>
        </Modal>
      )}
      {confirming && (
        <ConfirmModal
          station={confirming}
          onClose={() => setConfirming(null)}
          onDone={(results) => {
            setConfirming(null);
            setImported(results);
          }}
        />
      )}
    </Stack>
  );
}
