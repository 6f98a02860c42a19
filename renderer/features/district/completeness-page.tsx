import { Badge, Group, Paper, Select, Stack, Table, Text, Tooltip } from '@mantine/core';
import { useState } from 'react';
import type { CompletenessCell, CompletenessState } from '../../../shared/api';
import { formatIsoDate, formatLocalDateTime } from '../../../shared/domain/dates';
import { parsePeriod, periodLabel } from '../../../shared/domain/reports/periods';
import { useApiQuery } from '../../api/hooks';
import { ApiErrorAlert } from '../../components/api-error';
import { PageHeader } from '../../components/page-header';
import { useI18n } from '../../i18n/i18n';
import { FormPickers, useFormChoice } from './form-period-pickers';

export const STATE_COLORS: Readonly<Record<CompletenessState, string>> = {
  'on-time': 'teal',
  late: 'red',
  revised: 'blue',
  missing: 'dark',
  'not-due': 'gray',
};
const STATES = Object.keys(STATE_COLORS) as CompletenessState[];

function Cell({ cell }: { cell: CompletenessCell }) {
  const { t } = useI18n();
  const detail = [
    t('district.grid.due', { date: formatIsoDate(cell.dueDate) }),
    cell.firstSubmittedAt &&
      t('district.grid.submitted', { at: formatLocalDateTime(cell.firstSubmittedAt) }),
    cell.receivedAt && t('district.grid.received', { at: formatLocalDateTime(cell.receivedAt) }),
    cell.state === 'revised' && cell.late && t('district.state.late'),
  ]
    .filter(Boolean)
    .join(' · ');
  return (
    <Tooltip label={detail} withArrow multiline w={260}>
      <Badge
        color={STATE_COLORS[cell.state]}
        variant={cell.state === 'not-due' ? 'outline' : 'light'}
        fullWidth
      >
        {cell.state === 'revised'
          ? t('district.state.revisedN', { revision: cell.revision ?? 2 })
          : t(`district.state.${cell.state}`)}
      </Badge>
    </Tooltip>
  );
}

/** Tình hình nộp báo cáo: stations × periods for one form, against its due dates. */
export default function CompletenessPage() {
  const { t, locale } = useI18n();
  const choice = useFormChoice();
  const [from, setFrom] = useState<string | null>(null);
  const [to, setTo] = useState<string | null>(null);
  const sameType = (id: string | null) =>
    id && parsePeriod(id)?.type === choice.periodType ? id : null;
  const last = sameType(to) ?? choice.periods[1]?.value ?? null;
  const first =
    sameType(from) ?? choice.periods[Math.min(6, choice.periods.length - 1)]?.value ?? null;
  const grid = useApiQuery(
    'district.completeness',
    { dataset: choice.form?.code ?? '', from: first ?? '', to: last ?? '' },
    { enabled: Boolean(choice.form && first && last) },
  );

  return (
    <Stack gap="md">
      <PageHeader
        title={t('district.completeness.title')}
        description={t('district.completeness.description')}
      />
      <Group align="flex-end" wrap="wrap">
        <FormPickers choice={choice} />
        <Select
          label={t('district.from')}
          w={200}
          data={choice.periods}
          value={first}
          onChange={setFrom}
          allowDeselect={false}
        />
        <Select
          label={t('district.to')}
          w={200}
          data={choice.periods}
          value={last}
          onChange={setTo}
          allowDeselect={false}
        />
      </Group>
      <ApiErrorAlert error={choice.error ?? grid.error} />
      {grid.data && (
        <>
          <Group gap="xs">
            {STATES.map((state) => (
              <Badge key={state} color={STATE_COLORS[state]} variant="light" size="lg">
                {t(`district.state.${state}`)}: {grid.data.counts[state]}
              </Badge>
            ))}
          </Group>
          <Paper withBorder>
            {grid.data.stations.length === 0 ? (
              <Text c="dimmed" p="md" size="sm">
                {t('district.noStations')}
              </Text>
            ) : (
              <Table.ScrollContainer minWidth={300 + grid.data.periods.length * 120}>
                <Table verticalSpacing="xs" aria-label={t('district.completeness.title')}>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('district.station')}</Table.Th>
                      {grid.data.periods.map((p) => {
                        const period = parsePeriod(p.id);
                        return (
                          <Table.Th key={p.id} ta="center">
                            <Text size="sm" fw={600}>
                              {period ? periodLabel(period, locale) : p.id}
                            </Text>
                            <Text size="xs" c="dimmed" fw={400}>
                              {t('district.grid.due', { date: formatIsoDate(p.dueDate) })}
                            </Text>
                          </Table.Th>
                        );
                      })}
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {grid.data.stations.map((station) => (
                      <Table.Tr key={station.code}>
                        <Table.Td>
                          <Text size="sm" fw={500}>
                            {station.name}
                          </Text>
                          <Text size="xs" c="dimmed">
                            {station.code}
                          </Text>
                        </Table.Td>
                        {station.cells.map((cell) => (
                          <Table.Td key={cell.period}>
                            <Cell cell={cell} />
                          </Table.Td>
                        ))}
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            )}
          </Paper>
        </>
      )}
    </Stack>
  );
}
