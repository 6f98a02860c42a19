import { Badge, Button, Divider, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { FileResult, InvoiceView, PaymentResult, PaymentView } from '../../../shared/api';
import { formatBhytCode } from '../../../shared/domain/bhyt';
import { formatIsoDate } from '../../../shared/domain/dates';
import { formatVnd } from '../../../shared/domain/money';
import { call } from '../../api/client';
import { useApiQuery } from '../../api/hooks';
import { PageLoader } from '../../app/app';
import { ApiErrorAlert, asApiError } from '../../components/api-error';
import { useNotify } from '../../components/notify';
import { PdfPreview } from '../../components/pdf-preview';
import { useI18n } from '../../i18n/i18n';
import { InvoiceLines, InvoiceSummary } from './invoice-lines';
import { PaymentForm } from './payment-form';
import { PaymentsList, receiptLabel } from './payments-list';
import { ReceiptPreview } from './receipt-preview';
import { RefundPanel } from './refund-panel';

export interface InvoicePanelProps {
  visitId: number;
  /** Admins and cashier supervisors may void and refund. */
  mayVoid: boolean;
}

/** Covered in teal, a fee visit plain, a card that does not cover the visit in red. */
const REASON_COLORS: Record<InvoiceView['coverage']['status'], string | undefined> = {
  covered: 'teal.9',
  fee: undefined,
  noCard: 'red.9',
  cardInvalid: 'red.9',
  cardNotYetValid: 'red.9',
  cardExpired: 'red.9',
};

function Heading({ invoice }: { invoice: InvoiceView }) {
  const { t } = useI18n();
  const { patient, visit, card, coverage } = invoice;
  return (
    <Stack gap={4}>
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={2} size="h3">
            {t('cashier.invoiceOf', { name: patient.fullName })}
          </Title>
          <Text size="sm" c="dimmed">
            {[
              patient.code,
              String(patient.birthYear),
              t(`patients.sex.${patient.sex}`),
              formatIsoDate(visit.visitDate),
              `STT ${visit.queueNumber}`,
            ].join(' · ')}
          </Text>
        </div>
        <Group gap={6}>
          <Badge variant="light" color={visit.kind === 'bhyt' ? 'teal' : 'gray'}>
            {t(`visits.kind.${visit.kind}`)}
          </Badge>
          {invoice.settled && (
            <Badge variant="light" color="green">
              {t('cashier.settled')}
            </Badge>
          )}
        </Group>
      </Group>
      {card && (
        <Text size="sm">
          {formatBhytCode(card.code)} · {formatIsoDate(card.validFrom)} –{' '}
          {formatIsoDate(card.validTo)} · {card.registeredFacility}
        </Text>
      )}
      {coverage.reasons.map((reason) => (
        <Text key={reason.key} size="sm" c={REASON_COLORS[coverage.status]}>
          {t(reason.key, reason.params)}
        </Text>
      ))}
    </Stack>
  );
}

/** One visit's bill: lines with both shares, totals, the payment form and the receipts. */
export function InvoicePanel({ visitId, mayVoid }: InvoicePanelProps) {
  const { t, errorText } = useI18n();
  const notify = useNotify();
  const invoice = useApiQuery(
    'billing.invoice',
    { visitId },
    { staleTime: Infinity, refetchOnWindowFocus: false, retry: false },
  );
  const [receipt, setReceipt] = useState<PaymentView | null>(null);
  const [statement, setStatement] = useState<FileResult | null>(null);
  if (invoice.error) return <ApiErrorAlert error={invoice.error} />;
  if (!invoice.data) return <PageLoader />;
  const data = invoice.data;

  const paid = (result: PaymentResult) => {
    if (result.receipt) {
      notify(
        'teal',
        t('cashier.paidNotice', {
          amount: formatVnd(result.receipt.amount),
          receipt: receiptLabel(result.receipt, t),
        }),
      );
      setReceipt(result.receipt);
    } else notify('teal', t('cashier.settledNotice'));
  };
  const showStatement = async () => {
    try {
      setStatement(await call('billing.costStatement', { invoiceId: data.invoiceId }));
    } catch (failure) {
      const error = asApiError(failure);
      notify('red', error ? errorText(error) : t('error.INTERNAL'));
    }
  };

  return (
    <Paper withBorder p="md">
      <Stack gap="md">
        <Heading invoice={data} />
        {data.lines.length > 0 ? (
          <InvoiceLines invoice={data} />
        ) : (
          <Text c="dimmed">{t('cashier.noItems')}</Text>
        )}
        <InvoiceSummary invoice={data} />
        {data.refundDue > 0 && (
          <RefundPanel invoice={data} mayRefund={mayVoid} onRefunded={setReceipt} />
        )}
        {!data.settled && data.refundDue === 0 && (
          <PaymentForm key={`${data.invoiceId}-${data.due}`} invoice={data} onPaid={paid} />
        )}
        <Divider />
        <Group justify="space-between">
          <Title order={3} size="h5">
            {t('cashier.receipts')}
          </Title>
          <Button variant="default" size="xs" onClick={() => void showStatement()}>
            {t('cashier.costStatement')}
          </Button>
        </Group>
        <PaymentsList payments={data.payments} mayVoid={mayVoid} onShowReceipt={setReceipt} />
      </Stack>
      <ReceiptPreview
        paymentId={receipt?.id ?? null}
        label={
          !receipt
            ? ''
            : receipt.kind === 'refund'
              ? receiptLabel(receipt, t)
              : t('cashier.receiptTitle', { number: receiptLabel(receipt, t) })
        }
        onClose={() => setReceipt(null)}
      />
      <PdfPreview
        file={statement}
        title={t('cashier.costStatement')}
        onClose={() => setStatement(null)}
      />
    </Paper>
  );
}
