import { Box, Button, FocusTrap, Paper, Stack, Text, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { asApiError } from '../../components/api-error';
import { useMe, useSession } from '../../app/session';
import { useI18n } from '../../i18n/i18n';
import { PasswordField } from '../../components/password-field';

/**
 * Covers the app when idle; the page underneath stays mounted (and inert), so unsaved
 * work is still there after unlocking.
 */
export function LockOverlay() {
  const { t, errorText } = useI18n();
  const session = useSession();
  const me = useMe();
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    try {
      await session.unlock(password);
    } catch (failure) {
      const apiError = asApiError(failure);
      setPassword('');
      if (apiError?.reason === 'lockedOut' || apiError?.reason === 'expired') {
        await session.signOut();
        return;
      }
      setError(apiError ? errorText(apiError) : t('error.INTERNAL'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Box
      pos="fixed"
      inset={0}
      bg="rgba(33, 37, 41, 0.72)"
      style={{ zIndex: 1000, display: 'grid', placeItems: 'center' }}
      role="dialog"
      aria-modal="true"
      aria-labelledby="lock-title"
    >
      <FocusTrap active>
        <Paper p="xl" radius="md" shadow="lg" w={400} maw="92vw">
          <form onSubmit={(event) => void submit(event)}>
            <Stack gap="sm">
              <Title order={2} size="h3" id="lock-title">
                {t('auth.lock.title')}
              </Title>
              <Text size="sm">{t('auth.lock.hint', { name: me.user.fullName })}</Text>
              <PasswordField
                label={t('auth.password')}
                autoComplete="current-password"
                value={password}
                onChange={(event) => setPassword(event.currentTarget.value)}
                error={error}
                data-autofocus
              />
              <Button type="submit" loading={busy} fullWidth>
                {t('auth.lock.unlock')}
              </Button>
              <Button variant="subtle" onClick={() => void session.signOut()} fullWidth>
                {t('auth.lock.switchUser')}
              </Button>
            </Stack>
          </form>
        </Paper>
      </FocusTrap>
    </Box>
  );
}
