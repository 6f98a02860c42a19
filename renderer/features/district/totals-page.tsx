import { Alert, Button, Group, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import type { FileResult } from '../../../shared/api';
import { parsePeriod, periodLabel } from '../../../shared/domain/reports/periods';
import { call } from '../../api/client';
import { useApiQuery } from '../../api/hooks';
import { ApiErrorAlert } from '../../components/api-error';
import { PageHeader } from '../../components/page-header';
import { downloadFile, PdfPreview } from '../../components/pdf-preview';
import { useI18n } from '../../i18n/i18n';
import { ExportControls } from '../bundles/export-controls';
import { ExportedList } from '../bundles/exported-list';
import { ReportForm } from '../reports/report-form';
import { FormPickers, useFormChoice } from './form-period-pickers';

const ALL = '*';
const NO_PREVIOUS = { period: '', values: [] };

/**
 * Tổng hợp: one form summed over the confirmed stations, shown in the form's own layout, each
 * station's figures a choice away; printed, saved as xlsx, or signed as a bundle for the province.
 */
export default function TotalsPage() {
  const { t, locale } = useI18n();
  const choice = useFormChoice();
  const [picked, setPicked] = useState<string | null>(null);
  const period =
    picked && parsePeriod(picked)?.type === choice.periodType
      ? picked
      : (choice.periods[1]?.value ?? null);
  const [view, setView] = useState<string>(ALL);
  const [pdf, setPdf] = useState<FileResult | null>(null);
  const [fileError, setFileError] = useState<unknown>(null);
  const dataset = choice.form?.code ?? '';
  const totals = useApiQuery(
    'district.totals',
    { dataset, period: period ?? '' },
    { enabled: Boolean(dataset && period) },
  );
  const shown = useMemo(() => {
    if (!totals.data) return null;
    const station = totals.data.stations.find((s) => s.code === view);
    return station
      ? {
          definition: totals.data.definition,
          dataValues: station.dataValues,
          problems: [],
          previous: NO_PREVIOUS,
        }
      : { ...totals.data, previous: NO_PREVIOUS };
  }, [totals.data, view]);

  const file = async (format: 'pdf' | 'xlsx') => {
    setFileError(null);
    try {
      const result = await call('district.export', { dataset, period: period ?? '', format });
      if (format === 'pdf') setPdf(result);
      else downloadFile(result);
    } catch (failure) {
      setFileError(failure);
    }
  };

  const data = totals.data;
  const short = (data?.stations ?? []).filter((s) => (s.missingMonths?.length ?? 0) > 0);
  return (
    <Stack gap="md">
      <PageHeader
        title={t('district.totals.title')}
        description={t('district.totals.description')}
      />
      <Group align="flex-end" wrap="wrap">
        <FormPickers choice={choice} nineMonths />
        <Select
          label={t('reports.periodField')}
          w={220}
          allowDeselect={false}
          data={choice.periods}
          value={period}
          onChange={(value) => {
            setPicked(value);
            setView(ALL);
          }}
        />
        {data && (
          <Select
            label={t('district.totals.view')}
            w={300}
            allowDeselect={false}
            data={[
              { value: ALL, label: t('district.totals.all', { count: data.stations.length }) },
              ...data.stations.map((s) => ({
                value: s.code,
                label: `${s.name} (${s.code}) · ${
                  s.months
                    ? t('district.totals.fromMonths', { count: s.months.length })
                    : t('bundles.revision', { revision: s.revision })
                }`,
              })),
            ]}
            value={view}
            onChange={(value) => setView(value ?? ALL)}
          />
        )}
      </Group>
      <ApiErrorAlert error={choice.error ?? totals.error ?? fileError} />
      {data && (
        <>
          {data.missing.length > 0 && (
            <Alert
              color="yellow"
              title={t('district.totals.missing', { count: data.missing.length })}
            >
              <Text size="sm">{data.missing.map((s) => `${s.name} (${s.code})`).join(', ')}</Text>
            </Alert>
          )}
          {short.length > 0 && (
            <Alert color="yellow" title={t('district.totals.monthsMissing')}>
              {short.map((s) => (
                <Text size="sm" key={s.code}>
                  {s.name} ({s.code}):{' '}
                  {(s.missingMonths ?? [])
                    .map((m) => {
                      const month = parsePeriod(m);
                      return month ? periodLabel(month, locale) : m;
                    })
                    .join(', ')}
                </Text>
              ))}
            </Alert>
          )}
          {data.notSummable.length > 0 && view === ALL && (
            <Text size="sm" c="dimmed">
              {t('district.totals.notSummable', { rows: data.notSummable.join(', ') })}
            </Text>
          )}
          <Group gap="xs">
            <Button
              variant="default"
              onClick={() => void file('pdf')}
              disabled={data.stations.length === 0}
            >
              {t('reports.export.pdf')}
            </Button>
            <Button
              variant="default"
              onClick={() => void file('xlsx')}
              disabled={data.stations.length === 0}
            >
              {t('reports.export.xlsx')}
            </Button>
          </Group>
          {shown && (
            <ReportForm
              report={shown}
              drafts={new Map()}
              onChange={() => undefined}
              editable={false}
            />
          )}
          <Paper withBorder p="md">
            <Title order={2} size="h4" mb="sm">
              {t('district.totals.upstream')}
            </Title>
            <ExportControls
              dataset={dataset || null}
              // A bundle carries the province's periods; nine months is only read here.
              periods={
                period && data.stations.length > 0 && parsePeriod(period)?.type !== 'nineMonths'
                  ? [period]
                  : []
              }
              label={t('district.totals.bundle')}
            />
          </Paper>
          <ExportedList dataset={dataset} />
        </>
      )}
      <PdfPreview file={pdf} title={t('district.totals.title')} onClose={() => setPdf(null)} />
    </Stack>
  );
}
