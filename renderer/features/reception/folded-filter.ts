import type { ComboboxItem, ComboboxParsedItem, OptionsFilter } from '@mantine/core';
import { nameTokens } from '../../../shared/domain/text';

function isItem(option: ComboboxParsedItem): option is ComboboxItem {
  return 'value' in option;
}

/**
 * Select options whose label has every typed word as a word prefix, accents and đ ignored:
 * "dak lak" finds "Đắk Lắk", "kinh" finds "Kinh".
 */
export const foldedFilter: OptionsFilter = ({ options, search, limit }) => {
  const words = nameTokens(search);
  const items = options.filter(isItem);
  if (words.length === 0) return items.slice(0, limit);
  return items
    .filter((option) => {
      const label = nameTokens(option.label);
      return words.every((word) => label.some((token) => token.startsWith(word)));
    })
    .slice(0, limit);
};
