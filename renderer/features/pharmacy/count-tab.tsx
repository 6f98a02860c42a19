import { Button, Group, NumberInput, Paper, Stack, Table, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { StockCountView } from '../../../shared/api';
import { formatIsoDate, formatLocalDateTime } from '../../../shared/domain/dates';
import { formatVnd } from '../../../shared/domain/money';
import { callFile } from '../../api/client';
import type { DownloadedFile } from '../../api/files';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { ApiErrorAlert, fieldErrorsOf } from '../../components/api-error';
import { quantityInput } from '../../components/number-formats';
import { PdfPreview } from '../../components/pdf-preview';
import { useI18n } from '../../i18n/i18n';
import { FormDialog } from './form-dialog';
import { STOCK_QUERIES } from './stock-shared';

function StartCount() {
  const { t } = useI18n();
  const start = useApiMutation('stock.count.start', STOCK_QUERIES);
  const [note, setNote] = useState('');
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        start.mutate({ note });
      }}
    >
      <Stack gap="sm" maw={520}>
        <Text>{t('pharmacy.count.intro')}</Text>
        <TextInput
          label={t('pharmacy.count.note')}
          value={note}
          onChange={(event) => setNote(event.currentTarget.value)}
          autoFocus
        />
        <ApiErrorAlert error={start.error} />
        <Group>
          <Button type="submit" loading={start.isPending}>
            {t('pharmacy.count.start')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function ConfirmDialog({ count, onClose }: { count: StockCountView; onClose: () => void }) {
  const { t } = useI18n();
  const confirm = useApiMutation('stock.count.confirm', STOCK_QUERIES);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>();
  return (
    <FormDialog
      title={t('pharmacy.count.confirmTitle', { id: count.id })}
      onClose={onClose}
      onSubmit={(event) => {
        event?.preventDefault();
        confirm.mutate(
          { countId: count.id, reason },
          {
            onSuccess: onClose,
            onError: (failure) => setError(fieldErrorsOf(failure, t).reason),
          },
        );
      }}
      error={confirm.error}
      submitLabel={t('pharmacy.count.confirm')}
      loading={confirm.isPending}
    >
      <Text size="sm">
        {t('pharmacy.count.confirmText', {
          counted: count.countedLines,
          differences: count.differences,
        })}
      </Text>
      <TextInput
        label={t('pharmacy.reason')}
        required
        data-autofocus
        value={reason}
        error={error}
        onChange={(event) => setReason(event.currentTarget.value)}
      />
    </FormDialog>
  );
}

/** Kiểm kê: enter what is on the shelves, see the differences, confirm them as adjustments. */
export function CountTab() {
  const { t } = useI18n();
  const open = useApiQuery('stock.count.get', {});
  const save = useApiMutation('stock.count', STOCK_QUERIES);
  const cancel = useApiMutation('stock.count.cancel', STOCK_QUERIES);
  const [typed, setTyped] = useState<Record<number, number | string>>({});
  const [confirming, setConfirming] = useState(false);
  const [sheet, setSheet] = useState<DownloadedFile | null>(null);

  if (open.data === undefined) return <ApiErrorAlert error={open.error} />;
  if (open.data === null) return <StartCount />;
  const count = open.data;
  const valueOf = (batchId: number, counted: number | null) => typed[batchId] ?? counted ?? '';
  const focusNext = (index: number) =>
    document.querySelector<HTMLInputElement>(`[data-count-line="${index + 1}"]`)?.focus();

  const saveCounts = async () => {
    const lines = Object.entries(typed).map(([batchId, value]) => ({
      batchId: Number(batchId),
      counted: value === '' ? null : Number(value),
    }));
    if (lines.length > 0) await save.mutateAsync({ countId: count.id, lines });
    setTyped({});
  };

  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Text>
          {t('pharmacy.count.header', {
            id: count.id,
            at: formatLocalDateTime(count.startedAt),
            by: count.startedBy,
          })}
          {count.note && ` · ${count.note}`}
        </Text>
        <Text size="sm" c="dimmed">
          {t('pharmacy.count.progress', {
            counted: count.countedLines,
            lines: count.lines.length,
            differences: count.differences,
          })}
        </Text>
      </Group>
      <Paper withBorder>
        <Table.ScrollContainer minWidth={820}>
          <Table aria-label={t('pharmacy.count.table')} verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('pharmacy.col.drug')}</Table.Th>
                <Table.Th>{t('pharmacy.col.lot')}</Table.Th>
                <Table.Th>{t('pharmacy.col.expiry')}</Table.Th>
                <Table.Th ta="right">{t('pharmacy.count.book')}</Table.Th>
                <Table.Th w={130}>{t('pharmacy.count.counted')}</Table.Th>
                <Table.Th ta="right">{t('pharmacy.count.difference')}</Table.Th>
                <Table.Th ta="right">{t('pharmacy.col.amount')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {count.lines.map((line, index) => (
                <Table.Tr key={line.batchId}>
                  <Table.Td>
                    {line.drugName}
                    <Text size="xs" c="dimmed">
                      {line.drugCode} · {line.unit}
                    </Text>
                  </Table.Td>
                  <Table.Td>{line.lot}</Table.Td>
                  <Table.Td>{formatIsoDate(line.expiry)}</Table.Td>
                  <Table.Td ta="right">{line.expected}</Table.Td>
                  <Table.Td>
                    <NumberInput
                      {...quantityInput}
                      aria-label={t('pharmacy.count.countedFor', {
                        drug: line.drugName,
                        lot: line.lot,
                      })}
                      data-count-line={index}
                      autoFocus={index === 0}
                      value={valueOf(line.batchId, line.counted)}
                      onChange={(value) => setTyped((all) => ({ ...all, [line.batchId]: value }))}
                      onKeyDown={(event) => {
                        if (event.key !== 'Enter') return;
                        event.preventDefault();
                        focusNext(index);
                      }}
                    />
                  </Table.Td>
                  <Table.Td
                    ta="right"
                    c={line.difference ? 'red.8' : undefined}
                    fw={line.difference ? 700 : undefined}
                  >
                    {line.difference ?? ''}
                  </Table.Td>
                  <Table.Td ta="right">
                    {line.differenceValue ? formatVnd(line.differenceValue) : ''}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Paper>
      <ApiErrorAlert error={save.error ?? cancel.error} />
      <Group justify="space-between">
        <Group>
          <Button
            variant="default"
            onClick={() => void callFile('stock.count.sheet', { countId: count.id }).then(setSheet)}
          >
            {t('pharmacy.count.print')}
          </Button>
          <Button variant="subtle" color="red" onClick={() => cancel.mutate({ countId: count.id })}>
            {t('pharmacy.count.cancel')}
          </Button>
        </Group>
        <Group>
          <Button variant="default" onClick={() => void saveCounts()} loading={save.isPending}>
            {t('pharmacy.count.save')}
          </Button>
          <Button
            disabled={count.countedLines === 0 || Object.keys(typed).length > 0}
            onClick={() => setConfirming(true)}
          >
            {t('pharmacy.count.confirm')}
          </Button>
        </Group>
      </Group>
      {confirming && <ConfirmDialog count={count} onClose={() => setConfirming(false)} />}
      <PdfPreview
        file={sheet}
        title={t('pharmacy.count.sheetTitle')}
        onClose={() => setSheet(null)}
      />
    </Stack>
  );
}
