import { Badge, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useMe } from '../../app/session';
import { LanguageSwitch } from '../../components/language-switch';
import { PageHeader } from '../../components/page-header';
import { useI18n } from '../../i18n/i18n';
import { ChangePasswordForm } from './change-password-form';

export default function AccountPage() {
  const { t } = useI18n();
  const me = useMe();
  return (
    <>
      <PageHeader
        title={t('account.title')}
        description={t('account.greeting', { name: me.user.fullName })}
      />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <Paper withBorder p="md">
          <Stack gap="sm">
            <div>
              <Text size="sm" c="dimmed">
                {t('auth.username')}
              </Text>
              <Text fw={500}>{me.user.username}</Text>
            </div>
            <div>
              <Text size="sm" c="dimmed">
                {t('account.roles')}
              </Text>
              <Group gap={6} mt={4}>
                {me.user.roles.map((role) => (
                  <Badge key={role} variant="light">
                    {t(`role.${role}`)}
                  </Badge>
                ))}
              </Group>
            </div>
            <div>
              <Text size="sm" c="dimmed">
                {t('account.facility')}
              </Text>
              <Text fw={500}>
                {me.facility.name} ({me.facility.code})
              </Text>
            </div>
            <div>
              <Text size="sm" c="dimmed" mb={4}>
                {t('common.language')}
              </Text>
              <LanguageSwitch />
            </div>
          </Stack>
        </Paper>
        <Paper withBorder p="md">
          <Title order={2} size="h4" mb="sm">
            {t('auth.password.change')}
          </Title>
          <ChangePasswordForm autoFocus />
        </Paper>
      </SimpleGrid>
    </>
  );
}
