import { Button, Center, Loader, Stack, Text, Title } from '@mantine/core';
import { lazy, Suspense, useEffect } from 'react';
import { ForcedPasswordChange } from '../features/account/forced-password-change';
import { RecoveryScreen } from '../features/backups/recovery-screen';
import { LockOverlay } from '../features/lock/lock-overlay';
import { LoginPage } from '../features/login/login-page';
import { SetupPage } from '../features/setup/setup-page';
import { useI18n } from '../i18n/i18n';
import { useSession } from './session';

/** Everything after sign-in is loaded on demand, so the first page stays small. */
const SignedInApp = lazy(() => import('./signed-in-app'));

export function PageLoader() {
  const { t } = useI18n();
  return (
    <Center h="60vh" aria-busy="true">
      <Loader aria-label={t('common.loading')} />
    </Center>
  );
}

function Unreachable() {
  const { t } = useI18n();
  const { retry } = useSession();
  return (
    <Center h="100vh">
      <Stack align="center">
        <Title order={1} size="h3">
          {t('app.name')}
        </Title>
        <Text role="alert">{t('error.network')}</Text>
        <Button onClick={retry} autoFocus>
          {t('common.retry')}
        </Button>
      </Stack>
    </Center>
  );
}

export function App() {
  const { state } = useSession();
  const { t } = useI18n();

  useEffect(() => {
    document.title = t('app.name');
  }, [t]);

  switch (state.status) {
    case 'loading':
      return (
        <main>
          <PageLoader />
        </main>
      );
    case 'unreachable':
      return (
        <main>
          <Unreachable />
        </main>
      );
    case 'startupFailed':
      return (
        <main>
          <RecoveryScreen />
        </main>
      );
    case 'setup':
      return <SetupPage />;
    case 'signedOut':
      return <LoginPage facilityName={state.facilityName} notice={state.notice} />;
    case 'signedIn':
      if (state.me.user.mustChangePassword) return <ForcedPasswordChange />;
      return (
        <>
          <div inert={state.locked}>
            <Suspense fallback={<PageLoader />}>
              <SignedInApp />
            </Suspense>
          </div>
          {state.locked && <LockOverlay />}
        </>
      );
  }
}
