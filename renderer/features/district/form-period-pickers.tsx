import { Select } from '@mantine/core';
import { useMemo, useState } from 'react';
import type { DefinitionSummary } from '../../../shared/api';
import { localDate } from '../../../shared/domain/dates';
import {
  periodLabel,
  recentPeriods,
  type PeriodType,
} from '../../../shared/domain/reports/periods';
import { useApiQuery } from '../../api/hooks';
import { useI18n } from '../../i18n/i18n';

export interface FormChoice {
  forms: DefinitionSummary[];
  form: DefinitionSummary | undefined;
  setDataset: (code: string | null) => void;
  periodType: PeriodType;
  setType: (type: PeriodType | null) => void;
  /** The form's recent periods of that type, newest first (the running one included). */
  periods: { value: string; label: string }[];
  error: unknown;
}

/** The forms in force and their periods, as the district's pages choose them. */
export function useFormChoice(count = 24): FormChoice {
  const { locale } = useI18n();
  const definitions = useApiQuery('reports.definitions', {});
  const forms = useMemo(
    () => (definitions.data ?? []).filter((d) => d.current),
    [definitions.data],
  );
  const [dataset, setDataset] = useState<string | null>(null);
  const form = forms.find((f) => f.code === dataset) ?? forms[0];
  const [type, setType] = useState<PeriodType | null>(null);
  const periodType =
    type && form?.periodTypes.includes(type) ? type : (form?.periodTypes[0] ?? 'month');
  const today = localDate(new Date());
  const periods = useMemo(
    () =>
      recentPeriods(periodType, today, count, true).map((p) => ({
        value: p.id,
        label: periodLabel(p, locale),
      })),
    [periodType, today, count, locale],
  );
  return { forms, form, setDataset, periodType, setType, periods, error: definitions.error };
}

export interface FormPickersProps {
  choice: FormChoice;
  /** Totals add up 9 months from the months; stations send no 9-month report to track. */
  nineMonths?: boolean;
}

export function FormPickers({ choice, nineMonths = false }: FormPickersProps) {
  const { t } = useI18n();
  return (
    <>
      <Select
        label={t('reports.form')}
        w={380}
        allowDeselect={false}
        data={choice.forms.map((f) => ({ value: f.code, label: `${f.name} (${f.code})` }))}
        value={choice.form?.code ?? null}
        onChange={choice.setDataset}
      />
      <Select
        label={t('reports.periodType')}
        w={130}
        allowDeselect={false}
        data={(choice.form?.periodTypes ?? [])
          .filter((p) => nineMonths || p !== 'nineMonths')
          .map((p) => ({ value: p, label: t(`reports.periodType.${p}`) }))}
        value={choice.periodType}
        onChange={(value) => choice.setType(value)}
      />
    </>
  );
}
