import { Badge, Group, Kbd, Tabs } from '@mantine/core';
import { useSearchParams } from 'react-router';
import { useApiQuery } from '../../api/hooks';
import { keyLabel } from '../../app/keymap';
import { PHARMACY_TABS, type PharmacyTab } from '../../app/nav';
import { PageHeader } from '../../components/page-header';
import { useI18n } from '../../i18n/i18n';
import { AlertsTab } from './alerts-tab';
import { CountTab } from './count-tab';
import { DispenseTab } from './dispense-tab';
import { ReceiptForm } from './receipt-form';
import { ReportsTab } from './reports-tab';
import { StockTab } from './stock-tab';

/** Nhà thuốc: dispensing, goods receipts, stock by batch, alerts, stock-take, reports. */
export default function PharmacyPage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const asked = params.get('tab');
  const tab: PharmacyTab = PHARMACY_TABS.find((t) => t.value === asked)?.value ?? 'dispense';
  const alerts = useApiQuery('stock.alerts', {});
  const alertCount = (alerts.data?.expiring.length ?? 0) + (alerts.data?.low.length ?? 0);

  return (
    <>
      <PageHeader title={t('pharmacy.title')} description={t('pharmacy.description')} />
      {/* Panels mount when chosen, so each tab's first field takes the focus. */}
      <Tabs
        value={tab}
        onChange={(next) => setParams(next && next !== 'dispense' ? { tab: next } : {})}
        keepMounted={false}
      >
        <Tabs.List mb="md">
          {PHARMACY_TABS.map(({ value, label, hotkey }) => (
            <Tabs.Tab
              key={value}
              value={value}
              rightSection={
                <Group gap={4} wrap="nowrap">
                  {value === 'alerts' && alertCount > 0 && (
                    <Badge size="sm" color="red" variant="outline" aria-hidden>
                      {alertCount}
                    </Badge>
                  )}
                  <Kbd size="xs" aria-hidden>
                    {keyLabel(hotkey)}
                  </Kbd>
                </Group>
              }
            >
              {t(label)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="dispense">
          <DispenseTab />
        </Tabs.Panel>
        <Tabs.Panel value="receive">
          <ReceiptForm />
        </Tabs.Panel>
        <Tabs.Panel value="stock">
          <StockTab />
        </Tabs.Panel>
        <Tabs.Panel value="alerts">
          <AlertsTab />
        </Tabs.Panel>
        <Tabs.Panel value="count">
          <CountTab />
        </Tabs.Panel>
        <Tabs.Panel value="reports">
          <ReportsTab />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
