import { Badge, Button, Group, Table } from '@mantine/core';
import { useMemo, useState, type ReactNode } from 'react';
import type { ServiceView } from '../../../shared/api';
import { formatUnitPrice } from '../../../shared/domain/unit-price';
import { useLiveSearch } from '../../api/hooks';
import { canUse } from '../../app/nav';
import { useMe } from '../../app/session';
import { ApiErrorAlert } from '../../components/api-error';
import { useI18n } from '../../i18n/i18n';
import { CatalogSearch, useSearchText } from './catalog-search';
import { ActionsHeader, CatalogTable, EditButton, EmptyRow } from './catalog-table';
import { ClaimWarningsBadge } from './claim-warnings';
import { ItemDialog, type Editing } from './item-dialog';
import { ServiceForm } from './service-form';

export interface ServicesTabProps {
  importButton: ReactNode;
}

export function ServicesTab({ importButton }: ServicesTabProps) {
  const { t } = useI18n();
  const me = useMe();
  const canEdit = canUse('catalog.services.save', me.user.roles);
  const [text, q, setText] = useSearchText();
  const [editing, setEditing] = useState<Editing<ServiceView>>(null);
  const results = useLiveSearch('catalog.services.search', {
    q,
    limit: 100,
    includeInactive: true,
  });
  const rows = useMemo(() => results.data ?? [], [results.data]);
  const columns = canEdit ? 8 : 7;

  // A new answer redraws the rows; a typed key does not.
  const body = useMemo(
    () => (
      <>
        {rows.map((service) => (
          <Table.Tr key={service.id} c={service.active ? undefined : 'dimmed'}>
            <Table.Td fw={600}>{service.code}</Table.Td>
            <Table.Td>
              {service.name}{' '}
              {!service.active && (
                <Badge size="xs" variant="outline" color="red">
                  {t('catalog.inactive')}
                </Badge>
              )}
              {service.example && (
                <Badge size="xs" variant="outline" color="blue">
                  {t('catalog.service.exampleBadge')}
                </Badge>
              )}{' '}
              <ClaimWarningsBadge warnings={service.claimWarnings} />
            </Table.Td>
            <Table.Td>{t(`catalog.category.${service.category}`)}</Table.Td>
            <Table.Td>{service.unit}</Table.Td>
            <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
              {formatUnitPrice(service.price)}
            </Table.Td>
            <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
              {service.insuredPrice === null ? '—' : formatUnitPrice(service.insuredPrice)}
            </Table.Td>
            <Table.Td>{service.bhxhCode}</Table.Td>
            {canEdit && (
              <EditButton
                label={t('catalog.service.edit', { code: service.code })}
                onClick={() => setEditing({ item: service })}
              />
            )}
          </Table.Tr>
        ))}
        {rows.length === 0 && results.answered && (
          <EmptyRow colSpan={columns}>{t('catalog.noResults')}</EmptyRow>
        )}
      </>
    ),
    [rows, canEdit, columns, results.answered, t],
  );

  return (
    <>
      <Group align="flex-end" mb="sm">
        <CatalogSearch label={t('catalog.search.services')} value={text} onChange={setText} />
        {importButton}
        {canEdit && (
          <Button variant="default" onClick={() => setEditing({ item: undefined })}>
            {t('catalog.service.add')}
          </Button>
        )}
      </Group>
      <ApiErrorAlert error={results.error} />
      <CatalogTable busy={results.stale} minWidth={860}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('catalog.col.code')}</Table.Th>
            <Table.Th>{t('catalog.col.serviceName')}</Table.Th>
            <Table.Th>{t('catalog.col.category')}</Table.Th>
            <Table.Th>{t('catalog.col.unit')}</Table.Th>
            <Table.Th ta="right">{t('catalog.col.price')}</Table.Th>
            <Table.Th ta="right">{t('catalog.col.insuredPrice')}</Table.Th>
            <Table.Th>{t('catalog.col.bhxhCode')}</Table.Th>
            {canEdit && <ActionsHeader />}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>{body}</Table.Tbody>
      </CatalogTable>
      <ItemDialog
        editing={editing}
        title={(service) =>
          service ? t('catalog.service.edit', { code: service.code }) : t('catalog.service.add')
        }
        onClose={() => setEditing(null)}
        form={ServiceForm}
      />
    </>
  );
}
