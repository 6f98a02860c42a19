import {
  Badge,
  Button,
  Checkbox,
  Group,
  Paper,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import type { OnHandRow } from '../../../shared/api';
import { formatIsoDate } from '../../../shared/domain/dates';
import { formatVnd } from '../../../shared/domain/money';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { ApiErrorAlert } from '../../components/api-error';
import { useI18n } from '../../i18n/i18n';
import { FormDialog } from './form-dialog';
import { STOCK_QUERIES } from './stock-shared';

interface WriteOffProps {
  batches: OnHandRow[];
  onClose: () => void;
}

function WriteOffDialog({ batches, onClose }: WriteOffProps) {
  const { t } = useI18n();
  const writeOff = useApiMutation('stock.writeOffExpired', STOCK_QUERIES);
  const [reason, setReason] = useState('');
  const submit = async () => {
    await writeOff.mutateAsync({ batchIds: batches.map((b) => b.batchId), reason });
    onClose();
  };
  return (
    <FormDialog
      title={t('pharmacy.writeOff.title', { count: batches.length })}
      onClose={onClose}
      onSubmit={(event) => {
        event?.preventDefault();
        void submit().catch(() => undefined);
      }}
      error={writeOff.error}
      submitLabel={t('pharmacy.writeOff.submit')}
      submitColor="red"
      loading={writeOff.isPending}
    >
      <Text size="sm">
        {batches.map((b) => `${b.drugName} · ${b.lot}: ${b.quantity} ${b.unit}`).join('; ')}
      </Text>
      <TextInput
        label={t('pharmacy.reason')}
        placeholder={t('pharmacy.writeOff.defaultReason')}
        value={reason}
        onChange={(event) => setReason(event.currentTarget.value)}
        data-autofocus
      />
    </FormDialog>
  );
}

/** Cảnh báo: batches expired or expiring within the window, and drugs below their minimum. */
export function AlertsTab() {
  const { t } = useI18n();
  const alerts = useApiQuery('stock.alerts', {});
  const [picked, setPicked] = useState<Set<number>>(new Set());
  const [writingOff, setWritingOff] = useState<OnHandRow[] | null>(null);
  const expiring = alerts.data?.expiring ?? [];
  const low = alerts.data?.low ?? [];
  const chosen = expiring.filter((b) => b.expired && picked.has(b.batchId));
  const toggle = (batchId: number) =>
    setPicked((set) => {
      const next = new Set(set);
      if (!next.delete(batchId)) next.add(batchId);
      return next;
    });

  return (
    <Stack gap="lg">
      <ApiErrorAlert error={alerts.error} />
      <section>
        <Group justify="space-between" mb="xs">
          <Title order={2} size="h4">
            {t('pharmacy.alerts.expiring', { days: alerts.data?.expiryWindowDays ?? '…' })}
          </Title>
          <Button
            color="red"
            variant="light"
            disabled={chosen.length === 0}
            onClick={() => setWritingOff(chosen)}
          >
            {t('pharmacy.writeOff.action', { count: chosen.length })}
          </Button>
        </Group>
        <Paper withBorder>
          <Table aria-label={t('pharmacy.alerts.expiringTable')} verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={40}>
                  <span className="visually-hidden">{t('pharmacy.writeOff.pick')}</span>
                </Table.Th>
                <Table.Th>{t('pharmacy.col.drug')}</Table.Th>
                <Table.Th>{t('pharmacy.col.lot')}</Table.Th>
                <Table.Th>{t('pharmacy.col.expiry')}</Table.Th>
                <Table.Th ta="right">{t('pharmacy.col.quantity')}</Table.Th>
                <Table.Th ta="right">{t('pharmacy.col.amount')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {expiring.map((b) => (
                <Table.Tr key={b.batchId}>
                  <Table.Td>
                    {b.expired && (
                      <Checkbox
                        aria-label={t('pharmacy.writeOff.pickBatch', {
                          batch: `${b.drugName} ${b.lot}`,
                        })}
                        checked={picked.has(b.batchId)}
                        onChange={() => toggle(b.batchId)}
                      />
                    )}
                  </Table.Td>
                  <Table.Td>
                    {b.drugName}
                    <Text size="xs" c="dimmed">
                      {b.drugCode} · {b.strength}
                    </Text>
                  </Table.Td>
                  <Table.Td>{b.lot}</Table.Td>
                  <Table.Td>
                    {formatIsoDate(b.expiry)}{' '}
                    <Badge size="xs" variant="outline" color={b.expired ? 'red' : 'orange'}>
                      {b.expired ? t('pharmacy.expired') : t('pharmacy.expiringSoon')}
                    </Badge>
                  </Table.Td>
                  <Table.Td ta="right">
                    {b.quantity} {b.unit}
                  </Table.Td>
                  <Table.Td ta="right">{formatVnd(b.value)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {alerts.isSuccess && expiring.length === 0 && (
            <Text c="dimmed" p="md">
              {t('pharmacy.alerts.noExpiring')}
            </Text>
          )}
        </Paper>
      </section>
      <section>
        <Title order={2} size="h4" mb="xs">
          {t('pharmacy.alerts.lowTitle')}
        </Title>
        <Paper withBorder>
          <Table aria-label={t('pharmacy.alerts.lowTitle')} verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('pharmacy.col.drug')}</Table.Th>
                <Table.Th ta="right">{t('pharmacy.alerts.onHand')}</Table.Th>
                <Table.Th ta="right">{t('pharmacy.alerts.minimum')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {low.map((d) => (
                <Table.Tr key={d.drugId}>
                  <Table.Td>
                    {d.drugName}
                    <Text size="xs" c="dimmed">
                      {d.drugCode}
                    </Text>
                  </Table.Td>
                  <Table.Td ta="right" c="red.8" fw={600}>
                    {d.onHand} {d.unit}
                  </Table.Td>
                  <Table.Td ta="right">{d.minimum}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {alerts.isSuccess && low.length === 0 && (
            <Text c="dimmed" p="md">
              {t('pharmacy.alerts.noLow')}
            </Text>
          )}
        </Paper>
      </section>
      {writingOff && (
        <WriteOffDialog
          batches={writingOff}
          onClose={() => {
            setWritingOff(null);
            setPicked(new Set());
          }}
        />
      )}
    </Stack>
  );
}
