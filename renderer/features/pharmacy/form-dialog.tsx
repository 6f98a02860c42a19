import { Button, Group, Modal, Stack } from '@mantine/core';
import type { FormEvent, ReactNode } from 'react';
import { ApiErrorAlert } from '../../components/api-error';
import { useI18n } from '../../i18n/i18n';

export interface FormDialogProps {
  title: string;
  onClose: () => void;
  onSubmit: (event?: FormEvent<HTMLFormElement>) => void;
  /** The failed call, shown unless its field errors are shown next to the fields. */
  error: unknown;
  submitLabel: string;
  submitColor?: string;
  loading: boolean;
  size?: string;
  children: ReactNode;
}

/** A small form in a modal: fields, the call's error, then cancel and submit (Enter submits). */
export function FormDialog({
  title,
  onClose,
  onSubmit,
  error,
  submitLabel,
  submitColor,
  loading,
  size,
  children,
}: FormDialogProps) {
  const { t } = useI18n();
  return (
    <Modal
      opened
      onClose={onClose}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      title={title}
      {...(size && { size })}
    >
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="sm">
          {children}
          <ApiErrorAlert error={error} hideWhenFieldErrors />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" color={submitColor} loading={loading}>
              {submitLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
