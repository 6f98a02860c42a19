import { Alert, Button, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import type { MessageKey } from '../../../shared/i18n';
import { call } from '../../api/client';
import { useSession } from '../../app/session';
import { ApiErrorAlert, fieldErrorsOf } from '../../components/api-error';
import { AuthLayout } from '../../components/auth-layout';
import { useI18n } from '../../i18n/i18n';
import { PasswordField } from '../../components/password-field';
import { WorkstationLink } from '../network/workstation-link';

export interface LoginPageProps {
  facilityName: string | null;
  notice?: MessageKey | undefined;
}

export function LoginPage({ facilityName, notice }: LoginPageProps) {
  const { t, locale } = useI18n();
  const session = useSession();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const form = useForm({ initialValues: { username: '', password: '' } });

  const submit = form.onSubmit(async (values) => {
    setBusy(true);
    setError(null);
    try {
      await session.signedIn(await call('auth.login', { ...values, locale }));
    } catch (failure) {
      setError(failure);
      form.setErrors(fieldErrorsOf(failure, t));
      form.setFieldValue('password', '');
    } finally {
      setBusy(false);
    }
  });

  return (
    <AuthLayout title={t('auth.login.title')} subtitle={facilityName}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          {notice && !error && (
            <Alert color="yellow" variant="light">
              {t(notice)}
            </Alert>
          )}
          <TextInput
            label={t('auth.username')}
            autoComplete="username"
            autoFocus
            required
            {...form.getInputProps('username')}
          />
          <PasswordField
            label={t('auth.password')}
            autoComplete="current-password"
            required
            {...form.getInputProps('password')}
          />
          <ApiErrorAlert error={error} hideWhenFieldErrors />
          <Button type="submit" loading={busy} mt="xs">
            {t('auth.login.submit')}
          </Button>
        </Stack>
      </form>
      {/* Desktop only: which server this workstation signs in to, and its pinned CA. */}
      <WorkstationLink connect={false} />
    </AuthLayout>
  );
}
