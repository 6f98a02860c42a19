import '@mantine/dates/styles.css';
import 'dayjs/locale/vi';
import { DateInput, DatesProvider, type DateInputProps } from '@mantine/dates';
import { parseTypedDate } from '../../shared/domain/dates';
import { useI18n } from '../i18n/i18n';

export interface DateFieldProps extends Omit<DateInputProps, 'value' | 'onChange'> {
  /** YYYY-MM-DD or empty. */
  value: string | null | undefined;
  onChange: (value: string | null) => void;
}

/** A date typed as dd/mm/yyyy (or picked), held as YYYY-MM-DD like the API. */
export function DateField({ value, onChange, ...props }: DateFieldProps) {
  const { locale, t } = useI18n();
  return (
    <DatesProvider settings={{ locale, firstDayOfWeek: 1 }}>
      <DateInput
        valueFormat="DD/MM/YYYY"
        placeholder="dd/mm/yyyy"
        dateParser={(input) => parseTypedDate(input)}
        clearable
        clearButtonProps={{ 'aria-label': t('common.clear') }}
        previousLabel={t('common.previous')}
        nextLabel={t('common.next')}
        // Days of the neighbouring months are drawn faint, below AA contrast: leave them out.
        hideOutsideDates
        value={value ?? null}
        onChange={onChange}
        {...props}
      />
    </DatesProvider>
  );
}
