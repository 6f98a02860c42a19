import { Grid, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useMemo } from 'react';
import type { DrugView } from '../../../shared/api';
import { drugClaimWarnings } from '../../../shared/domain/claims/catalog-checks';
import { PRESCRIPTION_TYPES, type PrescriptionType } from '../../../shared/domain/prescription';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { useI18n } from '../../i18n/i18n';
import { FoldedSelect } from '../reception/folded-select';
import { BillingFields, billingInput, type BillingValues } from './billing-fields';
import { ClaimWarningsAlert } from './claim-warnings';
import { IngredientFields, type IngredientValues } from './ingredient-fields';
import { ItemFormActions, type ItemFormProps } from './item-dialog';
import { textValues, useItemForm } from './item-form';

/** Blank text fields go as typed; the schema makes them null. */
const TEXT_FIELDS = [
  'name',
  'code',
  'registrationNo',
  'dosageForm',
  'unit',
  'route',
  'routeCode',
  'tenderInfo',
] as const;

interface Values extends BillingValues, Record<(typeof TEXT_FIELDS)[number], string> {
  ingredients: IngredientValues[];
  rxType: PrescriptionType;
}

/** MA_DUONG_DUNG picked from the Ministry's list; the route's name fills an empty route. */
function RouteCodeSelect({ form }: { form: UseFormReturnType<Values> }) {
  const { t } = useI18n();
  const routes = useApiQuery('reference.routeCodes', {}, { staleTime: Infinity });
  const options = useMemo(
    () => (routes.data ?? []).map((r) => ({ value: r.code, label: `${r.code} – ${r.name}` })),
    [routes.data],
  );
  return (
    <FoldedSelect
      label={t('catalog.col.routeCode')}
      description={t('catalog.drug.routeCodeHint')}
      inputWrapperOrder={['label', 'input', 'description', 'error']}
      data={options}
      {...form.getInputProps('routeCode')}
      value={form.values.routeCode || null}
      onChange={(code) => {
        form.setFieldValue('routeCode', code ?? '');
        const name = routes.data?.find((r) => r.code === code)?.name;
        if (name && form.getValues().route.trim() === '') form.setFieldValue('route', name);
      }}
    />
  );
}

/** A drug as Mẫu 03/DM describes it, with what the station charges and BHYT pays. */
export function DrugForm({ item: drug, onDone }: ItemFormProps<DrugView>) {
  const { t } = useI18n();
  const save = useApiMutation('catalog.drugs.save', [
    'catalog.drugs.search',
    'catalog.drugs.get',
    'catalog.summary',
  ]);
  const { form, submit } = useItemForm<Values, DrugView>({
    item: drug,
    values: {
      ingredients: drug?.ingredients.map((i) => ({ ...i })) ?? [{ name: '', strength: '' }],
      ...textValues(drug, TEXT_FIELDS),
      rxType: drug?.rxType ?? 'c',
    },
    save: (input) => save.mutateAsync(input),
    savedMessage: (saved) => t('catalog.drug.saved', { name: saved.name }),
    onDone,
  });
  const { values } = form;
  // Said once the prices are typed, as the save will say it.
  const warnings =
    values.price === ''
      ? []
      : drugClaimWarnings({
          ...billingInput(values),
          tenderInfo: values.tenderInfo.trim() || null,
          routeCode: values.routeCode.trim() || null,
        });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <IngredientFields form={form} autoFocus />
        <TextInput label={t('catalog.col.drugName')} required {...form.getInputProps('name')} />
        <SimpleGrid cols={{ base: 1, xs: 2 }}>
          <TextInput
            label={t('catalog.col.drugCode')}
            description={t('catalog.drug.codeHint')}
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            required
            {...form.getInputProps('code')}
          />
          <TextInput
            label={t('catalog.col.registrationNo')}
            placeholder="VD-20570-14"
            {...form.getInputProps('registrationNo')}
          />
        </SimpleGrid>
        <Grid>
          <Grid.Col span={{ base: 12, xs: 4 }}>
            <TextInput
              label={t('catalog.col.dosageForm')}
              placeholder={t('catalog.drug.dosageFormExample')}
              {...form.getInputProps('dosageForm')}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 6, xs: 2 }}>
            <TextInput label={t('catalog.col.unit')} required {...form.getInputProps('unit')} />
          </Grid.Col>
          <Grid.Col span={{ base: 6, xs: 6 }}>
            <TextInput label={t('catalog.col.route')} {...form.getInputProps('route')} />
          </Grid.Col>
        </Grid>
        <SimpleGrid cols={{ base: 1, xs: 3 }}>
          <RouteCodeSelect form={form} />
          <TextInput
            label={t('catalog.col.tenderInfo')}
            description={t('catalog.drug.tenderHint')}
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            placeholder="57/QĐ-SYT;G1;N1;2024"
            {...form.getInputProps('tenderInfo')}
          />
          <Select
            label={t('catalog.col.rxType')}
            data={PRESCRIPTION_TYPES.map((value) => ({
              value,
              label: t(`catalog.rxType.${value}`),
            }))}
            allowDeselect={false}
            {...form.getInputProps('rxType')}
          />
        </SimpleGrid>
        <BillingFields
          inputProps={form.getInputProps}
          insuredHint={t('catalog.drug.insuredHint')}
        />
        <ClaimWarningsAlert warnings={warnings} />
        <ItemFormActions error={save.error} saving={save.isPending} onCancel={onDone} />
      </Stack>
    </form>
  );
}
