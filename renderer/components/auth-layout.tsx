import { Box, Container, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useI18n } from '../i18n/i18n';
import { LanguageSwitch } from './language-switch';

export interface AuthLayoutProps {
  title: string;
  subtitle?: string | null;
  size?: 'xs' | 'sm' | 'md';
  children: ReactNode;
}

/** The frame of the pages before sign-in: setup and login. */
export function AuthLayout({ title, subtitle, size = 'xs', children }: AuthLayoutProps) {
  const { t } = useI18n();
  return (
    <Box bg="gray.1" mih="100vh" py="xl">
      <Container size={size}>
        <Group justify="space-between" mb="md">
          <div>
            <Text fw={700} size="xl" c="teal.9">
              {t('app.name')}
            </Text>
            <Text size="sm" c="dimmed">
              {t('app.tagline')}
            </Text>
          </div>
          <LanguageSwitch />
        </Group>
        <main>
          <Paper withBorder shadow="sm" p="xl" radius="md">
            <Stack gap="md">
              <div>
                <Title order={1} size="h2">
                  {title}
                </Title>
                {subtitle && (
                  <Text c="dimmed" size="sm" mt={4}>
                    {subtitle}
                  </Text>
                )}
              </div>
              {children}
            </Stack>
          </Paper>
        </main>
      </Container>
    </Box>
  );
}
