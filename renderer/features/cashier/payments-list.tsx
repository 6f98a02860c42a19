import { Badge, Button, Group, Modal, Stack, Table, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import type { PaymentView } from '../../../shared/api';
import { formatLocalDateTime } from '../../../shared/domain/dates';
import { formatVnd } from '../../../shared/domain/money';
import { formatReceiptNumber } from '../../../shared/domain/payment';
import { useApiMutation } from '../../api/hooks';
import { useRequestId } from '../../api/request-id';
import { ApiErrorAlert, fieldErrorsOf } from '../../components/api-error';
import { useNotify } from '../../components/notify';
import { useI18n, type Translate } from '../../i18n/i18n';

export interface PaymentsListProps {
  payments: PaymentView[];
  /** Admins and cashier supervisors see the void button. */
  mayVoid: boolean;
  onShowReceipt: (payment: PaymentView) => void;
}

export function receiptLabel(payment: PaymentView, t: Translate): string {
  if (payment.receiptNumber === null) return `#${payment.id}`;
  const numbered = {
    book: payment.receiptBook ?? '',
    number: formatReceiptNumber(payment.receiptNumber),
  };
  return t(payment.kind === 'refund' ? 'cashier.refundNo' : 'cashier.receiptNo', numbered);
}

function VoidDialog({ payment, onClose }: { payment: PaymentView; onClose: () => void }) {
  const { t } = useI18n();
  const notify = useNotify();
  const reverse = useApiMutation('billing.void', [
    'billing.invoice',
    'billing.awaiting',
    'billing.currentShift',
  ]);
  const form = useForm({ initialValues: { reason: '' } });
  const request = useRequestId();
  const submit = form.onSubmit(async ({ reason }) => {
    try {
      await reverse.mutateAsync({ paymentId: payment.id, reason, requestId: request.requestId });
      request.done();
      notify('teal', t('cashier.voidDone'));
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
      title={t(payment.kind === 'refund' ? 'cashier.voidRefundTitle' : 'cashier.voidTitle', {
        number: receiptLabel(payment, t),
      })}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Text size="sm">
            {t(payment.kind === 'refund' ? 'cashier.voidRefundHint' : 'cashier.voidHint', {
              amount: formatVnd(Math.abs(payment.amount)),
            })}
          </Text>
          <TextInput
            label={t('cashier.voidReason')}
            required
            data-autofocus
            {...form.getInputProps('reason')}
          />
          <ApiErrorAlert error={reverse.error} hideWhenFieldErrors />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.close')}
            </Button>
            <Button color="red" type="submit" loading={reverse.isPending}>
              {t('cashier.void')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** The invoice's ledger: receipts and refund vouchers with their view and void buttons, and the voids. */
export function PaymentsList({ payments, mayVoid, onShowReceipt }: PaymentsListProps) {
  const { t } = useI18n();
  const [voiding, setVoiding] = useState<PaymentView | null>(null);
  if (payments.length === 0) return null;
  return (
    <>
      <Table aria-label={t('cashier.receipts')} verticalSpacing={4}>
        <Table.Tbody>
          {payments.map((p) => (
            <Table.Tr key={p.id}>
              <Table.Td>
                {p.kind === 'void'
                  ? t('cashier.voidRow', { id: p.reversesId ?? 0, reason: p.reason ?? '' })
                  : receiptLabel(p, t)}
              </Table.Td>
              <Table.Td>{formatLocalDateTime(p.at)}</Table.Td>
              <Table.Td>{t(`billing.method.${p.method}`)}</Table.Td>
              <Table.Td ta="right">{formatVnd(p.amount)}</Table.Td>
              <Table.Td>
                <Group gap={4} justify="flex-end" wrap="nowrap">
                  {p.voidedById !== null && (
                    <Badge color="red" variant="light">
                      {t('cashier.voided')}
                    </Badge>
                  )}
                  {p.kind !== 'void' && (
                    <Button size="xs" variant="subtle" onClick={() => onShowReceipt(p)}>
                      {t(p.kind === 'refund' ? 'cashier.viewVoucher' : 'cashier.viewReceipt')}
                    </Button>
                  )}
                  {mayVoid && p.kind !== 'void' && p.voidedById === null && (
                    <Button size="xs" variant="subtle" color="red" onClick={() => setVoiding(p)}>
                      {t('cashier.void')}
                    </Button>
                  )}
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {voiding && <VoidDialog payment={voiding} onClose={() => setVoiding(null)} />}
    </>
  );
}
