import { Button, Modal, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { SyncTargetView } from '../../../shared/api';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { canUse } from '../../app/nav';
import { useMe } from '../../app/session';
import { ApiErrorAlert } from '../../components/api-error';
import { useNotify } from '../../components/notify';
import { PageHeader } from '../../components/page-header';
import { useI18n } from '../../i18n/i18n';
import { OutboxTable, type OutboxFilter } from './outbox-table';
import { TargetCard } from './target-card';
import { TargetForm } from './target-form';

/** While something waits, the worker may deliver it any moment: look again this often. */
const WHILE_PENDING_MS = 5_000;

/**
 * Đồng bộ: where submitted reports go when there is a network (the district's Tram, DHIS2),
 * the queue of what went and what did not, and "Gửi ngay".
 */
export default function SyncPage() {
  const { t } = useI18n();
  const me = useMe();
  const notify = useNotify();
  const manage = canUse('sync.targets.save', me.user.roles);
  const [filter, setFilter] = useState<OutboxFilter>('all');
  const [editing, setEditing] = useState<SyncTargetView | 'new' | null>(null);
  const targets = useApiQuery(
    'sync.targets.list',
    {},
    {
      refetchInterval: (query) =>
        query.state.data?.some((target) => target.counts.pending > 0) ? WHILE_PENDING_MS : false,
    },
  );
  const outbox = useApiQuery(
    'sync.outbox',
    { limit: 200, ...(filter !== 'all' && { status: filter }) },
    {
      refetchInterval: (query) =>
        query.state.data?.some((row) => row.status === 'pending') ? WHILE_PENDING_MS : false,
    },
  );
  const run = useApiMutation('sync.run', ['sync.outbox', 'sync.targets.list']);
  const list = targets.data ?? [];

  const runNow = () =>
    void run
      .mutateAsync({})
      .then((result) =>
        notify(
          result.failed > 0 ? 'yellow' : 'teal',
          t('sync.run.done', { sent: result.sent, failed: result.failed, pending: result.pending }),
        ),
      )
      .catch(() => undefined);

  return (
    <Stack gap="md" maw={1200}>
      <PageHeader
        title={t('sync.title')}
        description={t('sync.intro')}
        actions={
          <Button loading={run.isPending} disabled={list.length === 0} onClick={runNow}>
            {t('sync.runNow')}
          </Button>
        }
      />
      <ApiErrorAlert error={targets.error ?? outbox.error ?? run.error} />

      <Stack gap="sm" component="section" aria-labelledby="sync-targets">
        <Title order={2} size="h4" id="sync-targets">
          {t('sync.targets')}
        </Title>
        {targets.isSuccess && list.length === 0 && (
          <Paper withBorder p="md">
            <Text size="sm" c="dimmed">
              {t('sync.targets.none')}
            </Text>
          </Paper>
        )}
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          {list.map((target) => (
            <TargetCard
              key={target.id}
              target={target}
              manage={manage}
              onEdit={() => setEditing(target)}
            />
          ))}
        </SimpleGrid>
        {manage && (
          <Button variant="light" w="fit-content" onClick={() => setEditing('new')}>
            {t('sync.target.add')}
          </Button>
        )}
      </Stack>

      <Stack gap="sm" component="section" aria-labelledby="sync-outbox">
        <Title order={2} size="h4" id="sync-outbox">
          {t('sync.outbox')}
        </Title>
        <OutboxTable
          rows={outbox.data ?? []}
          filter={filter}
          onFilter={setFilter}
          manage={manage}
        />
      </Stack>

      {editing && (
        <Modal
          opened
          onClose={() => setEditing(null)}
          title={t(editing === 'new' ? 'sync.target.add' : 'sync.target.edit')}
          size="lg"
        >
          <TargetForm
            {...(editing !== 'new' && { target: editing })}
            onDone={() => setEditing(null)}
          />
        </Modal>
      )}
    </Stack>
  );
}
