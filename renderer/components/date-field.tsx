import '@mantine/dates/styles.css';
import 'dayjs/locale/vi';
import { ActionIcon, Group, Popover, TextInput, type TextInputProps } from '@mantine/core';
import { DatePicker, DatesProvider } from '@mantine/dates';
import { useState, type FocusEvent } from 'react';
import { formatIsoDate, isValidIsoDate, parseTypedDate } from '../../shared/domain/dates';
import { useI18n } from '../i18n/i18n';

export interface DateFieldProps extends Omit<
  TextInputProps,
  'value' | 'onChange' | 'defaultValue' | 'type'
> {
  /** YYYY-MM-DD, empty, or (with keepInvalid) the text of a date that does not exist. */
  value: string | null | undefined;
  onChange: (value: string | null) => void;
  /** A × that empties the field (never in the Tab order). */
  clearable?: boolean;
  minDate?: string | Date;
  maxDate?: string | Date;
  /**
   * Hand a date that does not exist (31/02/1990) to onChange as typed, so the form knows the
   * field is wrong and says so with its other errors; otherwise onChange gets null for it.
   */
  keepInvalid?: boolean;
}

const shown = (value: string | null | undefined): string =>
  value ? (isValidIsoDate(value) ? formatIsoDate(value) : value) : '';

/** The form rule for a keepInvalid date field: empty or a real date. */
export function invalidDate(value: string | null | undefined): boolean {
  return Boolean(value) && !isValidIsoDate(value ?? '');
}

/**
 * A date typed as dd/mm/yyyy (or ddmmyyyy, or picked on the calendar), held as YYYY-MM-DD
 * like the API. What was typed stays in the field: a date that does not exist is marked
 * "Ngày không hợp lệ" beside it, never erased. The clear and calendar buttons are left out of
 * the Tab order, so Tab goes straight on to the next field.
 */
export function DateField({
  value,
  onChange,
  clearable = true,
  minDate,
  maxDate,
  keepInvalid,
  error,
  onBlur,
  readOnly,
  disabled,
  ...props
}: DateFieldProps) {
  const { locale, t } = useI18n();
  const [text, setText] = useState(() => shown(value));
  const [left, setLeft] = useState(false);
  const [calendar, setCalendar] = useState(false);
  // What this field last handed out: any other value was set from outside (a scan, a reset).
  const [emitted, setEmitted] = useState(value ?? null);
  const [seen, setSeen] = useState(value ?? null);
  if ((value ?? null) !== seen) {
    setSeen(value ?? null);
    if ((value ?? null) !== emitted) {
      setText(shown(value));
      setLeft(false);
    }
  }

  const emit = (next: string | null) => {
    setEmitted(next);
    if (next !== (value ?? null)) onChange(next);
  };
  const type = (typed: string) => {
    setText(typed);
    const trimmed = typed.trim();
    const iso = parseTypedDate(trimmed);
    emit(trimmed === '' ? null : (iso ?? (keepInvalid ? trimmed : null)));
  };
  const iso = parseTypedDate(text);
  const invalid = text.trim() !== '' && iso === null;
  const editable = !readOnly && !disabled;

  return (
    <DatesProvider settings={{ locale, firstDayOfWeek: 1 }}>
      <TextInput
        placeholder="dd/mm/yyyy"
        autoComplete="off"
        inputMode="numeric"
        readOnly={readOnly}
        disabled={disabled}
        value={text}
        onChange={(event) => type(event.currentTarget.value)}
        onBlur={(event: FocusEvent<HTMLInputElement>) => {
          setLeft(true);
          if (iso) setText(formatIsoDate(iso));
          onBlur?.(event);
        }}
        error={error ?? (left && invalid ? t('validation.date') : undefined)}
        rightSectionWidth={editable ? 60 : undefined}
        rightSectionPointerEvents="all"
        rightSection={
          editable && (
            <Group gap={0} wrap="nowrap">
              {clearable && text !== '' && (
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  size="sm"
                  tabIndex={-1}
                  aria-label={t('common.clear')}
                  onClick={() => type('')}
                >
                  ×
                </ActionIcon>
              )}
              <Popover opened={calendar} onChange={setCalendar} position="bottom-end" shadow="md">
                <Popover.Target>
                  <ActionIcon
                    variant="subtle"
                    color="gray"
                    size="sm"
                    tabIndex={-1}
                    aria-label={t('common.calendar.open')}
                    onClick={() => setCalendar((open) => !open)}
                  >
                    ▦
                  </ActionIcon>
                </Popover.Target>
                <Popover.Dropdown>
                  <DatePicker
                    value={iso}
                    defaultDate={iso ?? undefined}
                    minDate={minDate}
                    maxDate={maxDate}
                    hideOutsideDates
                    ariaLabels={{
                      previousMonth: t('common.calendar.previousMonth'),
                      nextMonth: t('common.calendar.nextMonth'),
                      previousYear: t('common.calendar.previousYear'),
                      nextYear: t('common.calendar.nextYear'),
                      previousDecade: t('common.calendar.previousDecade'),
                      nextDecade: t('common.calendar.nextDecade'),
                      monthLevelControl: t('common.calendar.chooseMonth'),
                      yearLevelControl: t('common.calendar.chooseYear'),
                    }}
                    onChange={(picked) => {
                      setCalendar(false);
                      if (picked) type(formatIsoDate(picked));
                    }}
                  />
                </Popover.Dropdown>
              </Popover>
            </Group>
          )
        }
        {...props}
      />
    </DatesProvider>
  );
}
