import { Button, Group, Input, NumberInput, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import type { VitalsView } from '../../../shared/api';
import { formatLocalDateTime } from '../../../shared/domain/dates';
import { bmi, VITAL_FIELDS, type VitalField } from '../../../shared/domain/vitals';
import { useApiMutation } from '../../api/hooks';
import { ApiErrorAlert, fieldErrorsOf } from '../../components/api-error';
import { useNotify } from '../../components/notify';
import { useI18n } from '../../i18n/i18n';

export interface VitalsFormProps {
  visitId: number;
  vitals: VitalsView | null;
  editable: boolean;
  /** Focus the first field (a nurse opening a waiting patient). */
  autoFocus?: boolean;
}

type Values = Record<VitalField, number | ''>;

/** Units as staff read them beside the value (the perMinute ones are translated). */
const UNITS: Record<VitalField, string | null> = {
  pulse: null,
  systolic: 'mmHg',
  diastolic: 'mmHg',
  temperatureC: '°C',
  respiratoryRate: null,
  spo2: '%',
  weightKg: 'kg',
  heightCm: 'cm',
};

/** Fields with decimals; the others are whole numbers. */
const DECIMALS: Partial<Record<VitalField, number>> = { temperatureC: 1, weightKg: 2, heightCm: 1 };

function valuesOf(vitals: VitalsView | null): Values {
  return Object.fromEntries(VITAL_FIELDS.map((f) => [f, vitals?.[f] ?? ''])) as Values;
}

const numberOrNull = (value: number | ''): number | null => (value === '' ? null : value);

/** The vitals row: Enter saves; unusual readings are kept and flagged beside the field. */
export function VitalsForm({ visitId, vitals, editable, autoFocus }: VitalsFormProps) {
  const { t, locale } = useI18n();
  const notify = useNotify();
  const save = useApiMutation('visits.recordVitals', ['visits.get', 'visits.worklist']);
  const form = useForm<Values>({ initialValues: valuesOf(vitals) });
  const [warnings, setWarnings] = useState(vitals?.warnings ?? {});
  const submit = form.onSubmit(async (values) => {
    try {
      const saved = await save.mutateAsync({
        visitId,
        ...(Object.fromEntries(VITAL_FIELDS.map((f) => [f, numberOrNull(values[f])])) as Record<
          VitalField,
          number | null
        >),
      });
      setWarnings(saved.warnings);
      form.resetDirty(values);
      notify('teal', t('exam.vitals.saved'));
    } catch (failure) {
      form.setErrors(fieldErrorsOf(failure, t));
    }
  });
  const index = bmi(numberOrNull(form.values.weightKg), numberOrNull(form.values.heightCm));

  return (
    <form onSubmit={submit} noValidate aria-label={t('exam.section.vitals')}>
      <Group gap="xs" align="flex-start">
        {VITAL_FIELDS.map((field, i) => {
          if (field === 'diastolic') return null;
          const input = (name: VitalField, label: string | undefined, first: boolean) => {
            const warning = warnings[name];
            return (
              <NumberInput
                key={name}
                w={104}
                label={label}
                aria-label={label ? undefined : t(`exam.vitals.${name}`)}
                readOnly={!editable}
                hideControls
                allowNegative={false}
                decimalScale={DECIMALS[name] ?? 0}
                decimalSeparator={locale === 'vi' ? ',' : '.'}
                autoFocus={autoFocus && first}
                rightSection={
                  <Text size="xs" c="dimmed">
                    {UNITS[name] ?? t('exam.unit.perMinute')}
                  </Text>
                }
                rightSectionWidth={44}
                rightSectionPointerEvents="none"
                description={warning ? t(warning.key, warning.params) : undefined}
                inputWrapperOrder={['label', 'input', 'description', 'error']}
                styles={{ description: { color: 'var(--mantine-color-orange-9)' } }}
                {...form.getInputProps(name)}
              />
            );
          };
          if (field !== 'systolic') return input(field, t(`exam.vitals.${field}`), i === 0);
          // Blood pressure reads as one value, "150/95 mmHg", written in two boxes.
          return (
            <Input.Wrapper
              key="pressure"
              label={t('exam.vitals.pressure')}
              labelElement="div"
              labelProps={{ id: 'vitals-pressure' }}
            >
              <Group gap={4} align="flex-start" role="group" aria-labelledby="vitals-pressure">
                {input('systolic', undefined, false)}
                <Text pt={6}>/</Text>
                {input('diastolic', undefined, false)}
              </Group>
            </Input.Wrapper>
          );
        })}
        <Stack gap={0}>
          <Input.Label component="span">{t('exam.vitals.bmi')}</Input.Label>
          <Text size="lg" pt={4} aria-live="polite">
            {index === null ? '—' : String(index).replace('.', locale === 'vi' ? ',' : '.')}
          </Text>
        </Stack>
      </Group>
      <ApiErrorAlert error={save.error} hideWhenFieldErrors />
      <Group mt="xs" justify="space-between">
        <Text size="xs" c="dimmed">
          {vitals &&
            t('exam.vitals.recorded', {
              time: formatLocalDateTime(vitals.recordedAt),
              name: vitals.recordedBy,
            })}
        </Text>
        {editable && (
          <Button type="submit" size="xs" variant="light" loading={save.isPending}>
            {t('exam.vitals.save')}
          </Button>
        )}
      </Group>
    </form>
  );
}
