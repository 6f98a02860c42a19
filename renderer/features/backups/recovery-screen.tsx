import {
  Alert,
  Badge,
  Button,
  Center,
  Group,
  Paper,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import type { RecoveryBackup, RecoveryStatus } from '../../../shared/api';
import { call } from '../../api/client';
import { useApiQuery } from '../../api/hooks';
import { ApiErrorAlert } from '../../components/api-error';
import { useI18n } from '../../i18n/i18n';
import { BackupFactCells, BackupTableHead } from './backup-table';

/** Waits until the real Tram answers (the server swapped over), then loads it. */
async function reloadWhenReady(): Promise<void> {
  for (let i = 0; i < 120; i++) {
    try {
      const response = await fetch('api/health');
      const body = (await response.json()) as { ok?: boolean };
      if (body.ok) {
        window.location.reload();
        return;
      }
    } catch {
      // The server is between the error screen and Tram itself.
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

/**
 * The start-up error screen: why the data cannot be opened, the backups found here and in the
 * second place (or a folder typed in), check and restore; the recovery code when this PC has
 * no key (another PC, a lost key file).
 */
export function RecoveryScreen() {
  const { t } = useI18n();
  const loaded = useApiQuery('recovery.status', {}, { retry: false });
  const [looked, setStatus] = useState<RecoveryStatus | null>(null);
  const status = looked ?? loaded.data ?? null;
  const [error, setError] = useState<unknown>(null);
  const [folder, setFolder] = useState('');
  const [code, setCode] = useState('');
  const [checks, setChecks] = useState<Record<string, { ok: boolean; problems: string[] }>>({});
  const [busy, setBusy] = useState<string | null>(null);
  const [restoring, setRestoring] = useState(false);

  const run = async (key: string, work: () => Promise<void>) => {
    setBusy(key);
    setError(null);
    try {
      await work();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(null);
    }
  };
  const target = (b: RecoveryBackup) => ({
    id: b.id,
    place: b.place,
    ...(code.trim() && { code: code.trim() }),
  });

  return (
    <Center mih="100vh" p="md">
      <Paper withBorder shadow="sm" p="xl" maw={900} w="100%">
        <Stack>
          <Title order={1} size="h2">
            {t('recovery.title')}
          </Title>
          {status?.failure && (
            <Alert color="red" role="alert">
              {status.failure.message}
            </Alert>
          )}
          <ApiErrorAlert error={error ?? loaded.error} />
          {restoring && <Alert color="teal">{t('recovery.restoring')}</Alert>}
          {status?.keyMissing && (
            <Group align="flex-end">
              <TextInput
                label={t('recovery.code')}
                description={t('recovery.codeHint')}
                value={code}
                onChange={(event) => setCode(event.currentTarget.value)}
                styles={{ input: { fontFamily: 'monospace' } }}
                style={{ flex: 1 }}
              />
              {status.failure?.kind === 'missing-key' && (
                <Button
                  variant="default"
                  loading={busy === 'unlock'}
                  onClick={() =>
                    void run('unlock', async () => {
                      await call('recovery.unlock', { code });
                      setRestoring(true);
                      await reloadWhenReady();
                    })
                  }
                >
                  {t('recovery.unlock')}
                </Button>
              )}
            </Group>
          )}
          <Text fw={600} component="h2">
            {t('recovery.backups')}
          </Text>
          {status && status.backups.length === 0 && <Text>{t('recovery.none')}</Text>}
          {status && status.backups.length > 0 && (
            <Table striped>
              <BackupTableHead />
              <Table.Tbody>
                {status.backups.map((backup) => {
                  const key = `${backup.place}:${backup.id}`;
                  const check = checks[key];
                  return (
                    <Table.Tr key={key}>
                      <BackupFactCells backup={backup} />
                      <Table.Td>{t(`backups.place.${backup.place}`)}</Table.Td>
                      <Table.Td>
                        {check ? (
                          <Badge color={check.ok ? 'teal' : 'red'}>
                            {check.ok ? t('backups.verified') : check.problems.join(', ')}
                          </Badge>
                        ) : null}
                      </Table.Td>
                      <Table.Td>
                        <Group gap="xs" justify="flex-end" wrap="nowrap">
                          <Button
                            size="xs"
                            variant="default"
                            loading={busy === `verify:${key}`}
                            onClick={() =>
                              void run(`verify:${key}`, async () => {
                                const result = await call('recovery.verify', target(backup));
                                setChecks((current) => ({ ...current, [key]: result }));
                              })
                            }
                          >
                            {t('backups.verify')}
                          </Button>
                          <Button
                            size="xs"
                            color="red.9"
                            loading={busy === `restore:${key}`}
                            onClick={() =>
                              void run(`restore:${key}`, async () => {
                                await call('recovery.restore', target(backup));
                                setRestoring(true);
                                await reloadWhenReady();
                              })
                            }
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
          )}
          <Group align="flex-end">
            <TextInput
              label={t('recovery.otherFolder')}
              value={folder}
              onChange={(event) => setFolder(event.currentTarget.value)}
              style={{ flex: 1 }}
              placeholder={status?.secondPlace ?? 'E:\\'}
            />
            <Button
              variant="default"
              disabled={!folder.trim()}
              loading={busy === 'folder'}
              onClick={() =>
                void run('folder', async () => {
                  setStatus(await call('recovery.secondPlace', { path: folder }));
                })
              }
            >
              {t('recovery.look')}
            </Button>
          </Group>
        </Stack>
      </Paper>
    </Center>
  );
}
