import { Badge, Button, Group, NumberInput, Paper, Select, Table, Text } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { AuditVerification, InputOf } from '../../../shared/api';
import { formatLocalDateTime } from '../../../shared/domain/dates';
import { isMessageKey, messages } from '../../../shared/i18n';
import { call } from '../../api/client';
import { useApiQuery } from '../../api/hooks';
import { ApiErrorAlert } from '../../components/api-error';
import { DateField } from '../../components/date-field';
import { PageHeader } from '../../components/page-header';
import { VerificationAlert } from './verification-alert';
import { useI18n } from '../../i18n/i18n';

type Filters = Omit<InputOf<'audit.list'>, 'before' | 'limit'>;

const ACTIONS = Object.keys(messages)
  .filter((key) => key.startsWith('proc.'))
  .map((key) => key.slice('proc.'.length));

export default function AuditPage() {
  const { t } = useI18n();
  const [draft, setDraft] = useState<Filters>({});
  const [filters, setFilters] = useState<Filters>({});
  const [verification, setVerification] = useState<AuditVerification | null>(null);
  const [verifyError, setVerifyError] = useState<unknown>(null);
  const users = useApiQuery('users.list', {});
  const log = useInfiniteQuery({
    queryKey: ['audit.list', filters],
    queryFn: ({ pageParam }) =>
      call('audit.list', { ...filters, limit: 100, ...(pageParam && { before: pageParam }) }),
    initialPageParam: 0,
    getNextPageParam: (page) => page.nextBefore ?? undefined,
  });

  const label = (action: string) => {
    const key = `proc.${action}`;
    return isMessageKey(key) ? t(key) : action;
  };

  const verify = async () => {
    setVerifyError(null);
    try {
      setVerification(await call('audit.verify', {}));
    } catch (error) {
      setVerifyError(error);
    }
  };

  const set = <K extends keyof Filters>(key: K, value: Filters[K] | undefined) =>
    setDraft((current) => {
      const next = { ...current };
      if (value === undefined) delete next[key];
      else next[key] = value;
      return next;
    });

  return (
    <>
      <PageHeader
        title={t('audit.title')}
        actions={
          <Button variant="default" onClick={() => void verify()}>
            {t('audit.verify')}
          </Button>
        }
      />
      {verification && <VerificationAlert verification={verification} />}
      <ApiErrorAlert error={verifyError} />
      <form
        onSubmit={(event) => {
          event.preventDefault();
          setFilters(draft);
        }}
      >
        <Group align="flex-end" mb="md" gap="sm">
          <Select
            label={t('audit.user')}
            placeholder={t('audit.anyUser')}
            clearable
            searchable
            autoFocus
            data={(users.data ?? []).map((u) => ({ value: String(u.id), label: u.username }))}
            value={draft.userId !== undefined ? String(draft.userId) : null}
            onChange={(value) => set('userId', value ? Number(value) : undefined)}
            w={180}
          />
          <Select
            label={t('audit.action')}
            placeholder={t('audit.anyAction')}
            clearable
            searchable
            data={ACTIONS.map((value) => ({ value, label: label(value) }))}
            value={draft.action ?? null}
            onChange={(value) => set('action', value ?? undefined)}
            w={220}
          />
          <NumberInput
            label={t('audit.patient')}
            min={1}
            allowDecimal={false}
            value={draft.patientId ?? ''}
            onChange={(value) => set('patientId', typeof value === 'number' ? value : undefined)}
            w={140}
          />
          <DateField
            label={t('common.fromDate')}
            value={draft.from}
            onChange={(value) => set('from', value ?? undefined)}
            w={150}
          />
          <DateField
            label={t('common.toDate')}
            value={draft.to}
            onChange={(value) => set('to', value ?? undefined)}
            w={150}
          />
          <Button type="submit">{t('common.filter')}</Button>
          <Button
            variant="subtle"
            onClick={() => {
              setDraft({});
              setFilters({});
            }}
          >
            {t('common.clearFilters')}
          </Button>
        </Group>
      </form>
      <ApiErrorAlert error={log.error} />
      <Paper withBorder>
        <Table.ScrollContainer minWidth={820}>
          <Table striped verticalSpacing="xs" fz="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>#</Table.Th>
                <Table.Th>{t('audit.time')}</Table.Th>
                <Table.Th>{t('audit.user')}</Table.Th>
                <Table.Th>{t('audit.action')}</Table.Th>
                <Table.Th>{t('audit.patient')}</Table.Th>
                <Table.Th>{t('audit.entity')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {log.data?.pages.flatMap((page) =>
                page.entries.map((entry) => (
                  <Table.Tr key={entry.id}>
                    <Table.Td>{entry.id}</Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      {formatLocalDateTime(entry.at)}
                    </Table.Td>
                    <Table.Td>{entry.username ?? '—'}</Table.Td>
                    <Table.Td>
                      {label(entry.action)}{' '}
                      {entry.outcome === 'failed' && (
                        <Badge color="red" variant="light" size="xs">
                          {t('audit.failed')}
                        </Badge>
                      )}
                    </Table.Td>
                    <Table.Td>{entry.patientId ?? ''}</Table.Td>
                    <Table.Td>
                      {entry.entity ? `${entry.entity} ${entry.entityId ?? ''}` : ''}
                      {entry.detail && (
                        <Text size="xs" c="dimmed" lineClamp={2}>
                          {JSON.stringify(entry.detail)}
                        </Text>
                      )}
                    </Table.Td>
                  </Table.Tr>
                )),
              )}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {log.data && log.data.pages[0]?.entries.length === 0 && (
          <Text p="md" c="dimmed">
            {t('common.noData')}
          </Text>
        )}
      </Paper>
      {log.hasNextPage && (
        <Button
          variant="default"
          mt="md"
          onClick={() => void log.fetchNextPage()}
          loading={log.isFetchingNextPage}
        >
          {t('common.loadMore')}
        </Button>
      )}
    </>
  );
}
