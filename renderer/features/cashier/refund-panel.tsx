import { Alert, Button, Group, Modal, NumberInput, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import type { InvoiceView, PaymentView } from '../../../shared/api';
import { formatVnd } from '../../../shared/domain/money';
import { useApiMutation } from '../../api/hooks';
import { useRequestId } from '../../api/request-id';
import { ApiErrorAlert, fieldErrorsOf } from '../../components/api-error';
import { useNotify } from '../../components/notify';
import { CAUTION_COLOR } from '../../app/theme';
import { useI18n } from '../../i18n/i18n';
import { moneyInput } from './money-input';

export interface RefundPanelProps {
  invoice: InvoiceView;
  /** Admins and cashier supervisors give refunds. */
  mayRefund: boolean;
  /** The phiếu chi just made, to show and print. */
  onRefunded: (voucher: PaymentView) => void;
}

function RefundDialog({
  invoice,
  onClose,
  onRefunded,
}: {
  invoice: InvoiceView;
  onClose: () => void;
  onRefunded: RefundPanelProps['onRefunded'];
}) {
  const { t } = useI18n();
  const notify = useNotify();
  const refund = useApiMutation('billing.refund', [
    'billing.invoice',
    'billing.awaiting',
    'billing.currentShift',
  ]);
  // One id per refund: confirming again after a lost reply gives the same voucher back.
  const request = useRequestId();
  const form = useForm<{ amount: number | string; reason: string }>({
    initialValues: { amount: invoice.refundDue, reason: '' },
  });
  const submit = form.onSubmit(async ({ amount, reason }) => {
    try {
      const done = await refund.mutateAsync({
        invoiceId: invoice.invoiceId,
        requestId: request.requestId,
        amount: Number(amount),
        ...(reason.trim() && { reason: reason.trim() }),
      });
      request.done();
      notify('teal', t('cashier.refundDone', { amount: formatVnd(-done.refund.amount) }));
      onRefunded(done.refund);
      onClose();
    } catch (failure) {
      form.setErrors(fieldErrorsOf(failure, t));
    }
  });
  return (
    <Modal
      opened
      onClose={onClose}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      title={t('cashier.refundTitle', { name: invoice.patient.fullName })}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Text size="sm">{t('cashier.refundHint', { due: formatVnd(invoice.refundDue) })}</Text>
          <NumberInput
            label={t('cashier.refundAmount')}
            data-autofocus
            {...moneyInput}
            {...form.getInputProps('amount')}
          />
          <TextInput
            label={t('cashier.refundReason')}
            placeholder={t('billing.refund.defaultReason')}
            {...form.getInputProps('reason')}
          />
          <ApiErrorAlert error={refund.error} hideWhenFieldErrors />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.close')}
            </Button>
            <Button type="submit" color={CAUTION_COLOR} loading={refund.isPending}>
              {t('cashier.refundConfirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/**
 * A bill priced down after it was paid (drugs brought back): what the patient gets back, and
 * for a supervisor the button that pays it out as a numbered phiếu chi.
 */
export function RefundPanel({ invoice, mayRefund, onRefunded }: RefundPanelProps) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  return (
    <Alert color="orange" variant="light" title={t('cashier.refundDueTitle')}>
      <Stack gap="xs">
        <Text size="sm">
          {t('cashier.refundDueText', {
            paid: formatVnd(invoice.paid),
            share: formatVnd(invoice.patientDue),
            due: formatVnd(invoice.refundDue),
          })}
        </Text>
        {mayRefund ? (
          <Group>
            <Button color={CAUTION_COLOR} onClick={() => setOpen(true)}>
              {t('cashier.refundButton', { amount: formatVnd(invoice.refundDue) })}
            </Button>
          </Group>
        ) : (
          <Text size="sm" fw={600}>
            {t('cashier.refundAskSupervisor')}
          </Text>
        )}
      </Stack>
      {open && (
        <RefundDialog invoice={invoice} onClose={() => setOpen(false)} onRefunded={onRefunded} />
      )}
    </Alert>
  );
}
