import { Group, NavLink, Paper, Stack, Text, Title } from '@mantine/core';
import { formatVnd } from '../../../shared/domain/money';
import { visitIs } from '../../../shared/domain/queue';
import { useApiQuery } from '../../api/hooks';
import { ApiErrorAlert } from '../../components/api-error';
import { useI18n } from '../../i18n/i18n';

/** Staff in other rooms send patients to the desk: the list refreshes itself. */
const REFRESH_MS = 15_000;

export interface AwaitingListProps {
  selected: number | null;
  onSelect: (visitId: number) => void;
}

/** The patients waiting at the desk, longest first; Tab and Enter open one. */
export function AwaitingList({ selected, onSelect }: AwaitingListProps) {
  const { t } = useI18n();
  const waiting = useApiQuery('billing.awaiting', {}, { refetchInterval: REFRESH_MS });
  const entries = waiting.data ?? [];
  return (
    <Paper withBorder p="sm">
      <Title order={2} size="h5" mb="xs">
        {t('cashier.waiting', { count: entries.length })}
      </Title>
      <ApiErrorAlert error={waiting.error} />
      <Stack gap={2}>
        {entries.map((entry, index) => (
          <NavLink
            key={entry.visitId}
            component="button"
            active={entry.visitId === selected}
            autoFocus={index === 0 && selected === null}
            onClick={() => onSelect(entry.visitId)}
            label={
              <Group gap="xs" wrap="nowrap" align="flex-start">
                <Text fw={700} w={28}>
                  {entry.queueNumber}
                </Text>
                {/* Text inherits the entry's colour: Mantine's dimmed description on the
                      active (filled) entry falls below AA contrast. */}
                <div>
                  <Text fw={500}>{entry.fullName}</Text>
                  <Text size="xs">
                    {[
                      t(`visits.kind.${entry.kind}`),
                      ...(entry.refundDue
                        ? [t('cashier.refundDueShort')]
                        : !visitIs(entry.status, 'atCashier')
                          ? [t('cashier.owedAgain')]
                          : []),
                    ].join(' · ')}
                  </Text>
                </div>
              </Group>
            }
            rightSection={
              entry.refundDue ? (
                <Text size="sm" fw={700} c={entry.visitId === selected ? undefined : 'orange.9'}>
                  −{formatVnd(entry.refundDue)}
                </Text>
              ) : entry.due !== null ? (
                <Text size="sm" fw={600}>
                  {formatVnd(entry.due)}
                </Text>
              ) : null
            }
          />
        ))}
      </Stack>
      {waiting.isSuccess && entries.length === 0 && (
        <Text c="dimmed" size="sm">
          {t('cashier.waitingEmpty')}
        </Text>
      )}
    </Paper>
  );
}
