import { Alert, Button } from '@mantine/core';
import { useSession } from '../../app/session';
import { AuthLayout } from '../../components/auth-layout';
import { useI18n } from '../../i18n/i18n';
import { ChangePasswordForm } from './change-password-form';

/** After an admin created the account or reset its password: a new password comes first. */
export function ForcedPasswordChange() {
  const { t } = useI18n();
  const session = useSession();
  // A new account sets its first password; an account an admin reset sets a new one.
  const first = session.state.status === 'signedIn' && !session.state.me.user.passwordChosen;
  return (
    <AuthLayout title={t(first ? 'auth.password.firstTitle' : 'auth.password.change')}>
      <Alert color={first ? 'teal' : 'yellow'} variant="light">
        {t(first ? 'auth.password.firstTime' : 'auth.password.mustChange')}
      </Alert>
      <ChangePasswordForm autoFocus />
      <Button variant="subtle" onClick={() => void session.signOut()} w="fit-content">
        {t('auth.logout')}
      </Button>
    </AuthLayout>
  );
}
