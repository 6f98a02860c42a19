import {
  Alert,
  Button,
  Group,
  NumberInput,
  Paper,
  Radio,
  Select,
  SimpleGrid,
  Stack,
  TagsInput,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDebouncedValue } from '@mantine/hooks';
import type { ReactNode } from 'react';
import type { PatientView } from '../../../shared/api';
import type { LocalizedText } from '../../../shared/api/result';
import { CHILD_AGE_MONTHS } from '../../../shared/domain/age';
import { localDate } from '../../../shared/domain/dates';
import { ETHNICITIES, OTHER_ETHNICITY_CODES } from '../../../shared/domain/ethnicities';
import { call } from '../../api/client';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { ApiErrorAlert, asApiError, fieldErrorsOf } from '../../components/api-error';
import { clearDraft, useKeepDraft } from '../../app/drafts';
import { DateField } from '../../components/date-field';
import { RestoredDraft } from '../../components/draft-notice';
import { useI18n } from '../../i18n/i18n';
import { useScanHandler } from '../scanner/scanner-provider';
import { AddressFields } from './address-fields';
import { DuplicateCandidates } from './duplicate-candidates';
import { FoldedSelect } from './folded-select';
import {
  duplicateDraft,
  formProblems,
  inputFromValues,
  needsGuardian,
  valuesWithCard,
  type PatientFormValues,
} from './patient-form-values';

const ETHNICITY_OPTIONS = [...ETHNICITIES, ...OTHER_ETHNICITY_CODES].map((e) => ({
  value: e.code,
  label: e.name,
}));

export interface PatientFormProps {
  /** Where the typing is kept while reception does something else (drafts.ts). */
  draftKey: string;
  initial: PatientFormValues;
  /** The form with nothing typed yet: a draft is kept only when the values differ from it. */
  baseline: PatientFormValues;
  /** Editing this record; registering a new one when absent. */
  patient?: PatientView;
  /** What a scan could not read, shown above the form. */
  notices?: LocalizedText[];
  onSaved: (patient: PatientView) => void;
  onCancel: () => void;
  onOpenPatient: (id: number) => void;
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md">
      <Title order={2} size="h5" mb="sm">
        {title}
      </Title>
      <Stack gap="sm">{children}</Stack>
    </Paper>
  );
}

/** Register or edit a patient: every field, duplicates shown before saving, scans fill it. */
export function PatientForm({
  draftKey,
  initial,
  baseline,
  patient,
  notices = [],
  onSaved,
  onCancel,
  onOpenPatient,
}: PatientFormProps) {
  const { t } = useI18n();
  const settings = useApiQuery('settings.get', {}, { staleTime: 60_000 });
  const guardianMonths = settings.data?.reception.guardianUnderMonths ?? CHILD_AGE_MONTHS;
  const create = useApiMutation('patients.create', ['patients.search', 'patients.duplicates']);
  const update = useApiMutation('patients.update', ['patients.search', 'patients.get']);
  const mutation = patient ? update : create;
  const form = useForm<PatientFormValues>({
    initialValues: initial,
    // Every rule the server applies without its database, all at once (and dates as typed).
    validate: (current) =>
      Object.fromEntries(
        Object.entries(
          formProblems(current, {
            today: localDate(new Date()),
            guardianUnderMonths: guardianMonths,
          }),
        ).map(([path, problem]) => [path, t(problem.key, problem.params)]),
      ),
  });
  const values = form.values;
  useKeepDraft(draftKey, values, {
    keep: (current) => JSON.stringify(current) !== JSON.stringify(baseline),
    label: (current) => current.fullName.trim() || t('drafts.unnamed'),
  });
  const [draft] = useDebouncedValue(duplicateDraft(values), 300);
  const duplicates = useApiQuery(
    'patients.duplicates',
    { draft, ...(patient && { excludeId: patient.id }) },
    { enabled: Boolean(draft.fullName || draft.cccd || draft.phone || draft.bhyt?.code) },
  );
  const candidates = duplicates.data ?? [];
  const blocked = candidates.some((c) => c.blocking);
  const showGuardian =
    values.guardian.name !== '' || needsGuardian(values, localDate(new Date()), guardianMonths);
  const hasCard = values.bhyt.code.trim() !== '';
  const conflict = asApiError(mutation.error)?.details?.patientId;

  useScanHandler((raw) => {
    void call('cards.parse', { raw }).then((card) => {
      if (card.kind === 'cccd' || card.kind === 'bhyt')
        form.setValues(valuesWithCard(form.getValues(), card));
    });
  });

  /** DateField holds YYYY-MM-DD or null, like these form fields. */
  const dateProps = (
    path: 'birthDate' | 'bhyt.validFrom' | 'bhyt.validTo' | 'bhyt.fiveYearDate',
  ) => {
    const props = form.getInputProps(path);
    return {
      ...props,
      value: (props.value as string | null | undefined) ?? null,
      keepInvalid: true,
    };
  };

  const submit = form.onSubmit(async (submitted) => {
    try {
      const input = inputFromValues(submitted);
      const saved = patient
        ? await update.mutateAsync({
            ...input,
            id: patient.id,
            expectedUpdatedAt: patient.updatedAt,
          })
        : await create.mutateAsync(input);
      clearDraft(draftKey);
      onSaved(saved);
    } catch (failure) {
      form.setErrors(fieldErrorsOf(failure, t));
    }
  });

  return (
    <form
      onSubmit={submit}
      noValidate
      aria-label={t(patient ? 'reception.edit' : 'reception.register')}
    >
      <Stack gap="md">
        <RestoredDraft
          draftKey={draftKey}
          onDiscard={() => {
            form.setValues(baseline);
            form.clearErrors();
          }}
        />
        {notices.map((notice) => (
          <Alert key={notice.key} color="yellow" variant="light">
            {t(notice.key, notice.params)}
          </Alert>
        ))}
        <DuplicateCandidates candidates={candidates} onOpen={onOpenPatient} />
        <Section title={t('reception.section.identity')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t('reception.field.fullName')}
              required
              data-autofocus
              autoFocus
              {...form.getInputProps('fullName')}
            />
            <Radio.Group label={t('reception.field.sex')} required {...form.getInputProps('sex')}>
              <Group mt={6}>
                <Radio value="male" label={t('patients.sex.male')} />
                <Radio value="female" label={t('patients.sex.female')} />
              </Group>
            </Radio.Group>
            <DateField
              label={t('reception.field.birthDate')}
              maxDate={new Date()}
              {...dateProps('birthDate')}
            />
            <NumberInput
              label={t('reception.field.birthYear')}
              description={t('reception.field.birthYearHint')}
              min={1900}
              max={new Date().getFullYear()}
              allowDecimal={false}
              hideControls
              disabled={Boolean(values.birthDate)}
              {...form.getInputProps('birthYear')}
            />
            <TextInput
              label={t('reception.field.phone')}
              inputMode="tel"
              {...form.getInputProps('phone')}
            />
            <TextInput
              label={t('reception.field.cccd')}
              inputMode="numeric"
              {...form.getInputProps('cccd')}
            />
            <FoldedSelect
              label={t('reception.field.ethnicity')}
              data={ETHNICITY_OPTIONS}
              {...form.getInputProps('ethnicityCode')}
            />
            <TextInput
              label={t('reception.field.occupation')}
              {...form.getInputProps('occupation')}
            />
            <TextInput
              label={t('reception.field.occupationCode')}
              description={t('reception.field.occupationCodeHint')}
              inputMode="numeric"
              maxLength={5}
              {...form.getInputProps('occupationCode')}
            />
            <TextInput
              label={t('reception.field.nationalityCode')}
              description={t('reception.field.nationalityCodeHint')}
              inputMode="numeric"
              maxLength={3}
              {...form.getInputProps('nationalityCode')}
            />
          </SimpleGrid>
        </Section>
        <Section title={t('reception.section.insurance')}>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput
              label={t('reception.field.bhytCode')}
              placeholder="DN4010120878811"
              {...form.getInputProps('bhyt.code')}
            />
            <DateField
              label={t('reception.field.validFrom')}
              required={hasCard}
              {...dateProps('bhyt.validFrom')}
            />
            <DateField
              label={t('reception.field.validTo')}
              required={hasCard}
              {...dateProps('bhyt.validTo')}
            />
            <TextInput
              label={t('reception.field.facilityCode')}
              placeholder="01001"
              {...form.getInputProps('bhyt.facilityCode')}
            />
            <DateField
              label={t('reception.field.fiveYearDate')}
              {...dateProps('bhyt.fiveYearDate')}
            />
            {!hasCard && (
              <Select
                label={t('reception.field.insuranceStatus')}
                data={[
                  { value: 'none', label: t('patients.insurance.none') },
                  { value: 'unverified', label: t('patients.insurance.unverified') },
                ]}
                allowDeselect={false}
                {...form.getInputProps('insuranceStatus')}
              />
            )}
          </SimpleGrid>
        </Section>
        <Section title={t('reception.section.address')}>
          <AddressFields form={form} />
        </Section>
        <Section title={t('reception.section.health')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Textarea
              label={t('reception.field.allergies')}
              autosize
              minRows={1}
              {...form.getInputProps('allergies.text')}
            />
            <TagsInput
              label={t('reception.field.allergyIngredients')}
              description={t('reception.field.allergyIngredientsHint')}
              {...form.getInputProps('allergies.ingredients')}
            />
          </SimpleGrid>
          {showGuardian && (
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput
                label={t('reception.field.guardianName')}
                description={t('reception.field.guardianHint', { months: guardianMonths })}
                required
                {...form.getInputProps('guardian.name')}
              />
              <TextInput
                label={t('reception.field.guardianPhone')}
                inputMode="tel"
                {...form.getInputProps('guardian.phone')}
              />
            </SimpleGrid>
          )}
          <Textarea
            label={t('reception.field.notes')}
            autosize
            minRows={1}
            {...form.getInputProps('notes')}
          />
        </Section>
        {conflict !== undefined && (
          <Button variant="light" color="red" onClick={() => onOpenPatient(Number(conflict))}>
            {t('reception.openExisting')}
          </Button>
        )}
        <ApiErrorAlert error={mutation.error} />
        <Group justify="flex-end">
          <Button
            variant="default"
            onClick={() => {
              clearDraft(draftKey);
              onCancel();
            }}
          >
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={mutation.isPending} disabled={blocked}>
            {candidates.length > 0 && !patient ? t('reception.saveAnyway') : t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
