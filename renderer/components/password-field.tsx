import { PasswordInput, type PasswordInputProps } from '@mantine/core';
import { useI18n } from '../i18n/i18n';

export type PasswordFieldProps = PasswordInputProps;

/** Mantine's PasswordInput with its show/hide button labelled in the user's language. */
export function PasswordField(props: PasswordFieldProps) {
  const { t } = useI18n();
  return (
    <PasswordInput
      visibilityToggleButtonProps={{ 'aria-label': t('auth.password.toggle') }}
      {...props}
    />
  );
}
