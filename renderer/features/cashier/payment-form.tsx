import {
  Alert,
  Button,
  Group,
  Image,
  NumberInput,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import type { InputOf, InvoiceView, PaymentResult } from '../../../shared/api';
import { formatVnd } from '../../../shared/domain/money';
import { checkPayment, type PaymentMethod } from '../../../shared/domain/payment';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { useRequestId } from '../../api/request-id';
import { ApiErrorAlert, fieldErrorsOf } from '../../components/api-error';
import { useI18n } from '../../i18n/i18n';
import { moneyInput } from './money-input';

export interface PaymentFormProps {
  invoice: InvoiceView;
  onPaid: (result: PaymentResult) => void;
}

interface Values {
  method: PaymentMethod;
  amount: number | string;
  tendered: number | string;
}

const asNumber = (value: number | string): number | undefined =>
  typeof value === 'number' ? value : value === '' ? undefined : Number(value);

/** VietQR for the amount being taken, from the station's bank in settings. */
function TransferCode({ invoiceId, amount }: { invoiceId: number; amount: number }) {
  const { t } = useI18n();
  const qr = useApiQuery('billing.transferQr', { invoiceId, amount }, { enabled: amount > 0 });
  if (qr.error) return <ApiErrorAlert error={qr.error} />;
  if (!qr.data) return null;
  const { png, account, bankName, payee, reference } = qr.data;
  return (
    <Stack gap={4} align="center">
      <Text fw={600}>{t('cashier.qrTitle')}</Text>
      <Image
        src={`data:image/png;base64,${png}`}
        w={220}
        h={220}
        alt={t('cashier.qrAlt', { amount: formatVnd(amount), account })}
      />
      <Text size="sm">{t('cashier.qrBank', { bank: bankName, account, payee })}</Text>
      <Text size="sm" fw={600}>
        {t('cashier.qrReference', { reference })}
      </Text>
    </Stack>
  );
}

/** Takes cash (tendered → change) or a transfer (VietQR); Enter takes the payment. */
export function PaymentForm({ invoice, onPaid }: PaymentFormProps) {
  const { t } = useI18n();
  const pay = useApiMutation('billing.pay', [
    'billing.invoice',
    'billing.awaiting',
    'billing.currentShift',
  ]);
  const form = useForm<Values>({
    initialValues: { method: 'cash', amount: invoice.due, tendered: '' },
  });
  // One id per payment: pressing again after a lost reply cannot take the money twice.
  const request = useRequestId();
  const seen = {
    invoiceId: invoice.invoiceId,
    expectedTotal: invoice.total,
    requestId: request.requestId,
  };
  const take = async (input: Omit<InputOf<'billing.pay'>, keyof typeof seen>) => {
    const result = await pay.mutateAsync({ ...seen, ...input });
    request.done();
    onPaid(result);
  };
  const { method } = form.values;
  const amount = asNumber(form.values.amount) ?? 0;
  const tendered = method === 'cash' ? asNumber(form.values.tendered) : undefined;
  const check = checkPayment({
    due: invoice.due,
    method,
    amount,
    ...(tendered !== undefined && { tendered }),
  });
  const submit = form.onSubmit(async () => {
    try {
      await take({ method, amount, ...(tendered !== undefined && { tendered }) });
    } catch (failure) {
      form.setErrors(fieldErrorsOf(failure, t));
    }
  });

  if (invoice.due === 0) {
    return (
      <Group>
        <Button
          autoFocus
          loading={pay.isPending}
          onClick={() => void take({ method: 'cash', amount: 0 }).catch(() => undefined)}
        >
          {t('cashier.settleZero')}
        </Button>
        <ApiErrorAlert error={pay.error} />
      </Group>
    );
  }
  return (
    <form onSubmit={submit} noValidate aria-label={t('cashier.method')}>
      <Stack gap="sm">
        <SegmentedControl
          aria-label={t('cashier.method')}
          data={[
            { value: 'cash', label: t('billing.method.cash') },
            { value: 'transfer', label: t('billing.method.transfer') },
          ]}
          {...form.getInputProps('method')}
        />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <NumberInput
            label={t('cashier.amount')}
            {...moneyInput}
            {...form.getInputProps('amount')}
          />
          {method === 'cash' && (
            <NumberInput
              label={t('cashier.tendered')}
              autoFocus
              data-autofocus
              {...moneyInput}
              {...form.getInputProps('tendered')}
            />
          )}
          {method === 'cash' && (
            <div>
              <Text size="sm" fw={500}>
                {t('cashier.change')}
              </Text>
              <Text size="xl" fw={700} aria-live="polite">
                {check.ok ? formatVnd(check.change) : '—'}
              </Text>
            </div>
          )}
        </SimpleGrid>
        {!check.ok && form.isDirty() && (
          <Alert color="orange" variant="light">
            {t(check.problem.key, check.problem.params)}
          </Alert>
        )}
        {method === 'transfer' && check.ok && (
          <TransferCode invoiceId={invoice.invoiceId} amount={amount} />
        )}
        <ApiErrorAlert error={pay.error} hideWhenFieldErrors />
        <Group>
          <Button type="submit" loading={pay.isPending} disabled={!check.ok}>
            {method === 'cash' ? t('cashier.takeCash') : t('cashier.confirmTransfer')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
