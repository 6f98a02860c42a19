import type { UseFormReturnType } from '@mantine/form';
import { useMemo } from 'react';
import { useApiQuery } from '../../api/hooks';
import { useI18n } from '../../i18n/i18n';
import { FoldedSelect } from './folded-select';
import type { PatientFormValues } from './patient-form-values';

/**
 * The pre-2025 ward, asked only where the chosen 2025 ward took parts of several old
 * districts (321 wards): the claim's MAHUYEN_CU_TRU needs the old district, and guessing one
 * would misplace the patient. A pre-2025 address on a card fills it by itself.
 */
export function OldWardField({ form }: { form: UseFormReturnType<PatientFormValues> }) {
  const { t } = useI18n();
  const wardCode = form.values.address.wardCode;
  const olds = useApiQuery(
    'reference.oldUnits',
    { wardCode: wardCode ?? '' },
    { enabled: Boolean(wardCode), staleTime: Infinity },
  );
  const choices = useMemo(() => olds.data ?? [], [olds.data]);
  const districts = new Set(choices.map((o) => o.districtCode));
  if (!wardCode || districts.size < 2) return null;
  return (
    <FoldedSelect
      label={t('reception.field.oldWard')}
      description={t('reception.field.oldWardHint', { count: districts.size })}
      data={choices.map((o) => ({
        value: o.wardCode,
        label: `${o.wardName} (${o.districtName})`,
      }))}
      {...form.getInputProps('address.oldWardCode')}
    />
  );
}
