import { SimpleGrid, Table, Text, Tooltip } from '@mantine/core';
import type { InvoiceView } from '../../../shared/api';
import { formatVnd } from '../../../shared/domain/money';
import { groupUnitPrice } from '../../../shared/domain/unit-price';
import { useI18n } from '../../i18n/i18n';

export interface InvoiceLinesProps {
  invoice: InvoiceView;
}

const money = (n: number): string => formatVnd(n).replace(' đ', '');

/** Every billed item with what insurance pays and what the patient pays, and the totals. */
export function InvoiceLines({ invoice }: InvoiceLinesProps) {
  const { t } = useI18n();
  const right = { ta: 'right' } as const;
  return (
    <Table striped withTableBorder fz="sm" aria-label={t('cashier.linesLabel')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('cashier.col.item')}</Table.Th>
          <Table.Th {...right}>{t('cashier.col.quantity')}</Table.Th>
          <Table.Th {...right}>{t('cashier.col.unitPrice')}</Table.Th>
          <Table.Th {...right}>{t('cashier.col.amount')}</Table.Th>
          <Table.Th {...right}>{t('cashier.col.insurance')}</Table.Th>
          <Table.Th {...right}>{t('cashier.col.coPay')}</Table.Th>
          <Table.Th {...right}>{t('cashier.col.selfPay')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {invoice.lines.map((line) => (
          <Table.Tr key={`${line.kind}-${line.refId}`}>
            <Table.Td>
              <Text size="sm">{line.name}</Text>
              {line.notes.map((note) => (
                <Text key={note.key} size="xs" c="dimmed">
                  {t(note.key, note.params)}
                </Text>
              ))}
            </Table.Td>
            <Table.Td {...right}>
              <Tooltip label={line.unit}>
                <span>{line.quantity}</span>
              </Tooltip>
            </Table.Td>
            <Table.Td {...right}>{groupUnitPrice(line.unitPrice)}</Table.Td>
            <Table.Td {...right}>{money(line.amount)}</Table.Td>
            <Table.Td {...right}>{money(line.insurancePays)}</Table.Td>
            <Table.Td {...right}>{money(line.coPay)}</Table.Td>
            <Table.Td {...right}>{money(line.patientPays)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
      <Table.Tfoot>
        <Table.Tr fw={700}>
          <Table.Td colSpan={3}>{t('cashier.total')}</Table.Td>
          <Table.Td {...right}>{money(invoice.total)}</Table.Td>
          <Table.Td {...right}>{money(invoice.insurancePays)}</Table.Td>
          <Table.Td {...right}>{money(invoice.coPay)}</Table.Td>
          <Table.Td {...right}>{money(invoice.patientPays)}</Table.Td>
        </Table.Tr>
      </Table.Tfoot>
    </Table>
  );
}

/** The figures the cashier says out loud: total, insurance, the patient's share, paid, owed. */
export function InvoiceSummary({ invoice }: InvoiceLinesProps) {
  const { t } = useI18n();
  const refund = invoice.refundDue > 0;
  const figures: Array<[string, number, boolean]> = [
    [t('cashier.total'), invoice.total, false],
    [t('cashier.insurancePays'), invoice.insurancePays, false],
    [t('cashier.patientShare'), invoice.patientDue, true],
    [t('cashier.paid'), invoice.paid, false],
    // Owed by the patient, or owed back to them after a return: never both.
    refund
      ? [t('cashier.refundDue'), invoice.refundDue, true]
      : [t('cashier.due'), invoice.due, true],
  ];
  return (
    <SimpleGrid cols={{ base: 2, sm: 5 }} spacing="xs">
      {figures.map(([label, value, strong], index) => (
        <div key={label}>
          <Text size="xs" c="dimmed">
            {label}
          </Text>
          <Text
            fw={strong ? 700 : 500}
            size={strong ? 'xl' : 'lg'}
            c={refund && index === figures.length - 1 ? 'orange.9' : undefined}
          >
            {formatVnd(value)}
          </Text>
        </div>
      ))}
    </SimpleGrid>
  );
}
