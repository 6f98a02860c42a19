import { Alert, Button, Group, Stack, Table, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData } from '@tanstack/react-query';
import { useState } from 'react';
import type { DrugView, VisitDetail } from '../../../shared/api';
import { formatIsoDate } from '../../../shared/domain/dates';
import { DOSE_TAKES } from '../../../shared/domain/dosing';
import { formatUnitPrice } from '../../../shared/domain/unit-price';
import { useApiQuery } from '../../api/hooks';
import { useI18n } from '../../i18n/i18n';
import { IssueText } from './issue-text';
import { RxLineRow } from './rx-line-row';
import {
  checkable,
  issuesByLine,
  linesFromPrescription,
  newLine,
  rxDrugOf,
  rxInput,
  type RxLineState,
} from './rx-lines';
import { SearchPicker } from './search-picker';

/** Checks run once typing pauses this long. */
const CHECK_DEBOUNCE_MS = 300;

export interface PrescriptionEditorProps {
  visitId: number;
  lines: RxLineState[];
  onChange: (lines: RxLineState[]) => void;
  editable: boolean;
  chronic: boolean;
  maxDays: number;
  /** The patient's last prescription, offered while this one is empty. */
  previous: VisitDetail['previousPrescription'];
}

/**
 * The prescription as typed: a drug per Enter from the search, then its dose per take
 * ("1", "1/2"), days and how to take it. Quantity and usage follow the typing; the safety
 * checks (allergy, same ingredient, days, stock, BHYT) run on the server as it pauses.
 */
export function PrescriptionEditor({
  visitId,
  lines,
  onChange,
  editable,
  chronic,
  maxDays,
  previous,
}: PrescriptionEditorProps) {
  const { t } = useI18n();
  const [typed] = useDebouncedValue(lines, CHECK_DEBOUNCE_MS);
  const review = useApiQuery('prescriptions.check', rxInput(visitId, typed), {
    enabled: editable && typed.length > 0 && checkable(typed),
    placeholderData: keepPreviousData,
  });
  const issues = issuesByLine(typed.length > 0 ? review.data : undefined);
  // The line just added takes the focus on its first dose (autoFocus acts once, at mount).
  const [added, setAdded] = useState<string | null>(null);

  const add = (drug: DrugView) => {
    const line = newLine(rxDrugOf(drug), lines.at(-1));
    onChange([...lines, line]);
    setAdded(line.key);
  };
  const update = (key: string, next: RxLineState) =>
    onChange(lines.map((line) => (line.key === key ? next : line)));
  const remove = (key: string) => onChange(lines.filter((line) => line.key !== key));
  const whole = issues.get(-1);

  return (
    <Stack gap="xs">
      {chronic && (
        <Text size="xs" c="dimmed">
          {t('exam.rx.chronic', { days: maxDays })}
        </Text>
      )}
      {whole && whole.errors.length > 0 && (
        <Alert color="red" variant="light" p="xs">
          {whole.errors.map((issue) => (
            <IssueText key={issue.key} issue={issue} tone="error" />
          ))}
        </Alert>
      )}
      {lines.length === 0 ? (
        <Group gap="sm">
          <Text c="dimmed" size="sm">
            {t('exam.rx.none')}
          </Text>
          {editable && previous && (
            <Button
              size="xs"
              variant="light"
              onClick={() => onChange(linesFromPrescription(previous))}
            >
              {t('exam.rx.repeat', {
                date: formatIsoDate(previous.visitDate),
                count: previous.items.length,
              })}
            </Button>
          )}
        </Group>
      ) : (
        <Table.ScrollContainer minWidth={820}>
          <Table
            verticalSpacing={4}
            horizontalSpacing={6}
            aria-label={t('exam.section.prescription')}
          >
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={24}>#</Table.Th>
                <Table.Th>{t('exam.rx.drug')}</Table.Th>
                {DOSE_TAKES.map((take) => (
                  <Table.Th key={take} w={60}>
                    {t(`clinical.take.${take}`)}
                  </Table.Th>
                ))}
                <Table.Th w={76}>{t('exam.rx.days')}</Table.Th>
                <Table.Th w={150}>{t('exam.rx.note')}</Table.Th>
                <Table.Th w={104}>{t('exam.rx.quantity')}</Table.Th>
                <Table.Th w={36}>
                  <span className="visually-hidden">{t('common.actions')}</span>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {lines.map((line, index) => (
                <RxLineRow
                  key={line.key}
                  index={index}
                  line={line}
                  editable={editable}
                  autoFocus={line.key === added}
                  issues={issues.get(index)}
                  review={review.data?.items[index]}
                  onChange={(next) => update(line.key, next)}
                  onRemove={() => remove(line.key)}
                />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {editable && (
        <SearchPicker
          label={t('exam.rx.search')}
          placeholder={t('exam.rx.searchHint')}
          procedure="catalog.drugs.search"
          input={(q) => ({ q, limit: 15 })}
          keyOf={(drug) => String(drug.id)}
          onPick={add}
          renderOption={(drug) => (
            <Group gap="xs" wrap="nowrap" justify="space-between">
              <div>
                <Text size="sm" fw={600}>
                  {rxDrugOf(drug).displayName}
                </Text>
                <Text size="xs" c="dimmed">
                  {[drug.code, drug.dosageForm, drug.unit].filter(Boolean).join(' · ')}
                </Text>
              </div>
              <Text size="xs" c="dimmed">
                {formatUnitPrice(drug.price)}
              </Text>
            </Group>
          )}
        />
      )}
    </Stack>
  );
}
