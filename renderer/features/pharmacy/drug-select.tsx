import { Select, Text, type SelectProps } from '@mantine/core';
import { useMemo, useState } from 'react';
import type { DrugView } from '../../../shared/api';
import { useLiveSearch } from '../../api/hooks';
import { useI18n } from '../../i18n/i18n';

export interface DrugSelectProps extends Omit<
  SelectProps<number>,
  'data' | 'value' | 'onChange' | 'searchValue'
> {
  value: DrugView | null;
  onChange: (drug: DrugView | null) => void;
}

export const drugLabel = (drug: DrugView): string =>
  `${drug.name} · ${drug.ingredient} ${drug.strength}`.trim();

/** A drug found by the catalogue's search (folded names, ingredient, MA_THUOC prefix). */
export function DrugSelect({ value, onChange, ...props }: DrugSelectProps) {
  const { t } = useI18n();
  const [search, setSearch] = useState(value ? drugLabel(value) : '');
  // While the box shows the chosen drug's label, the list shows drugs by name.
  const q = value && search === drugLabel(value) ? '' : search.trim();
  // Each key asks at once; the answer for the key before is dropped, never shown last.
  const results = useLiveSearch('catalog.drugs.search', { q, limit: 20 });
  const drugs = useMemo(() => {
    const found = results.data ?? [];
    return value && !found.some((d) => d.id === value.id) ? [value, ...found] : found;
  }, [results.data, value]);
  const byId = new Map(drugs.map((d) => [d.id, d]));

  return (
    <Select<number>
      searchable
      data={drugs.map((d) => ({ value: d.id, label: drugLabel(d) }))}
      value={value?.id ?? null}
      onChange={(id) => onChange(id === null ? null : (byId.get(id) ?? null))}
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options }) => options}
      nothingFoundMessage={t('pharmacy.drugs.none')}
      renderOption={({ option }) => {
        const drug = byId.get(option.value);
        return (
          <div>
            <Text size="sm" fw={600}>
              {drug?.name}
            </Text>
            <Text size="xs" c="dimmed">
              {drug && `${drug.code} · ${drug.ingredient} ${drug.strength} · ${drug.unit}`}
            </Text>
          </div>
        );
      }}
      {...props}
    />
  );
}
