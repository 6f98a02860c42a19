import { Button, SegmentedControl } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { FileResult, ReceiptFormat } from '../../../shared/api';
import { call } from '../../api/client';
import { useApiMutation } from '../../api/hooks';
import { asApiError } from '../../components/api-error';
import { useNotify } from '../../components/notify';
import { PdfPreview } from '../../components/pdf-preview';
import { usePrintRoutes } from '../../components/print-actions';
import { useI18n } from '../../i18n/i18n';

export interface ReceiptPreviewProps {
  /** The payment whose receipt is shown; null closes the preview. */
  paymentId: number | null;
  /** The dialog's title: "Biên lai …" or the refund voucher's number. */
  label: string;
  onClose: () => void;
}

/**
 * The receipt as a PDF (80 mm roll or A5) with a button that prints the same content on the
 * receipt printer.
 */
export function ReceiptPreview({ paymentId, label, onClose }: ReceiptPreviewProps) {
  const { t, errorText } = useI18n();
  const notify = useNotify();
  const [format, setFormat] = useState<ReceiptFormat>('80mm');
  const [file, setFile] = useState<FileResult | null>(null);
  const print = useApiMutation('devices.print', ['devices.printJobs.list'], {
    invalidateOnError: true,
  });
  const osPrint = useApiMutation('documents.print');
  const routes = usePrintRoutes('receipt', 'receipt');
  useEffect(() => {
    if (paymentId === null) return;
    let current = true;
    call('billing.receipt', { paymentId, format })
      .then((pdf) => current && setFile(pdf))
      .catch((failure: unknown) => {
        const error = asApiError(failure);
        notify('red', error ? errorText(error) : t('error.INTERNAL'));
      });
    return () => {
      current = false;
    };
  }, [paymentId, format, notify, errorText, t]);
  const printThermal = async () => {
    if (paymentId === null) return;
    try {
      await print.mutateAsync({ document: { kind: 'receipt', id: paymentId } });
      notify('teal', t('cashier.printed'));
    } catch (failure) {
      const error = asApiError(failure);
      notify('red', error ? errorText(error) : t('error.INTERNAL'));
    }
  };
  const printOs = async () => {
    if (paymentId === null) return;
    try {
      const done = await osPrint.mutateAsync({
        document: { kind: 'receipt', paymentId, format },
      });
      notify('teal', t('documents.printed', { printer: done.printer }));
    } catch (failure) {
      const error = asApiError(failure);
      notify('red', error ? errorText(error) : t('error.INTERNAL'));
    }
  };
  return (
    <PdfPreview
      file={paymentId === null ? null : file}
      title={label}
      onClose={() => {
        setFile(null);
        setFormat('80mm');
        onClose();
      }}
      actions={
        <>
          <SegmentedControl
            aria-label={t('cashier.printA5')}
            value={format}
            onChange={(value) => setFormat(value)}
            data={[
              { value: '80mm', label: '80 mm' },
              { value: 'A5', label: t('cashier.printA5') },
            ]}
          />
          {routes.osPrinter && (
            <Button
              onClick={() => void printOs()}
              loading={osPrint.isPending}
              autoFocus={!routes.thermal}
            >
              {t('documents.printTo', { printer: routes.osPrinter })}
            </Button>
          )}
          <Button
            onClick={() => void printThermal()}
            loading={print.isPending}
            variant={routes.thermal ? 'filled' : 'default'}
            autoFocus={routes.thermal}
          >
            {t('cashier.printThermal')}
          </Button>
        </>
      }
    />
  );
}
