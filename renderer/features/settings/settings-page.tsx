import {
  Button,
  Group,
  NumberInput,
  Paper,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import type { ReactNode } from 'react';
import type { Settings } from '../../../shared/api';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { useSession } from '../../app/session';
import { ApiErrorAlert, fieldErrorsOf } from '../../components/api-error';
import { PageHeader } from '../../components/page-header';
import { PageLoader } from '../../app/app';
import { useI18n } from '../../i18n/i18n';

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md">
      <Title order={2} size="h4" mb="sm">
        {title}
      </Title>
      {children}
    </Paper>
  );
}

/** One form per settings section; each saves only its own section. */
function SectionForm<K extends keyof Settings>({
  section,
  initial,
  children,
}: {
  section: K;
  initial: Settings[K];
  children: (form: ReturnType<typeof useForm<Settings[K]>>) => ReactNode;
}) {
  const { t } = useI18n();
  const session = useSession();
  const save = useApiMutation('settings.update', ['settings.get']);
  const form = useForm<Settings[K]>({ initialValues: initial });
  const submit = form.onSubmit(async (values) => {
    try {
      await save.mutateAsync({ [section]: values });
      notifications.show({ color: 'teal', message: t('common.saved') });
      form.resetDirty(values);
      await session.refresh();
    } catch (failure) {
      const errors = fieldErrorsOf(failure, t);
      form.setErrors(
        Object.fromEntries(
          Object.entries(errors).map(([path, text]) => [path.replace(`${section}.`, ''), text]),
        ),
      );
    }
  });
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        {children(form)}
        <ApiErrorAlert error={save.error} hideWhenFieldErrors />
        <Group>
          <Button type="submit" loading={save.isPending} disabled={!form.isDirty()}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export default function SettingsPage() {
  const { t } = useI18n();
  const settings = useApiQuery('settings.get', {});
  if (!settings.data)
    return settings.error ? <ApiErrorAlert error={settings.error} /> : <PageLoader />;
  const { facility, security, network } = settings.data;

  return (
    <>
      <PageHeader title={t('settings.title')} />
      <Stack gap="md" maw={900}>
        <Section title={t('settings.facility')}>
          <SectionForm section="facility" initial={facility}>
            {(form) => (
              <>
                <TextInput
                  label={t('facility.name')}
                  required
                  autoFocus
                  {...form.getInputProps('name')}
                />
                <SimpleGrid cols={{ base: 1, sm: 2 }}>
                  <TextInput
                    label={t('facility.code')}
                    required
                    maxLength={5}
                    {...form.getInputProps('code')}
                  />
                  <TextInput
                    label={t('facility.phone')}
                    type="tel"
                    {...form.getInputProps('phone')}
                  />
                </SimpleGrid>
                <TextInput label={t('facility.address')} {...form.getInputProps('address')} />
              </>
            )}
          </SectionForm>
        </Section>
        <Section title={t('settings.security')}>
          <SectionForm section="security" initial={security}>
            {(form) => (
              <SimpleGrid cols={{ base: 1, sm: 3 }}>
                <NumberInput
                  label={t('settings.idleLockMinutes')}
                  min={1}
                  max={240}
                  allowDecimal={false}
                  {...form.getInputProps('idleLockMinutes')}
                />
                <NumberInput
                  label={t('settings.lockoutAttempts')}
                  min={3}
                  max={20}
                  allowDecimal={false}
                  {...form.getInputProps('lockoutAttempts')}
                />
                <NumberInput
                  label={t('settings.lockoutMinutes')}
                  min={1}
                  max={1440}
                  allowDecimal={false}
                  {...form.getInputProps('lockoutMinutes')}
                />
              </SimpleGrid>
            )}
          </SectionForm>
        </Section>
        <Section title={t('settings.network')}>
          <SectionForm section="network" initial={network}>
            {(form) => (
              <>
                <Switch
                  label={t('settings.lanEnabled')}
                  {...form.getInputProps('lanEnabled', { type: 'checkbox' })}
                />
                <NumberInput
                  label={t('settings.lanPort')}
                  min={1024}
                  max={65535}
                  allowDecimal={false}
                  w={200}
                  {...form.getInputProps('lanPort')}
                />
                <Text size="sm" c="dimmed">
                  {t('settings.lanHint')}
                </Text>
              </>
            )}
          </SectionForm>
        </Section>
      </Stack>
    </>
  );
}
