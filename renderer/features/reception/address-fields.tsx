import { SimpleGrid, TextInput, type OptionsFilter } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useMemo } from 'react';
import { searchWards, WARD_SEARCH_LIMIT } from '../../../shared/domain/admin-units';
import { useApiQuery } from '../../api/hooks';
import { useI18n } from '../../i18n/i18n';
import { FoldedSelect } from './folded-select';
import { OldWardField } from './old-ward-field';
import type { PatientFormValues } from './patient-form-values';

export interface AddressFieldsProps {
  form: UseFormReturnType<PatientFormValues>;
}

/**
 * Address on the 2025 two-level units: province, then commune (typed in any accent form;
 * without a province, any commune in the country and its province come with it).
 */
export function AddressFields({ form }: AddressFieldsProps) {
  const { t } = useI18n();
  const units = useApiQuery('reference.adminUnits', {}, { staleTime: Infinity });
  const provinceCode = form.values.address.provinceCode;
  const provinces = useMemo(
    () => (units.data?.provinces ?? []).map((p) => ({ value: p.code, label: p.name })),
    [units.data],
  );
  const wards = useMemo(
    () => (units.data?.wards ?? []).filter((w) => !provinceCode || w.provinceCode === provinceCode),
    [units.data, provinceCode],
  );
  const wardOptions = useMemo(() => wards.map((w) => ({ value: w.code, label: w.name })), [wards]);
  const wardFilter = useMemo<OptionsFilter>(() => {
    const byCode = new Map(wardOptions.map((option) => [option.value, option]));
    return ({ options, search, limit }) =>
      search.trim() === ''
        ? options.slice(0, limit)
        : searchWards(wards, search, { limit }).flatMap((w) => byCode.get(w.code) ?? []);
  }, [wards, wardOptions]);

  return (
    <>
      <TextInput
        label={t('reception.field.addressText')}
        description={t('reception.field.addressTextHint')}
        {...form.getInputProps('address.text')}
      />
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <FoldedSelect
          label={t('reception.field.province')}
          data={provinces}
          {...form.getInputProps('address.provinceCode')}
          onChange={(code: string | null) => {
            form.setFieldValue('address.provinceCode', code);
            const ward = units.data?.wards.find((w) => w.code === form.values.address.wardCode);
            if (ward && ward.provinceCode !== code) form.setFieldValue('address.wardCode', null);
          }}
        />
        <FoldedSelect
          label={t('reception.field.ward')}
          data={wardOptions}
          limit={WARD_SEARCH_LIMIT}
          filter={wardFilter}
          {...form.getInputProps('address.wardCode')}
          onChange={(code: string | null) => {
            // The old ward belonged to the ward chosen before.
            if (code !== form.getValues().address.wardCode) {
              form.setFieldValue('address.oldWardCode', null);
            }
            form.setFieldValue('address.wardCode', code);
            const ward = units.data?.wards.find((w) => w.code === code);
            if (ward) form.setFieldValue('address.provinceCode', ward.provinceCode);
          }}
        />
        <TextInput label={t('reception.field.street')} {...form.getInputProps('address.street')} />
      </SimpleGrid>
      <OldWardField form={form} />
    </>
  );
}
