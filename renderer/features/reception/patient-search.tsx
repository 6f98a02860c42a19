import { Group, NumberInput, Stack, Text, TextInput } from '@mantine/core';
import {
  memo,
  useCallback,
  useId,
  useLayoutEffect,
  useRef,
  useState,
  type KeyboardEvent,
} from 'react';
import type { PatientSearchResult } from '../../../shared/api';
import { formatLocalDateTime } from '../../../shared/domain/dates';
import { useLiveSearch } from '../../api/hooks';
import { ApiErrorAlert } from '../../components/api-error';
import classes from '../../components/live-list.module.css';
import { useI18n } from '../../i18n/i18n';
import { personLine } from './patient-labels';

export interface PatientSearchProps {
  /** The text to start with: the page keeps it while a record is open. */
  initialQuery: string;
  /** Told of every change, so the page knows the text without re-rendering on each key. */
  onQueryChange: (query: string) => void;
  onOpen: (id: number) => void;
}

const NO_RESULTS: readonly PatientSearchResult[] = [];

interface RowProps {
  result: PatientSearchResult;
  index: number;
  active: boolean;
  listId: string;
  onOpen: (id: number) => void;
  onHover: (index: number) => void;
}

/** Same patient, same look: a row that comes back in the next answer is not drawn again. */
function sameRow(a: RowProps, b: RowProps): boolean {
  const x = a.result;
  const y = b.result;
  return (
    a.index === b.index &&
    a.active === b.active &&
    a.listId === b.listId &&
    a.onOpen === b.onOpen &&
    a.onHover === b.onHover &&
    x.id === y.id &&
    x.code === y.code &&
    x.fullName === y.fullName &&
    x.sex === y.sex &&
    x.birthDate === y.birthDate &&
    x.birthYear === y.birthYear &&
    x.phone === y.phone &&
    x.match === y.match &&
    x.lastVisitAt === y.lastVisitAt
  );
}

const PatientRow = memo(function PatientRow({
  result,
  index,
  active,
  listId,
  onOpen,
  onHover,
}: RowProps) {
  const { t } = useI18n();
  return (
    <div
      id={`${listId}-${index}`}
      role="option"
      aria-selected={active}
      className={classes.row}
      data-code={result.code}
      onClick={() => onOpen(result.id)}
      onMouseEnter={() => onHover(index)}
    >
      <div>
        <div className={classes.title}>{result.fullName}</div>
        <div className={classes.detail}>{personLine(result, t)}</div>
      </div>
      <div className={classes.side}>
        <span className={classes.code}>{result.code}</span>
        <span>
          {result.match !== 'prefix' && (
            <span className={classes.badge}>{t(`reception.match.${result.match}`)}</span>
          )}{' '}
          {result.lastVisitAt && (
            <span className={classes.note}>
              {t('reception.lastVisit', { time: formatLocalDateTime(result.lastVisitAt) })}
            </span>
          )}
        </span>
      </div>
    </div>
  );
}, sameRow);

interface ListProps {
  results: readonly PatientSearchResult[];
  stale: boolean;
  active: number;
  listId: string;
  label: string;
  onOpen: (id: number) => void;
  onHover: (index: number) => void;
}

/** Drawn only when its answer or highlight changes, never because a key was typed. */
const ResultList = memo(function ResultList({
  results,
  stale,
  active,
  listId,
  label,
  ...rest
}: ListProps) {
  return (
    <div id={listId} role="listbox" aria-label={label} aria-busy={stale} className={classes.list}>
      {results.map((result, index) => (
        <PatientRow
          key={result.id}
          result={result}
          index={index}
          active={index === active}
          listId={listId}
          {...rest}
        />
      ))}
    </div>
  );
});

interface FieldProps {
  initial: string;
  listId: string;
  expanded: boolean;
  activeId: string | undefined;
  onText: (text: string) => void;
  onKeyDown: (event: KeyboardEvent<HTMLInputElement>) => void;
}

/**
 * The search box, uncontrolled: the browser keeps the typed text, so a key redraws nothing
 * here; only a new answer (expanded, highlighted row) does.
 */
const SearchField = memo(function SearchField({
  initial,
  listId,
  expanded,
  activeId,
  onText,
  onKeyDown,
}: FieldProps) {
  const { t } = useI18n();
  return (
    <TextInput
      style={{ flex: 1 }}
      size="md"
      label={t('reception.search.label')}
      placeholder={t('reception.search.placeholder')}
      defaultValue={initial}
      onChange={(event) => onText(event.currentTarget.value)}
      onKeyDown={onKeyDown}
      autoFocus
      autoComplete="off"
      role="combobox"
      aria-expanded={expanded}
      aria-controls={listId}
      aria-activedescendant={activeId}
    />
  );
});

const BirthYearField = memo(function BirthYearField({
  value,
  onChange,
}: {
  value: number | '';
  onChange: (value: number | '') => void;
}) {
  const { t } = useI18n();
  return (
    <NumberInput
      w={130}
      size="md"
      label={t('reception.search.birthYear')}
      value={value}
      onChange={(next) => onChange(typeof next === 'number' ? next : '')}
      min={1900}
      max={2999}
      hideControls
      allowDecimal={false}
    />
  );
});

/** One box for names, phones, CCCD, card and patient codes; arrows and Enter open a result. */
export function PatientSearch({ initialQuery, onQueryChange, onOpen }: PatientSearchProps) {
  const { t } = useI18n();
  const listId = useId();
  const [text, setText] = useState(initialQuery);
  const [birthYear, setBirthYear] = useState<number | ''>('');
  const q = text.trim();
  const search = useLiveSearch(
    'patients.search',
    { q, limit: 20, ...(birthYear !== '' && { birthYear }) },
    q !== '',
  );
  const results = q === '' ? NO_RESULTS : (search.data ?? NO_RESULTS);
  const stale = q !== '' && search.stale;
  // The highlighted row belongs to one answer: a new answer starts at the top again.
  const [highlight, setHighlight] = useState({ list: NO_RESULTS, index: 0 });
  const active = highlight.list === results ? highlight.index : 0;

  // Handlers read the latest answer through a ref, so they stay the same between keys.
  const latest = useRef({ results, active, stale });
  // Enter pressed before the current text's answer: it opens that answer's first row.
  const pendingEnter = useRef(false);
  useLayoutEffect(() => {
    latest.current = { results, active, stale };
    if (stale || !pendingEnter.current) return;
    pendingEnter.current = false;
    const first = results[0];
    if (first) onOpen(first.id);
  }, [results, active, stale, onOpen]);
  const onHover = useCallback(
    (index: number) => setHighlight({ list: latest.current.results, index }),
    [],
  );
  const onText = useCallback(
    (value: string) => {
      pendingEnter.current = false;
      setText(value);
      onQueryChange(value);
    },
    [onQueryChange],
  );
  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLInputElement>) => {
      const now = latest.current;
      if (event.key === 'ArrowDown') {
        event.preventDefault();
        setHighlight({
          list: now.results,
          index: Math.min(now.results.length - 1, now.active + 1),
        });
      } else if (event.key === 'ArrowUp') {
        event.preventDefault();
        setHighlight({ list: now.results, index: Math.max(0, now.active - 1) });
      } else if (event.key === 'Enter') {
        // Rows of an earlier text are not the patient asked for: Enter waits for the answer.
        if (now.stale) {
          event.preventDefault();
          pendingEnter.current = true;
          return;
        }
        const result = now.results[now.active];
        if (result) {
          event.preventDefault();
          onOpen(result.id);
        }
      }
    },
    [onOpen],
  );

  return (
    <Stack gap="sm">
      <Group align="flex-end" wrap="nowrap">
        <SearchField
          initial={initialQuery}
          listId={listId}
          expanded={results.length > 0}
          activeId={results[active] ? `${listId}-${active}` : undefined}
          onText={onText}
          onKeyDown={onKeyDown}
        />
        <BirthYearField value={birthYear} onChange={setBirthYear} />
      </Group>
      <ApiErrorAlert error={search.error} />
      {q !== '' && search.answered && results.length === 0 && (
        <Text c="dimmed" data-empty-for={q}>
          {t('reception.search.none')}
        </Text>
      )}
      <ResultList
        results={results}
        stale={stale}
        active={active}
        listId={listId}
        label={t('reception.search.results')}
        onOpen={onOpen}
        onHover={onHover}
      />
      {q === '' && (
        <Text c="dimmed" size="sm" mt="lg">
          {t('reception.emptyHint')}
        </Text>
      )}
    </Stack>
  );
}
