import {
  Alert,
  Button,
  Group,
  Kbd,
  List,
  Modal,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import type { FileResult, ReportFormat, ReportView } from '../../../shared/api';
import { formatLocalDateTime } from '../../../shared/domain/dates';
import { groupThousands } from '../../../shared/domain/money';
import { parsePeriod, periodLabel } from '../../../shared/domain/reports/periods';
import { valueLabeller } from '../../../shared/domain/reports/validation';
import { splitKey, valueKey } from '../../../shared/domain/reports/value-set';
import { call } from '../../api/client';
import { useApiMutation } from '../../api/hooks';
import { ApiErrorAlert } from '../../components/api-error';
import { useNotify } from '../../components/notify';
import { downloadFile, PdfPreview } from '../../components/pdf-preview';
import { useI18n } from '../../i18n/i18n';
import { ProblemsPanel } from './problems';
import { ReportForm } from './report-form';
import { StatusLine } from './status-line';

export interface ReportEditorProps {
  report: ReportView;
  mayReopen: boolean;
}

const REFRESHED = ['reports.compute', 'reports.deadlines', 'reports.definitions'] as const;

function ChangedSinceSubmission({ report }: { report: ReportView }) {
  const { t } = useI18n();
  const changed = report.changedSinceSubmission;
  const label = useMemo(() => valueLabeller(report.definition), [report.definition]);
  if (!changed || changed.count === 0) return null;
  return (
    <Alert
      color="yellow"
      variant="light"
      title={t('reports.changed.title', { count: changed.count })}
    >
      <Text size="sm" mb="xs">
        {t('reports.changed.hint')}
      </Text>
      <Table
        fz="sm"
        verticalSpacing={2}
        aria-label={t('reports.changed.title', { count: changed.count })}
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('reports.col.indicator')}</Table.Th>
            <Table.Th>{t('reports.col.code')}</Table.Th>
            <Table.Th ta="right">{t('reports.changed.submitted')}</Table.Th>
            <Table.Th ta="right">{t('reports.changed.now')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {changed.differences.map((d) => (
            <Table.Tr key={`${d.dataElement}.${d.categoryOptionCombo ?? ''}`}>
              <Table.Td>{label(valueKey(d.dataElement, d.categoryOptionCombo))}</Table.Td>
              <Table.Td>
                <Text size="xs" c="dimmed">
                  {valueKey(d.dataElement, d.categoryOptionCombo)}
                </Text>
              </Table.Td>
              <Table.Td ta="right">
                {d.before === undefined ? '' : groupThousands(d.before)}
              </Table.Td>
              <Table.Td ta="right">{d.after === undefined ? '' : groupThousands(d.after)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Alert>
  );
}

function History({ report }: { report: ReportView }) {
  const { t } = useI18n();
  if (report.history.length === 0) return null;
  return (
    <Stack gap={2}>
      <Text size="sm" fw={500}>
        {t('reports.history')}
      </Text>
      <List size="sm">
        {report.history.map((h) => (
          <List.Item key={h.revision}>
            {t('reports.history.line', {
              revision: h.revision,
              by: h.submittedBy,
              at: formatLocalDateTime(h.submittedAt),
            })}
            {h.late ? ` (${t('reports.deadline.late')})` : ''}
            {h.reopenedAt &&
              ` · ${t('reports.history.reopened', {
                by: h.reopenedBy ?? '',
                at: formatLocalDateTime(h.reopenedAt),
                reason: h.reason ?? '',
              })}`}
          </List.Item>
        ))}
      </List>
    </Stack>
  );
}

/** One report: its figures, hand entries, checks, and what can be done with it. */
export function ReportEditor({ report, mayReopen }: ReportEditorProps) {
  const { t, locale } = useI18n();
  const notify = useNotify();
  const client = useQueryClient();
  const [drafts, setDrafts] = useState<Map<string, string>>(new Map());
  const [pdf, setPdf] = useState<FileResult | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [reopening, setReopening] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [reason, setReason] = useState('');
  const enter = useApiMutation('reports.enter', ['reports.deadlines']);
  const submit = useApiMutation('reports.submit', REFRESHED);
  const reopen = useApiMutation('reports.reopen', REFRESHED);
  const editable = report.status === 'draft';
  const navigate = useNavigate();
  const input = { dataset: report.dataset, period: report.period };
  const period = parsePeriod(report.period);
  const label = period ? periodLabel(period, locale) : report.period;

  const show = (next: ReportView) => client.setQueryData(['reports.compute', input], next);

  const save = async (): Promise<boolean> => {
    if (drafts.size === 0) return true;
    const values = [...drafts].map(([key, text]) => {
      const { dataElement, categoryOptionCombo } = splitKey(key);
      return {
        dataElement,
        ...(categoryOptionCombo && { categoryOptionCombo }),
        value: text === '' ? null : Number(text),
      };
    });
    try {
      show(await enter.mutateAsync({ ...input, values }));
      setDrafts(new Map());
      notify('teal', t('reports.saved'));
      return true;
    } catch {
      return false;
    }
  };

  const askToHandIn = async () => {
    if (editable && (await save())) setConfirming(true);
  };

  const handIn = async () => {
    setConfirming(false);
    try {
      const done = await submit.mutateAsync(input);
      show(done);
      notify('teal', t('reports.submit.done', { revision: done.revision ?? 1 }));
    } catch {
      // Shown in the alert; the checks that failed come back with the report.
      await client.invalidateQueries({ queryKey: ['reports.compute'] });
    }
  };

  const exportAs = async (format: ReportFormat) => {
    setFailure(null);
    try {
      const file = await call('reports.export', { ...input, format });
      if (format === 'pdf') setPdf(file);
      else downloadFile(file);
    } catch (error) {
      setFailure(error);
    }
  };

  useHotkeys([['mod+S', () => void save()]], [], true);

  return (
    <Stack gap="sm">
      <StatusLine report={report} />
      <Group gap="xs" wrap="wrap">
        {editable && (
          <Button
            variant="default"
            onClick={() => void save()}
            disabled={drafts.size === 0}
            loading={enter.isPending}
          >
            {t('reports.save')} <Kbd ml={6}>Ctrl S</Kbd>
          </Button>
        )}
        {editable && (
          <Button
            onClick={() => void askToHandIn()}
            loading={submit.isPending}
            disabled={!report.ended}
          >
            {t('reports.submit.action')}
          </Button>
        )}
        {!editable && mayReopen && (
          <Button variant="default" color="orange" onClick={() => setReopening(true)}>
            {t('reports.reopen.action')}
          </Button>
        )}
        {!editable && (
          <Button
            variant="light"
            onClick={() =>
              void navigate(
                `/bundles?${new URLSearchParams({ dataset: report.dataset, period: report.period }).toString()}`,
              )
            }
          >
            {t('bundles.export')}
          </Button>
        )}
        <Button variant="subtle" onClick={() => void exportAs('pdf')}>
          {t('reports.export.pdf')}
        </Button>
        <Button variant="subtle" onClick={() => void exportAs('xlsx')}>
          {t('reports.export.xlsx')}
        </Button>
        <Button variant="subtle" onClick={() => void exportAs('dhis2-json')}>
          {t('reports.export.dhis2')}
        </Button>
        <Button variant="subtle" onClick={() => void exportAs('adx')}>
          {t('reports.export.adx')}
        </Button>
      </Group>
      {drafts.size > 0 && (
        <Text size="sm" fw={500}>
          {t('reports.unsaved')}
        </Text>
      )}
      <ApiErrorAlert error={enter.error ?? submit.error ?? reopen.error ?? failure} />
      <ChangedSinceSubmission report={report} />
      <ProblemsPanel problems={report.problems} />
      <ReportForm
        report={report}
        drafts={drafts}
        editable={editable}
        onChange={(key, text) => setDrafts((old) => new Map(old).set(key, text))}
      />
      <History report={report} />
      <PdfPreview file={pdf} title={report.definition.name} onClose={() => setPdf(null)} />
      <Modal
        opened={confirming}
        onClose={() => setConfirming(false)}
        title={t('reports.submit.action')}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        <Text size="sm">{t('reports.submit.confirm', { period: label })}</Text>
        <Group justify="flex-end" mt="md">
          <Button variant="default" onClick={() => setConfirming(false)}>
            {t('common.close')}
          </Button>
          <Button data-autofocus onClick={() => void handIn()}>
            {t('reports.submit.action')}
          </Button>
        </Group>
      </Modal>
      <Modal
        opened={reopening}
        onClose={() => setReopening(false)}
        title={t('reports.reopen.action')}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        <Stack gap="sm">
          <TextInput
            label={t('reports.reopen.reason')}
            required
            data-autofocus
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
          />
          <ApiErrorAlert error={reopen.error} />
          <Group justify="flex-end">
            <Button
              color="red"
              loading={reopen.isPending}
              disabled={!reason.trim()}
              onClick={() =>
                void reopen
                  .mutateAsync({ ...input, reason })
                  .then((next) => {
                    show(next);
                    setReopening(false);
                    setReason('');
                    notify('teal', t('reports.reopen.done'));
                  })
                  .catch(() => undefined)
              }
            >
              {t('reports.reopen.action')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
