import { Alert, Badge, Button, Code, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { SyncTargetView, SyncTestResult } from '../../../shared/api';
import { formatLocalDateTime } from '../../../shared/domain/dates';
import { OUTBOX_STATUSES } from '../../../shared/domain/sync';
import { call } from '../../api/client';
import { ApiErrorAlert } from '../../components/api-error';
import { useI18n } from '../../i18n/i18n';
import { STATUS_COLORS } from './status';

export interface TargetCardProps {
  target: SyncTargetView;
  /** The admin's buttons (test, edit); a reporter only reads. */
  manage: boolean;
  onEdit: () => void;
}

/** One target: where it is, whether it works, and what is queued for it. */
export function TargetCard({ target, manage, onEdit }: TargetCardProps) {
  const { t } = useI18n();
  const [testing, setTesting] = useState(false);
  const [result, setResult] = useState<SyncTestResult | null>(null);
  const [error, setError] = useState<unknown>(null);

  const test = async () => {
    setTesting(true);
    setResult(null);
    setError(null);
    try {
      setResult(await call('sync.targets.test', { id: target.id }));
    } catch (failure) {
      setError(failure);
    } finally {
      setTesting(false);
    }
  };

  return (
    <Paper withBorder p="md" component="section" aria-label={target.name}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <div>
            <Title order={3} size="h5">
              {target.name}
            </Title>
            <Text size="sm" c="dimmed">
              {t(`sync.kind.${target.kind}`)} · {target.baseUrl}
            </Text>
          </div>
          <Badge color={target.enabled ? 'teal' : 'gray'} variant="light">
            {t(target.enabled ? 'sync.target.enabled' : 'sync.target.disabled')}
          </Badge>
        </Group>
        {target.kind === 'tram' && target.fingerprint && (
          <Text size="xs">
            {t('sync.target.fingerprint')}:{' '}
            <Code title={target.fingerprint}>{target.fingerprint.slice(0, 23)}…</Code>
          </Text>
        )}
        {target.kind === 'dhis2' && (
          <Text size="xs">
            {target.username && `${t('sync.target.username')}: ${target.username} · `}
            {t('sync.target.mapping.rows', { count: target.mappingRows })}
          </Text>
        )}
        <Text size="sm">
          {t('sync.target.lastSuccess')}:{' '}
          {target.lastSuccessAt
            ? formatLocalDateTime(target.lastSuccessAt)
            : t('sync.target.never')}
        </Text>
        {target.lastError &&
          !(target.lastSuccessAt && target.lastSuccessAt > (target.lastErrorAt ?? '')) && (
            <Text size="sm" c="red.9">
              {t('sync.target.lastError')}
              {target.lastErrorAt && ` (${formatLocalDateTime(target.lastErrorAt)})`}:{' '}
              {target.lastError}
            </Text>
          )}
        <Group gap="xs">
          {OUTBOX_STATUSES.map((status) => (
            <Badge
              key={status}
              color={STATUS_COLORS[status]}
              variant={target.counts[status] > 0 ? 'light' : 'outline'}
              tt="none"
            >
              {t(`sync.status.${status}`)}: {target.counts[status]}
            </Badge>
          ))}
        </Group>
        {manage && (
          <Group gap="xs">
            <Button size="xs" loading={testing} onClick={() => void test()}>
              {t('sync.target.test')}
            </Button>
            <Button size="xs" variant="default" onClick={onEdit}>
              {t('common.edit')}
            </Button>
          </Group>
        )}
        {result && (
          <Alert color={result.ok ? 'teal' : 'red'} variant="light" role="status">
            {result.message}
          </Alert>
        )}
        <ApiErrorAlert error={error} />
      </Stack>
    </Paper>
  );
}
