import {
  Alert,
  Badge,
  Button,
  Group,
  List,
  NumberInput,
  Paper,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import type { DispenseItemView, DispenseResult } from '../../../shared/api';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { useRequestId } from '../../api/request-id';
import { ApiErrorAlert, fieldErrorsOf } from '../../components/api-error';
import { quantityInput } from '../../components/number-formats';
import { call } from '../../api/client';
import { LabelPrinterHint, PrintActions } from '../../components/print-actions';
import { nameWithStrength } from '../../../shared/domain/prescription';
import { useI18n } from '../../i18n/i18n';
import { CloseOwedDialog, ReturnDialog } from './item-dialogs';
import { batchText, STOCK_QUERIES, takeFromPlan } from './stock-shared';

export interface DispensePanelProps {
  prescriptionId: number;
  /** Handed over: the counter turns to the next prescription. */
  onDispensed?: () => void;
}

/** One prescription at the counter: what is owed, what stock gives (FEFO), then hand over. */
export function DispensePanel({ prescriptionId, onDispensed }: DispensePanelProps) {
  const { t } = useI18n();
  const view = useApiQuery('stock.prescription', { prescriptionId });
  const dispense = useApiMutation('stock.dispense', [...STOCK_QUERIES, 'queue.today']);
  const [give, setGive] = useState<Record<number, number | string>>({});
  const [result, setResult] = useState<DispenseResult | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [returning, setReturning] = useState<DispenseItemView | null>(null);
  const [closing, setClosing] = useState<DispenseItemView | null>(null);
  // One id per hand-over: pressing again after a lost reply gives nothing out twice.
  const request = useRequestId();

  if (!view.data) return <ApiErrorAlert error={view.error} />;
  const p = view.data;
  const owing = p.items.some((i) => i.owed > 0);
  // Unless changed: all that is owed, as far as stock goes.
  const given = (item: DispenseItemView) =>
    give[item.itemId] ?? Math.min(item.owed, item.available);
  const quantityOf = (item: DispenseItemView) => Number(given(item) || 0);

  const submit = async () => {
    setErrors({});
    try {
      setResult(
        await dispense.mutateAsync({
          prescriptionId,
          lines: p.items
            .filter((i) => i.owed > 0)
            .map((i) => ({ itemId: i.itemId, quantity: quantityOf(i) })),
          requestId: request.requestId,
        }),
      );
      request.done();
      setGive({});
      onDispensed?.();
    } catch (failure) {
      setErrors(fieldErrorsOf(failure, t));
    }
  };
  const owedItems = p.items.filter((i) => i.owed > 0);
  const nameOf = (itemId: number) => p.items.find((i) => i.itemId === itemId)?.drugName ?? '';

  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={2} size="h3">
            {p.patient.fullName}
          </Title>
          <Text size="sm" c="dimmed">
            {[p.patient.code, p.code, t(`visits.kind.${p.visitKind}`), p.doctor].join(' · ')}
          </Text>
        </div>
        <Badge variant="light">{t(`visits.status.${p.visitStatus}`)}</Badge>
      </Group>
      <Paper withBorder>
        <Table.ScrollContainer minWidth={680}>
          <Table aria-label={t('pharmacy.dispense.items')} verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('pharmacy.col.drug')}</Table.Th>
                <Table.Th ta="right">{t('pharmacy.dispense.prescribed')}</Table.Th>
                <Table.Th ta="right">{t('pharmacy.dispense.given')}</Table.Th>
                <Table.Th ta="right">{t('pharmacy.dispense.owed')}</Table.Th>
                <Table.Th ta="right">{t('pharmacy.dispense.available')}</Table.Th>
                <Table.Th w={110}>{t('pharmacy.dispense.now')}</Table.Th>
                <Table.Th>{t('pharmacy.dispense.fromBatches')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {p.items.map((item) => {
                const takes = takeFromPlan(item.plan, quantityOf(item));
                return (
                  <Table.Tr key={item.itemId} style={{ verticalAlign: 'top' }}>
                    <Table.Td>
                      <Text fw={600} size="sm">
                        {nameWithStrength(item.drugName, item.strength)}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {item.usage}
                      </Text>
                      {item.given.length > 0 && (
                        <Text size="xs">
                          {t('pharmacy.dispense.givenFrom', {
                            batches: item.given.map((g) => batchText(g, t)).join('; '),
                          })}
                        </Text>
                      )}
                      <Group gap={4} mt={2}>
                        <PrintActions
                          document={{ kind: 'label', prescriptionId, itemId: item.itemId }}
                          pdf={() =>
                            call('prescriptions.labels', { prescriptionId, itemId: item.itemId })
                          }
                          title={t('pharmacy.dispense.printLabelFor', { drug: item.drugName })}
                          thermal={{ role: 'label', id: item.itemId }}
                          thermalLabel={t('pharmacy.dispense.printLabel')}
                          pdfLabel={t('pharmacy.dispense.labelPdf')}
                          ariaLabels={{
                            thermal: t('pharmacy.dispense.printLabelFor', { drug: item.drugName }),
                            pdf: t('pharmacy.dispense.labelPdfFor', { drug: item.drugName }),
                          }}
                          size="compact-xs"
                        />
                        {item.given.length > 0 && (
                          <Button
                            size="compact-xs"
                            variant="subtle"
                            onClick={() => setReturning(item)}
                          >
                            {t('pharmacy.return.action')}
                          </Button>
                        )}
                        {item.owed > 0 && p.visitStatus !== 'awaiting_pharmacy' && (
                          <Button
                            size="compact-xs"
                            variant="subtle"
                            color="gray"
                            onClick={() => setClosing(item)}
                          >
                            {t('pharmacy.owed.closeAction')}
                          </Button>
                        )}
                      </Group>
                    </Table.Td>
                    <Table.Td ta="right">
                      {item.prescribed} {item.unit}
                    </Table.Td>
                    <Table.Td ta="right">{item.dispensed}</Table.Td>
                    <Table.Td ta="right" fw={item.owed > 0 ? 700 : undefined}>
                      {item.owed}
                    </Table.Td>
                    <Table.Td ta="right" c={item.available < item.owed ? 'red.8' : undefined}>
                      {item.available}
                    </Table.Td>
                    <Table.Td>
                      {item.owed > 0 && (
                        <NumberInput
                          {...quantityInput}
                          max={item.owed}
                          aria-label={t('pharmacy.dispense.nowFor', { drug: item.drugName })}
                          value={given(item)}
                          onChange={(value) => setGive((g) => ({ ...g, [item.itemId]: value }))}
                          onKeyDown={(event) => {
                            if (event.key === 'Enter') void submit();
                          }}
                          autoFocus={item.itemId === owedItems[0]?.itemId}
                          error={errors[`lines.${owedItems.indexOf(item)}.quantity`]}
                        />
                      )}
                    </Table.Td>
                    <Table.Td>
                      {takes.map((take) => (
                        <Text size="sm" key={take.batchId}>
                          {batchText(take, t)}
                        </Text>
                      ))}
                      {item.owed > 0 && quantityOf(item) > item.available && (
                        <Text size="xs" c="red.8">
                          {t('pharmacy.dispense.short', {
                            quantity: quantityOf(item) - item.available,
                          })}
                        </Text>
                      )}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Paper>
      {owing && (
        <Text size="xs" c="dimmed">
          {t('pharmacy.dispense.fefoHint')}
        </Text>
      )}
      <ApiErrorAlert error={dispense.error} hideWhenFieldErrors />
      {result && (
        <Alert color="teal" variant="light" role="status" title={t('pharmacy.dispense.done')}>
          <List size="sm">
            {result.allocations.map((a) => (
              <List.Item key={`${a.itemId}-${a.batchId}`}>
                {nameOf(a.itemId)}: {batchText(a, t)}
              </List.Item>
            ))}
            {result.owed.map((o) => (
              <List.Item key={`owed-${o.itemId}`}>
                {t('pharmacy.dispense.stillOwed', { drug: nameOf(o.itemId), quantity: o.quantity })}
              </List.Item>
            ))}
          </List>
        </Alert>
      )}
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Group gap="xs">
            <PrintActions
              document={{ kind: 'label', prescriptionId }}
              pdf={() => call('prescriptions.labels', { prescriptionId })}
              title={t('pharmacy.labels.title', { code: p.code })}
              pdfLabel={t('pharmacy.labels.all')}
              hotkey="ctrl+P"
              size="xs"
            />
            <PrintActions
              document={{ kind: 'dispensingSlip', prescriptionId }}
              pdf={() => call('stock.dispensingSlip', { prescriptionId })}
              title={t('pharmacy.slip.dispenseTitle')}
              pdfLabel={t('pharmacy.slip.dispenseButton')}
              hotkey="ctrl+shift+P"
              size="xs"
            />
          </Group>
          <LabelPrinterHint />
        </Stack>
        {owing && (
          <Button onClick={() => void submit()} loading={dispense.isPending}>
            {t('pharmacy.dispense.submit')}
          </Button>
        )}
      </Group>
      {returning && <ReturnDialog item={returning} onClose={() => setReturning(null)} />}
      {closing && <CloseOwedDialog item={closing} onClose={() => setClosing(null)} />}
    </Stack>
  );
}
