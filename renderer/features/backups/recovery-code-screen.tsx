import { Button, Center, Checkbox, Code, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { ApiErrorAlert } from '../../components/api-error';
import { useI18n } from '../../i18n/i18n';

export interface RecoveryCodeScreenProps {
  facilityName: string;
  onDone: () => void;
}

/**
 * Shown to the admin once, right after setup (or after an older Tram's data was encrypted):
 * the key as a code to print and keep in the station's safe. Never shown again once kept.
 */
export function RecoveryCodeScreen({ facilityName, onDone }: RecoveryCodeScreenProps) {
  const { t } = useI18n();
  const code = useApiQuery('backups.recoveryCode', {}, { staleTime: Infinity, retry: false });
  const saved = useApiMutation('backups.recoveryCodeSaved', ['backups.status']);
  const [kept, setKept] = useState(false);
  const groups = code.data?.code.split('-') ?? [];

  return (
    <Center mih="100vh" p="md">
      <Paper withBorder shadow="sm" p="xl" maw={720} w="100%">
        <Stack>
          <Title order={1} size="h2">
            {t('recoveryCode.title')}
          </Title>
          <Text>{t('recoveryCode.intro')}</Text>
          <Text size="sm" c="dimmed">
            {t('recoveryCode.facility', { name: facilityName })}
          </Text>
          <ApiErrorAlert error={code.error ?? saved.error} />
          {groups.length > 0 && (
            <Code
              block
              fz={22}
              fw={700}
              ta="center"
              style={{ letterSpacing: '0.08em', lineHeight: 1.8 }}
              aria-label={t('recoveryCode.title')}
            >
              {[0, 4, 8, 12].map((start) => groups.slice(start, start + 4).join('  ')).join('\n')}
            </Code>
          )}
          <Group>
            <Button variant="default" onClick={() => window.print()}>
              {t('recoveryCode.print')}
            </Button>
          </Group>
          <Checkbox
            label={t('recoveryCode.kept')}
            checked={kept}
            onChange={(event) => setKept(event.currentTarget.checked)}
          />
          <Group justify="flex-end">
            <Button
              disabled={!kept || groups.length === 0}
              loading={saved.isPending}
              onClick={() => saved.mutate({}, { onSuccess: onDone })}
            >
              {t('recoveryCode.continue')}
            </Button>
          </Group>
        </Stack>
      </Paper>
    </Center>
  );
}
