import { Button, Code, Group, Text } from '@mantine/core';
import { useState } from 'react';
import { call, transport } from '../../api/client';
import { useApiQuery } from '../../api/hooks';
import { ApiErrorAlert } from '../../components/api-error';
import { useI18n } from '../../i18n/i18n';
import { ConnectDialog } from './connect-dialog';

export interface WorkstationLinkProps {
  /** Offer to disconnect (settings, for an administrator), not only to connect. */
  manage?: boolean;
  /**
   * Offer to connect. Off on the sign-in page: once this PC is set up only its administrator
   * may connect it (from Settings); the first-run page offers it to anyone at the PC.
   */
  connect?: boolean;
}

/** This desktop app's server, or the way to connect to one; nothing in a browser. */
export function WorkstationLink({ manage = false, connect = true }: WorkstationLinkProps) {
  const { t } = useI18n();
  const [opened, setOpened] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const status = useApiQuery('workstation.status', {}, { enabled: transport.kind === 'ipc' });
  if (transport.kind !== 'ipc' || !status.data?.available) return null;
  const { server } = status.data;
  const disconnect = async () => {
    setError(null);
    try {
      await call('workstation.disconnect', {});
      window.location.reload();
    } catch (failure) {
      setError(failure);
    }
  };
  if (server) {
    return (
      <>
        <Text size="sm">{t('workstation.connected', { server: server.url })}</Text>
        {/* 95 characters without a space: wrapped anywhere, or it runs out of the card. */}
        <Code block style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>
          {server.caFingerprint}
        </Code>
        {manage && (
          <Group mt="xs">
            <Button variant="default" color="red" onClick={() => void disconnect()}>
              {t('workstation.disconnect')}
            </Button>
          </Group>
        )}
        <ApiErrorAlert error={error} />
      </>
    );
  }
  if (!connect) return null;
  return (
    <>
      {manage && <Text size="sm">{t('workstation.standalone')}</Text>}
      <Button variant={manage ? 'default' : 'subtle'} onClick={() => setOpened(true)}>
        {t('workstation.connect.title')}
      </Button>
      <ConnectDialog opened={opened} onClose={() => setOpened(false)} />
    </>
  );
}
