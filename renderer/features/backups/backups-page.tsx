import { Alert, Badge, Button, Group, Modal, Paper, SimpleGrid, Table, Text } from '@mantine/core';
import { useState } from 'react';
import type { BackupView } from '../../../shared/api';
import { formatLocalDateTime } from '../../../shared/domain/dates';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { call } from '../../api/client';
import { ApiErrorAlert } from '../../components/api-error';
import { useNotify } from '../../components/notify';
import { PageHeader } from '../../components/page-header';
import { useI18n } from '../../i18n/i18n';
import { BackupFactCells, BackupTableHead, StatBox } from './backup-table';
import { BackupSettingsForm } from './backup-settings-form';
import { IntegrityLine, OffsiteWarning } from './offsite-warning';
import { RecoveryCodeScreen } from './recovery-code-screen';

/** The admin's Sao lưu page: status, settings, the list with check and restore. */
export default function BackupsPage() {
  const { t } = useI18n();
  const notify = useNotify();
  const status = useApiQuery('backups.status', {});
  const list = useApiQuery('backups.list', {});
  const create = useApiMutation('backups.create', ['backups.list', 'backups.status']);
  const [checks, setChecks] = useState<Record<string, { ok: boolean; problems: string[] }>>({});
  const [checkError, setCheckError] = useState<unknown>(null);
  const [restoring, setRestoring] = useState<BackupView | null>(null);
  const [showCode, setShowCode] = useState(false);
  const restore = useApiMutation('backups.restore');

  const verify = async (id: string) => {
    setCheckError(null);
    try {
      const result = await call('backups.verify', { id });
      setChecks((current) => ({ ...current, [id]: result }));
      await list.refetch();
    } catch (error) {
      setCheckError(error);
    }
  };

  return (
    <>
      <PageHeader
        title={t('backups.title')}
        description={t('backups.description')}
        actions={
          <Button
            loading={create.isPending}
            onClick={() =>
              create.mutate({}, { onSuccess: () => notify('teal', t('backups.created')) })
            }
          >
            {t('backups.createNow')}
          </Button>
        }
      />
      <ApiErrorAlert error={create.error ?? checkError} />
      <OffsiteWarning />
      {status.data?.recoveryCodePending && (
        <Button variant="light" color="orange" mb="md" onClick={() => setShowCode(true)}>
          {t('backups.showCode')}
        </Button>
      )}
      <Modal opened={showCode} onClose={() => setShowCode(false)} fullScreen withCloseButton>
        <RecoveryCodeScreen
          facilityName=""
          onDone={() => {
            setShowCode(false);
            void status.refetch();
          }}
        />
      </Modal>
      {status.data && (
        <SimpleGrid cols={{ base: 1, md: 3 }} mb="md">
          <StatBox label={t('backups.lastBackup')}>
            <Text fw={600}>
              {status.data.lastBackupAt
                ? formatLocalDateTime(status.data.lastBackupAt)
                : t('backups.never')}
            </Text>
          </StatBox>
          <StatBox label={t('backups.lastOffsite')}>
            <Text fw={600} c={status.data.offsiteStale ? 'red.9' : undefined}>
              {status.data.lastOffsiteAt
                ? formatLocalDateTime(status.data.lastOffsiteAt)
                : t('backups.never')}
            </Text>
          </StatBox>
          <StatBox label={t('backups.integrity')}>
            <IntegrityLine integrity={status.data.integrity} />
          </StatBox>
        </SimpleGrid>
      )}
      <Paper withBorder p="md" mb="md">
        <Text fw={600} mb="sm" component="h2">
          {t('backups.list')}
        </Text>
        <Table striped highlightOnHover>
          <BackupTableHead />
          <Table.Tbody>
            {(list.data ?? []).map((backup) => {
              const check = checks[backup.id];
              return (
                <Table.Tr key={backup.id}>
                  <BackupFactCells backup={backup} />
                  <Table.Td>
                    <Group gap={4}>
                      {backup.places.map((place) => (
                        <Badge
                          key={place.place}
                          variant="light"
                          color={place.verified ? 'teal' : 'red'}
                          title={place.path}
                        >
                          {t(`backups.place.${place.place}`)}
                        </Badge>
                      ))}
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    <Badge color={backup.verified ? 'teal' : 'red'} variant="filled">
                      {backup.verified ? t('backups.verified') : t('backups.notVerifiedBadge')}
                    </Badge>
                    {check && (
                      <Text size="xs" fw={600} c={check.ok ? undefined : 'red.9'} role="status">
                        {check.ok
                          ? t('backups.verifyOk')
                          : t('backups.verifyFailed', { problems: check.problems.join(', ') })}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Group gap="xs" justify="flex-end" wrap="nowrap">
                      <Button size="xs" variant="default" onClick={() => void verify(backup.id)}>
                        {t('backups.verify')}
                      </Button>
                      <Button
                        size="xs"
                        color="red.9"
                        variant="outline"
                        disabled={!backup.verified}
                        onClick={() => setRestoring(backup)}
                      >
                        {t('backups.restore')}
                      </Button>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Paper>
      {status.data && <BackupSettingsForm settings={status.data.settings} />}
      <Modal
        opened={restoring !== null}
        onClose={() => setRestoring(null)}
        title={t('backups.restoreTitle')}
      >
        {restoring && (
          <>
            <Alert color="orange" mb="md">
              {t('backups.restoreWarning', { at: formatLocalDateTime(restoring.createdAt) })}
            </Alert>
            <Text size="sm" mb="md">
              {t('backups.rows', {
                patients: restoring.rowCounts.patients ?? 0,
                visits: restoring.rowCounts.visits ?? 0,
              })}
            </Text>
            <ApiErrorAlert error={restore.error} />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setRestoring(null)}>
                {t('common.cancel')}
              </Button>
              <Button
                color="red.9"
                loading={restore.isPending}
                onClick={() => restore.mutate({ id: restoring.id })}
              >
                {t('backups.restoreConfirm')}
              </Button>
            </Group>
          </>
        )}
      </Modal>
    </>
  );
}
