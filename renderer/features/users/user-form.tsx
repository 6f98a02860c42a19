import { Button, Checkbox, Group, SimpleGrid, Stack, Switch, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import type { InputOf, UserView } from '../../../shared/api';
import { PASSWORD_MIN } from '../../../shared/domain/accounts';
import { ROLES, type Role } from '../../../shared/domain/roles';
import { useApiMutation } from '../../api/hooks';
import { ApiErrorAlert, fieldErrorsOf } from '../../components/api-error';
import { clearDraft, readDraft, useKeepDraft } from '../../app/drafts';
import { RestoredDraft } from '../../components/draft-notice';
import { contractProblems, translateProblems } from '../../components/form-problems';
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

/** The account being added or changed, kept when the dialog closes before it is saved. */
export const userDraftKey = (user?: UserView): string =>
  user ? `users.edit.${user.id}` : 'users.create';

/** What is kept of the form: never the password. */
type Kept = Omit<Values, 'password'>;

function startingValues(user: UserView | undefined): Kept {
  return {
    username: user?.username ?? '',
    fullName: user?.fullName ?? '',
    roles: user?.roles ?? [],
    cashierSupervisor: user?.cashierSupervisor ?? false,
    practitionerCode: user?.practitionerCode ?? '',
    active: user?.active ?? true,
  };
}

const updateInput = (user: UserView, values: Values): InputOf<'users.update'> => ({
  id: user.id,
  fullName: values.fullName,
  roles: values.roles,
  cashierSupervisor: values.cashierSupervisor,
  practitionerCode: values.practitionerCode,
  active: values.active,
  ...(values.password !== '' && { password: values.password }),
});

const createInput = (values: Values): InputOf<'users.create'> => ({
  username: values.username,
  fullName: values.fullName,
  password: values.password,
  roles: values.roles,
  cashierSupervisor: values.cashierSupervisor,
  practitionerCode: values.practitionerCode,
});

export function UserForm({ user, onDone }: UserFormProps) {
  const { t } = useI18n();
  const create = useApiMutation('users.create', ['users.list']);
  const update = useApiMutation('users.update', ['users.list']);
  const mutation = user ? update : create;
  const draftKey = userDraftKey(user);
  const baseline = startingValues(user);
  const form = useForm<Values>({
    initialValues: { ...(readDraft<Kept>(draftKey)?.values ?? baseline), password: '' },
    // The contract's rules and the form's own, all shown in one round.
    validate: (values) => {
      const problems = user
        ? contractProblems('users.update', updateInput(user, values))
        : contractProblems('users.create', createInput(values));
      if (values.roles.length === 0) problems.roles = { key: 'users.rolesRequired' };
      if ((!user || values.password !== '') && values.password.length < PASSWORD_MIN) {
        problems.password = { key: 'validation.passwordTooShort', params: { min: PASSWORD_MIN } };
      }
      return translateProblems(problems, t);
    },
  });

  const { password: _secret, ...kept } = form.values;
  useKeepDraft(draftKey, kept, {
    keep: (values) => JSON.stringify(values) !== JSON.stringify(baseline),
    label: (values) => values.fullName.trim() || values.username.trim() || t('drafts.unnamed'),
  });

  const submit = form.onSubmit(async (values) => {
    try {
      const saved = user
        ? await update.mutateAsync(updateInput(user, values))
        : await create.mutateAsync(createInput(values));
      notifications.show({
        color: 'teal',
        message: t(user ? 'users.updated' : 'users.created', { username: saved.username }),
      });
      clearDraft(draftKey);
      onDone();
    } catch (failure) {
      form.setErrors(fieldErrorsOf(failure, t));
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <RestoredDraft
          draftKey={draftKey}
          onDiscard={() => {
            form.setValues({ ...baseline, password: '' });
            form.clearErrors();
          }}
        />
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
          <Button
            variant="default"
            onClick={() => {
              clearDraft(draftKey);
              onDone();
            }}
          >
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
