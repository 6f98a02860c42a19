import { Button, Code, Group, List, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { NetworkCertificateView } from '../../../shared/api';
import { formatLocalDateTime } from '../../../shared/domain/dates';
import { call } from '../../api/client';
import { ApiErrorAlert } from '../../components/api-error';
import { useI18n } from '../../i18n/i18n';
import { Section } from '../settings/section-form';

/** Hands the CA certificate to the browser as a file (the browser PCs install it). */
function download(pem: string): void {
  const url = URL.createObjectURL(new Blob([pem], { type: 'application/x-x509-ca-cert' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = 'tram-ca.crt';
  link.click();
  URL.revokeObjectURL(url);
}

export interface CertificateCardProps {
  lanEnabled: boolean;
}

/** LAN mode's CA: its fingerprint to compare on other PCs, and the certificate to install. */
export function CertificateCard({ lanEnabled }: CertificateCardProps) {
  const { t } = useI18n();
  const [certificate, setCertificate] = useState<NetworkCertificateView | null>(null);
  const [error, setError] = useState<unknown>(null);
  const show = async () => {
    setError(null);
    try {
      setCertificate(await call('network.certificate', {}));
    } catch (failure) {
      setError(failure);
    }
  };
  return (
    <Section title={t('network.certificate.title')}>
      {!lanEnabled ? (
        <Text size="sm">{t('network.certificate.off')}</Text>
      ) : !certificate ? (
        <Button variant="default" onClick={() => void show()}>
          {t('network.certificate.show')}
        </Button>
      ) : (
        <Stack gap="xs">
          <Text size="sm" fw={500}>
            {t('network.certificate.caFingerprint')}
          </Text>
          <Code block>{certificate.caFingerprint}</Code>
          <Text size="sm">
            {t('network.certificate.names')}: {certificate.names.join(', ')}
          </Text>
          <Text size="sm">
            {t('network.certificate.validTo')}: {formatLocalDateTime(certificate.validTo)}
          </Text>
          <Group>
            <Button onClick={() => download(certificate.caCertificate)}>
              {t('network.certificate.download')}
            </Button>
          </Group>
          <List size="sm">
            <List.Item>{t('network.certificate.howTo')}</List.Item>
          </List>
        </Stack>
      )}
      <ApiErrorAlert error={error} />
    </Section>
  );
}
