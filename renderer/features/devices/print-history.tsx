import { Badge, Button, Group, Paper, Select, Switch, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { PrintJobView, PrinterView } from '../../../shared/api';
import { formatLocalDateTime } from '../../../shared/domain/dates';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { ApiErrorAlert } from '../../components/api-error';
import { useI18n } from '../../i18n/i18n';
import { PrintPreview, type PreviewRequest } from './print-preview';

export interface PrintHistoryProps {
  printers: PrinterView[];
}

/** Every print job, newest first; a failed one keeps its document and prints again from here. */
export function PrintHistory({ printers }: PrintHistoryProps) {
  const { t } = useI18n();
  const [onlyFailed, setOnlyFailed] = useState(false);
  const [target, setTarget] = useState<string | null>(null);
  const [preview, setPreview] = useState<PreviewRequest | null>(null);
  const jobs = useApiQuery('devices.printJobs.list', onlyFailed ? { status: 'failed' } : {});
  const reprint = useApiMutation('devices.printJobs.reprint', ['devices.printJobs.list'], {
    invalidateOnError: true,
  });

  const again = async (job: PrintJobView): Promise<void> => {
    const printerId = target ? Number(target) : undefined;
    try {
      await reprint.mutateAsync({ jobId: job.id, ...(printerId && { printerId }) });
      const name = printers.find((p) => p.id === (printerId ?? job.printerId))?.name;
      notifications.show({
        color: 'teal',
        message: t('devices.jobs.reprinted', { name: name ?? job.printerName }),
      });
    } catch {
      // The reason shows below the table; the job is in the history, marked failed.
    }
  };

  return (
    <Paper withBorder p="md">
      <Group justify="space-between" mb="sm" align="flex-end">
        <Title order={2} size="h4">
          {t('devices.jobs.title')}
        </Title>
        <Group align="flex-end">
          <Select
            label={t('devices.jobs.reprintOn')}
            placeholder={t('devices.jobs.samePrinter')}
            clearable
            size="xs"
            data={printers.map((p) => ({ value: String(p.id), label: p.name }))}
            value={target}
            onChange={setTarget}
          />
          <Switch
            label={t('devices.jobs.onlyFailed')}
            checked={onlyFailed}
            onChange={(event) => setOnlyFailed(event.currentTarget.checked)}
          />
        </Group>
      </Group>
      <ApiErrorAlert error={jobs.error ?? reprint.error} />
      <Table.ScrollContainer minWidth={760}>
        <Table striped verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('devices.jobs.time')}</Table.Th>
              <Table.Th>{t('devices.jobs.document')}</Table.Th>
              <Table.Th>{t('devices.jobs.printer')}</Table.Th>
              <Table.Th>{t('devices.jobs.status')}</Table.Th>
              <Table.Th>{t('devices.jobs.attempts')}</Table.Th>
              <Table.Th>{t('devices.jobs.by')}</Table.Th>
              <Table.Th>
                <span className="visually-hidden">{t('common.actions')}</span>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {jobs.data?.length === 0 && (
              <Table.Tr>
                <Table.Td colSpan={7}>
                  <Text size="sm" c="dimmed">
                    {t('devices.jobs.empty')}
                  </Text>
                </Table.Td>
              </Table.Tr>
            )}
            {jobs.data?.map((job) => (
              <Table.Tr key={job.id}>
                <Table.Td>{formatLocalDateTime(job.lastAttemptAt)}</Table.Td>
                <Table.Td>
                  {t(`devices.kind.${job.documentKind}`)}
                  {job.documentId !== null && ` #${job.documentId}`}
                </Table.Td>
                <Table.Td>{job.printerName}</Table.Td>
                <Table.Td>
                  <Badge color={job.status === 'sent' ? 'teal' : 'red'} variant="light">
                    {t(job.status === 'sent' ? 'devices.jobs.sent' : 'devices.jobs.failed')}
                  </Badge>
                  {job.error && (
                    <Text size="xs" c="red.9" maw={320}>
                      {t(job.error.key, job.error.params)}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{job.attempts}</Table.Td>
                <Table.Td>{job.lastAttemptBy ?? '—'}</Table.Td>
                <Table.Td>
                  <Group gap={4} wrap="nowrap">
                    <Button
                      size="xs"
                      variant="subtle"
                      aria-label={t('devices.jobs.previewFor', { id: job.id })}
                      onClick={() => setPreview({ jobId: job.id })}
                    >
                      {t('devices.printers.preview')}
                    </Button>
                    <Button
                      size="xs"
                      variant={job.status === 'failed' ? 'filled' : 'subtle'}
                      aria-label={t('devices.jobs.reprintFor', { id: job.id })}
                      loading={reprint.isPending && reprint.variables.jobId === job.id}
                      onClick={() => void again(job)}
                    >
                      {t('devices.jobs.reprint')}
                    </Button>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <PrintPreview
        request={preview}
        title={t('devices.preview.title')}
        onClose={() => setPreview(null)}
      />
    </Paper>
  );
}
