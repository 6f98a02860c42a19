import { SimpleGrid, Textarea } from '@mantine/core';
import { useCallback, useRef, useState } from 'react';
import type { ExamNotes } from '../../../shared/api';
import { useApiMutation } from '../../api/hooks';
import { fieldErrorsOf } from '../../components/api-error';
import { DateField } from '../../components/date-field';
import { useI18n } from '../../i18n/i18n';

export type NoteField = keyof ExamNotes;
type NoteValues = Record<NoteField, string>;

const toValues = (notes: ExamNotes): NoteValues => ({
  history: notes.history ?? '',
  complaint: notes.complaint ?? '',
  examination: notes.examination ?? '',
  conclusion: notes.conclusion ?? '',
  advice: notes.advice ?? '',
  reexamDate: notes.reexamDate ?? '',
});

export interface ExamNotesState {
  values: NoteValues;
  errors: Record<string, string>;
  set: (field: NoteField, value: string) => void;
  /** Saves the fields changed since the last save; resolves false when refused. */
  flush: () => Promise<boolean>;
}

/** The notes as typed, saved field by field when the doctor leaves a field or finishes. */
export function useExamNotes(visitId: number, initial: ExamNotes): ExamNotesState {
  const { t } = useI18n();
  const save = useApiMutation('visits.saveNotes');
  const [values, setValues] = useState(() => toValues(initial));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const saved = useRef(toValues(initial));

  const flush = useCallback(async () => {
    const current = values;
    const changed = (Object.keys(current) as NoteField[]).filter(
      (field) => current[field] !== saved.current[field],
    );
    if (changed.length === 0) return true;
    const patch = Object.fromEntries(changed.map((field) => [field, current[field] || null]));
    try {
      await save.mutateAsync({ visitId, ...patch });
      saved.current = {
        ...saved.current,
        ...Object.fromEntries(changed.map((f) => [f, current[f]])),
      };
      setErrors({});
      return true;
    } catch (failure) {
      setErrors(fieldErrorsOf(failure, t));
      return false;
    }
  }, [save, t, visitId, values]);

  const set = useCallback((field: NoteField, value: string) => {
    setValues((before) => ({ ...before, [field]: value }));
  }, []);

  return { values, errors, set, flush };
}

export interface NotesFieldsProps {
  notes: ExamNotesState;
  fields: readonly Exclude<NoteField, 'reexamDate'>[];
  editable: boolean;
  /** The re-exam date beside the text fields. */
  withReexamDate?: boolean;
}

/** Text areas that grow with what is written; leaving one saves it. */
export function NotesFields({ notes, fields, editable, withReexamDate }: NotesFieldsProps) {
  const { t } = useI18n();
  const blur = () => void notes.flush();
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm" verticalSpacing="xs">
      {fields.map((field) => (
        <Textarea
          key={field}
          label={t(`exam.notes.${field}`)}
          autosize
          minRows={1}
          maxRows={8}
          readOnly={!editable}
          value={notes.values[field]}
          error={notes.errors[field]}
          onChange={(event) => notes.set(field, event.currentTarget.value)}
          onBlur={blur}
        />
      ))}
      {withReexamDate && (
        <DateField
          label={t('exam.notes.reexamDate')}
          readOnly={!editable}
          value={notes.values.reexamDate || null}
          error={notes.errors.reexamDate}
          onChange={(value) => notes.set('reexamDate', value ?? '')}
          onBlur={blur}
        />
      )}
    </SimpleGrid>
  );
}
