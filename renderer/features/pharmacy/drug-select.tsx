import { Select, Text, type SelectProps } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { DrugView } from '../../../shared/api';
import { useApiQuery } from '../../api/hooks';
import { nameWithStrength } from '../../../shared/domain/prescription';
import { foldVietnamese } from '../../../shared/domain/text';
import { useI18n } from '../../i18n/i18n';

export interface DrugSelectProps extends Omit<
  SelectProps<number>,
  'data' | 'value' | 'onChange' | 'searchValue'
> {
  value: DrugView | null;
  onChange: (drug: DrugView | null) => void;
}

/** "Amlodipin Stada 5mg · Amlodipin": the strength once, the ingredient when it says more. */
export function drugLabel(drug: DrugView): string {
  const named = nameWithStrength(drug.name, drug.strength);
  const inName = foldVietnamese(drug.name).includes(foldVietnamese(drug.ingredient));
  return drug.ingredient && !inName ? `${named} · ${drug.ingredient}` : named;
}

/** A drug found by the catalogue's search (folded names, ingredient, MA_THUOC prefix). */
export function DrugSelect({ value, onChange, onKeyDown, ...props }: DrugSelectProps) {
  const { t } = useI18n();
  const [search, setSearch] = useState(value ? drugLabel(value) : '');
  // While the box shows the chosen drug's label, the list shows drugs by name.
  const typed = value && search === drugLabel(value) ? '' : search.trim();
  const [q] = useDebouncedValue(typed, 150);
  const results = useApiQuery(
    'catalog.drugs.search',
    { q, limit: 20 },
    { placeholderData: keepPreviousData },
  );
  const drugs = useMemo(() => {
    const found = results.data ?? [];
    return value && !found.some((d) => d.id === value.id) ? [value, ...found] : found;
  }, [results.data, value]);
  const byId = new Map(drugs.map((d) => [d.id, d]));
  // The text whose first match Enter asked for, until its answer arrives.
  const pickFirst = useRef<string | null>(null);
  const fresh = results.isSuccess && !results.isPlaceholderData ? results.data : null;
  useEffect(() => {
    if (pickFirst.current === null || pickFirst.current !== q || !fresh) return;
    pickFirst.current = null;
    if (fresh[0]) onChange(fresh[0]);
  }, [q, fresh, onChange]);
  const takeFirst = (text: string) => {
    if (q === text && fresh) {
      if (fresh[0]) onChange(fresh[0]);
    } else {
      pickFirst.current = text;
    }
  };

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
      onKeyDown={(event) => {
        // Enter takes the highlighted match, or the first one for the text typed (once its
        // answer is in: typing then Enter at once must not take a match of fewer letters).
        const list = event.currentTarget.getAttribute('aria-controls');
        const highlighted =
          list && document.querySelector(`#${CSS.escape(list)} [data-combobox-selected]`);
        if (event.key === 'Enter' && !highlighted && typed !== '') takeFirst(typed);
        onKeyDown?.(event);
      }}
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
