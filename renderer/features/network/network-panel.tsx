import { Stack } from '@mantine/core';
import type { Settings } from '../../../shared/api';
import { transport } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { Section } from '../settings/section-form';
import { CertificateCard } from './certificate-card';
import { WorkstationLink } from './workstation-link';
import { WorkstationsCard } from './workstations-card';

export interface NetworkPanelProps {
  settings: Settings;
}

/** Settings → network: LAN certificate, paired workstations, and this PC as a workstation. */
export function NetworkPanel({ settings }: NetworkPanelProps) {
  const { t } = useI18n();
  return (
    <Stack gap="md" maw={900}>
      <CertificateCard lanEnabled={settings.network.lanEnabled} />
      <WorkstationsCard />
      {transport.kind === 'ipc' && (
        <Section title={t('workstation.connect.title')}>
          <WorkstationLink manage />
        </Section>
      )}
    </Stack>
  );
}
