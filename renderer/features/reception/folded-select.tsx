import { Select, type SelectProps } from '@mantine/core';
import { useI18n } from '../../i18n/i18n';
import { foldedFilter } from './folded-filter';

export type FoldedSelectProps = SelectProps;

/** A searchable, clearable select that matches what is typed in any accent form. */
export function FoldedSelect(props: FoldedSelectProps) {
  const { t } = useI18n();
  return (
    <Select
      searchable
      clearable
      clearButtonProps={{ 'aria-label': t('common.clear') }}
      filter={foldedFilter}
      nothingFoundMessage={t('reception.nothingFound')}
      {...props}
    />
  );
}
