import { Code, Group, Stack, Text } from '@mantine/core';
import { formatLocalDateTime } from '../../../shared/domain/dates';
import { useApiQuery } from '../../api/hooks';
import { ApiErrorAlert } from '../../components/api-error';
import { useI18n } from '../../i18n/i18n';
import { Section } from '../settings/section-form';

/** Settings → the facility's signing key: the fingerprint the district checks once, on paper. */
export function SigningKeySection() {
  const { t } = useI18n();
  const key = useApiQuery('bundles.key', {});
  return (
    <Section title={t('bundles.key.title')}>
      <ApiErrorAlert error={key.error} />
      {key.data && (
        <Stack gap="xs">
          <Group gap="sm" align="baseline">
            <Text size="sm" fw={500}>
              {t('bundles.key.fingerprint')}
            </Text>
            <Text ff="monospace" fz="lg" fw={700} data-testid="key-fingerprint">
              {key.data.fingerprint}
            </Text>
          </Group>
          <Text size="sm" c="dimmed">
            {t('bundles.key.hint')}
          </Text>
          <Text size="xs" c="dimmed">
            {t('bundles.key.publicKey')} <Code>{key.data.publicKey}</Code> ·{' '}
            {t('bundles.key.created', { at: formatLocalDateTime(key.data.createdAt) })}
          </Text>
        </Stack>
      )}
    </Section>
  );
}
