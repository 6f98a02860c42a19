import '@mantine/charts/styles.css';
import { BarChart, DonutChart, LineChart } from '@mantine/charts';
import {
  Group,
  Paper,
  Progress,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useState, type ReactNode } from 'react';
import type { Dashboard } from '../../../shared/api';
import { addDays, formatIsoDate, localDate } from '../../../shared/domain/dates';
import { formatVnd, groupThousands } from '../../../shared/domain/money';
import { useApiQuery } from '../../api/hooks';
import { ApiErrorAlert } from '../../components/api-error';
import { PageHeader } from '../../components/page-header';
import { useI18n } from '../../i18n/i18n';

type RangeKey = 'month' | 'lastMonth' | 'thirty';

function rangeOf(key: RangeKey, today: string): { from: string; to: string } {
  const firstOfMonth = `${today.slice(0, 8)}01`;
  switch (key) {
    case 'month':
      return { from: firstOfMonth, to: today };
    case 'lastMonth': {
      const end = addDays(firstOfMonth, -1);
      return { from: `${end.slice(0, 8)}01`, to: end };
    }
    case 'thirty':
      return { from: addDays(today, -29), to: today };
  }
}

/** A chart with its title and, under it, the figures it shows in words. */
function ChartCard({
  title,
  summary,
  children,
}: {
  title: string;
  summary: string;
  children: ReactNode;
}) {
  return (
    <Paper withBorder p="md" component="section" aria-label={title}>
      <Title order={2} size="h5" mb="sm">
        {title}
      </Title>
      {children}
      <Text size="sm" mt="sm" data-testid="chart-summary">
        {summary}
      </Text>
    </Paper>
  );
}

const dayLabel = (date: string): string => date.slice(8, 10);

function Charts({ data }: { data: Dashboard }) {
  const { t } = useI18n();
  const days = data.visitsPerDay.length || 1;
  const busiest = data.visitsPerDay.reduce(
    (best, day) => (day.visits > best.visits ? day : best),
    data.visitsPerDay[0] ?? { date: data.from, visits: 0, insured: 0 },
  );
  const fee = data.visits - data.insured;
  const percent = data.visits === 0 ? 0 : Math.round((data.insured * 100) / data.visits);
  const top = data.topDiagnoses.reduce((sum, d) => sum + d.visits, 0);
  const mostSeen = data.topDiagnoses[0]?.visits ?? 0;
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
      <ChartCard
        title={t('dashboard.visitsPerDay')}
        summary={t('dashboard.visitsSummary', {
          visits: groupThousands(data.visits),
          average: (data.visits / days).toLocaleString('vi-VN', { maximumFractionDigits: 1 }),
          max: busiest.visits,
          day: formatIsoDate(busiest.date),
        })}
      >
        <BarChart
          h={220}
          data={data.visitsPerDay.map((d) => ({
            day: dayLabel(d.date),
            [t('dashboard.insuredVisits')]: d.insured,
            [t('dashboard.fee')]: d.visits - d.insured,
          }))}
          dataKey="day"
          type="stacked"
          yAxisProps={{ allowDecimals: false }}
          series={[
            { name: t('dashboard.insuredVisits'), color: 'teal.6' },
            { name: t('dashboard.fee'), color: 'orange.5' },
          ]}
          withLegend
        />
      </ChartCard>
      <ChartCard
        title={t('dashboard.topDiagnoses')}
        summary={t('dashboard.topSummary', {
          shown: data.topDiagnoses.length,
          count: top,
          total: data.visits,
        })}
      >
        <Table verticalSpacing={3} fz="sm" aria-label={t('dashboard.topDiagnoses')}>
          <Table.Tbody>
            {data.topDiagnoses.map((d) => (
              <Table.Tr key={d.code}>
                <Table.Td w={56}>
                  <Text size="sm" fw={500}>
                    {d.code}
                  </Text>
                </Table.Td>
                <Table.Td maw={220}>
                  <Text size="sm" truncate="end" title={d.name}>
                    {d.name}
                  </Text>
                </Table.Td>
                <Table.Td w="35%">
                  <Progress
                    value={mostSeen === 0 ? 0 : (d.visits * 100) / mostSeen}
                    color="teal"
                    size="lg"
                    aria-hidden
                  />
                </Table.Td>
                <Table.Td w={40} ta="right">
                  {d.visits}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ChartCard>
      <ChartCard
        title={t('dashboard.insured')}
        summary={t('dashboard.insuredSummary', { insured: data.insured, fee, percent })}
      >
        <Group justify="center">
          <DonutChart
            size={160}
            thickness={26}
            withLabels
            withLabelsLine
            chartLabel={`${percent}%`}
            data={[
              { name: t('dashboard.insuredVisits'), value: data.insured, color: 'teal.6' },
              { name: t('dashboard.fee'), value: fee, color: 'orange.5' },
            ]}
          />
        </Group>
      </ChartCard>
      <ChartCard
        title={t('dashboard.takings')}
        summary={t('dashboard.takingsSummary', {
          total: formatVnd(data.takings),
          average: formatVnd(Math.round(data.takings / days)),
        })}
      >
        <LineChart
          h={220}
          data={data.takingsPerDay.map((d) => ({ day: dayLabel(d.date), amount: d.amount }))}
          dataKey="day"
          series={[{ name: 'amount', label: t('dashboard.takings'), color: 'blue.6' }]}
          valueFormatter={(value) => groupThousands(value)}
          curveType="linear"
        />
      </ChartCard>
      <ChartCard
        title={t('dashboard.stock')}
        summary={`${t('dashboard.stockValue')}: ${formatVnd(data.stock.value)}. ${t(
          'dashboard.expiring',
          {
            days: data.stock.expiryDays,
            batches: data.stock.expiring.batches,
            value: formatVnd(data.stock.expiring.value),
          },
        )}. ${t('dashboard.expired', {
          batches: data.stock.expired.batches,
          value: formatVnd(data.stock.expired.value),
        })}.`}
      >
        <BarChart
          h={150}
          orientation="vertical"
          data={[
            { part: t('dashboard.bar.stock'), value: data.stock.value },
            {
              part: t('dashboard.bar.expiring', { days: data.stock.expiryDays }),
              value: data.stock.expiring.value,
            },
            { part: t('dashboard.bar.expired'), value: data.stock.expired.value },
          ]}
          dataKey="part"
          series={[{ name: 'value', label: t('dashboard.stockValue'), color: 'grape.6' }]}
          valueFormatter={(value) => groupThousands(value)}
          yAxisProps={{ width: 150 }}
        />
        {data.stock.soonest.length > 0 && (
          <Table mt="sm" fz="xs" verticalSpacing={2}>
            <Table.Tbody>
              {data.stock.soonest.map((batch) => (
                <Table.Tr key={`${batch.drugName}-${batch.lot}`}>
                  <Table.Td>{batch.drugName}</Table.Td>
                  <Table.Td>{batch.lot}</Table.Td>
                  <Table.Td>{formatIsoDate(batch.expiry)}</Table.Td>
                  <Table.Td ta="right">{formatVnd(batch.value)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </ChartCard>
    </SimpleGrid>
  );
}

/** Tổng quan: the station head's home page, the month at a glance. */
export default function DashboardPage() {
  const { t } = useI18n();
  const [range, setRange] = useState<RangeKey>('month');
  const today = localDate(new Date());
  const data = useApiQuery('reports.dashboard', rangeOf(range, today));
  return (
    <Stack gap="md">
      <PageHeader
        title={t('dashboard.title')}
        description={t('dashboard.description')}
        actions={
          <SegmentedControl
            value={range}
            onChange={(value) => setRange(value)}
            data={(['month', 'lastMonth', 'thirty'] as const).map((key) => ({
              value: key,
              label: t(`dashboard.range.${key}`),
            }))}
          />
        }
      />
      <ApiErrorAlert error={data.error} />
      {data.data && <Charts data={data.data} />}
    </Stack>
  );
}
