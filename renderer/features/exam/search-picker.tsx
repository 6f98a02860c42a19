import { Combobox, Loader, TextInput, useCombobox } from '@mantine/core';
import { useEffect, useEffectEvent, useState, type ReactNode } from 'react';
import { useI18n } from '../../i18n/i18n';

export interface SearchPickerProps<T> {
  label: string;
  placeholder?: string;
  /** What the box holds: the parent debounces it into its search query. */
  query: string;
  onQueryChange: (query: string) => void;
  results: readonly T[];
  loading?: boolean;
  keyOf: (item: T) => string;
  renderOption: (item: T) => ReactNode;
  onPick: (item: T) => void;
  /** Open the list on focus even before typing (favourites for an empty query). */
  openOnFocus?: boolean;
}

/**
 * A search box whose results come from the server: arrows move through them, Enter takes the
 * highlighted one (the first, once results arrive) and the box empties for the next pick.
 */
export function SearchPicker<T>({
  label,
  placeholder,
  query,
  onQueryChange,
  results,
  loading,
  keyOf,
  renderOption,
  onPick,
  openOnFocus,
}: SearchPickerProps<T>) {
  const { t } = useI18n();
  const combobox = useCombobox({ onDropdownClose: () => combobox.resetSelectedOption() });
  const [focused, setFocused] = useState(false);

  // Only new results move the highlight, not every render (arrows keep their place).
  const highlightFirst = useEffectEvent(() => {
    if (results.length > 0) combobox.selectFirstOption();
  });
  useEffect(() => highlightFirst(), [results]);

  const byKey = new Map(results.map((item) => [keyOf(item), item]));
  const showEmpty = query.trim() !== '' && !loading && results.length === 0;

  return (
    <Combobox
      store={combobox}
      onOptionSubmit={(key) => {
        const item = byKey.get(key);
        if (item) onPick(item);
        onQueryChange('');
        combobox.closeDropdown();
      }}
    >
      <Combobox.Target>
        <TextInput
          label={label}
          placeholder={placeholder}
          value={query}
          autoComplete="off"
          rightSection={loading && focused ? <Loader size={14} /> : null}
          onChange={(event) => {
            onQueryChange(event.currentTarget.value);
            combobox.openDropdown();
          }}
          onFocus={() => {
            setFocused(true);
            if (openOnFocus || query) combobox.openDropdown();
          }}
          onClick={() => combobox.openDropdown()}
          onBlur={() => {
            setFocused(false);
            combobox.closeDropdown();
          }}
        />
      </Combobox.Target>
      <Combobox.Dropdown hidden={results.length === 0 && !showEmpty}>
        <Combobox.Options mah={320} style={{ overflowY: 'auto' }}>
          {results.map((item) => (
            <Combobox.Option key={keyOf(item)} value={keyOf(item)}>
              {renderOption(item)}
            </Combobox.Option>
          ))}
          {showEmpty && <Combobox.Empty>{t('exam.search.none')}</Combobox.Empty>}
        </Combobox.Options>
      </Combobox.Dropdown>
    </Combobox>
  );
}
