import { Button, Fieldset, Radio, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { PASSWORD_MIN } from '../../../shared/domain/accounts';
import type { SessionView } from '../../../shared/api';
import { call, transport } from '../../api/client';
import { RecoveryCodeScreen } from '../backups/recovery-code-screen';
import { FACILITY_KINDS, type FacilityKind } from '../../../shared/domain/facility-kind';
import { useSession } from '../../app/session';
import { ApiErrorAlert, asApiError, fieldErrorsOf } from '../../components/api-error';
import { AuthLayout } from '../../components/auth-layout';
import { useI18n } from '../../i18n/i18n';
import { PasswordField } from '../../components/password-field';
import { WorkstationLink } from '../network/workstation-link';

/** The one-time code from the address Tram printed (`…/?setup=CODE`), if the page has it. */
function setupCodeFromUrl(): string {
  return new URLSearchParams(window.location.search).get('setup') ?? '';
}

/** Takes the spent code out of the address bar (it is one-time, but need not linger). */
function forgetSetupCode(): void {
  const url = new URL(window.location.href);
  if (!url.searchParams.has('setup')) return;
  url.searchParams.delete('setup');
  window.history.replaceState(null, '', url.toString());
}

const initialValues = {
  facility: { kind: 'station' as FacilityKind, name: '', code: '', address: '', phone: '' },
  admin: { username: '', fullName: '', password: '', confirm: '' },
  setupCode: '',
};

export function SetupPage() {
  const { t } = useI18n();
  const session = useSession();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  // The desktop app passes the code itself; a browser reads it from the printed address.
  const [codeFromUrl] = useState(setupCodeFromUrl);
  // Asked for when the address had none, or a stale one (Tram makes a new code each start).
  const [codeRefused, setCodeRefused] = useState(false);
  const askCode = transport.kind === 'http' && (codeFromUrl === '' || codeRefused);
  const [done, setDone] = useState<{ session: SessionView; facilityName: string } | null>(null);
  const form = useForm({
    initialValues: { ...initialValues, setupCode: codeFromUrl },
    validate: {
      admin: {
        password: (value) =>
          value.length < PASSWORD_MIN
            ? t('validation.passwordTooShort', { min: PASSWORD_MIN })
            : null,
        confirm: (value, values) =>
          value !== values.admin.password ? t('validation.passwordMismatch') : null,
      },
    },
  });

  const submit = form.onSubmit(async ({ facility, admin, setupCode }) => {
    setBusy(true);
    setError(null);
    try {
      const { confirm, ...account } = admin;
      const session_ = await call('auth.setup', { facility, admin: account, setupCode });
      forgetSetupCode();
      // The recovery code comes first, once: the admin's token is needed to read it.
      transport.setToken(session_.token);
      setDone({ session: session_, facilityName: facility.name });
    } catch (failure) {
      setError(failure);
      if (asApiError(failure)?.messageKey === 'setup.wrongCode') setCodeRefused(true);
      form.setErrors(fieldErrorsOf(failure, t));
    } finally {
      setBusy(false);
    }
  });

  if (done) {
    return (
      <RecoveryCodeScreen
        facilityName={done.facilityName}
        onDone={() => void session.signedIn(done.session)}
      />
    );
  }

  return (
    <AuthLayout title={t('setup.title')} subtitle={t('setup.intro')} size="sm">
      <form onSubmit={submit} noValidate>
        <Stack gap="lg">
          <Fieldset legend={t('setup.facility')}>
            <Stack gap="sm">
              <Radio.Group label={t('setup.kind')} {...form.getInputProps('facility.kind')}>
                <Stack gap={6} mt={4}>
                  {FACILITY_KINDS.map((kind) => (
                    <Radio
                      key={kind}
                      value={kind}
                      label={t(`setup.kind.${kind}`)}
                      description={t(`setup.kind.${kind}.hint`)}
                    />
                  ))}
                </Stack>
              </Radio.Group>
              <TextInput
                label={t('facility.name')}
                required
                autoFocus
                placeholder={
                  form.values.facility.kind === 'district'
                    ? 'Trung tâm Y tế khu vực …'
                    : 'Trạm Y tế xã …'
                }
                {...form.getInputProps('facility.name')}
              />
              <SimpleGrid cols={{ base: 1, xs: 2 }}>
                <TextInput
                  label={t('facility.code')}
                  required
                  maxLength={5}
                  placeholder="01001"
                  {...form.getInputProps('facility.code')}
                />
                <TextInput
                  label={t('facility.phone')}
                  type="tel"
                  {...form.getInputProps('facility.phone')}
                />
              </SimpleGrid>
              <TextInput
                label={t('facility.address')}
                {...form.getInputProps('facility.address')}
              />
            </Stack>
          </Fieldset>
          <Fieldset legend={t('setup.admin')}>
            <Stack gap="sm">
              <SimpleGrid cols={{ base: 1, xs: 2 }}>
                <TextInput
                  label={t('auth.username')}
                  required
                  autoComplete="username"
                  {...form.getInputProps('admin.username')}
                />
                <TextInput
                  label={t('auth.fullName')}
                  required
                  {...form.getInputProps('admin.fullName')}
                />
                <PasswordField
                  label={t('auth.password')}
                  required
                  autoComplete="new-password"
                  {...form.getInputProps('admin.password')}
                />
                <PasswordField
                  label={t('auth.passwordConfirm')}
                  required
                  autoComplete="new-password"
                  {...form.getInputProps('admin.confirm')}
                />
              </SimpleGrid>
              <Text size="xs" c="dimmed">
                {t('validation.passwordTooShort', { min: PASSWORD_MIN })}
              </Text>
            </Stack>
          </Fieldset>
          {askCode && (
            <TextInput
              label={t('setup.code')}
              description={t('setup.codeHelp')}
              required
              autoComplete="off"
              {...form.getInputProps('setupCode')}
            />
          )}
          <ApiErrorAlert error={error} hideWhenFieldErrors />
          <Button type="submit" loading={busy} size="md">
            {t('setup.submit')}
          </Button>
        </Stack>
      </form>
      {/* Desktop only: this PC can work as a workstation of another Tram instead. */}
      <WorkstationLink />
    </AuthLayout>
  );
}
