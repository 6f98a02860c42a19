import { Badge, Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import type { ClaimMonthState } from '../../../shared/api';
import { formatLocalDateTime } from '../../../shared/domain/dates';
import { useApiMutation } from '../../api/hooks';
import { ApiErrorAlert, fieldErrorsOf } from '../../components/api-error';
import { useNotify } from '../../components/notify';
import { CAUTION_COLOR } from '../../app/theme';
import { useI18n } from '../../i18n/i18n';

export interface ClaimMonthsProps {
  months: ClaimMonthState[];
  /** Admins reopen a sent month. */
  mayReopen: boolean;
  onReopened: () => void;
}

const monthLabel = (month: string): string => `${month.slice(5, 7)}/${month.slice(0, 4)}`;

function ReopenDialog({
  month,
  onClose,
  onReopened,
}: {
  month: string;
  onClose: () => void;
  onReopened: () => void;
}) {
  const { t } = useI18n();
  const notify = useNotify();
  const reopen = useApiMutation('claims.reopenMonth');
  const form = useForm({ initialValues: { reason: '' } });
  const submit = form.onSubmit(async ({ reason }) => {
    try {
      await reopen.mutateAsync({ month, reason });
      notify('teal', t('claims.months.reopened', { month: monthLabel(month) }));
      onReopened();
      onClose();
    } catch (failure) {
      form.setErrors(fieldErrorsOf(failure, t));
    }
  });
  return (
    <Modal
      opened
      onClose={onClose}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      title={t('claims.months.reopenTitle', { month: monthLabel(month) })}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Text size="sm">{t('claims.months.reopenHint')}</Text>
          <TextInput
            label={t('claims.months.reason')}
            required
            data-autofocus
            {...form.getInputProps('reason')}
          />
          <ApiErrorAlert error={reopen.error} hideWhenFieldErrors />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.close')}
            </Button>
            <Button type="submit" color={CAUTION_COLOR} loading={reopen.isPending}>
              {t('claims.months.reopen')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/**
 * The months of the period: a sent month keeps its visits' money as sent (no returns, voids or
 * repricing) until an admin reopens it with a reason; the next export sends those HOSO again.
 */
export function ClaimMonths({ months, mayReopen, onReopened }: ClaimMonthsProps) {
  const { t } = useI18n();
  const [reopening, setReopening] = useState<string | null>(null);
  const sent = months.filter((m) => m.lastExportAt !== null);
  if (sent.length === 0) return null;
  return (
    <Stack gap={4}>
      {sent.map((m) => (
        <Group key={m.month} gap="sm">
          <Badge color={m.frozen ? 'blue' : 'orange'} variant="light">
            {t(m.frozen ? 'claims.months.frozen' : 'claims.months.open', {
              month: monthLabel(m.month),
            })}
          </Badge>
          <Text size="sm">
            {t('claims.months.sent', {
              count: m.sent,
              at: formatLocalDateTime(m.lastExportAt ?? ''),
            })}
            {m.reopenReason &&
              ` · ${t('claims.months.reopenedWhy', {
                at: formatLocalDateTime(m.reopenedAt ?? ''),
                reason: m.reopenReason,
              })}`}
          </Text>
          {m.frozen && mayReopen && (
            <Button
              size="xs"
              variant="subtle"
              color={CAUTION_COLOR}
              onClick={() => setReopening(m.month)}
            >
              {t('claims.months.reopen')}
            </Button>
          )}
        </Group>
      ))}
      {reopening && (
        <ReopenDialog
          month={reopening}
          onClose={() => setReopening(null)}
          onReopened={onReopened}
        />
      )}
    </Stack>
  );
}
