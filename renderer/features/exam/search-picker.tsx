import { Combobox, Loader, TextInput, useCombobox } from '@mantine/core';
import { useEffect, useEffectEvent, useMemo, useRef, useState, type ReactNode } from 'react';
import type { InputOf, OutputOf, ProcedureName } from '../../../shared/api';
import { useLiveSearch } from '../../api/hooks';
import { useI18n } from '../../i18n/i18n';

/** Search procedures whose answer is a list. */
export type ListProcedure = {
  [N in ProcedureName]: OutputOf<N> extends readonly unknown[] ? N : never;
}[ProcedureName];

type ItemOf<N extends ListProcedure> = OutputOf<N> extends readonly (infer T)[] ? T : never;

export interface SearchPickerProps<N extends ListProcedure> {
  label: string;
  placeholder?: string;
  /** The catalogue search this picker asks, and its input for the typed text. */
  procedure: N;
  input: (q: string) => InputOf<N>;
  /** Ask with an empty box too (the doctor's favourites); else the list waits for a key. */
  searchEmpty?: boolean;
  /** False where the page cannot pick (a finished visit): nothing is asked. */
  enabled?: boolean;
  keyOf: (item: ItemOf<N>) => string;
  renderOption: (item: ItemOf<N>) => ReactNode;
  onPick: (item: ItemOf<N>) => void;
  /** Open the list on focus even before typing (favourites for an empty query). */
  openOnFocus?: boolean;
  /** Each answer for the current text, for pages that show more about what was found. */
  onResults?: (items: readonly ItemOf<N>[]) => void;
}

const NOTHING: readonly never[] = [];

/**
 * A search box whose results come from the server as the doctor types: arrows move through
 * them, Enter takes the highlighted one (the first, once results arrive) and the box empties
 * for the next pick. The typed text lives here, so a key redraws the box and not the page.
 */
export function SearchPicker<N extends ListProcedure>({
  label,
  placeholder,
  procedure,
  input,
  searchEmpty = false,
  enabled = true,
  keyOf,
  renderOption,
  onPick,
  openOnFocus,
  onResults,
}: SearchPickerProps<N>) {
  const { t } = useI18n();
  const combobox = useCombobox({ onDropdownClose: () => combobox.resetSelectedOption() });
  const [focused, setFocused] = useState(false);
  const [query, setQuery] = useState('');
  const q = query.trim();
  const asking = enabled && (searchEmpty || q !== '');
  const search = useLiveSearch(procedure, input(q), asking);
  const results = (asking ? (search.data ?? NOTHING) : NOTHING) as readonly ItemOf<N>[];
  const stale = asking && search.stale;

  const submit = (item: ItemOf<N> | undefined) => {
    if (item) onPick(item);
    setQuery('');
    combobox.closeDropdown();
  };
  // Enter pressed before the answer to the current text arrived: it takes that answer's first.
  const pendingEnter = useRef(false);
  // Only a new answer moves the highlight (arrows keep their place); an earlier text's
  // options are never highlighted, so Enter cannot take one of them.
  const followAnswer = useEffectEvent(() => {
    if (stale) {
      combobox.resetSelectedOption();
      return;
    }
    if (results.length > 0) combobox.selectFirstOption();
    if (pendingEnter.current) {
      pendingEnter.current = false;
      // As if Enter came now: Mantine clicks the highlighted (first) option.
      if (results.length > 0) combobox.clickSelectedOption();
    }
  });
  useEffect(() => followAnswer(), [results, stale]);
  const reportResults = useEffectEvent(() => {
    if (!stale && search.answered) onResults?.(results);
  });
  useEffect(() => reportResults(), [results, stale]);

  const byKey = useMemo(
    () => new Map(results.map((item) => [keyOf(item), item])),
    [results, keyOf],
  );
  // Drawn again for a new answer only: typing a key leaves the options as they are.
  const options = useMemo(
    () =>
      results.map((item) => (
        <Combobox.Option key={keyOf(item)} value={keyOf(item)}>
          {renderOption(item)}
        </Combobox.Option>
      )),
    [results, keyOf, renderOption],
  );
  const showEmpty = q !== '' && search.answered && results.length === 0;

  return (
    <Combobox store={combobox} onOptionSubmit={(key) => submit(byKey.get(key))}>
      <Combobox.Target>
        <TextInput
          label={label}
          placeholder={placeholder}
          value={query}
          autoComplete="off"
          rightSection={stale && focused ? <Loader size={14} /> : null}
          onChange={(event) => {
            setQuery(event.currentTarget.value);
            pendingEnter.current = false;
            combobox.openDropdown();
          }}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && stale) {
              event.preventDefault();
              pendingEnter.current = true;
            }
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
        {/* An earlier text's options stay visible, dimmed, until the current text's arrive. */}
        <Combobox.Options
          mah={320}
          aria-busy={stale}
          style={{ overflowY: 'auto', opacity: stale ? 0.5 : 1 }}
        >
          {options}
          {showEmpty && <Combobox.Empty>{t('exam.search.none')}</Combobox.Empty>}
        </Combobox.Options>
      </Combobox.Dropdown>
    </Combobox>
  );
}
