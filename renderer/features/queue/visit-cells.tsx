import { Badge, Table, Text } from '@mantine/core';
import type { QueueEntry } from '../../../shared/api';
import type { Priority, VisitStatus } from '../../../shared/domain/queue';
import { useI18n } from '../../i18n/i18n';

/** One colour per visit status, the same on every list of visits. */
const STATUS_COLORS: Readonly<Record<VisitStatus, string>> = {
  waiting: 'blue',
  in_exam: 'teal',
  awaiting_pharmacy: 'grape',
  awaiting_payment: 'orange',
  done: 'gray',
  cancelled: 'red',
};

export interface StatusBadgeProps {
  status: VisitStatus;
}

export function StatusBadge({ status }: StatusBadgeProps) {
  const { t } = useI18n();
  return (
    <Badge color={STATUS_COLORS[status]} variant="light">
      {t(`visits.status.${status}`)}
    </Badge>
  );
}

export interface PriorityBadgeProps {
  priority: Priority;
}

/** Nothing for an ordinary visit; emergencies in red, the other priorities in orange. */
export function PriorityBadge({ priority }: PriorityBadgeProps) {
  const { t } = useI18n();
  if (priority === 'none') return null;
  return (
    <Badge color={priority === 'emergency' ? 'red' : 'orange'} variant="light">
      {t(`visits.priority.${priority}`)}
    </Badge>
  );
}

export interface VisitCellsProps {
  entry: Pick<QueueEntry, 'queueNumber' | 'fullName' | 'kind' | 'reason'>;
  /** Shown first under the name: the patient code, or the birth year. */
  lead: string | number;
}

/** The queue number and the patient, as the first two cells of a row of visits. */
export function VisitCells({ entry, lead }: VisitCellsProps) {
  const { t } = useI18n();
  return (
    <>
      <Table.Td>
        <Text fw={700} size="lg">
          {entry.queueNumber}
        </Text>
      </Table.Td>
      <Table.Td>
        <Text fw={500}>{entry.fullName}</Text>
        <Text size="xs" c="dimmed">
          {[lead, t(`visits.kind.${entry.kind}`), entry.reason].filter(Boolean).join(' · ')}
        </Text>
      </Table.Td>
    </>
  );
}
