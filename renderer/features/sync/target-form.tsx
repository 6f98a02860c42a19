import {
  Button,
  FileButton,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import type { InputOf, SyncTargetView } from '../../../shared/api';
import {
  mappingToCsv,
  parseMappingCsv,
  SYNC_TARGET_KINDS,
  type SyncTargetKind,
} from '../../../shared/domain/sync';
import type { LocalizedText } from '../../../shared/api/result';
import { useApiMutation } from '../../api/hooks';
import { ApiErrorAlert, fieldErrorsOf } from '../../components/api-error';
import { contractProblems, translateProblems } from '../../components/form-problems';
import { useNotify } from '../../components/notify';
import { PasswordField } from '../../components/password-field';
import { useI18n } from '../../i18n/i18n';

export interface TargetFormProps {
  /** Editing this target; adding a new one when absent. */
  target?: SyncTargetView;
  onDone: () => void;
}

interface Values {
  name: string;
  kind: SyncTargetKind;
  baseUrl: string;
  enabled: boolean;
  fingerprint: string;
  credential: string;
  username: string;
  password: string;
  token: string;
  mappingCsv: string;
}

type SaveInput = InputOf<'sync.targets.save'>;

/** Codes and fingerprints in the field itself, the label in the page's font. */
const MONOSPACE = { input: { fontFamily: 'var(--mantine-font-family-monospace)' } };

function startingValues(target: SyncTargetView | undefined): Values {
  return {
    name: target?.name ?? '',
    kind: target?.kind ?? 'tram',
    baseUrl: target?.baseUrl ?? '',
    enabled: target?.enabled ?? true,
    fingerprint: target?.fingerprint ?? '',
    // Secrets are never sent back: an empty field keeps the saved one.
    credential: '',
    username: target?.username ?? '',
    password: '',
    token: '',
    mappingCsv: mappingToCsv(target?.mapping ?? {}),
  };
}

function saveInput(target: SyncTargetView | undefined, values: Values): SaveInput {
  const common = {
    ...(target && { id: target.id }),
    name: values.name,
    baseUrl: values.baseUrl,
    enabled: values.enabled,
  };
  if (values.kind === 'tram') {
    return {
      ...common,
      kind: 'tram',
      fingerprint: values.fingerprint,
      ...(values.credential.trim() && { credential: values.credential.trim() }),
    };
  }
  return {
    ...common,
    kind: 'dhis2',
    username: values.username,
    ...(values.password && { password: values.password }),
    ...(values.token.trim() && { token: values.token.trim() }),
    mappingCsv: values.mappingCsv,
  };
}

/** Thêm / sửa nơi nhận: the district's Tram (address, pin, credential) or a DHIS2 server. */
export function TargetForm({ target, onDone }: TargetFormProps) {
  const { t } = useI18n();
  const notify = useNotify();
  const save = useApiMutation('sync.targets.save', ['sync.targets.list', 'sync.outbox']);
  const form = useForm<Values>({
    initialValues: startingValues(target),
    validate: (values) => {
      const problems: Record<string, LocalizedText> = contractProblems(
        'sync.targets.save',
        saveInput(target, values),
      );
      if (!values.baseUrl.trim()) problems.baseUrl = { key: 'validation.required' };
      if (values.kind === 'tram' && !target?.hasCredential && !values.credential.trim()) {
        problems.credential = { key: 'validation.required' };
      }
      if (values.kind === 'dhis2') {
        const first = parseMappingCsv(values.mappingCsv).problems[0];
        if (first) problems.mappingCsv = { key: 'sync.mapping.csv', params: { line: first.line } };
        const hasToken = values.token.trim() !== '' || (target?.hasToken ?? false);
        const hasPassword = values.password !== '' || (target?.hasPassword ?? false);
        if (!hasToken && !(values.username.trim() && hasPassword)) {
          problems[values.username.trim() ? 'password' : 'token'] = { key: 'validation.required' };
        }
      }
      return translateProblems(problems, t);
    },
  });
  const { kind } = form.values;
  const kept = t('sync.target.credential.kept');
  const mappingRows = parseMappingCsv(form.values.mappingCsv).rows;

  const submit = form.onSubmit(async (values) => {
    try {
      await save.mutateAsync(saveInput(target, values));
      notify('teal', t('sync.target.saved'));
      onDone();
    } catch (failure) {
      form.setErrors(fieldErrorsOf(failure, t));
    }
  });

  const loadCsv = async (file: File | null) => {
    if (!file) return;
    try {
      const text = await file.text();
      form.setFieldValue('mappingCsv', text);
      form.clearFieldError('mappingCsv');
      notify(
        'teal',
        t('sync.target.mapping.loaded', { name: file.name, count: parseMappingCsv(text).rows }),
      );
    } catch {
      notify('red', t('sync.target.mapping.unreadable', { name: file.name }));
    }
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, xs: 2 }}>
          <TextInput
            label={t('sync.target.name')}
            required
            data-autofocus
            {...form.getInputProps('name')}
          />
          <Select
            label={t('sync.target.kind')}
            required
            allowDeselect={false}
            disabled={Boolean(target)}
            description={target ? t('sync.target.kind.hint') : undefined}
            data={SYNC_TARGET_KINDS.map((value) => ({ value, label: t(`sync.kind.${value}`) }))}
            {...form.getInputProps('kind')}
          />
        </SimpleGrid>
        <TextInput
          label={t('sync.target.baseUrl')}
          required
          description={t(
            kind === 'tram' ? 'sync.target.baseUrl.tramHint' : 'sync.target.baseUrl.dhis2Hint',
          )}
          placeholder={kind === 'tram' ? '192.168.1.10:8717' : 'https://'}
          {...form.getInputProps('baseUrl')}
        />
        {kind === 'tram' ? (
          <>
            <TextInput
              label={t('sync.target.fingerprint')}
              required
              description={t('sync.target.fingerprint.hint')}
              styles={MONOSPACE}
              autoComplete="off"
              {...form.getInputProps('fingerprint')}
            />
            <PasswordField
              label={t('sync.target.credential')}
              required={!target?.hasCredential}
              placeholder={target?.hasCredential ? kept : 'tram-sc.…'}
              autoComplete="off"
              {...form.getInputProps('credential')}
            />
          </>
        ) : (
          <>
            <Text size="sm" c="dimmed">
              {t('sync.target.dhis2Auth')}
            </Text>
            <SimpleGrid cols={{ base: 1, xs: 2 }}>
              <TextInput
                label={t('sync.target.username')}
                autoComplete="off"
                {...form.getInputProps('username')}
              />
              <PasswordField
                label={t('sync.target.password')}
                placeholder={target?.hasPassword ? kept : undefined}
                autoComplete="new-password"
                {...form.getInputProps('password')}
              />
            </SimpleGrid>
            <PasswordField
              label={t('sync.target.token')}
              placeholder={target?.hasToken ? kept : undefined}
              autoComplete="off"
              {...form.getInputProps('token')}
            />
            <Textarea
              label={t('sync.target.mapping')}
              description={t('sync.target.mapping.hint')}
              autosize
              minRows={4}
              maxRows={12}
              styles={MONOSPACE}
              spellCheck={false}
              {...form.getInputProps('mappingCsv')}
            />
            <Group justify="space-between">
              <Text size="xs" c="dimmed">
                {t('sync.target.mapping.rows', { count: mappingRows })}
              </Text>
              <FileButton onChange={(file) => void loadCsv(file)} accept=".csv,text/csv,text/plain">
                {(props) => (
                  <Button {...props} size="xs" variant="default">
                    {t('sync.target.mapping.file')}
                  </Button>
                )}
              </FileButton>
            </Group>
          </>
        )}
        <Switch
          label={t('sync.target.enabled')}
          description={t('sync.target.enabled.hint')}
          {...form.getInputProps('enabled', { type: 'checkbox' })}
        />
        {!target && (
          <Text size="xs" c="dimmed">
            {t('sync.target.notTested')}
          </Text>
        )}
        <ApiErrorAlert error={save.error} hideWhenFieldErrors />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
