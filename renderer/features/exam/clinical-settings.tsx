import { NumberInput, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import type { Settings } from '../../../shared/api';
import { useI18n } from '../../i18n/i18n';
import { Section, SectionForm } from '../settings/section-form';
import { ExamServiceSelect } from './exam-service-select';

export interface ClinicalSettingsProps {
  clinical: Settings['clinical'];
}

/** "I10, E11 J44" or one per line: the list as the station head types it. */
const prefixesOf = (text: string): string[] =>
  text
    .split(/[\s,;]+/)
    .map((code) => code.trim().toUpperCase())
    .filter((code) => code !== '');

/** Prescribing limits (TT 26/2025), the series of the prescription codes, and the exam fee. */
export function ClinicalSettings({ clinical }: ClinicalSettingsProps) {
  const { t } = useI18n();
  return (
    <Section title={t('settings.clinical')}>
      <SectionForm
        section="clinical"
        initial={{ ...clinical, chronicIcdPrefixes: clinical.chronicIcdPrefixes.join(', ') }}
        toInput={(values) => ({
          clinical: { ...values, chronicIcdPrefixes: prefixesOf(values.chronicIcdPrefixes) },
        })}
      >
        {(form) => (
          <>
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <NumberInput
                label={t('settings.maxPrescriptionDays')}
                min={1}
                max={90}
                allowDecimal={false}
                {...form.getInputProps('maxPrescriptionDays')}
              />
              <NumberInput
                label={t('settings.chronicMaxPrescriptionDays')}
                min={1}
                max={365}
                allowDecimal={false}
                {...form.getInputProps('chronicMaxPrescriptionDays')}
              />
              <TextInput
                label={t('settings.prescriptionSeries')}
                description={t('settings.prescriptionSeriesHint')}
                maxLength={1}
                {...form.getInputProps('prescriptionSeries')}
              />
            </SimpleGrid>
            <ExamServiceSelect inputProps={form.getInputProps('examServiceCode')} />
            <Textarea
              label={t('settings.chronicIcdPrefixes')}
              description={t('settings.chronicIcdPrefixesHint')}
              autosize
              minRows={2}
              maxRows={8}
              {...form.getInputProps('chronicIcdPrefixes')}
            />
          </>
        )}
      </SectionForm>
    </Section>
  );
}
