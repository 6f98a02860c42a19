import { TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';

/** Results follow the typing, but not every keystroke is a call. */
const SEARCH_DEBOUNCE_MS = 150;

export interface CatalogSearchProps {
  label: string;
  description?: string;
  value: string;
  onChange: (value: string) => void;
}

/** The search box each tab opens with: focused, so typing starts at once. */
export function CatalogSearch({ label, description, value, onChange }: CatalogSearchProps) {
  return (
    <TextInput
      label={label}
      description={description}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      type="search"
      autoComplete="off"
      autoFocus
      style={{ flex: 1, minWidth: 260 }}
    />
  );
}

/** The text as typed, and the same text once typing pauses (what the query uses). */
export function useSearchText(): [string, string, (value: string) => void] {
  const [text, setText] = useState('');
  const [settled] = useDebouncedValue(text.trim(), SEARCH_DEBOUNCE_MS);
  return [text, settled, setText];
}
