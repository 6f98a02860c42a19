import { Modal, NumberInput, Table, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { OnHandRow } from '../../../shared/api';
import { formatIsoDate } from '../../../shared/domain/dates';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { ApiErrorAlert, fieldErrorsOf } from '../../components/api-error';
import { quantityInput } from '../../components/number-formats';
import { FormDialog } from './form-dialog';
import { useI18n } from '../../i18n/i18n';
import { STOCK_QUERIES } from './stock-shared';

export interface BatchDialogProps {
  batch: OnHandRow;
  onClose: () => void;
}

const batchTitle = (batch: OnHandRow) =>
  `${batch.drugName} · ${batch.lot} · ${formatIsoDate(batch.expiry)}`;

/** A correction outside dispensing: signed quantity and the reason. */
export function AdjustDialog({ batch, onClose }: BatchDialogProps) {
  const { t } = useI18n();
  const adjust = useApiMutation('stock.adjust', STOCK_QUERIES);
  const form = useForm({ initialValues: { quantity: '' as number | string, reason: '' } });
  const submit = form.onSubmit(async (values) => {
    try {
      await adjust.mutateAsync({
        batchId: batch.batchId,
        quantity: Number(values.quantity || 0),
        reason: values.reason,
      });
      onClose();
    } catch (failure) {
      form.setErrors(fieldErrorsOf(failure, t));
    }
  });
  return (
    <FormDialog
      title={t('pharmacy.adjust.title', { batch: batchTitle(batch) })}
      onClose={onClose}
      onSubmit={submit}
      error={adjust.error}
      submitLabel={t('pharmacy.adjust.submit')}
      loading={adjust.isPending}
    >
      <Text size="sm">
        {t('pharmacy.adjust.onHand', { quantity: batch.quantity, unit: batch.unit })}
      </Text>
      <NumberInput
        {...quantityInput}
        allowNegative
        min={-batch.quantity}
        label={t('pharmacy.adjust.quantity')}
        description={t('pharmacy.adjust.hint')}
        required
        data-autofocus
        {...form.getInputProps('quantity')}
      />
      <TextInput label={t('pharmacy.reason')} required {...form.getInputProps('reason')} />
    </FormDialog>
  );
}

/** The level under which the drug shows as low in stock. */
export function MinimumDialog({ batch, onClose }: BatchDialogProps) {
  const { t } = useI18n();
  const save = useApiMutation('stock.setMinimum', STOCK_QUERIES);
  const form = useForm({ initialValues: { minimum: (batch.minimum ?? '') as number | string } });
  const submit = form.onSubmit(async ({ minimum }) => {
    try {
      await save.mutateAsync({
        drugId: batch.drugId,
        minimum: minimum === '' ? null : Number(minimum),
      });
      onClose();
    } catch (failure) {
      form.setErrors(fieldErrorsOf(failure, t));
    }
  });
  return (
    <FormDialog
      title={t('pharmacy.minimum.title', { drug: batch.drugName })}
      onClose={onClose}
      onSubmit={submit}
      error={save.error}
      submitLabel={t('common.save')}
      loading={save.isPending}
    >
      <NumberInput
        {...quantityInput}
        label={t('pharmacy.minimum.label', { unit: batch.unit })}
        description={t('pharmacy.minimum.hint')}
        data-autofocus
        {...form.getInputProps('minimum')}
      />
    </FormDialog>
  );
}

/** Who holds drugs from this batch: the call list for a recall. */
export function RecipientsDialog({ batch, onClose }: BatchDialogProps) {
  const { t } = useI18n();
  const recipients = useApiQuery('stock.batchRecipients', { batchId: batch.batchId });
  const rows = recipients.data ?? [];
  return (
    <Modal
      opened
      onClose={onClose}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
      title={t('pharmacy.recipients.title', { batch: batchTitle(batch) })}
    >
      <ApiErrorAlert error={recipients.error} />
      {recipients.isSuccess && rows.length === 0 ? (
        <Text c="dimmed">{t('pharmacy.recipients.none')}</Text>
      ) : (
        <Table aria-label={t('pharmacy.recipients.table')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('pharmacy.recipients.date')}</Table.Th>
              <Table.Th>{t('pharmacy.recipients.patient')}</Table.Th>
              <Table.Th>{t('pharmacy.recipients.phone')}</Table.Th>
              <Table.Th ta="right">{t('pharmacy.col.quantity')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r) => (
              <Table.Tr key={r.prescriptionId}>
                <Table.Td>{formatIsoDate(r.visitDate)}</Table.Td>
                <Table.Td>
                  {r.patient.fullName}
                  <Text size="xs" c="dimmed">
                    {r.patient.code} · {r.prescriptionCode}
                  </Text>
                </Table.Td>
                <Table.Td>{r.patient.phone ?? '—'}</Table.Td>
                <Table.Td ta="right">{r.quantity}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Modal>
  );
}
