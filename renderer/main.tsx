import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import './app/global.css';
import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode, useMemo } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { listenForKeyboardActivation } from './app/keyboard-activation';
import { SessionProvider } from './app/session';
import { cssVariablesResolver, theme, withLabels } from './app/theme';
import { ApiCallError } from './api/client';
import { I18nProvider, useI18n } from './i18n/i18n';

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // Expected failures (validation, permissions) are answers, not flaky networks.
      retry: (count, error) => !(error instanceof ApiCallError) && count < 2,
      refetchOnWindowFocus: false,
    },
  },
});

/** The theme depends on the language: built-in buttons (modal close) get translated names. */
function ThemedApp() {
  const { t } = useI18n();
  const localizedTheme = useMemo(() => withLabels(theme, t('common.close')), [t]);
  return (
    <MantineProvider theme={localizedTheme} cssVariablesResolver={cssVariablesResolver}>
      {/* Bottom right, narrow: clear of centred dialogs, the PDF viewer's toolbar and the
          header's buttons. */}
      <Notifications position="bottom-right" containerWidth={300} limit={3} />
      <QueryClientProvider client={queryClient}>
        <SessionProvider>
          <App />
        </SessionProvider>
      </QueryClientProvider>
    </MantineProvider>
  );
}

listenForKeyboardActivation();

const root = document.getElementById('root');
if (!root) throw new Error('No #root element');

createRoot(root).render(
  <StrictMode>
    <I18nProvider>
      <ThemedApp />
    </I18nProvider>
  </StrictMode>,
);
