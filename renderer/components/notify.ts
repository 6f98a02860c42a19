import { notifications } from '@mantine/notifications';
import { useCallback } from 'react';
import { useI18n } from '../i18n/i18n';

export type NoticeColor = 'teal' | 'yellow' | 'red';

/** Shows a notification whose close button is labelled in the user's language. */
export function useNotify(): (color: NoticeColor, message: string) => void {
  const { t } = useI18n();
  return useCallback(
    (color, message) =>
      void notifications.show({
        color,
        message,
        closeButtonProps: { 'aria-label': t('common.close') },
      }),
    [t],
  );
}
