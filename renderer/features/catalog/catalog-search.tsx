import { TextInput } from '@mantine/core';
import { useState } from 'react';

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

/**
 * The text as typed, and the query it asks (trimmed). Every key asks at once: useLiveSearch
 * aborts the question of the key before, so no pause stands between typing and results.
 */
export function useSearchText(): [string, string, (value: string) => void] {
  const [text, setText] = useState('');
  return [text, text.trim(), setText];
}
