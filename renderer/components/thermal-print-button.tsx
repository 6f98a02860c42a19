import { Button, type ButtonProps } from '@mantine/core';
import type { PrinterRole } from '../../shared/api/devices';
import { useApiMutation } from '../api/hooks';
import { useI18n } from '../i18n/i18n';
import { asApiError } from './api-error';
import { useNotify } from './notify';

export interface ThermalPrintButtonProps extends ButtonProps {
  kind: PrinterRole;
  id: number;
  label: string;
}

/** Prints a document on the receipt printer holding its role; says why when it cannot. */
export function ThermalPrintButton({ kind, id, label, ...props }: ThermalPrintButtonProps) {
  const { t, errorText } = useI18n();
  const notify = useNotify();
  const print = useApiMutation('devices.print', ['devices.printJobs.list']);
  const run = async () => {
    try {
      await print.mutateAsync({ document: { kind, id } });
      notify('teal', t('devices.print.sent'));
    } catch (failure) {
      const error = asApiError(failure);
      notify('red', error ? errorText(error) : t('error.INTERNAL'));
    }
  };
  return (
    <Button variant="default" loading={print.isPending} onClick={() => void run()} {...props}>
      {label}
    </Button>
  );
}
