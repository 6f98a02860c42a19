import { Grid, SimpleGrid, Stack, TextInput } from '@mantine/core';
import type { DrugView } from '../../../shared/api';
import { useApiMutation } from '../../api/hooks';
import { useI18n } from '../../i18n/i18n';
import { BillingFields, type BillingValues } from './billing-fields';
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
] as const;

interface Values extends BillingValues, Record<(typeof TEXT_FIELDS)[number], string> {
  ingredients: IngredientValues[];
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
    },
    save: (input) => save.mutateAsync(input),
    savedMessage: (saved) => t('catalog.drug.saved', { name: saved.name }),
    onDone,
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
          <Grid.Col span={{ base: 6, xs: 3 }}>
            <TextInput label={t('catalog.col.route')} {...form.getInputProps('route')} />
          </Grid.Col>
          <Grid.Col span={{ base: 6, xs: 3 }}>
            <TextInput
              label={t('catalog.col.routeCode')}
              placeholder="1.01"
              {...form.getInputProps('routeCode')}
            />
          </Grid.Col>
        </Grid>
        <BillingFields
          inputProps={form.getInputProps}
          insuredHint={t('catalog.drug.insuredHint')}
        />
        <ItemFormActions error={save.error} saving={save.isPending} onCancel={onDone} />
      </Stack>
    </form>
  );
}
