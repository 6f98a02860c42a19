import { Badge, Button, Group, Kbd, Paper, Table, Text } from '@mantine/core';
import type { WorklistEntry } from '../../../shared/api';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { canUse } from '../../app/nav';
import { useMe } from '../../app/session';
import { ApiErrorAlert } from '../../components/api-error';
import { PageHeader } from '../../components/page-header';
import { usePageKeys } from '../../app/page-keys';
import { useI18n } from '../../i18n/i18n';
import { PriorityBadge, StatusBadge, VisitCells } from '../queue/visit-cells';

/** Staff in other rooms check patients in: the list refreshes itself. */
const REFRESH_MS = 15_000;

export interface WorklistProps {
  onOpen: (visitId: number) => void;
}

type RowAction = 'take' | 'open' | 'measure';

/** A doctor takes a waiting patient, a nurse measures them, anyone else only looks. */
function action(entry: WorklistEntry, may: { take: boolean; measure: boolean }): RowAction {
  if (entry.status !== 'waiting') return 'open';
  if (may.take) return 'take';
  return may.measure ? 'measure' : 'open';
}

/** Today's queue for the exam room: the next patient with one key, or any chosen one. */
export function Worklist({ onOpen }: WorklistProps) {
  const { t } = useI18n();
  const me = useMe();
  const isDoctor = canUse('visits.next', me.user.roles);
  const may = { take: isDoctor, measure: canUse('visits.recordVitals', me.user.roles) };
  const list = useApiQuery('visits.worklist', {}, { refetchInterval: REFRESH_MS });
  const next = useApiMutation('visits.next', ['visits.worklist', 'queue.today']);
  const start = useApiMutation('visits.start', ['visits.worklist', 'queue.today']);
  const entries = (list.data ?? []).filter((e) => e.status !== 'cancelled');
  const waiting = entries.filter((e) => e.status === 'waiting').length;
  const inExam = entries.filter((e) => e.status === 'in_exam').length;

  const takeNext = () => {
    if (!isDoctor || next.isPending) return;
    next.mutate({}, { onSuccess: (taken) => onOpen(taken.visitId) });
  };
  usePageKeys([{ hotkey: 'F2', label: t('exam.next'), run: takeNext, enabled: isDoctor }]);

  const choose = (entry: WorklistEntry) => {
    if (action(entry, may) === 'take') {
      start.mutate({ visitId: entry.visitId }, { onSuccess: () => onOpen(entry.visitId) });
    } else {
      onOpen(entry.visitId);
    }
  };

  return (
    <>
      <PageHeader
        title={t('exam.title')}
        description={t('exam.worklist.summary', { waiting, inExam })}
        actions={
          isDoctor && (
            <Button onClick={takeNext} loading={next.isPending} autoFocus disabled={waiting === 0}>
              {t('exam.next')} <Kbd ml={6}>F2</Kbd>
            </Button>
          )
        }
      />
      <ApiErrorAlert error={list.error ?? next.error ?? start.error} />
      <Paper withBorder mt="sm">
        <Table.ScrollContainer minWidth={720}>
          <Table striped verticalSpacing="xs" aria-label={t('exam.worklist.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('queue.number')}</Table.Th>
                <Table.Th>{t('queue.patient')}</Table.Th>
                <Table.Th>{t('queue.status')}</Table.Th>
                <Table.Th>{t('exam.worklist.doctor')}</Table.Th>
                <Table.Th>{t('queue.waiting')}</Table.Th>
                <Table.Th>
                  <span className="visually-hidden">{t('common.actions')}</span>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {entries.map((entry) => {
                const kind = action(entry, may);
                return (
                  <Table.Tr key={entry.visitId}>
                    <VisitCells entry={entry} lead={entry.birthYear} />
                    <Table.Td>
                      <Group gap={4}>
                        <StatusBadge status={entry.status} />
                        <PriorityBadge priority={entry.priority} />
                        {entry.hasVitals && (
                          <Badge color="gray" variant="light">
                            {t('exam.worklist.vitals')}
                          </Badge>
                        )}
                      </Group>
                    </Table.Td>
                    <Table.Td>{entry.doctor?.fullName}</Table.Td>
                    <Table.Td>{t('queue.minutes', { minutes: entry.waitingMinutes })}</Table.Td>
                    <Table.Td>
                      <Button
                        size="xs"
                        variant={kind === 'take' ? 'light' : 'subtle'}
                        onClick={() => choose(entry)}
                        aria-label={t(`exam.worklist.${kind}Label`, {
                          number: entry.queueNumber,
                          name: entry.fullName,
                        })}
                      >
                        {t(`exam.worklist.${kind}`)}
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {list.isSuccess && entries.length === 0 && (
          <Text c="dimmed" p="md">
            {t('exam.worklist.empty')}
          </Text>
        )}
      </Paper>
    </>
  );
}
