import { Button, Tabs } from '@mantine/core';
import { useState } from 'react';
import type { CatalogKindName } from '../../../shared/api';
import { IMPORT_ROLES } from '../../../shared/api/catalog';
import { hasAnyRole } from '../../../shared/domain/roles';
import { useApiQuery } from '../../api/hooks';
import { useMe } from '../../app/session';
import { PageHeader } from '../../components/page-header';
import { useI18n } from '../../i18n/i18n';
import { DrugsTab } from './drugs-tab';
import { IcdTab } from './icd-tab';
import { ImportDialog } from './import-dialog';
import { ServicesTab } from './services-tab';

export default function CatalogPage() {
  const { t } = useI18n();
  const me = useMe();
  const [tab, setTab] = useState<CatalogKindName>('icd');
  const [importing, setImporting] = useState<CatalogKindName | null>(null);
  const summary = useApiQuery('catalog.summary', {});

  const importButton = (kind: CatalogKindName) =>
    hasAnyRole(me.user.roles, IMPORT_ROLES[kind]) ? (
      <Button variant="default" onClick={() => setImporting(kind)}>
        {t('catalog.import.button')}
      </Button>
    ) : null;
  const label = (kind: CatalogKindName, count: number | undefined) =>
    count === undefined ? t(`catalog.tab.${kind}`) : `${t(`catalog.tab.${kind}`)} (${count})`;

  return (
    <>
      <PageHeader title={t('catalog.title')} description={t('catalog.description')} />
      {/* Panels mount when chosen, so each tab's search box takes the focus. */}
      <Tabs
        value={tab}
        onChange={(value) => value && setTab(value as CatalogKindName)}
        keepMounted={false}
      >
        <Tabs.List mb="md">
          <Tabs.Tab value="icd">{label('icd', summary.data?.icd.active)}</Tabs.Tab>
          <Tabs.Tab value="drugs">{label('drugs', summary.data?.drugs.active)}</Tabs.Tab>
          <Tabs.Tab value="services">{label('services', summary.data?.services.active)}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="icd">
          <IcdTab importButton={importButton('icd')} />
        </Tabs.Panel>
        <Tabs.Panel value="drugs">
          <DrugsTab importButton={importButton('drugs')} />
        </Tabs.Panel>
        <Tabs.Panel value="services">
          <ServicesTab importButton={importButton('services')} />
        </Tabs.Panel>
      </Tabs>
      <ImportDialog
        kind={importing ?? tab}
        opened={importing !== null}
        onClose={() => setImporting(null)}
      />
    </>
  );
}
