import { Alert, Grid, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import type { ServiceCategory, ServiceView } from '../../../shared/api';
import { SERVICE_CATEGORIES } from '../../../shared/api/catalog';
import { serviceClaimWarnings } from '../../../shared/domain/claims/catalog-checks';
import { useApiMutation } from '../../api/hooks';
import { useI18n } from '../../i18n/i18n';
import { BillingFields, billingInput, type BillingValues } from './billing-fields';
import { ClaimWarningsAlert } from './claim-warnings';
import { ResultIndexFields, type IndexValues } from './result-index-fields';
import { ItemFormActions, type ItemFormProps } from './item-dialog';
import { textValues, useItemForm } from './item-form';

interface Values extends BillingValues {
  code: string;
  name: string;
  unit: string;
  category: ServiceCategory;
  bhxhCode: string;
  resultIndices: IndexValues[];
}

export function ServiceForm({ item: service, onDone }: ItemFormProps<ServiceView>) {
  const { t } = useI18n();
  const save = useApiMutation('catalog.services.save', [
    'catalog.services.search',
    'catalog.summary',
  ]);
  const { form, submit } = useItemForm<Values, ServiceView>({
    item: service,
    values: {
      ...textValues(service, ['code', 'name', 'bhxhCode']),
      unit: service?.unit ?? 'lần',
      category: service?.category ?? 'other',
      resultIndices: service?.resultIndices.map((i) => ({ ...i })) ?? [],
    },
    save: (input) => save.mutateAsync(input),
    savedMessage: (saved) => t('catalog.service.saved', { code: saved.code }),
    onDone,
  });
  const { values } = form;
  const warnings = serviceClaimWarnings({
    insuredPrice: billingInput(values).insuredPrice,
    bhxhCode: values.bhxhCode.trim() || null,
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        {service?.example && (
          <Alert color="blue" variant="light">
            {t('catalog.service.example')}
          </Alert>
        )}
        <SimpleGrid cols={{ base: 1, xs: 3 }}>
          <TextInput
            label={t('catalog.col.code')}
            required
            data-autofocus={service ? undefined : true}
            {...form.getInputProps('code')}
          />
          <TextInput
            label={t('catalog.col.bhxhCode')}
            description={t('catalog.service.bhxhCodeHint')}
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            placeholder="23.0075.1494"
            {...form.getInputProps('bhxhCode')}
          />
          <Select
            label={t('catalog.col.category')}
            data={SERVICE_CATEGORIES.map((value) => ({
              value,
              label: t(`catalog.category.${value}`),
            }))}
            allowDeselect={false}
            {...form.getInputProps('category')}
          />
        </SimpleGrid>
        <Grid>
          <Grid.Col span={{ base: 12, xs: 8 }}>
            <TextInput
              label={t('catalog.col.serviceName')}
              required
              data-autofocus={service ? true : undefined}
              {...form.getInputProps('name')}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, xs: 4 }}>
            <TextInput label={t('catalog.col.unit')} {...form.getInputProps('unit')} />
          </Grid.Col>
        </Grid>
        <BillingFields
          inputProps={form.getInputProps}
          insuredHint={t('catalog.service.insuredHint')}
        />
        {values.category !== 'exam' && <ResultIndexFields form={form} />}
        <ClaimWarningsAlert warnings={warnings} />
        <ItemFormActions error={save.error} saving={save.isPending} onCancel={onDone} />
      </Stack>
    </form>
  );
}
