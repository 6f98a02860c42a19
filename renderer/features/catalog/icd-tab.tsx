import { ActionIcon, Badge, Group, Table, Text } from '@mantine/core';
import { useMemo, type ReactNode } from 'react';
import type { IcdView } from '../../../shared/api';
import { useApiMutation, useLiveSearch } from '../../api/hooks';
import { canUse } from '../../app/nav';
import { useMe } from '../../app/session';
import { ApiErrorAlert } from '../../components/api-error';
import { useI18n } from '../../i18n/i18n';
import { CatalogSearch, useSearchText } from './catalog-search';
import { CatalogTable, EmptyRow } from './catalog-table';

export interface IcdTabProps {
  /** The import button, when the user may import this catalogue. */
  importButton: ReactNode;
}

export function IcdTab({ importButton }: IcdTabProps) {
  const { t } = useI18n();
  const me = useMe();
  const canFavourite = canUse('catalog.icd.favourite', me.user.roles);
  const [text, q, setText] = useSearchText();
  const results = useLiveSearch('catalog.icd.search', { q, limit: 50 });
  const favourite = useApiMutation('catalog.icd.favourite', [
    'catalog.icd.search',
    'catalog.summary',
  ]);
  const rows = useMemo(() => results.data ?? [], [results.data]);
  const showingFavourites = q === '';

  // A new answer redraws the rows; a typed key does not.
  const toggleFavourite = favourite.mutate;
  const body = useMemo(
    () => (
      <>
        {rows.map((icd) => (
          <Table.Tr key={icd.code}>
            {canFavourite && (
              <Table.Td>
                <FavouriteToggle
                  icd={icd}
                  onToggle={() => toggleFavourite({ code: icd.code, favourite: !icd.favourite })}
                />
              </Table.Td>
            )}
            <Table.Td fw={600}>{icd.code}</Table.Td>
            <Table.Td>
              <Group gap={6} wrap="nowrap">
                <Text size="sm">{icd.name}</Text>
                {icd.isCategory && (
                  <Badge size="xs" variant="outline" color="gray">
                    {t('catalog.icd.category')}
                  </Badge>
                )}
              </Group>
              {icd.nameEn && (
                <Text size="xs" c="dimmed" lang="en">
                  {icd.nameEn}
                </Text>
              )}
            </Table.Td>
            <Table.Td>{icd.chapter}</Table.Td>
          </Table.Tr>
        ))}
        {rows.length === 0 && results.answered && (
          <EmptyRow colSpan={canFavourite ? 4 : 3}>
            {showingFavourites
              ? t(canFavourite ? 'catalog.favourites.none' : 'catalog.search.typeToFind')
              : t('catalog.noResults')}
          </EmptyRow>
        )}
      </>
    ),
    [rows, canFavourite, toggleFavourite, results.answered, showingFavourites, t],
  );

  return (
    <>
      <Group align="flex-end" mb="sm">
        <CatalogSearch
          label={t('catalog.search.icd')}
          description={t('catalog.search.icdHint')}
          value={text}
          onChange={setText}
        />
        {importButton}
      </Group>
      <ApiErrorAlert error={results.error ?? favourite.error} />
      {showingFavourites && canFavourite && rows.length > 0 && (
        <Text fw={600} size="sm" mb={4}>
          {t('catalog.favourites.title')}
        </Text>
      )}
      <CatalogTable busy={results.stale} minWidth={640}>
        <Table.Thead>
          <Table.Tr>
            {canFavourite && (
              <Table.Th w={90} style={{ whiteSpace: 'nowrap' }}>
                {t('catalog.col.favourite')}
              </Table.Th>
            )}
            <Table.Th w={90}>{t('catalog.col.code')}</Table.Th>
            <Table.Th>{t('catalog.col.icdName')}</Table.Th>
            <Table.Th w={90}>{t('catalog.col.chapter')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>{body}</Table.Tbody>
      </CatalogTable>
    </>
  );
}

function FavouriteToggle({ icd, onToggle }: { icd: IcdView; onToggle: () => void }) {
  const { t } = useI18n();
  const label = t(icd.favourite ? 'catalog.favourite.remove' : 'catalog.favourite.add', {
    code: icd.code,
  });
  return (
    <ActionIcon
      variant="subtle"
      color={icd.favourite ? 'yellow.8' : 'gray.7'}
      aria-label={label}
      aria-pressed={icd.favourite}
      title={label}
      onClick={onToggle}
    >
      <span aria-hidden style={{ fontSize: 18, lineHeight: 1 }}>
        {icd.favourite ? '★' : '☆'}
      </span>
    </ActionIcon>
  );
}
