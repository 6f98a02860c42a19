import { Anchor, Badge, Paper, Table, Text } from '@mantine/core';
import { formatIsoDate, formatLocalDateTime } from '../../../shared/domain/dates';
import { parsePeriod, periodLabel } from '../../../shared/domain/reports/periods';
import { useApiQuery } from '../../api/hooks';
import { ApiErrorAlert } from '../../components/api-error';
import { useI18n } from '../../i18n/i18n';
import { DEADLINE_COLORS } from './status-line';

export interface DeadlinesPanelProps {
  onOpen: (dataset: string, period: string) => void;
}

/** Each form's running period and the last few: when each is due and whether it was handed in. */
export function DeadlinesPanel({ onOpen }: DeadlinesPanelProps) {
  const { t, locale } = useI18n();
  const rows = useApiQuery('reports.deadlines', {});
  return (
    <Paper withBorder>
      <ApiErrorAlert error={rows.error} />
      <Table verticalSpacing="xs" striped aria-label={t('reports.deadlines.title')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('reports.deadlines.form')}</Table.Th>
            <Table.Th>{t('reports.deadlines.period')}</Table.Th>
            <Table.Th>{t('reports.deadlines.due')}</Table.Th>
            <Table.Th>{t('reports.deadlines.state')}</Table.Th>
            <Table.Th>{t('reports.deadlines.submittedAt')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {(rows.data ?? []).map((row) => {
            const period = parsePeriod(row.period);
            return (
              <Table.Tr key={`${row.dataset}/${row.period}`}>
                <Table.Td>
                  <Text size="sm">{row.name}</Text>
                  <Text size="xs" c="dimmed">
                    {row.dataset}
                  </Text>
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <Anchor
                    component="button"
                    type="button"
                    size="sm"
                    onClick={() => onOpen(row.dataset, row.period)}
                  >
                    {period ? periodLabel(period, locale) : row.period}
                  </Anchor>
                </Table.Td>
                <Table.Td>{formatIsoDate(row.dueDate)}</Table.Td>
                <Table.Td>
                  {/* A badge shrinks to an ellipsis in a narrow column: keep its words whole. */}
                  <Badge
                    variant="light"
                    color={row.late ? 'red' : DEADLINE_COLORS[row.state]}
                    style={{ minWidth: 'max-content' }}
                  >
                    {row.late
                      ? t('reports.deadline.submittedLate')
                      : t(`reports.deadline.${row.state}`)}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  {row.submittedAt
                    ? `${formatLocalDateTime(row.submittedAt)} · ${t('reports.status.submitted', { revision: row.revision ?? 1 })}`
                    : ''}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}
