import { Badge, Group, Text } from '@mantine/core';
import type { ReportView } from '../../../shared/api';
import { formatIsoDate } from '../../../shared/domain/dates';
import { useI18n } from '../../i18n/i18n';

export const DEADLINE_COLORS = {
  open: 'gray',
  due: 'yellow',
  late: 'red',
  submitted: 'teal',
} as const;

export function StatusLine({ report }: { report: ReportView }) {
  const { t } = useI18n();
  const reopened = report.status === 'draft' && report.revision !== undefined;
  return (
    <Group gap="xs">
      <Badge color={report.status === 'submitted' ? 'teal' : 'gray'} size="lg">
        {report.status === 'submitted'
          ? t('reports.status.submitted', { revision: report.revision ?? 1 })
          : reopened
            ? t('reports.status.reopened', { revision: report.revision ?? 2 })
            : t('reports.status.draft')}
      </Badge>
      <Badge color={DEADLINE_COLORS[report.deadline]} variant="light" size="lg">
        {t(`reports.deadline.${report.deadline}`)}
      </Badge>
      <Text size="sm">{t('reports.dueDate', { date: formatIsoDate(report.dueDate) })}</Text>
      <Text size="xs" c="dimmed">
        {report.definition.code} ·{' '}
        {t('reports.definitions.version', { version: report.definition.version })} ·{' '}
        {report.definition.legalBasis.split('.')[0]}
      </Text>
    </Group>
  );
}
