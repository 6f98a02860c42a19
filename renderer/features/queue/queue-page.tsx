import { Button, Group, Modal, Paper, Stack, Table, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import type { QueueEntry } from '../../../shared/api';
import { CANCELLABLE_STATUSES } from '../../../shared/domain/queue';
import { localTime } from '../../../shared/domain/dates';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { canUse } from '../../app/nav';
import { useMe } from '../../app/session';
import { ApiErrorAlert, fieldErrorsOf } from '../../components/api-error';
import { PageHeader } from '../../components/page-header';
import { useI18n } from '../../i18n/i18n';
import { PriorityBadge, StatusBadge, VisitCells } from './visit-cells';

/** Seconds between refreshes: staff in other rooms move the queue along. */
const REFRESH_MS = 15_000;

function CancelDialog({ entry, onClose }: { entry: QueueEntry; onClose: () => void }) {
  const { t } = useI18n();
  const cancel = useApiMutation('visits.cancel', ['queue.today', 'patients.get']);
  const form = useForm({ initialValues: { reason: '' } });
  const submit = form.onSubmit(async ({ reason }) => {
    try {
      await cancel.mutateAsync({ visitId: entry.visitId, reason });
      onClose();
    } catch (failure) {
      form.setErrors(fieldErrorsOf(failure, t));
    }
  });
  return (
    <Modal
      closeButtonProps={{ 'aria-label': t('common.close') }}
      opened
      onClose={onClose}
      title={t('queue.cancelTitle', { number: entry.queueNumber, name: entry.fullName })}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <TextInput
            label={t('queue.cancelReason')}
            required
            data-autofocus
            {...form.getInputProps('reason')}
          />
          <ApiErrorAlert error={cancel.error} hideWhenFieldErrors />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.close')}
            </Button>
            <Button color="red" type="submit" loading={cancel.isPending}>
              {t('queue.cancelVisit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** Hàng đợi: today's visits, priority first, refreshed every few seconds. */
export default function QueuePage() {
  const { t } = useI18n();
  const me = useMe();
  const queue = useApiQuery('queue.today', {}, { refetchInterval: REFRESH_MS });
  const [cancelling, setCancelling] = useState<QueueEntry | null>(null);
  const mayCancel = canUse('visits.cancel', me.user.roles);
  const entries = queue.data ?? [];
  const waiting = entries.filter((e) => e.status === 'waiting').length;

  return (
    <>
      <PageHeader
        title={t('queue.title')}
        description={t('queue.summary', { waiting, total: entries.length })}
      />
      <ApiErrorAlert error={queue.error} />
      <Paper withBorder>
        <Table.ScrollContainer minWidth={760}>
          <Table striped verticalSpacing="sm" aria-label={t('queue.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('queue.number')}</Table.Th>
                <Table.Th>{t('queue.patient')}</Table.Th>
                <Table.Th>{t('queue.priority')}</Table.Th>
                <Table.Th>{t('queue.status')}</Table.Th>
                <Table.Th>{t('queue.time')}</Table.Th>
                <Table.Th>{t('queue.waiting')}</Table.Th>
                {mayCancel && (
                  <Table.Th>
                    <span className="visually-hidden">{t('common.actions')}</span>
                  </Table.Th>
                )}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {entries.map((entry) => (
                <Table.Tr key={entry.visitId}>
                  <VisitCells entry={entry} lead={entry.patientCode} />
                  <Table.Td>
                    <PriorityBadge priority={entry.priority} />
                  </Table.Td>
                  <Table.Td>
                    <StatusBadge status={entry.status} />
                    {entry.cancelReason && (
                      <Text size="xs" c="dimmed">
                        {entry.cancelReason}
                      </Text>
                    )}
                    {entry.referral && (
                      <Text size="xs" c="orange.8">
                        {t('queue.referred', { name: entry.referral.toFacilityName })}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>{localTime(new Date(entry.createdAt))}</Table.Td>
                  <Table.Td>{t('queue.minutes', { minutes: entry.waitingMinutes })}</Table.Td>
                  {mayCancel && (
                    <Table.Td>
                      {CANCELLABLE_STATUSES.includes(entry.status) && (
                        <Button
                          size="xs"
                          variant="subtle"
                          color="red"
                          onClick={() => setCancelling(entry)}
                          aria-label={t('queue.cancelTitle', {
                            number: entry.queueNumber,
                            name: entry.fullName,
                          })}
                        >
                          {t('queue.cancelVisit')}
                        </Button>
                      )}
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {queue.isSuccess && entries.length === 0 && (
          <Text c="dimmed" p="md">
            {t('queue.empty')}
          </Text>
        )}
      </Paper>
      {cancelling && <CancelDialog entry={cancelling} onClose={() => setCancelling(null)} />}
    </>
  );
}
