import { NumberInput, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import type { Settings } from '../../../shared/api';
import { formatIsoDate, parseTypedDate } from '../../../shared/domain/dates';
import { useI18n } from '../../i18n/i18n';
import { Section, SectionForm } from '../settings/section-form';

export interface ReportsSettingsProps {
  reports: Settings['reports'];
}

/** One holiday per line as staff type dates; what does not read as a date is sent as typed. */
const holidaysOf = (text: string): string[] =>
  text
    .split(/[\n,;]+/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => parseTypedDate(line) ?? line);

/** When statistics reports are due, the holidays that do not count, and the printed authority. */
export function ReportsSettings({ reports }: ReportsSettingsProps) {
  const { t } = useI18n();
  return (
    <Section title={t('settings.reports')}>
      <SectionForm
        section="reports"
        initial={{ ...reports, holidays: reports.holidays.map(formatIsoDate).join('\n') }}
        toInput={(values) => ({ reports: { ...values, holidays: holidaysOf(values.holidays) } })}
      >
        {(form) => (
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <NumberInput
              label={t('settings.reports.deadlineWorkingDays')}
              min={1}
              max={60}
              allowDecimal={false}
              {...form.getInputProps('deadlineWorkingDays')}
            />
            <TextInput
              label={t('settings.reports.authority')}
              {...form.getInputProps('authority')}
            />
            <Textarea
              label={t('settings.reports.holidays')}
              autosize
              minRows={2}
              {...form.getInputProps('holidays')}
            />
          </SimpleGrid>
        )}
      </SectionForm>
    </Section>
  );
}
