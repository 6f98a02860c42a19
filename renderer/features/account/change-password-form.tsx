import { Button, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { PASSWORD_MIN } from '../../../shared/domain/accounts';
import { call } from '../../api/client';
import { useSession } from '../../app/session';
import { ApiErrorAlert, fieldErrorsOf } from '../../components/api-error';
import { useI18n } from '../../i18n/i18n';
import { PasswordField } from '../../components/password-field';

export interface ChangePasswordFormProps {
  autoFocus?: boolean;
}

export function ChangePasswordForm({ autoFocus }: ChangePasswordFormProps) {
  const { t } = useI18n();
  const session = useSession();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const form = useForm({
    initialValues: { currentPassword: '', newPassword: '', confirm: '' },
    validate: {
      newPassword: (value) =>
        value.length < PASSWORD_MIN
          ? t('validation.passwordTooShort', { min: PASSWORD_MIN })
          : null,
      confirm: (value, values) =>
        value !== values.newPassword ? t('validation.passwordMismatch') : null,
    },
  });

  const submit = form.onSubmit(async ({ currentPassword, newPassword }) => {
    setBusy(true);
    setError(null);
    try {
      await call('auth.changePassword', { currentPassword, newPassword });
      notifications.show({ color: 'teal', message: t('auth.password.changed') });
      form.reset();
      await session.refresh();
    } catch (failure) {
      setError(failure);
      form.setErrors(fieldErrorsOf(failure, t));
    } finally {
      setBusy(false);
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm" maw={420}>
        <PasswordField
          label={t('auth.password.current')}
          autoComplete="current-password"
          required
          autoFocus={autoFocus}
          {...form.getInputProps('currentPassword')}
        />
        <PasswordField
          label={t('auth.password.new')}
          autoComplete="new-password"
          required
          {...form.getInputProps('newPassword')}
        />
        <PasswordField
          label={t('auth.passwordConfirm')}
          autoComplete="new-password"
          required
          {...form.getInputProps('confirm')}
        />
        <ApiErrorAlert error={error} hideWhenFieldErrors />
        <Button type="submit" loading={busy} w="fit-content">
          {t('auth.password.change')}
        </Button>
      </Stack>
    </form>
  );
}
