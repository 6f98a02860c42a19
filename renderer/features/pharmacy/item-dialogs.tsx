import { Checkbox, NumberInput, Select, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { DispenseItemView } from '../../../shared/api';
import { useApiMutation } from '../../api/hooks';
import { fieldErrorsOf } from '../../components/api-error';
import { quantityInput } from '../../components/number-formats';
import { useI18n } from '../../i18n/i18n';
import { FormDialog } from './form-dialog';
import { batchText, STOCK_QUERIES } from './stock-shared';

export interface ItemDialogProps {
  item: DispenseItemView;
  onClose: () => void;
}

/** Drugs brought back go into the batch they were given from. */
export function ReturnDialog({ item, onClose }: ItemDialogProps) {
  const { t } = useI18n();
  const giveBack = useApiMutation('stock.return', STOCK_QUERIES);
  const form = useForm({
    initialValues: {
      batchId: String(item.given[0]?.batchId ?? ''),
      quantity: '' as number | string,
      reason: '',
      reissue: false,
    },
  });
  const submit = form.onSubmit(async (values) => {
    try {
      await giveBack.mutateAsync({
        itemId: item.itemId,
        batchId: Number(values.batchId),
        quantity: Number(values.quantity || 0),
        reason: values.reason,
        reissue: values.reissue,
      });
      onClose();
    } catch (failure) {
      form.setErrors(fieldErrorsOf(failure, t));
    }
  });
  return (
    <FormDialog
      title={t('pharmacy.return.title', { drug: item.drugName })}
      onClose={onClose}
      onSubmit={submit}
      error={giveBack.error}
      submitLabel={t('pharmacy.return.submit')}
      loading={giveBack.isPending}
    >
      <Select
        label={t('pharmacy.return.batch')}
        allowDeselect={false}
        data={item.given.map((g) => ({ value: String(g.batchId), label: batchText(g, t) }))}
        {...form.getInputProps('batchId')}
      />
      <NumberInput
        {...quantityInput}
        label={t('pharmacy.col.quantity')}
        required
        data-autofocus
        {...form.getInputProps('quantity')}
      />
      <TextInput label={t('pharmacy.reason')} {...form.getInputProps('reason')} />
      <Checkbox
        label={t('pharmacy.return.reissue')}
        {...form.getInputProps('reissue', { type: 'checkbox' })}
      />
    </FormDialog>
  );
}

/** The patient will not come for the rest: stop owing it. */
export function CloseOwedDialog({ item, onClose }: ItemDialogProps) {
  const { t } = useI18n();
  const close = useApiMutation('stock.closeOwed', [...STOCK_QUERIES, 'queue.today']);
  const form = useForm({ initialValues: { reason: '' } });
  const submit = form.onSubmit(async ({ reason }) => {
    try {
      await close.mutateAsync({ itemId: item.itemId, reason });
      onClose();
    } catch (failure) {
      form.setErrors(fieldErrorsOf(failure, t));
    }
  });
  return (
    <FormDialog
      title={t('pharmacy.owed.closeTitle', { drug: item.drugName, quantity: item.owed })}
      onClose={onClose}
      onSubmit={submit}
      error={close.error}
      submitLabel={t('pharmacy.owed.closeAction')}
      submitColor="red"
      loading={close.isPending}
    >
      <TextInput
        label={t('pharmacy.reason')}
        required
        data-autofocus
        {...form.getInputProps('reason')}
      />
    </FormDialog>
  );
}
