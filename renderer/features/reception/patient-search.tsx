import {
  Badge,
  Group,
  NumberInput,
  Paper,
  Stack,
  Text,
  TextInput,
  UnstyledButton,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData } from '@tanstack/react-query';
import { useId, useState, type KeyboardEvent } from 'react';
import { formatLocalDateTime } from '../../../shared/domain/dates';
import { useApiQuery } from '../../api/hooks';
import { ApiErrorAlert } from '../../components/api-error';
import { useI18n } from '../../i18n/i18n';
import { personLine } from './patient-labels';

export interface PatientSearchProps {
  query: string;
  onQueryChange: (query: string) => void;
  onOpen: (id: number) => void;
}

/** Milliseconds of quiet before searching: a typist's pause, not a wait. */
const DEBOUNCE_MS = 150;

/** One box for names, phones, CCCD, card and patient codes; arrows and Enter open a result. */
export function PatientSearch({ query, onQueryChange, onOpen }: PatientSearchProps) {
  const { t } = useI18n();
  const listId = useId();
  const [birthYear, setBirthYear] = useState<number | ''>('');
  const [q] = useDebouncedValue(query.trim(), DEBOUNCE_MS);
  const search = useApiQuery(
    'patients.search',
    { q, limit: 20, ...(birthYear !== '' && { birthYear }) },
    { enabled: q !== '', placeholderData: keepPreviousData },
  );
  const results = q === '' ? [] : (search.data ?? []);
  // The highlighted row belongs to one query: a new query starts at the top again.
  const [highlight, setHighlight] = useState({ q: '', index: 0 });
  const active = highlight.q === q ? highlight.index : 0;
  const setActive = (next: (index: number) => number) => setHighlight({ q, index: next(active) });

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setActive((i) => Math.min(results.length - 1, i + 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((i) => Math.max(0, i - 1));
    } else if (event.key === 'Enter') {
      const result = results[active];
      if (result) {
        event.preventDefault();
        onOpen(result.id);
      }
    }
  };

  return (
    <Stack gap="sm">
      <Group align="flex-end" wrap="nowrap">
        <TextInput
          style={{ flex: 1 }}
          size="md"
          label={t('reception.search.label')}
          placeholder={t('reception.search.placeholder')}
          value={query}
          onChange={(event) => onQueryChange(event.currentTarget.value)}
          onKeyDown={onKeyDown}
          autoFocus
          autoComplete="off"
          role="combobox"
          aria-expanded={results.length > 0}
          aria-controls={listId}
          aria-activedescendant={results[active] ? `${listId}-${active}` : undefined}
        />
        <NumberInput
          w={130}
          size="md"
          label={t('reception.search.birthYear')}
          value={birthYear}
          onChange={(value) => setBirthYear(typeof value === 'number' ? value : '')}
          min={1900}
          max={2999}
          hideControls
          allowDecimal={false}
        />
      </Group>
      <ApiErrorAlert error={search.error} />
      {q !== '' && search.isSuccess && results.length === 0 && (
        <Text c="dimmed">{t('reception.search.none')}</Text>
      )}
      <Stack gap={4} id={listId} role="listbox" aria-label={t('reception.search.results')}>
        {results.map((result, index) => (
          <UnstyledButton
            key={result.id}
            id={`${listId}-${index}`}
            role="option"
            aria-selected={index === active}
            tabIndex={-1}
            onClick={() => onOpen(result.id)}
            onMouseEnter={() => setActive(() => index)}
          >
            <Paper
              withBorder
              p="sm"
              bg={index === active ? 'teal.0' : undefined}
              style={{ borderColor: index === active ? 'var(--mantine-color-teal-7)' : undefined }}
            >
              <Group justify="space-between" wrap="nowrap">
                <div>
                  <Text fw={600}>{result.fullName}</Text>
                  <Text size="sm">{personLine(result, t)}</Text>
                </div>
                <Stack gap={2} align="flex-end">
                  <Text size="sm" ff="monospace">
                    {result.code}
                  </Text>
                  <Group gap={4}>
                    {result.match !== 'prefix' && (
                      <Badge size="sm" variant="light">
                        {t(`reception.match.${result.match}`)}
                      </Badge>
                    )}
                    {result.lastVisitAt && (
                      <Text size="xs" c="dimmed">
                        {t('reception.lastVisit', {
                          time: formatLocalDateTime(result.lastVisitAt),
                        })}
                      </Text>
                    )}
                  </Group>
                </Stack>
              </Group>
            </Paper>
          </UnstyledButton>
        ))}
      </Stack>
    </Stack>
  );
}
