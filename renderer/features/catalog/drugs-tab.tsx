import { Badge, Button, Group, Table, Text } from '@mantine/core';
import { useMemo, useState, type ReactNode } from 'react';
import type { DrugView } from '../../../shared/api';
import { formatUnitPrice } from '../../../shared/domain/unit-price';
import { useLiveSearch } from '../../api/hooks';
import { canUse } from '../../app/nav';
import { useMe } from '../../app/session';
import { ApiErrorAlert } from '../../components/api-error';
import { useI18n } from '../../i18n/i18n';
import { CatalogSearch, useSearchText } from './catalog-search';
import { ActionsHeader, CatalogTable, EditButton, EmptyRow } from './catalog-table';
import { ClaimWarningsBadge } from './claim-warnings';
import { DrugForm } from './drug-form';
import { ItemDialog, type Editing } from './item-dialog';

export interface DrugsTabProps {
  importButton: ReactNode;
}

export function DrugsTab({ importButton }: DrugsTabProps) {
  const { t } = useI18n();
  const me = useMe();
  const canEdit = canUse('catalog.drugs.save', me.user.roles);
  const [text, q, setText] = useSearchText();
  const [editing, setEditing] = useState<Editing<DrugView>>(null);
  const results = useLiveSearch('catalog.drugs.search', { q, limit: 50, includeInactive: true });
  const rows = useMemo(() => results.data ?? [], [results.data]);
  const columns = canEdit ? 9 : 8;

  // A new answer redraws the rows; a typed key does not.
  const body = useMemo(
    () => (
      <>
        {rows.map((drug) => (
          <Table.Tr key={drug.id} c={drug.active ? undefined : 'dimmed'}>
            <Table.Td>{drug.code}</Table.Td>
            <Table.Td>
              <Text size="sm" fw={600}>
                {drug.ingredient}
              </Text>
              <Group gap={4}>
                {drug.multiIngredient && (
                  <Badge size="xs" variant="outline" color="gray">
                    {t('catalog.multiIngredient')}
                  </Badge>
                )}
                {!drug.active && (
                  <Badge size="xs" variant="outline" color="red">
                    {t('catalog.inactive')}
                  </Badge>
                )}
                <ClaimWarningsBadge warnings={drug.claimWarnings} />
              </Group>
            </Table.Td>
            <Table.Td>
              {drug.name}
              {drug.registrationNo && (
                <Text size="xs" c="dimmed">
                  {drug.registrationNo}
                </Text>
              )}
            </Table.Td>
            <Table.Td>{drug.strength}</Table.Td>
            <Table.Td>{drug.unit}</Table.Td>
            <Table.Td>{drug.route}</Table.Td>
            <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
              {formatUnitPrice(drug.price)}
            </Table.Td>
            <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
              {drug.insuredPrice === null ? '—' : formatUnitPrice(drug.insuredPrice)}
            </Table.Td>
            {canEdit && (
              <EditButton
                label={t('catalog.drug.edit', { name: drug.name })}
                onClick={() => setEditing({ item: drug })}
              />
            )}
          </Table.Tr>
        ))}
        {rows.length === 0 && results.answered && (
          <EmptyRow colSpan={columns}>
            {q === '' ? t('catalog.drugs.empty') : t('catalog.noResults')}
          </EmptyRow>
        )}
      </>
    ),
    [rows, canEdit, columns, results.answered, q, t],
  );

  return (
    <>
      <Group align="flex-end" mb="sm">
        <CatalogSearch label={t('catalog.search.drugs')} value={text} onChange={setText} />
        {importButton}
        {canEdit && (
          <Button variant="default" onClick={() => setEditing({ item: undefined })}>
            {t('catalog.drug.add')}
          </Button>
        )}
      </Group>
      <ApiErrorAlert error={results.error} />
      <CatalogTable busy={results.stale} minWidth={900}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('catalog.col.code')}</Table.Th>
            <Table.Th>{t('catalog.col.ingredient')}</Table.Th>
            <Table.Th>{t('catalog.col.drugName')}</Table.Th>
            <Table.Th>{t('catalog.col.strength')}</Table.Th>
            <Table.Th>{t('catalog.col.unit')}</Table.Th>
            <Table.Th>{t('catalog.col.route')}</Table.Th>
            <Table.Th ta="right">{t('catalog.col.price')}</Table.Th>
            <Table.Th ta="right">{t('catalog.col.insuredPrice')}</Table.Th>
            {canEdit && <ActionsHeader />}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>{body}</Table.Tbody>
      </CatalogTable>
      <ItemDialog
        editing={editing}
        title={(drug) =>
          drug ? t('catalog.drug.edit', { name: drug.name }) : t('catalog.drug.add')
        }
        size="xl"
        onClose={() => setEditing(null)}
        form={DrugForm}
      />
    </>
  );
}
