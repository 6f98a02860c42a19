import { Alert, Text } from '@mantine/core';
import type { IntegrityStatus } from '../../../shared/api';
import { formatLocalDateTime } from '../../../shared/domain/dates';
import { useApiQuery } from '../../api/hooks';
import { useI18n } from '../../i18n/i18n';

/** The home page's warning: no good copy outside this PC for too long, or a damaged file. */
export function OffsiteWarning() {
  const { t } = useI18n();
  const status = useApiQuery('backups.status', {}, { staleTime: 60_000 });
  if (!status.data) return null;
  const { offsiteStale, settings, integrity, recoveryCodePending } = status.data;
  return (
    <>
      {recoveryCodePending && (
        <Alert color="orange" mb="md" role="alert">
          {t('backups.codePending')}
        </Alert>
      )}
      {integrity.state === 'failed' && (
        <Alert color="red" mb="md" role="alert">
          {t('backups.integrity.failed', { detail: integrity.detail ?? '?' })}
        </Alert>
      )}
      {offsiteStale && (
        <Alert color="orange" mb="md" role="alert">
          {status.data.lastOffsiteAt
            ? t('backups.offsiteWarning', { days: settings.offsiteWarnDays })
            : t('backups.noOffsite')}
        </Alert>
      )}
    </>
  );
}

export interface IntegrityLineProps {
  integrity: IntegrityStatus;
}

export function IntegrityLine({ integrity }: IntegrityLineProps) {
  const { t } = useI18n();
  if (integrity.state === 'running') return <Text fw={600}>{t('backups.integrity.running')}</Text>;
  if (integrity.state === 'failed') {
    return (
      <Text fw={600} c="red.9">
        {t('backups.integrity.failed', { detail: integrity.detail ?? '?' })}
      </Text>
    );
  }
  return (
    <Text fw={600} c="teal.9">
      {t('backups.integrity.ok', {
        how: t(`backups.integrity.${integrity.how}`),
        at: integrity.checkedAt ? formatLocalDateTime(integrity.checkedAt) : '—',
      })}
    </Text>
  );
}
