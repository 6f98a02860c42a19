import { Button, Fieldset, Radio, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { PASSWORD_MIN } from '../../../shared/domain/accounts';
import { FACILITY_KINDS, type FacilityKind } from '../../../shared/domain/facility-kind';
import { call } from '../../api/client';
import { useSession } from '../../app/session';
import { ApiErrorAlert, fieldErrorsOf } from '../../components/api-error';
import { AuthLayout } from '../../components/auth-layout';
import { useI18n } from '../../i18n/i18n';
import { PasswordField } from '../../components/password-field';

const initialValues = {
  facility: { kind: 'station' as FacilityKind, name: '', code: '', address: '', phone: '' },
  admin: { username: '', fullName: '', password: '', confirm: '' },
};

export function SetupPage() {
  const { t } = useI18n();
  const session = useSession();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const form = useForm({
    initialValues,
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

  const submit = form.onSubmit(async ({ facility, admin }) => {
    setBusy(true);
    setError(null);
    try {
      const { confirm, ...account } = admin;
      const session_ = await call('auth.setup', { facility, admin: account });
      await session.signedIn(session_);
    } catch (failure) {
      setError(failure);
      form.setErrors(fieldErrorsOf(failure, t));
    } finally {
      setBusy(false);
    }
  });

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
          <ApiErrorAlert error={error} />
          <Button type="submit" loading={busy} size="md">
            {t('setup.submit')}
          </Button>
        </Stack>
      </form>
    </AuthLayout>
  );
}
