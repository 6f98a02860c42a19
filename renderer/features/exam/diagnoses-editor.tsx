import { ActionIcon, Badge, Group, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { keepPreviousData } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import type { DiagnosisView, IcdView } from '../../../shared/api';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { ApiErrorAlert } from '../../components/api-error';
import { localDate } from '../../../shared/domain/dates';
import { icdWarnings, type IcdPatient } from '../../../shared/domain/icd-rules';
import { useI18n } from '../../i18n/i18n';
import { useSearchText } from '../catalog/catalog-search';
import { SearchPicker } from './search-picker';

export interface DiagnosesEditorProps {
  visitId: number;
  diagnoses: DiagnosisView[];
  editable: boolean;
  /** Whom the codes must fit (sex and age limits of QĐ 4469). */
  patient: IcdPatient;
}

type Diagnosis = Omit<DiagnosisView, 'position' | 'text'> & { text: string };

const fromViews = (views: DiagnosisView[]): Diagnosis[] =>
  views.map(({ position: _position, text, ...rest }) => ({ ...rest, text: text ?? '' }));

const entryOf = ({ code, text }: Diagnosis) => ({ code, text: text.trim() || null });
const keyOf = (list: readonly Diagnosis[]): string => JSON.stringify(list.map(entryOf));

const TEXT_SAVE_DEBOUNCE_MS = 500;

/**
 * The primary diagnosis first, then the others. Each pick is saved at once; the search
 * opens on the doctor's favourites and takes codes ("e11") or words without accents.
 */
export function DiagnosesEditor({ visitId, diagnoses, editable, patient }: DiagnosesEditorProps) {
  const { t } = useI18n();
  const today = localDate(new Date());
  const [list, setList] = useState(() => fromViews(diagnoses));
  const [query, settled, setQuery] = useSearchText();
  const search = useApiQuery(
    'catalog.icd.search',
    { q: settled, limit: 12 },
    { enabled: editable, placeholderData: keepPreviousData },
  );
  const save = useApiMutation('visits.setDiagnoses', ['visits.get']);
  const favourite = useApiMutation('catalog.icd.favourite', ['catalog.icd.search']);
  const [favourites, setFavourites] = useState<ReadonlySet<string>>(new Set());

  // What the server holds, so leaving a note unchanged writes nothing.
  const saved = useRef(keyOf(list));
  const store = (next: Diagnosis[]) => {
    const before = list;
    setList(next);
    const [primary, ...secondary] = next;
    if (!primary || keyOf(next) === saved.current) return;
    saved.current = keyOf(next);
    save.mutate(
      { visitId, primary: entryOf(primary), secondary: secondary.map(entryOf) },
      {
        onError: () => {
          saved.current = keyOf(before);
          setList(before);
        },
      },
    );
  };
  // A note is saved once typing pauses, so F9 straight after it does not lose it.
  const storeTyped = useDebouncedCallback(store, TEXT_SAVE_DEBOUNCE_MS);

  const add = (icd: IcdView) => {
    if (list.some((d) => d.code === icd.code)) return;
    const { code, name, isCategory, mainAllowed, sexOnly, ageLists } = icd;
    store([...list, { code, name, isCategory, mainAllowed, sexOnly, ageLists, text: '' }]);
  };
  const remove = (code: string) => store(list.filter((d) => d.code !== code));
  const makePrimary = (code: string) =>
    store([...list.filter((d) => d.code === code), ...list.filter((d) => d.code !== code)]);
  const setText = (code: string, text: string) => {
    const next = list.map((d) => (d.code === code ? { ...d, text } : d));
    setList(next);
    storeTyped(next);
  };
  const isFavourite = (code: string) =>
    favourites.has(code) || (search.data?.some((i) => i.code === code && i.favourite) ?? false);
  const toggleFavourite = (code: string) => {
    const on = !isFavourite(code);
    favourite.mutate(
      { code, favourite: on },
      {
        onSuccess: () =>
          setFavourites((set) => {
            const next = new Set(set);
            if (on) next.add(code);
            else next.delete(code);
            return next;
          }),
      },
    );
  };

  return (
    <Stack gap="xs">
      {list.length === 0 && (
        <Text c="dimmed" size="sm">
          {t('exam.dx.none')}
        </Text>
      )}
      {list.map((d, index) => (
        <Stack key={d.code} gap={2}>
          <Group gap="xs" wrap="nowrap" align="center">
            <Badge
              variant={index === 0 ? 'filled' : 'light'}
              color={index === 0 ? 'teal.9' : 'gray'}
              w={112}
            >
              {t(index === 0 ? 'exam.dx.primary' : 'exam.dx.secondary')}
            </Badge>
            <Text fw={700} w={56}>
              {d.code}
            </Text>
            <Text style={{ flex: 1 }} size="sm">
              {d.name}
            </Text>
            <TextInput
              size="xs"
              w={200}
              placeholder={editable ? t('exam.dx.text') : undefined}
              aria-label={t('exam.dx.textLabel', { code: d.code })}
              value={d.text}
              readOnly={!editable}
              onChange={(event) => setText(d.code, event.currentTarget.value)}
              onBlur={() => editable && store(list)}
            />
            {editable && (
              <Group gap={2} wrap="nowrap" w={84} justify="flex-end">
                {index > 0 && (
                  <ActionIcon
                    variant="subtle"
                    aria-label={t('exam.dx.makePrimary', { code: d.code })}
                    onClick={() => makePrimary(d.code)}
                  >
                    ↑
                  </ActionIcon>
                )}
                <ActionIcon
                  variant="subtle"
                  color="yellow.9"
                  aria-label={t(isFavourite(d.code) ? 'exam.dx.unfavourite' : 'exam.dx.favourite', {
                    code: d.code,
                  })}
                  onClick={() => toggleFavourite(d.code)}
                >
                  {isFavourite(d.code) ? '★' : '☆'}
                </ActionIcon>
                <ActionIcon
                  variant="subtle"
                  color="red"
                  aria-label={t('exam.dx.remove', { code: d.code })}
                  onClick={() => remove(d.code)}
                  disabled={list.length === 1}
                >
                  ✕
                </ActionIcon>
              </Group>
            )}
          </Group>
          {icdWarnings(d, { primary: index === 0, patient, on: today }).map((warning) => (
            <Text key={warning.key} size="xs" c="orange.9" pl={120} role="note">
              ⚠ {t(warning.key, warning.params)}
            </Text>
          ))}
        </Stack>
      ))}
      {editable && (
        <SearchPicker<IcdView>
          label={t('exam.dx.search')}
          placeholder={t('exam.dx.searchHint')}
          query={query}
          onQueryChange={setQuery}
          results={search.data ?? []}
          loading={search.isFetching}
          keyOf={(icd) => icd.code}
          onPick={add}
          openOnFocus
          renderOption={(icd) => (
            <Group gap="xs" wrap="nowrap">
              <Text fw={700} size="sm" w={56}>
                {icd.code}
              </Text>
              <Text size="sm" style={{ flex: 1 }}>
                {icd.name}
              </Text>
              {icd.favourite && (
                <Text c="yellow.9" aria-label={t('exam.dx.favourites')}>
                  ★
                </Text>
              )}
            </Group>
          )}
        />
      )}
      <ApiErrorAlert error={save.error ?? favourite.error} />
    </Stack>
  );
}
