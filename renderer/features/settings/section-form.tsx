import { Button, Group, Paper, Stack, Title } from '@mantine/core';
import { useForm, type UseFormReturnType } from '@mantine/form';
import type { ReactNode } from 'react';
import type { InputOf, SettingsSection } from '../../../shared/api';
import { useApiMutation } from '../../api/hooks';
import { useSession } from '../../app/session';
import { ApiErrorAlert, fieldErrorsOf } from '../../components/api-error';
import { useNotify } from '../../components/notify';
import { useI18n } from '../../i18n/i18n';

export interface SectionProps {
  title: string;
  children: ReactNode;
}

export function Section({ title, children }: SectionProps) {
  return (
    <Paper withBorder p="md">
      <Title order={2} size="h4" mb="sm">
        {title}
      </Title>
      {children}
    </Paper>
  );
}

export interface SectionFormProps<V> {
  /** The settings section saved; its server field errors come back prefixed with its name. */
  section: SettingsSection;
  initial: V;
  /** The settings.update input for these values. */
  toInput: (values: V) => InputOf<'settings.update'>;
  children: (form: UseFormReturnType<V>) => ReactNode;
}

/** One form per settings section; each saves only its own section. */
export function SectionForm<V extends Record<string, unknown>>({
  section,
  initial,
  toInput,
  children,
}: SectionFormProps<V>) {
  const { t } = useI18n();
  const notify = useNotify();
  const session = useSession();
  const save = useApiMutation('settings.update', ['settings.get']);
  const form = useForm<V>({ initialValues: initial });
  const submit = form.onSubmit(async (values) => {
    try {
      await save.mutateAsync(toInput(values));
      notify('teal', t('common.saved'));
      form.resetDirty(values);
      await session.refresh();
    } catch (failure) {
      const errors = fieldErrorsOf(failure, t);
      form.setErrors(
        Object.fromEntries(
          // An item of a list field ("chronicIcdPrefixes.3") shows on the list's field.
          Object.entries(errors).map(([path, text]) => [
            path.replace(`${section}.`, '').replace(/\.\d+$/, ''),
            text,
          ]),
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
