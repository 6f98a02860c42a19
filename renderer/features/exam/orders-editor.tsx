import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { OrderView } from '../../../shared/api';
import { formatVnd } from '../../../shared/domain/money';
import { formatUnitPrice, lineAmount } from '../../../shared/domain/unit-price';
import { useApiMutation } from '../../api/hooks';
import { ApiErrorAlert } from '../../components/api-error';
import { useI18n } from '../../i18n/i18n';
import { SearchPicker } from './search-picker';

export interface OrdersEditorProps {
  visitId: number;
  orders: OrderView[];
  /** The doctor orders and cancels. */
  canOrder: boolean;
  /** Doctors and nurses write results. */
  canWriteResults: boolean;
}

function OrderRow({
  order,
  canOrder,
  canWriteResults,
}: {
  order: OrderView;
  canOrder: boolean;
  canWriteResults: boolean;
}) {
  const { t } = useI18n();
  const [result, setResult] = useState(order.result ?? '');
  // One value per index the service measures (XML4), as last saved.
  const saved = order.resultIndices.map(
    (index) =>
      order.resultValues.find((v) => v.code === index.code && v.name === index.name)?.value ?? '',
  );
  const [values, setValues] = useState(saved);
  const write = useApiMutation('visits.setOrderResult', ['visits.get']);
  const cancel = useApiMutation('visits.cancelOrder', ['visits.get']);
  const cancelled = order.cancelledAt !== null;
  const measured = order.resultIndices.length > 0;
  const saveResult = () => {
    const changedValues = values.some((v, i) => v.trim() !== saved[i]);
    if (result.trim() === (order.result ?? '') && !changedValues) return;
    write.mutate({ orderId: order.orderId, result, ...(measured && { values }) });
  };
  const hasResult = order.result !== null || order.resultValues.length > 0;
  return (
    <Stack gap={2}>
      <Group gap="xs" wrap="nowrap">
        <Text size="sm" fw={600} w={56} td={cancelled ? 'line-through' : undefined}>
          {order.code}
        </Text>
        <Text size="sm" style={{ flex: 1 }} td={cancelled ? 'line-through' : undefined}>
          {order.name}
          {order.quantity > 1 && ` × ${order.quantity}`}
        </Text>
        <Text size="sm" c="dimmed" w={90} ta="right">
          {formatVnd(lineAmount(order.quantity, order.unitPrice))}
        </Text>
        {cancelled ? (
          <Text size="sm" c="red.8" w={260}>
            {t('exam.orders.cancelled')}
          </Text>
        ) : (
          <TextInput
            size="xs"
            w={200}
            placeholder={
              canWriteResults
                ? t(measured ? 'exam.orders.conclusion' : 'exam.orders.result')
                : undefined
            }
            aria-label={t('exam.orders.resultOf', { name: order.name })}
            value={result}
            readOnly={!canWriteResults}
            onChange={(event) => setResult(event.currentTarget.value)}
            onBlur={saveResult}
            onKeyDown={(event) => event.key === 'Enter' && saveResult()}
          />
        )}
        {canOrder && !cancelled && (
          <Button
            size="xs"
            variant="subtle"
            color="red"
            miw={52}
            px={8}
            disabled={hasResult}
            aria-label={t('exam.orders.cancelLabel', { name: order.name })}
            onClick={() => cancel.mutate({ orderId: order.orderId })}
          >
            {t('exam.orders.cancel')}
          </Button>
        )}
      </Group>
      {measured && !cancelled && (
        <Group gap="xs" pl={64}>
          {order.resultIndices.map((index, i) => (
            <TextInput
              key={`${index.code}|${index.name}`}
              size="xs"
              w={170}
              label={index.unit ? `${index.name} (${index.unit})` : index.name}
              value={values[i] ?? ''}
              readOnly={!canWriteResults}
              onChange={(event) => {
                const typed = event.currentTarget.value;
                setValues((current) => current.map((v, j) => (j === i ? typed : v)));
              }}
              onBlur={saveResult}
              onKeyDown={(event) => event.key === 'Enter' && saveResult()}
            />
          ))}
        </Group>
      )}
      <ApiErrorAlert error={write.error ?? cancel.error} />
    </Stack>
  );
}

/** Services ordered in the visit with their simple results; the search adds one per Enter. */
export function OrdersEditor({ visitId, orders, canOrder, canWriteResults }: OrdersEditorProps) {
  const { t } = useI18n();
  const order = useApiMutation('visits.orderServices', ['visits.get']);
  return (
    <Stack gap="xs">
      {orders.length === 0 && (
        <Text c="dimmed" size="sm">
          {t('exam.orders.none')}
        </Text>
      )}
      {orders.map((o) => (
        <OrderRow key={o.orderId} order={o} canOrder={canOrder} canWriteResults={canWriteResults} />
      ))}
      {canOrder && (
        <SearchPicker
          label={t('exam.orders.search')}
          procedure="catalog.services.search"
          input={(q) => ({ q, limit: 15 })}
          searchEmpty
          keyOf={(s) => String(s.id)}
          onPick={(s) => order.mutate({ visitId, services: [{ serviceId: s.id }] })}
          renderOption={(s) => (
            <Group gap="xs" wrap="nowrap">
              <Text fw={600} size="sm" w={56}>
                {s.code}
              </Text>
              <Text size="sm" style={{ flex: 1 }}>
                {s.name}
              </Text>
              <Text size="xs" c="dimmed">
                {formatUnitPrice(s.price)}
              </Text>
            </Group>
          )}
        />
      )}
      <ApiErrorAlert error={order.error} />
    </Stack>
  );
}
