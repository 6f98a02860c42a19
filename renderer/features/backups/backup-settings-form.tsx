import { Button, Group, NumberInput, Paper, SimpleGrid, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { BackupSettings } from '../../../shared/api';
import { useApiMutation } from '../../api/hooks';
import { ApiErrorAlert } from '../../components/api-error';
import { useNotify } from '../../components/notify';
import { useI18n } from '../../i18n/i18n';

export interface BackupSettingsFormProps {
  settings: BackupSettings;
}

export function BackupSettingsForm({ settings }: BackupSettingsFormProps) {
  const { t } = useI18n();
  const notify = useNotify();
  const [draft, setDraft] = useState(settings);
  const save = useApiMutation('backups.settings', ['backups.status', 'backups.list']);
  const number = (key: 'keepDaily' | 'keepWeekly' | 'keepMonthly' | 'offsiteWarnDays') => ({
    value: draft[key],
    onChange: (value: string | number) =>
      setDraft((current) => ({ ...current, [key]: Number(value) || 0 })),
  });

  return (
    <Paper
      withBorder
      p="md"
      component="form"
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate(draft, { onSuccess: () => notify('teal', t('backups.settingsSaved')) });
      }}
    >
      <Text fw={600} mb="sm" component="h2">
        {t('backups.settingsTitle')}
      </Text>
      <ApiErrorAlert error={save.error} />
      <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} mb="sm">
        <NumberInput label={t('backups.keepDaily')} min={1} max={60} {...number('keepDaily')} />
        <NumberInput label={t('backups.keepWeekly')} min={0} max={52} {...number('keepWeekly')} />
        <NumberInput
          label={t('backups.keepMonthly')}
          min={0}
          max={120}
          {...number('keepMonthly')}
        />
        <NumberInput
          label={t('backups.offsiteWarnDays')}
          min={1}
          max={90}
          {...number('offsiteWarnDays')}
        />
      </SimpleGrid>
      <TextInput
        label={t('backups.secondPlace')}
        description={t('backups.secondPlaceHint')}
        value={draft.secondPlace ?? ''}
        onChange={(event) => {
          const value = event.currentTarget.value;
          setDraft((current) => ({ ...current, secondPlace: value.trim() ? value : null }));
        }}
        mb="sm"
      />
      <Group justify="flex-end">
        <Button type="submit" loading={save.isPending}>
          {t('backups.saveSettings')}
        </Button>
      </Group>
    </Paper>
  );
}
