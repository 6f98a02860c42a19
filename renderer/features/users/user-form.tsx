import { Button, Checkbox, Group, SimpleGrid, Stack, Switch, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import type { UserView } from '../../../shared/api';
import { PASSWORD_MIN } from '../../../shared/domain/accounts';
import { ROLES, type Role } from '../../../shared/domain/roles';
import { useApiMutation } from '../../api/hooks';
import { ApiErrorAlert, fieldErrorsOf } from '../../components/api-error';
import { useI18n } from '../../i18n/i18n';
import { PasswordField } from '../../components/password-field';

export interface UserFormProps {
  /** Editing this user; creating a new one when absent. */
  user?: UserView;
  onDone: () => void;
}

interface Values {
  username: string;
  fullName: string;
  password: string;
  roles: Role[];
  cashierSupervisor: boolean;
  practitionerCode: string;
  active: boolean;
}

export function UserForm({ user, onDone }: UserFormProps) {
  const { t } = useI18n();
  const create = useApiMutation('users.create', ['users.list']);
  const update = useApiMutation('users.update', ['users.list']);
  const mutation = user ? update : create;
  const form = useForm<Values>({
    initialValues: {
      username: user?.username ?? '',
      fullName: user?.fullName ?? '',
      password: '',
      roles: user?.roles ?? [],
      cashierSupervisor: user?.cashierSupervisor ?? false,
      practitionerCode: user?.practitionerCode ?? '',
      active: user?.active ?? true,
    },
    validate: {
      roles: (value) => (value.length === 0 ? t('users.rolesRequired') : null),
      password: (value) =>
        (!user || value !== '') && value.length < PASSWORD_MIN
          ? t('validation.passwordTooShort', { min: PASSWORD_MIN })
          : null,
    },
  });

  const submit = form.onSubmit(async (values) => {
    try {
      const saved = user
        ? await update.mutateAsync({
            id: user.id,
            fullName: values.fullName,
            roles: values.roles,
            cashierSupervisor: values.cashierSupervisor,
            practitionerCode: values.practitionerCode,
            active: values.active,
            ...(values.password !== '' && { password: values.password }),
          })
        : await create.mutateAsync({
            username: values.username,
            fullName: values.fullName,
            password: values.password,
            roles: values.roles,
            cashierSupervisor: values.cashierSupervisor,
            practitionerCode: values.practitionerCode,
          });
      notifications.show({
        color: 'teal',
        message: t(user ? 'users.updated' : 'users.created', { username: saved.username }),
      });
      onDone();
    } catch (failure) {
      form.setErrors(fieldErrorsOf(failure, t));
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, xs: 2 }}>
          <TextInput
            label={t('auth.username')}
            required
            disabled={Boolean(user)}
            autoComplete="off"
            data-autofocus={user ? undefined : true}
            {...form.getInputProps('username')}
          />
          <TextInput
            label={t('auth.fullName')}
            required
            data-autofocus={user ? true : undefined}
            {...form.getInputProps('fullName')}
          />
        </SimpleGrid>
        <PasswordField
          label={user ? t('users.resetPassword') : t('auth.password')}
          required={!user}
          autoComplete="new-password"
          description={t('validation.passwordTooShort', { min: PASSWORD_MIN })}
          {...form.getInputProps('password')}
        />
        <Checkbox.Group label={t('users.roles')} required {...form.getInputProps('roles')}>
          <SimpleGrid cols={{ base: 1, xs: 2 }} mt="xs" spacing="xs">
            {ROLES.map((role) => (
              <Checkbox key={role} value={role} label={t(`role.${role}`)} />
            ))}
          </SimpleGrid>
        </Checkbox.Group>
        <Switch
          label={t('users.cashierSupervisor')}
          {...form.getInputProps('cashierSupervisor', { type: 'checkbox' })}
        />
        <TextInput
          label={t('users.practitionerCode')}
          maxLength={30}
          {...form.getInputProps('practitionerCode')}
        />
        {user && (
          <Switch
            label={t('users.activeSwitch')}
            {...form.getInputProps('active', { type: 'checkbox' })}
          />
        )}
        <ApiErrorAlert error={mutation.error} hideWhenFieldErrors />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={mutation.isPending}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
