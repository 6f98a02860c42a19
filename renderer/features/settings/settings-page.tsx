import { NumberInput, SimpleGrid, Stack, Switch, Tabs, Text, TextInput } from '@mantine/core';
import { useSearchParams } from 'react-router';
import type { Settings } from '../../../shared/api';
import { useApiQuery } from '../../api/hooks';
import { ApiErrorAlert } from '../../components/api-error';
import { PageHeader } from '../../components/page-header';
import { PageLoader } from '../../app/app';
import { useI18n } from '../../i18n/i18n';
import { PdfPrintersForm } from '../devices/pdf-printers-form';
import { PrintersPanel } from '../devices/printers-panel';
import { ScannersPanel } from '../devices/scanners-panel';
import { NetworkPanel } from '../network/network-panel';
import { ClinicalSettings } from '../exam/clinical-settings';
import { SigningKeySection } from '../bundles/signing-key';
import { ReportsSettings } from '../reports/reports-settings';
import { BillingSettings } from './billing-settings';
import { Section, SectionForm } from './section-form';

const TABS = ['general', 'billing', 'printers', 'scanners', 'network'] as const;
type Tab = (typeof TABS)[number];

/** Settings in tabs (general, billing, printers, scanners, network); the tab is in the URL. */
export default function SettingsPage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const asked = params.get('tab');
  const tab: Tab = TABS.find((name) => name === asked) ?? 'general';
  const settings = useApiQuery('settings.get', {});
  if (!settings.data)
    return settings.error ? <ApiErrorAlert error={settings.error} /> : <PageLoader />;

  return (
    <>
      <PageHeader title={t('settings.title')} />
      <Tabs
        value={tab}
        onChange={(next) => setParams(next && next !== 'general' ? { tab: next } : {})}
        keepMounted={false}
      >
        <Tabs.List mb="md">
          <Tabs.Tab value="general">{t('settings.general')}</Tabs.Tab>
          <Tabs.Tab value="billing">{t('settings.billing')}</Tabs.Tab>
          <Tabs.Tab value="printers">{t('devices.printers.title')}</Tabs.Tab>
          <Tabs.Tab value="scanners">{t('devices.scanners.title')}</Tabs.Tab>
          <Tabs.Tab value="network">{t('settings.network.tab')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="general">
          <GeneralSettings settings={settings.data} />
        </Tabs.Panel>
        <Tabs.Panel value="billing">
          <BillingSettings settings={settings.data} />
        </Tabs.Panel>
        <Tabs.Panel value="printers">
          <Stack gap="md">
            <PrintersPanel />
            <PdfPrintersForm settings={settings.data} />
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="scanners">
          <ScannersPanel settings={settings.data} />
        </Tabs.Panel>
        <Tabs.Panel value="network">
          <NetworkPanel settings={settings.data} />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}

function GeneralSettings({ settings }: { settings: Settings }) {
  const { t } = useI18n();
  const { facility, security, network, pharmacy } = settings;
  return (
    <Stack gap="md" maw={900}>
      <Section title={t('settings.facility')}>
        <SectionForm
          section="facility"
          initial={facility}
          toInput={(values) => ({ facility: values })}
        >
          {(form) => (
            <>
              <TextInput
                label={t('facility.name')}
                required
                autoFocus
                {...form.getInputProps('name')}
              />
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <TextInput
                  label={t('facility.code')}
                  required
                  maxLength={5}
                  {...form.getInputProps('code')}
                />
                <TextInput
                  label={t('facility.phone')}
                  type="tel"
                  {...form.getInputProps('phone')}
                />
              </SimpleGrid>
              <TextInput label={t('facility.address')} {...form.getInputProps('address')} />
            </>
          )}
        </SectionForm>
      </Section>
      <Section title={t('settings.security')}>
        <SectionForm
          section="security"
          initial={security}
          toInput={(values) => ({ security: values })}
        >
          {(form) => (
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <NumberInput
                label={t('settings.idleLockMinutes')}
                min={1}
                max={240}
                allowDecimal={false}
                {...form.getInputProps('idleLockMinutes')}
              />
              <NumberInput
                label={t('settings.lockoutAttempts')}
                min={3}
                max={20}
                allowDecimal={false}
                {...form.getInputProps('lockoutAttempts')}
              />
              <NumberInput
                label={t('settings.lockoutMinutes')}
                min={1}
                max={1440}
                allowDecimal={false}
                {...form.getInputProps('lockoutMinutes')}
              />
              <NumberInput
                label={t('settings.sessionMaxHours')}
                min={1}
                max={72}
                allowDecimal={false}
                {...form.getInputProps('sessionMaxHours')}
              />
            </SimpleGrid>
          )}
        </SectionForm>
      </Section>
      <ClinicalSettings clinical={settings.clinical} />
      <Section title={t('settings.network')}>
        <SectionForm
          section="network"
          initial={network}
          toInput={(values) => ({ network: values })}
        >
          {(form) => (
            <>
              <Switch
                label={t('settings.lanEnabled')}
                {...form.getInputProps('lanEnabled', { type: 'checkbox' })}
              />
              <NumberInput
                label={t('settings.lanPort')}
                min={1024}
                max={65535}
                allowDecimal={false}
                w={200}
                {...form.getInputProps('lanPort')}
              />
              <Text size="sm" c="dimmed">
                {t('settings.lanHint')}
              </Text>
            </>
          )}
        </SectionForm>
      </Section>
      <Section title={t('settings.pharmacy')}>
        <SectionForm
          section="pharmacy"
          initial={pharmacy}
          toInput={(values) => ({ pharmacy: values })}
        >
          {(form) => (
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <NumberInput
                label={t('settings.expiryAlertDays')}
                min={1}
                max={730}
                allowDecimal={false}
                {...form.getInputProps('expiryAlertDays')}
              />
              <NumberInput
                label={t('settings.owedListDays')}
                min={1}
                max={365}
                allowDecimal={false}
                {...form.getInputProps('owedListDays')}
              />
            </SimpleGrid>
          )}
        </SectionForm>
      </Section>
      <ReportsSettings reports={settings.reports} />
      <SigningKeySection />
    </Stack>
  );
}
