import { Group, Select, Stack, Tabs } from '@mantine/core';
import { useMemo, useState } from 'react';
import type { DefinitionSummary } from '../../../shared/api';
import { localDate } from '../../../shared/domain/dates';
import {
  parsePeriod,
  periodLabel,
  recentPeriods,
  type PeriodType,
} from '../../../shared/domain/reports/periods';
import { useApiQuery } from '../../api/hooks';
import { canUse } from '../../app/nav';
import { useMe } from '../../app/session';
import { ApiErrorAlert } from '../../components/api-error';
import { PageHeader } from '../../components/page-header';
import { useI18n } from '../../i18n/i18n';
import { DeadlinesPanel } from './deadlines-panel';
import { DefinitionsPanel } from './definitions-panel';
import { ReportEditor } from './report-editor';

/** How far back each kind of period can be chosen. */
const SHOWN: Readonly<Record<PeriodType, number>> = {
  month: 24,
  quarter: 8,
  half: 4,
  nineMonths: 3,
  year: 3,
};

function currentForms(definitions: readonly DefinitionSummary[]): DefinitionSummary[] {
  return definitions.filter((d) => d.current);
}

/** Báo cáo: choose a form and a period, check and complete it, hand it in, export it. */
export default function ReportsPage() {
  const { t, locale } = useI18n();
  const me = useMe();
  const definitions = useApiQuery('reports.definitions', {});
  const forms = useMemo(() => currentForms(definitions.data ?? []), [definitions.data]);
  const [dataset, setDataset] = useState<string | null>(null);
  const form = forms.find((f) => f.code === dataset) ?? forms[0];
  const [type, setType] = useState<PeriodType | null>(null);
  const periodType =
    type && form?.periodTypes.includes(type) ? type : (form?.periodTypes[0] ?? 'month');
  const today = localDate(new Date());
  const choices = useMemo(
    () =>
      recentPeriods(periodType, today, SHOWN[periodType], true).map((p) => ({
        value: p.id,
        label: periodLabel(p, locale),
      })),
    [periodType, today, locale],
  );
  // The last period that has ended is the one usually being reported.
  const [period, setPeriod] = useState<string | null>(null);
  const chosen =
    period && parsePeriod(period)?.type === periodType ? period : (choices[1]?.value ?? null);

  const mayImport = canUse('reports.definitions.import', me.user.roles);
  const report = useApiQuery(
    'reports.compute',
    { dataset: form?.code ?? '', period: chosen ?? '' },
    { enabled: Boolean(form && chosen) },
  );

  const [tab, setTab] = useState<string | null>('report');
  return (
    <Stack gap="md">
      <PageHeader title={t('reports.title')} description={t('reports.description')} />
      <ApiErrorAlert error={definitions.error} />
      <Tabs value={tab} onChange={setTab} keepMounted={false}>
        <Tabs.List mb="sm">
          <Tabs.Tab value="report">{t('reports.tab.report')}</Tabs.Tab>
          <Tabs.Tab value="deadlines">{t('reports.deadlines.title')}</Tabs.Tab>
          {mayImport && <Tabs.Tab value="forms">{t('reports.definitions.title')}</Tabs.Tab>}
        </Tabs.List>
        <Tabs.Panel value="report">
          <Group align="flex-end" mb="sm" wrap="wrap">
            <Select
              label={t('reports.form')}
              w={380}
              allowDeselect={false}
              data={forms.map((f) => ({ value: f.code, label: `${f.name} (${f.code})` }))}
              value={form?.code ?? null}
              onChange={setDataset}
            />
            <Select
              label={t('reports.periodType')}
              w={130}
              allowDeselect={false}
              data={(form?.periodTypes ?? []).map((p) => ({
                value: p,
                label: t(`reports.periodType.${p}`),
              }))}
              value={periodType}
              onChange={(value) => setType(value)}
            />
            <Select
              label={t('reports.periodField')}
              w={220}
              allowDeselect={false}
              data={choices}
              value={chosen}
              onChange={setPeriod}
            />
          </Group>
          <ApiErrorAlert error={report.error} />
          {report.data && (
            <ReportEditor
              key={`${report.data.dataset}/${report.data.period}`}
              report={report.data}
              mayReopen={canUse('reports.reopen', me.user.roles)}
            />
          )}
        </Tabs.Panel>
        <Tabs.Panel value="deadlines">
          <DeadlinesPanel
            onOpen={(code, id) => {
              setDataset(code);
              const opened = parsePeriod(id);
              if (opened) setType(opened.type);
              setPeriod(id);
              setTab('report');
            }}
          />
        </Tabs.Panel>
        {mayImport && (
          <Tabs.Panel value="forms">
            <DefinitionsPanel definitions={definitions.data ?? []} />
          </Tabs.Panel>
        )}
      </Tabs>
    </Stack>
  );
}
