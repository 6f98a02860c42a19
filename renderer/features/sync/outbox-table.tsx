import { Badge, Button, List, Paper, SegmentedControl, Stack, Table, Text } from '@mantine/core';
import type { OutboxRowView } from '../../../shared/api';
import { formatLocalDateTime } from '../../../shared/domain/dates';
import { parsePeriod, periodLabel } from '../../../shared/domain/reports/periods';
import { OUTBOX_STATUSES, type OutboxStatus, type SyncAnswer } from '../../../shared/domain/sync';
import { isMessageKey } from '../../../shared/i18n';
import { useApiMutation } from '../../api/hooks';
import { ApiErrorAlert } from '../../components/api-error';
import { useNotify } from '../../components/notify';
import { useI18n } from '../../i18n/i18n';
import { STATUS_COLORS } from './status';

export type OutboxFilter = OutboxStatus | 'all';

export interface OutboxTableProps {
  rows: OutboxRowView[];
  filter: OutboxFilter;
  onFilter: (filter: OutboxFilter) => void;
  /** The admin may put a failed row back in the queue. */
  manage: boolean;
}

const NO_WRAP = { whiteSpace: 'nowrap' } as const;

/** Conflicts shown in a row; the rest are counted. */
const SHOWN_CONFLICTS = 3;

/**
 * What the target said. DHIS2's counts only for a row that went: a failed row's counts are
 * often its dry run's, which stored nothing.
 */
function Answer({ answer, sent }: { answer: SyncAnswer; sent: boolean }) {
  const { t } = useI18n();
  const outcomeKey = `sync.answer.outcome.${answer.outcome ?? ''}`;
  const conflicts = answer.conflicts ?? [];
  return (
    <Stack gap={2}>
      {answer.outcome && (
        <Text size="sm">{isMessageKey(outcomeKey) ? t(outcomeKey) : answer.outcome}</Text>
      )}
      {answer.reason && (
        <Text size="xs" c="dimmed">
          {answer.reason}
        </Text>
      )}
      {sent && answer.importCount && (
        <Text size="sm">{t('sync.answer.counts', answer.importCount)}</Text>
      )}
      {conflicts.length > 0 && (
        <>
          <Text size="sm" c="red.9">
            {t('sync.answer.conflicts', { count: conflicts.length })}
          </Text>
          <List size="xs" spacing={0}>
            {conflicts.slice(0, SHOWN_CONFLICTS).map((conflict, index) => (
              <List.Item key={index}>
                <Text span size="xs" ff="monospace">
                  {conflict.object}
                </Text>
                : {conflict.value}
              </List.Item>
            ))}
          </List>
          {conflicts.length > SHOWN_CONFLICTS && (
            <Text size="xs" c="dimmed">
              {t('sync.answer.more', { count: conflicts.length - SHOWN_CONFLICTS })}
            </Text>
          )}
        </>
      )}
      {!answer.outcome && !answer.importCount && answer.httpStatus !== undefined && (
        <Text size="xs" c="dimmed">
          {t('sync.answer.http', { status: answer.httpStatus })}
        </Text>
      )}
      {answer.text && !answer.importCount && (
        <Text size="xs" c="dimmed" style={{ wordBreak: 'break-word' }}>
          {answer.text}
        </Text>
      )}
    </Stack>
  );
}

/** Hàng đợi gửi: every report revision per target, its state and what the target said. */
export function OutboxTable({ rows, filter, onFilter, manage }: OutboxTableProps) {
  const { t, locale } = useI18n();
  const notify = useNotify();
  const retry = useApiMutation('sync.retry', ['sync.outbox', 'sync.targets.list']);

  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <SegmentedControl
          aria-label={t('sync.outbox.filter')}
          w="fit-content"
          value={filter}
          onChange={onFilter}
          data={[
            { value: 'all', label: t('sync.status.all') },
            ...OUTBOX_STATUSES.map((status) => ({
              value: status,
              label: t(`sync.status.${status}`),
            })),
          ]}
        />
        <ApiErrorAlert error={retry.error} />
        {rows.length === 0 ? (
          <Text c="dimmed" size="sm">
            {t(filter === 'all' ? 'sync.outbox.none' : 'sync.outbox.noneHere')}
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={960}>
            <Table striped verticalSpacing="xs" aria-label={t('sync.outbox')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('sync.column.report')}</Table.Th>
                  <Table.Th miw={140}>{t('sync.column.target')}</Table.Th>
                  <Table.Th>{t('sync.column.status')}</Table.Th>
                  <Table.Th ta="right" style={NO_WRAP}>
                    {t('sync.column.attempts')}
                  </Table.Th>
                  <Table.Th w="36%">{t('sync.column.answer')}</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((row) => {
                  const period = parsePeriod(row.period);
                  return (
                    <Table.Tr key={row.id}>
                      <Table.Td>
                        <Text size="sm" fw={500} style={NO_WRAP}>
                          {row.dataset}
                        </Text>
                        <Text size="sm" style={NO_WRAP}>
                          {period ? periodLabel(period, locale) : row.period}
                        </Text>
                        <Text size="xs" c="dimmed" style={NO_WRAP}>
                          {t('sync.revision', { revision: row.revision })}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">{row.targetName}</Text>
                        <Text size="xs" c="dimmed">
                          {t(`sync.kind.${row.targetKind}`)}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <Badge color={STATUS_COLORS[row.status]} variant="light">
                          {t(`sync.status.${row.status}`)}
                        </Badge>
                        <Text size="xs" c="dimmed" mt={4} style={NO_WRAP}>
                          {row.sentAt
                            ? t('sync.sentAt', { time: formatLocalDateTime(row.sentAt) })
                            : row.nextAttemptAt
                              ? t('sync.nextAttempt', {
                                  time: formatLocalDateTime(row.nextAttemptAt),
                                })
                              : row.lastAttemptAt &&
                                t('sync.lastAttempt', {
                                  time: formatLocalDateTime(row.lastAttemptAt),
                                })}
                        </Text>
                      </Table.Td>
                      <Table.Td ta="right">{row.attempts}</Table.Td>
                      <Table.Td>
                        <Stack gap={4}>
                          {row.answer && (
                            <Answer answer={row.answer} sent={row.status === 'sent'} />
                          )}
                          {row.lastError && (
                            <Text size="sm" c="red.9">
                              {row.lastError}
                            </Text>
                          )}
                        </Stack>
                      </Table.Td>
                      <Table.Td>
                        {manage && row.status === 'failed' && (
                          <Button
                            size="xs"
                            variant="default"
                            loading={retry.isPending && retry.variables?.outboxId === row.id}
                            onClick={() =>
                              void retry
                                .mutateAsync({ outboxId: row.id })
                                .then(() => notify('teal', t('sync.retry.done')))
                                .catch(() => undefined)
                            }
                          >
                            {t('sync.retry')}
                          </Button>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
    </Paper>
  );
}
