import { ActionIcon, NumberInput, Table, Text, TextInput } from '@mantine/core';
import type { RxLineReview } from '../../../shared/api';
import { DOSE_TAKES, parseDose } from '../../../shared/domain/dosing';
import { useI18n } from '../../i18n/i18n';
import { IssueText } from './issue-text';
import { lineQuantity, lineUsage, type LineIssues, type RxLineState } from './rx-lines';

export interface RxLineRowProps {
  index: number;
  line: RxLineState;
  editable: boolean;
  autoFocus: boolean;
  issues: LineIssues | undefined;
  review: RxLineReview | undefined;
  onChange: (line: RxLineState) => void;
  onRemove: () => void;
}

/** One drug: dose per take, days, how to take it; quantity and usage as they will print. */
export function RxLineRow({
  index,
  line,
  editable,
  autoFocus,
  issues,
  review,
  onChange,
  onRemove,
}: RxLineRowProps) {
  const { t, locale } = useI18n();
  const quantity = lineQuantity(line);
  const name = line.drug.displayName;
  const doseError = (text: string): string | undefined => {
    if (text.trim() === '') return undefined;
    const parsed = parseDose(text);
    return parsed.ok ? undefined : t(parsed.error.key, parsed.error.params);
  };
  return (
    <Table.Tr>
      <Table.Td valign="top" pt={10}>
        {index + 1}
      </Table.Td>
      <Table.Td valign="top">
        <Text size="sm" fw={600}>
          {name}
        </Text>
        <Text size="xs" fs="italic" aria-live="polite">
          {lineUsage(line, locale)}
        </Text>
        {issues?.errors.map((issue) => (
          <IssueText key={`${issue.key}-${issue.path ?? ''}`} issue={issue} tone="error" />
        ))}
        {issues?.warnings.map((issue) => (
          <IssueText key={issue.key} issue={issue} tone="warning" />
        ))}
      </Table.Td>
      {DOSE_TAKES.map((take, i) => (
        <Table.Td key={take} valign="top">
          <TextInput
            id={`${line.key}-${take}`}
            size="xs"
            autoComplete="off"
            autoFocus={autoFocus && i === 0}
            readOnly={!editable}
            aria-label={t('exam.rx.doseLabel', { take: t(`clinical.take.${take}`), name })}
            value={line.dose[take]}
            error={doseError(line.dose[take])}
            onChange={(event) =>
              onChange({ ...line, dose: { ...line.dose, [take]: event.currentTarget.value } })
            }
          />
        </Table.Td>
      ))}
      <Table.Td valign="top">
        <NumberInput
          size="xs"
          hideControls
          allowNegative={false}
          allowDecimal={false}
          readOnly={!editable}
          aria-label={t('exam.rx.daysLabel', { name })}
          value={line.days}
          onChange={(value) => onChange({ ...line, days: typeof value === 'number' ? value : '' })}
        />
      </Table.Td>
      <Table.Td valign="top">
        <TextInput
          size="xs"
          autoComplete="off"
          readOnly={!editable}
          placeholder={editable ? t('exam.rx.notePlaceholder') : undefined}
          aria-label={t('exam.rx.noteLabel', { name })}
          value={line.note}
          onChange={(event) => onChange({ ...line, note: event.currentTarget.value })}
        />
      </Table.Td>
      <Table.Td valign="top" pt={8}>
        <Text size="sm" fw={600} aria-label={t('exam.rx.quantityOf', { name })}>
          {quantity.ok ? `${quantity.value} ${line.drug.unit}` : '—'}
        </Text>
        {review && editable && (
          <Text size="xs" c="dimmed">
            {t('exam.rx.stock', { onHand: review.onHand })}
          </Text>
        )}
      </Table.Td>
      <Table.Td valign="top">
        {editable && (
          <ActionIcon
            variant="subtle"
            color="red"
            aria-label={t('exam.rx.remove', { name })}
            onClick={onRemove}
          >
            ✕
          </ActionIcon>
        )}
      </Table.Td>
    </Table.Tr>
  );
}
