import {
  Button,
  Group,
  Modal,
  NumberInput,
  Paper,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import type { FileResult, ShiftView } from '../../../shared/api';
import { formatLocalDateTime } from '../../../shared/domain/dates';
import { formatVnd } from '../../../shared/domain/money';
import { call } from '../../api/client';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { ApiErrorAlert, fieldErrorsOf } from '../../components/api-error';
import { PdfPreview } from '../../components/pdf-preview';
import { usePageKeys } from '../../app/page-keys';
import { useI18n } from '../../i18n/i18n';

function CloseShiftDialog({
  shift,
  onClose,
  onClosed,
}: {
  shift: ShiftView;
  onClose: () => void;
  onClosed: (shift: ShiftView) => void;
}) {
  const { t } = useI18n();
  const close = useApiMutation('billing.closeShift', ['billing.currentShift', 'billing.shifts']);
  const form = useForm<{ countedCash: number | string; note: string }>({
    initialValues: { countedCash: '', note: '' },
  });
  const submit = form.onSubmit(async ({ countedCash, note }) => {
    try {
      onClosed(
        await close.mutateAsync({
          shiftId: shift.shiftId,
          ...(countedCash !== '' && { countedCash: Number(countedCash) }),
          ...(note.trim() && { note: note.trim() }),
        }),
      );
    } catch (failure) {
      form.setErrors(fieldErrorsOf(failure, t));
    }
  });
  return (
    <Modal
      opened
      onClose={onClose}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      title={t('cashier.closeTitle', { id: shift.shiftId })}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Text size="sm">{t('cashier.closeHint')}</Text>
          <Text>
            {t('cashier.expectedCash')}: <b>{formatVnd(shift.netCash)}</b>
          </Text>
          <NumberInput
            label={t('cashier.countedCash')}
            data-autofocus
            thousandSeparator="."
            decimalSeparator=","
            allowDecimal={false}
            allowNegative={false}
            suffix=" đ"
            hideControls
            {...form.getInputProps('countedCash')}
          />
          <TextInput label={t('cashier.closeNote')} {...form.getInputProps('note')} />
          <ApiErrorAlert error={close.error} hideWhenFieldErrors />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.close')}
            </Button>
            <Button type="submit" loading={close.isPending}>
              {t('cashier.closeConfirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** The running totals of the open shift, and closing it (F9) with its report. */
export function ShiftPanel() {
  const { t } = useI18n();
  const current = useApiQuery('billing.currentShift', {});
  const [closing, setClosing] = useState(false);
  const [report, setReport] = useState<{ id: number; file: FileResult } | null>(null);
  const shift = current.data ?? null;
  usePageKeys([
    {
      hotkey: 'F9',
      label: t('cashier.closeShiftKey'),
      run: () => setClosing(true),
      enabled: shift !== null,
    },
  ]);
  const closed = async (view: ShiftView) => {
    setClosing(false);
    setReport({
      id: view.shiftId,
      file: await call('billing.shiftReport', { shiftId: view.shiftId }),
    });
  };
  return (
    <Paper withBorder p="sm">
      <Title order={2} size="h5" mb="xs">
        {t('cashier.shift')}
      </Title>
      <ApiErrorAlert error={current.error} />
      {shift ? (
        <Stack gap="xs">
          <Text size="sm" c="dimmed">
            {t('cashier.shiftSince', {
              id: shift.shiftId,
              at: formatLocalDateTime(shift.openedAt),
            })}
          </Text>
          <Table verticalSpacing={2} fz="sm">
            <Table.Tbody>
              {shift.totals.map((total) => (
                <Table.Tr key={`${total.cashierId}-${total.method}`}>
                  <Table.Td>
                    {t('cashier.byCashier', {
                      name: total.cashierName,
                      method: t(`billing.method.${total.method}`),
                    })}
                  </Table.Td>
                  <Table.Td ta="right">{formatVnd(total.net)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Group justify="space-between">
            <Text size="sm">{t('cashier.shiftCash')}</Text>
            <Text fw={700}>{formatVnd(shift.netCash)}</Text>
          </Group>
          <Group justify="space-between">
            <Text size="sm">{t('cashier.shiftTransfer')}</Text>
            <Text fw={700}>{formatVnd(shift.netTransfer)}</Text>
          </Group>
          <Button variant="light" onClick={() => setClosing(true)}>
            {t('cashier.closeShift')}
          </Button>
        </Stack>
      ) : (
        <Text size="sm" c="dimmed">
          {t('cashier.shiftNone')}
        </Text>
      )}
      {closing && shift && (
        <CloseShiftDialog
          shift={shift}
          onClose={() => setClosing(false)}
          onClosed={(view) => void closed(view)}
        />
      )}
      <PdfPreview
        file={report?.file ?? null}
        title={t('cashier.reportTitle', { id: report?.id ?? 0 })}
        onClose={() => setReport(null)}
      />
    </Paper>
  );
}
