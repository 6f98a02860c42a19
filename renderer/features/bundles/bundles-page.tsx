import { Checkbox, Group, Paper, Select, Stack, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { parsePeriod, periodLabel } from '../../../shared/domain/reports/periods';
import { useApiQuery } from '../../api/hooks';
import { ApiErrorAlert } from '../../components/api-error';
import { PageHeader } from '../../components/page-header';
import { useI18n } from '../../i18n/i18n';
import { ExportControls } from './export-controls';
import { ExportedList } from './exported-list';

/**
 * Xuất ra USB: a station's submitted reports (one form, one or several periods) as signed
 * bundles for the district's Tram, and the bundles made so far.
 */
export default function BundlesPage() {
  const { t, locale } = useI18n();
  const [params] = useSearchParams();
  const definitions = useApiQuery('reports.definitions', {});
  const deadlines = useApiQuery('reports.deadlines', {});
  const forms = useMemo(
    () => (definitions.data ?? []).filter((d) => d.current),
    [definitions.data],
  );
  const [dataset, setDataset] = useState<string | null>(params.get('dataset'));
  const form = forms.find((f) => f.code === dataset) ?? forms[0];
  const submitted = useMemo(
    () =>
      (deadlines.data ?? []).filter(
        (row) => row.dataset === form?.code && row.state === 'submitted',
      ),
    [deadlines.data, form?.code],
  );
  const [periods, setPeriods] = useState<string[]>(() => {
    const period = params.get('period');
    return period ? [period] : [];
  });
  const chosen = periods.filter((p) => submitted.some((row) => row.period === p));

  return (
    <Stack gap="md" maw={1000}>
      <PageHeader title={t('bundles.title')} description={t('bundles.description')} />
      <ApiErrorAlert error={definitions.error ?? deadlines.error} />
      <Paper withBorder p="md">
        <Stack gap="md">
          <Select
            label={t('reports.form')}
            w={420}
            allowDeselect={false}
            data={forms.map((f) => ({ value: f.code, label: `${f.name} (${f.code})` }))}
            value={form?.code ?? null}
            onChange={(value) => {
              setDataset(value);
              setPeriods([]);
            }}
          />
          <Checkbox.Group label={t('bundles.periods')} value={chosen} onChange={setPeriods}>
            {submitted.length === 0 ? (
              <Text size="sm" c="dimmed" mt={4}>
                {t('bundles.periods.none')}
              </Text>
            ) : (
              <Group gap="md" mt={6}>
                {submitted.map((row) => {
                  const period = parsePeriod(row.period);
                  return (
                    <Checkbox
                      key={row.period}
                      value={row.period}
                      label={`${period ? periodLabel(period, locale) : row.period} · ${t('bundles.revision', { revision: row.revision ?? 1 })}`}
                    />
                  );
                })}
              </Group>
            )}
          </Checkbox.Group>
          <ExportControls
            dataset={form?.code ?? null}
            periods={chosen}
            label={t('bundles.export')}
          />
        </Stack>
      </Paper>
      <ExportedList />
    </Stack>
  );
}
