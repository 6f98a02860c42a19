import type { GetInputPropsReturnType } from '@mantine/form';
import { useMemo } from 'react';
import { useApiQuery } from '../../api/hooks';
import { useI18n } from '../../i18n/i18n';
import { FoldedSelect } from '../reception/folded-select';

/**
 * The exam fee ordered when the doctor takes a visit, picked from the service catalogue with
 * its BHXH code beside it: the claim carries that code (XML3 MA_DICH_VU, XML0's first cost),
 * so a service without one is pointed out here, not a month later.
 */
export function ExamServiceSelect({ inputProps }: { inputProps: GetInputPropsReturnType }) {
  const { t } = useI18n();
  const services = useApiQuery(
    'catalog.services.search',
    { q: '', limit: 100, includeInactive: false },
    { staleTime: 60_000 },
  );
  const value = typeof inputProps.value === 'string' ? inputProps.value : '';
  const options = useMemo(
    () =>
      (services.data ?? []).map((s) => ({
        value: s.code,
        label: `${s.code} – ${s.name}${s.bhxhCode ? ` (BHXH ${s.bhxhCode})` : ''}`,
      })),
    [services.data],
  );
  const chosen = services.data?.find((s) => s.code === value);
  const warning =
    value === ''
      ? null
      : !chosen
        ? t('settings.examServiceCode.unknown', { code: value })
        : chosen.bhxhCode
          ? null
          : t('settings.examServiceCode.noBhxhCode', { code: value });
  return (
    <FoldedSelect
      label={t('settings.examServiceCode')}
      description={t('settings.examServiceCodeHint')}
      inputWrapperOrder={['label', 'input', 'description', 'error']}
      data={options}
      {...inputProps}
      value={value || null}
      onChange={(code) => (inputProps.onChange as (v: string) => void)(code ?? '')}
      error={(inputProps.error as string | undefined) ?? warning}
    />
  );
}
