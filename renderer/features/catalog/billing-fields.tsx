import { NumberInput, Select, SimpleGrid, Switch } from '@mantine/core';
import type { GetInputPropsReturnType } from '@mantine/form';
import type { Scope } from '../../../shared/domain/coverage';
import { unitPriceInput } from '../../components/number-formats';
import { useI18n } from '../../i18n/i18n';

/** What drugs and services carry for invoices and claims, as the form holds it. */
export interface BillingValues {
  price: number | string;
  insuredPrice: number | string;
  insuranceRatio: number | string;
  scope: string;
  active: boolean;
}

export interface BillingItem {
  price: number;
  insuredPrice: number | null;
  insuranceRatio: number;
  scope: Scope;
  active: boolean;
}

export function billingValues(item: BillingItem | undefined): BillingValues {
  return {
    price: item?.price ?? '',
    insuredPrice: item?.insuredPrice ?? '',
    insuranceRatio: item?.insuranceRatio ?? 100,
    scope: String(item?.scope ?? 1),
    active: item?.active ?? true,
  };
}

/** The form's billing values as catalog.*.save takes them; an empty BHYT price means none. */
export function billingInput(values: BillingValues): BillingItem {
  return {
    price: Number(values.price),
    insuredPrice: values.insuredPrice === '' ? null : Number(values.insuredPrice),
    insuranceRatio: Number(values.insuranceRatio),
    scope: Number(values.scope) as Scope,
    active: values.active,
  };
}

export interface BillingFieldsProps {
  /** The form's getInputProps. */
  inputProps: (
    path: keyof BillingValues,
    options?: { type: 'checkbox' },
  ) => GetInputPropsReturnType;
  /** Under the BHYT price: when to leave it empty. */
  insuredHint: string;
}

/** Prices in VND, TYLE_TT_BH, PHAM_VI and whether the item is in use. */
export function BillingFields({ inputProps, insuredHint }: BillingFieldsProps) {
  const { t } = useI18n();
  return (
    <>
      <SimpleGrid cols={{ base: 1, xs: 2 }}>
        <NumberInput
          label={t('catalog.col.price')}
          required
          {...unitPriceInput}
          {...inputProps('price')}
        />
        <NumberInput
          label={t('catalog.col.insuredPrice')}
          description={insuredHint}
          // Under the field, so both price boxes stay on one line.
          inputWrapperOrder={['label', 'input', 'description', 'error']}
          {...unitPriceInput}
          {...inputProps('insuredPrice')}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, xs: 2 }}>
        <NumberInput
          label={t('catalog.col.ratio')}
          min={0}
          max={100}
          allowDecimal={false}
          allowNegative={false}
          {...inputProps('insuranceRatio')}
        />
        <Select
          label={t('catalog.col.scope')}
          data={(['1', '2', '3'] as const).map((value) => ({
            value,
            label: t(`catalog.scope.${value}`),
          }))}
          allowDeselect={false}
          {...inputProps('scope')}
        />
      </SimpleGrid>
      <Switch label={t('catalog.inUse')} {...inputProps('active', { type: 'checkbox' })} />
    </>
  );
}
