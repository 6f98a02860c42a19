import {
  Button,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import type { ServiceCategory, ServiceView } from '../../../shared/api';
import { SERVICE_CATEGORIES } from '../../../shared/api/catalog';
import { useApiMutation } from '../../api/hooks';
import { ApiErrorAlert, fieldErrorsOf } from '../../components/api-error';
import { vndInput } from '../../components/number-formats';
import { useI18n } from '../../i18n/i18n';

export interface ServiceFormProps {
  /** Editing this service; adding a new one when absent. */
  service?: ServiceView;
  onDone: () => void;
}

interface Values {
  code: string;
  name: string;
  unit: string;
  category: ServiceCategory;
  price: number | string;
  insuredPrice: number | string;
  bhxhCode: string;
  insuranceRatio: number | string;
  scope: string;
  active: boolean;
}

export function ServiceForm({ service, onDone }: ServiceFormProps) {
  const { t } = useI18n();
  const save = useApiMutation('catalog.services.save', [
    'catalog.services.search',
    'catalog.summary',
  ]);
  const form = useForm<Values>({
    initialValues: {
      code: service?.code ?? '',
      name: service?.name ?? '',
      unit: service?.unit ?? 'lần',
      category: service?.category ?? 'other',
      price: service?.price ?? '',
      insuredPrice: service?.insuredPrice ?? '',
      bhxhCode: service?.bhxhCode ?? '',
      insuranceRatio: service?.insuranceRatio ?? 100,
      scope: String(service?.scope ?? 1),
      active: service?.active ?? true,
    },
    validate: {
      price: (value) => (value === '' ? t('validation.required') : null),
    },
  });

  const submit = form.onSubmit(async (values) => {
    try {
      const saved = await save.mutateAsync({
        ...(service && { id: service.id }),
        code: values.code,
        name: values.name,
        unit: values.unit,
        category: values.category,
        price: Number(values.price),
        insuredPrice: values.insuredPrice === '' ? null : Number(values.insuredPrice),
        bhxhCode: values.bhxhCode,
        insuranceRatio: Number(values.insuranceRatio),
        scope: Number(values.scope) as 1 | 2 | 3,
        active: values.active,
      });
      notifications.show({
        color: 'teal',
        message: t('catalog.service.saved', { code: saved.code }),
      });
      onDone();
    } catch (failure) {
      form.setErrors(fieldErrorsOf(failure, t));
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, xs: 3 }}>
          <TextInput
            label={t('catalog.col.code')}
            required
            data-autofocus={service ? undefined : true}
            {...form.getInputProps('code')}
          />
          <TextInput label={t('catalog.col.unit')} {...form.getInputProps('unit')} />
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
        <TextInput
          label={t('catalog.col.serviceName')}
          required
          data-autofocus={service ? true : undefined}
          {...form.getInputProps('name')}
        />
        <SimpleGrid cols={{ base: 1, xs: 2 }}>
          <NumberInput
            label={t('catalog.col.price')}
            required
            {...vndInput}
            {...form.getInputProps('price')}
          />
          <NumberInput
            label={t('catalog.col.insuredPrice')}
            description={t('catalog.service.insuredHint')}
            {...vndInput}
            {...form.getInputProps('insuredPrice')}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, xs: 2 }}>
          <TextInput label={t('catalog.col.bhxhCode')} {...form.getInputProps('bhxhCode')} />
          <NumberInput
            label={t('catalog.col.ratio')}
            min={0}
            max={100}
            allowDecimal={false}
            allowNegative={false}
            {...form.getInputProps('insuranceRatio')}
          />
        </SimpleGrid>
        <Select
          label={t('catalog.col.scope')}
          data={(['1', '2', '3'] as const).map((value) => ({
            value,
            label: t(`catalog.scope.${value}`),
          }))}
          allowDeselect={false}
          {...form.getInputProps('scope')}
        />
        <Switch
          label={t('catalog.service.inUse')}
          {...form.getInputProps('active', { type: 'checkbox' })}
        />
        <ApiErrorAlert error={save.error} hideWhenFieldErrors />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
