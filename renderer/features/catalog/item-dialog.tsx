import { Button, Group, Modal } from '@mantine/core';
import type { ComponentType } from 'react';
import { ApiErrorAlert } from '../../components/api-error';
import { useI18n } from '../../i18n/i18n';

/** A new item (item undefined), one being edited, or null while the dialog is closed. */
export type Editing<T> = { item: T | undefined } | null;

export interface ItemDialogProps<T> {
  editing: Editing<T>;
  title: (item: T | undefined) => string;
  size?: 'lg' | 'xl';
  onClose: () => void;
  /** The form, given the item edited or undefined for a new one. */
  form: ComponentType<ItemFormProps<T>>;
}

export interface ItemFormProps<T> {
  /** Editing this item; adding a new one when undefined. */
  item: T | undefined;
  onDone: () => void;
}

/** The modal a catalogue item is added or edited in. */
export function ItemDialog<T extends { id: number }>({
  editing,
  title,
  size = 'lg',
  onClose,
  form: Form,
}: ItemDialogProps<T>) {
  const { t } = useI18n();
  return (
    <Modal
      opened={editing !== null}
      onClose={onClose}
      title={editing && title(editing.item)}
      size={size}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {editing && <Form key={editing.item?.id ?? 'new'} item={editing.item} onDone={onClose} />}
    </Modal>
  );
}

export interface ItemFormActionsProps {
  /** The save mutation's error: field errors show on the fields, others here. */
  error: unknown;
  saving: boolean;
  onCancel: () => void;
}

export function ItemFormActions({ error, saving, onCancel }: ItemFormActionsProps) {
  const { t } = useI18n();
  return (
    <>
      <ApiErrorAlert error={error} hideWhenFieldErrors />
      <Group justify="flex-end">
        <Button variant="default" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
        <Button type="submit" loading={saving}>
          {t('common.save')}
        </Button>
      </Group>
    </>
  );
}
