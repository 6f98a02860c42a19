import { Button, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { call } from '../../api/client';
import { ApiErrorAlert, fieldErrorsOf } from '../../components/api-error';
import { useI18n } from '../../i18n/i18n';

export interface ConnectDialogProps {
  opened: boolean;
  onClose: () => void;
}

/**
 * "Kết nối tới máy chủ Tram" (desktop only): the server's address and the pairing code shown
 * on it. The main process pairs, pins the server's CA and from then on sends every call there.
 */
export function ConnectDialog({ opened, onClose }: ConnectDialogProps) {
  const { t } = useI18n();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const form = useForm({ initialValues: { address: '', code: '', name: '' } });
  const submit = form.onSubmit(async (values) => {
    setBusy(true);
    setError(null);
    try {
      await call('workstation.connect', values);
      // Every call now goes to the server: start again from its sign-in page.
      window.location.reload();
    } catch (failure) {
      setError(failure);
      form.setErrors(fieldErrorsOf(failure, t));
    } finally {
      setBusy(false);
    }
  });
  return (
    <Modal opened={opened} onClose={onClose} title={t('workstation.connect.title')} size="md">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Text size="sm">{t('workstation.connect.intro')}</Text>
          <TextInput
            label={t('workstation.connect.address')}
            placeholder="192.168.1.10:8717"
            required
            data-autofocus
            {...form.getInputProps('address')}
          />
          <TextInput
            label={t('workstation.connect.code')}
            placeholder="7KQ2-M9XD-4HTB"
            required
            autoComplete="off"
            {...form.getInputProps('code')}
          />
          <TextInput
            label={t('workstation.connect.name')}
            placeholder="Quầy thu ngân"
            required
            {...form.getInputProps('name')}
          />
          <ApiErrorAlert error={error} />
          <Button type="submit" loading={busy}>
            {t('workstation.connect.submit')}
          </Button>
        </Stack>
      </form>
    </Modal>
  );
}
